package detection

import (
	"math/bits"

	"github.com/unspin-project/unspin/internal/wordkey"
)

// wordTable holds the facts of the words a scratch has met: an
// open-addressing table with linear probing, at most half full, keyed by
// wordkey.Key. A word of at most 16 bytes is compared by its key without
// reading its bytes, which live elsewhere in the heap, so a lookup costs
// one memory access where a map of strings costs two or three; frequent
// words keep their slots warm in the caches. It starts small (a short
// text clears little) and doubles as words come.
type wordTable struct {
	slots []wordEntry
	bits  int // log2 of len(slots)
	n     int // words held
}

// wordEntry is a slot of a wordTable; li is nil in an empty one. Beside
// the word's facts it holds what the pass over every token reads of them,
// so that the pass finds them in the slot it has just compared, one cache
// line, instead of in li, elsewhere in the heap.
type wordEntry struct {
	a, b uint64
	li   *lexInfo
	n    uint8    // the word's length, modulo 2^8 (a word longer than wordkey.MaxKeyed is compared whole)
	bits wordBits // li.bits
	// idx is li's index in doc.lexes plus one, when gen is the doc's
	// number (see newDoc: the table is emptied when the number wraps).
	gen  uint16
	idx  int32
	lmID int32 // li's language-model id
	f    feats // li.f
	// info is what every token of the word gets (see setWord), foreign
	// standing for "foreign unless a name".
	info wordInfo
}

// Table sizes: a new table has 2^minWordBits to 2^maxWordBits slots.
const (
	minWordBits = 11
	maxWordBits = 16
)

// newWordTable returns a table sized for a text of some tokens: a text
// has about a word for every eight tokens at most (a 1 MB French text,
// 200,000 tokens, 11,000 words), so a long first text starts at its size
// instead of growing to it.
func newWordTable(tokens int) wordTable {
	b := min(max(bits.Len(uint(tokens/8)), minWordBits), maxWordBits)
	return wordTable{slots: make([]wordEntry, 1<<b), bits: b}
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
	for i := wordkey.Slot(a, b, len(w), t.bits); ; i = (i + 1) & mask {
		if e := &t.slots[i]; e.li == nil || e.hit(w, a, b) {
			return e
		}
	}
}

// add puts li, the facts of w, in e, the empty slot find returned, and
// returns w's entry (elsewhere when the table grew).
func (t *wordTable) add(e *wordEntry, w string, a, b uint64, li *lexInfo) *wordEntry {
	*e = wordEntry{a: a, b: b, n: uint8(len(w)), li: li}
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
		i := wordkey.Slot(o.a, o.b, len(o.li.word), t.bits)
		for t.slots[i].li != nil {
			i = (i + 1) & mask
		}
		t.slots[i] = *o
	}
	return t.find(w, a, b)
}

// hit tells whether the entry holds the word w whose key is a, b.
func (e *wordEntry) hit(w string, a, b uint64) bool {
	return e.a == a && e.b == b && e.n == uint8(len(w)) && e.li != nil &&
		(len(w) <= wordkey.MaxKeyed || e.li.word == w)
}

// hotSlot returns the slot of a word in a table of 2^lg slots.
func hotSlot(w string, lg int) int {
	a, b := wordkey.Key(w)
	return wordkey.Slot(a, b, len(w), lg)
}
