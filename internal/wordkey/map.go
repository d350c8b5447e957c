package wordkey

// Map is a set of words with a value each, filled once and then read,
// concurrently if need be: open addressing with linear probing, at most
// half full. The zero Map is empty and ready for Put.
type Map[V any] struct {
	slots []entry[V]
	// long holds, slot by slot, the words longer than MaxKeyed (which
	// their keys do not identify); nil until one comes, so that the
	// slots stay small and free of pointers.
	long []string
	bits int
	n    int
}

type entry[V any] struct {
	a, b uint64
	n    int32 // the word's length plus one; 0 in an empty slot
	v    V
}

func (m *Map[V]) is(i int, w string, a, b uint64) bool {
	e := &m.slots[i]
	return e.a == a && e.b == b && e.n == int32(len(w))+1 && (len(w) <= MaxKeyed || m.long[i] == w)
}

// Len returns the number of words held.
func (m *Map[V]) Len() int { return m.n }

// Get returns w's value and whether w is held.
func (m *Map[V]) Get(w string) (V, bool) {
	if m.n == 0 {
		var zero V
		return zero, false
	}
	a, b := Key(w)
	mask := len(m.slots) - 1
	for i := Slot(a, b, len(w), m.bits); ; i = (i + 1) & mask {
		e := &m.slots[i]
		if e.n == 0 {
			var zero V
			return zero, false
		}
		if m.is(i, w, a, b) {
			return e.v, true
		}
	}
}

// Put sets w's value. It must not run concurrently with Get or Put.
func (m *Map[V]) Put(w string, v V) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	a, b := Key(w)
	mask := len(m.slots) - 1
	i := Slot(a, b, len(w), m.bits)
	for ; m.slots[i].n != 0; i = (i + 1) & mask {
		if m.is(i, w, a, b) {
			m.slots[i].v = v
			return
		}
	}
	m.slots[i] = entry[V]{a: a, b: b, n: int32(len(w)) + 1, v: v}
	if len(w) > MaxKeyed {
		if m.long == nil {
			m.long = make([]string, len(m.slots))
		}
		m.long[i] = w
	}
	m.n++
}

// Grow makes room for n more words, so that Put need not grow the table
// while they come.
func (m *Map[V]) Grow(n int) {
	bits := max(m.bits, 4)
	for 2*(m.n+n) > 1<<bits {
		bits++
	}
	if bits != m.bits {
		m.resize(bits)
	}
}

func (m *Map[V]) grow() { m.resize(max(m.bits+1, 4)) }

// resize moves the words to a table of 2^bits slots.
func (m *Map[V]) resize(bits int) {
	old, oldLong := m.slots, m.long
	m.bits = bits
	m.slots = make([]entry[V], 1<<m.bits)
	if oldLong != nil {
		m.long = make([]string, len(m.slots))
	}
	mask := len(m.slots) - 1
	for k := range old {
		e := &old[k]
		if e.n == 0 {
			continue
		}
		i := Slot(e.a, e.b, int(e.n-1), m.bits)
		for m.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = *e
		if oldLong != nil {
			m.long[i] = oldLong[k]
		}
	}
}
