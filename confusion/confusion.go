package confusion

import (
	"errors"
	"fmt"
	"math"

	"github.com/unspin-project/unspin/internal/bin"
)

// Magic and FormatVersion open every encoded table.
const (
	Magic         = "UNSPINCF"
	FormatVersion = 1
)

// words is the number of uint32 words an entry takes.
const words = 5

// maxID bounds the thesaurus ids an entry can hold (24 bits, the top byte
// of its word holding the sources).
const maxID = 1<<24 - 2

// Header says which packs a table belongs to.
type Header struct {
	Text, Spin string // language codes: the text's and the spinner's
	// TextPrint and SpinPrint are the fingerprints of the packs the table
	// was built from (pack.Pack.Fingerprint).
	TextPrint, SpinPrint uint64
	// Builder names the version of the candidate search that made the
	// lists; a different detector may not produce the same ones.
	Builder string
}

// Entry is one proposed original of an observed word.
type Entry struct {
	Cand  int32 // the original: a word id in the text's lexicon
	Base  int32 // the spinner's thesaurus term whose reverse links gave it
	Lemma int32 // the thesaurus term re-inflected into Cand, or −1
	Src   uint8 // the thesaurus sources of the strongest link
	// Channel is log10 of P(observed | original) summed over paths.
	Channel float64
}

// Table maps observed word ids (of the text's lexicon) to their lists.
type Table struct {
	Header
	ids  bin.U32s // observed ids, ascending
	offs bin.U32s // len(ids)+1 entry offsets
	recs bin.U32s // words per entry
}

// Decode reads a table written by Builder.Encode, sharing data's bytes
// (which must not change afterwards).
func Decode(data []byte) (*Table, error) {
	r := &bin.Reader{B: data}
	if string(r.Slice(len(Magic))) != Magic {
		return nil, errors.New("confusion: not a confusion table")
	}
	if v := r.U32(); v != FormatVersion {
		return nil, fmt.Errorf("confusion: format version %d, want %d", v, FormatVersion)
	}
	t := &Table{}
	t.Text, t.Spin, t.Builder = string(r.Bytes()), string(r.Bytes()), string(r.Bytes())
	r.Align(8)
	t.TextPrint, t.SpinPrint = r.U64(), r.U64()
	n := int(r.U32())
	if r.Err != nil {
		return nil, fmt.Errorf("confusion: %w", r.Err)
	}
	t.ids = r.U32s(n)
	t.offs = r.U32s(n + 1)
	if r.Err != nil {
		return nil, fmt.Errorf("confusion: %w", r.Err)
	}
	for i := 0; i < n; i++ {
		if t.offs.At(i) > t.offs.At(i+1) || i > 0 && t.ids.At(i-1) >= t.ids.At(i) {
			return nil, errors.New("confusion: corrupt index")
		}
	}
	m := int(t.offs.At(n))
	if t.offs.At(0) != 0 || m > len(data)/(4*words) {
		return nil, errors.New("confusion: corrupt index")
	}
	t.recs = r.U32s(words * m)
	if r.Err != nil {
		return nil, fmt.Errorf("confusion: %w", r.Err)
	}
	return t, nil
}

// Len returns the number of observed words the table holds.
func (t *Table) Len() int { return t.ids.Len() }

// ID returns the i-th observed word id the table holds, in ascending
// order, 0 <= i < Len().
func (t *Table) ID(i int) int { return int(t.ids.At(i)) }

// Entries returns the list of the observed word id, and whether the table
// holds that word (a held word may have no original).
func (t *Table) Entries(id int) (Entries, bool) {
	lo, hi := 0, t.ids.Len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(t.ids.At(m)) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == t.ids.Len() || int(t.ids.At(lo)) != id {
		return Entries{}, false
	}
	return Entries{t: t, a: int(t.offs.At(lo)), n: int(t.offs.At(lo+1) - t.offs.At(lo))}, true
}

// Entries is one word's list, best channel first as the detector ranks
// them before its language model does.
type Entries struct {
	t    *Table
	a, n int
}

// Len returns the number of entries.
func (e Entries) Len() int { return e.n }

// At returns entry k, 0 <= k < Len().
func (e Entries) At(k int) Entry {
	i := words * (e.a + k)
	r := e.t.recs
	lemma := r.At(i+2) & 0xffffff
	return Entry{
		Cand:    int32(r.At(i)),
		Base:    int32(r.At(i + 1)),
		Lemma:   int32(lemma) - 1,
		Src:     uint8(r.At(i+2) >> 24),
		Channel: math.Float64frombits(uint64(r.At(i+4))<<32 | uint64(r.At(i+3))),
	}
}
