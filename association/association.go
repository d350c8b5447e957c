package association

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// Magic and FormatVersion open every encoded table.
const (
	Magic         = "UNSPINAS"
	FormatVersion = 1
)

// scale is the number of quantization steps per bit of association.
const scale = 10

// Table maps pairs of lemmas to their association.
type Table struct {
	Lang      string
	Sentences uint32 // sentences counted
	words     *strtab.Table
	off       bin.U32s // len(words)+1 offsets into pairs
	pairs     bin.U32s // partner id << 8 | association × scale, by partner id; each pair under its smaller id
}

// Decode reads a table written by Builder.Encode, sharing data's bytes
// (which must not change afterwards).
func Decode(data []byte) (*Table, error) {
	r := &bin.Reader{B: data}
	if string(r.Slice(len(Magic))) != Magic {
		return nil, errors.New("association: not an association table")
	}
	if v := r.U32(); v != FormatVersion {
		return nil, fmt.Errorf("association: format version %d, want %d", v, FormatVersion)
	}
	t := &Table{Lang: string(r.Bytes()), Sentences: r.U32()}
	r.Align(8)
	if r.Err != nil {
		return nil, fmt.Errorf("association: %w", r.Err)
	}
	var err error
	if t.words, err = strtab.Decode(r); err != nil {
		return nil, fmt.Errorf("association: %w", err)
	}
	n := t.words.Len()
	t.off = r.U32s(n + 1)
	if r.Err != nil {
		return nil, fmt.Errorf("association: %w", r.Err)
	}
	for i := 0; i < n; i++ {
		if t.off.At(i) > t.off.At(i+1) {
			return nil, errors.New("association: corrupt offsets")
		}
	}
	if t.off.At(0) != 0 {
		return nil, errors.New("association: corrupt offsets")
	}
	m := int(t.off.At(n))
	if m > len(data) {
		return nil, errors.New("association: corrupt offsets")
	}
	t.pairs = r.U32s(m)
	if r.Err != nil {
		return nil, fmt.Errorf("association: %w", r.Err)
	}
	// The pairs themselves are not checked one by one (a million and
	// more): PMI only compares their partner ids, so a damaged one gives a
	// wrong association, never a read out of bounds.
	return t, nil
}

// Len returns the number of lemmas in the table.
func (t *Table) Len() int { return t.words.Len() }

// ID returns the id of a lemma (lower case), if the table has it.
func (t *Table) ID(lemma string) (int, bool) { return t.words.Lookup(lemma) }

// Lemma returns the lemma with id i.
func (t *Table) Lemma(i int) string { return t.words.String(i) }

// PMI returns the association of lemmas a and b in bits: log2 of how many
// times more often they share a sentence than chance, discounted for small
// counts; 0 when the table holds no positive association for the pair.
// PMI(a, b) = PMI(b, a).
func (t *Table) PMI(a, b int) float64 {
	if a > b {
		a, b = b, a
	}
	if a < 0 || b >= t.words.Len() {
		return 0
	}
	lo, hi := int(t.off.At(a)), int(t.off.At(a+1))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		p := int(t.pairs.At(m) >> 8)
		switch {
		case p == b:
			return float64(t.pairs.At(m)&0xff) / scale
		case p < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// ContentLemma returns the lemma under which the builder and the
// detector count the lexicon's word id: see Lemma. abuf is scratch space
// for the analyses, returned for reuse.
func ContentLemma(lex *lexicon.Lexicon, id int, abuf []types.Analysis) (string, []types.Analysis) {
	if id < 0 || id >= lex.Len() || lex.Flags(id)&lexicon.Stopword != 0 {
		return "", abuf
	}
	abuf = lex.Analyses(abuf[:0], id)
	return Lemma(abuf, lex.Form(id)), abuf
}

// Lemma returns the lemma of the first noun, verb, adjective or adverb
// reading among a form's analyses (the form itself when that reading has
// no lemma), or "" when it has none. Stop words are not counted: callers
// leave them out before.
func Lemma(as []types.Analysis, form string) string {
	for _, a := range as {
		switch a.POS {
		case types.Noun, types.Verb, types.Adj, types.Adv:
			if a.Lemma != "" {
				return a.Lemma
			}
			return form
		}
	}
	return ""
}

// Index maps the word ids of a lexicon to the ids of their lemmas in a
// table (see ContentLemma), working each out on first use. It is safe for
// concurrent use.
type Index struct {
	t    *Table
	lex  *lexicon.Lexicon
	once sync.Once
	ids  []atomic.Int32 // association id + 2; 1: none; 0: not yet known
}

// NewIndex returns an empty index of lex's words into t; its memory (four
// bytes a word) is taken on first use.
func NewIndex(t *Table, lex *lexicon.Lexicon) *Index {
	return &Index{t: t, lex: lex}
}

// Table returns the table the index points into.
func (x *Index) Table() *Table { return x.t }

// ID returns the table id of the lemma of the lexicon's word id, or −1.
func (x *Index) ID(word int) int {
	x.once.Do(func() { x.ids = make([]atomic.Int32, x.lex.Len()) })
	if word < 0 || word >= len(x.ids) {
		return -1
	}
	if v := x.ids[word].Load(); v != 0 {
		return int(v) - 2
	}
	id := -1
	if l, _ := ContentLemma(x.lex, word, nil); l != "" {
		if i, ok := x.t.ID(l); ok {
			id = i
		}
	}
	x.ids[word].Store(int32(id + 2))
	return id
}
