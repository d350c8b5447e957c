package detection

import (
	"encoding/binary"
	"math/bits"
)

// wordTable holds the facts of the words a scratch has met: an
// open-addressing table with linear probing, at most half full, keyed by
// wordKey. A word of at most 16 bytes is compared by its key without
// reading its bytes, which live elsewhere in the heap, so a lookup costs
// one memory access where a map of strings costs two or three; frequent
// words keep their slots warm in the caches. It starts small (a short
// text clears little) and doubles as words come.
type wordTable struct {
	slots []wordEntry
	bits  int // log2 of len(slots)
	n     int // words held
}

// wordEntry is a slot of a wordTable; li is nil in an empty one.
type wordEntry struct {
	a, b uint64
	li   *lexInfo
	n    uint32 // the word's length
	// idx is li's index in doc.lexes plus one, when gen is the doc's.
	idx int32
	gen uint32
}

// Table sizes: a new table has 2^minWordBits slots.
const minWordBits = 11

// maxKeyed is the longest word that wordKey identifies.
const maxKeyed = 16

func newWordTable() wordTable {
	return wordTable{slots: make([]wordEntry, 1<<minWordBits), bits: minWordBits}
}

// reset empties the table, keeping its slots.
func (t *wordTable) reset() {
	clear(t.slots)
	t.n = 0
}

// find returns the entry holding w, whose key is a, b, or the empty slot
// where w goes.
func (t *wordTable) find(w string, a, b uint64) *wordEntry {
	mask := len(t.slots) - 1
	for i := keySlot(a, b, len(w), t.bits); ; i = (i + 1) & mask {
		if e := &t.slots[i]; e.li == nil || e.hit(w, a, b) {
			return e
		}
	}
}

// add puts li, the facts of w, in e, the empty slot find returned, and
// returns w's entry (elsewhere when the table grew).
func (t *wordTable) add(e *wordEntry, w string, a, b uint64, li *lexInfo) *wordEntry {
	*e = wordEntry{a: a, b: b, n: uint32(len(w)), li: li}
	if t.n++; 2*t.n <= len(t.slots) {
		return e
	}
	old := t.slots
	t.bits++
	t.slots = make([]wordEntry, 1<<t.bits)
	mask := len(t.slots) - 1
	for k := range old {
		o := &old[k]
		if o.li == nil {
			continue
		}
		i := keySlot(o.a, o.b, int(o.n), t.bits)
		for t.slots[i].li != nil {
			i = (i + 1) & mask
		}
		t.slots[i] = *o
	}
	return t.find(w, a, b)
}

// hit tells whether the entry holds the word w whose key is a, b.
func (e *wordEntry) hit(w string, a, b uint64) bool {
	return e.a == a && e.b == b && e.n == uint32(len(w)) && e.li != nil &&
		(len(w) <= maxKeyed || e.li.word == w)
}

// wordKey returns two words of w's bytes: with its length they identify
// a word of at most 16 bytes (its first and last eight bytes, or all of
// a shorter word's), and they make the hash of a longer one.
func wordKey(w string) (a, b uint64) {
	switch n := len(w); {
	case n >= 8:
		a, b = binary.LittleEndian.Uint64([]byte(w[:8])), binary.LittleEndian.Uint64([]byte(w[n-8:]))
	case n >= 4:
		a = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<32
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return a, b
}

// keySlot returns the slot of a word's key in a table of 2^lg slots: a
// multiplicative hash of the key and the length.
func keySlot(a, b uint64, n, lg int) int {
	x := (a ^ bits.RotateLeft64(b, 29) ^ uint64(n)<<56) * 0x9e3779b97f4a7c15
	return int(x >> (64 - lg))
}

// hotSlot returns the slot of a word in a table of 2^lg slots.
func hotSlot(w string, lg int) int {
	a, b := wordKey(w)
	return keySlot(a, b, len(w), lg)
}
