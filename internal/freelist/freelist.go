// Package freelist keeps byte buffers for reuse between goroutines: a
// bounded list that drops what does not fit rather than grow.
package freelist

// List holds up to a fixed number of empty buffers of bounded capacity.
// It is safe for concurrent use.
type List struct {
	c      chan []byte
	maxCap int
}

// New returns a list of at most n buffers, each of capacity at most
// maxCap.
func New(n, maxCap int) *List { return &List{c: make(chan []byte, n), maxCap: maxCap} }

// Get returns a kept buffer, empty, or nil when none is kept.
func (l *List) Get() []byte {
	select {
	case b := <-l.c:
		return b
	default:
		return nil
	}
}

// Put keeps b for a later Get, unless it is empty of capacity, larger
// than the list keeps (a huge record's buffer is left to the collector),
// or the list is full. The caller must not use b after.
func (l *List) Put(b []byte) {
	if cap(b) == 0 || cap(b) > l.maxCap {
		return
	}
	select {
	case l.c <- b[:0]:
	default:
	}
}
