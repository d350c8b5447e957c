// Package bilingual reads a table of translation links from the words of
// one language to the words of another: for a French lemma, the English
// lemmas that share a sense with it, each with how many senses they share.
// Source tracing uses it to read a French text as English keys.
//
// A Table is immutable and safe for concurrent use.
package bilingual

import (
	"errors"
	"fmt"
	"sort"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
)

// Magic and FormatVersion open every encoded table.
const (
	Magic         = "UNSPINBL"
	FormatVersion = 1
)

// Link is one translation: a word of the target language and the number
// of senses (synsets) the two words share, at most 255.
type Link struct {
	Term   string
	Shared int
}

// Table maps words of From to words of To.
type Table struct {
	From, To string
	from, to *strtab.Table
	off      bin.U32s // len(from)+1 offsets into links
	links    bin.U32s // to id << 8 | shared senses
}

// Decode reads a table written by Builder.Encode, sharing data's bytes
// (which must not change afterwards).
func Decode(data []byte) (*Table, error) {
	r := &bin.Reader{B: data}
	if string(r.Slice(len(Magic))) != Magic {
		return nil, errors.New("bilingual: not a translation table")
	}
	if v := r.U32(); v != FormatVersion {
		return nil, fmt.Errorf("bilingual: format version %d, want %d", v, FormatVersion)
	}
	t := &Table{From: string(r.Bytes()), To: string(r.Bytes())}
	r.Align(8)
	var err error
	if t.from, err = strtab.Decode(r); err != nil {
		return nil, fmt.Errorf("bilingual: %w", err)
	}
	if t.to, err = strtab.Decode(r); err != nil {
		return nil, fmt.Errorf("bilingual: %w", err)
	}
	t.off = r.U32s(t.from.Len() + 1)
	if r.Err != nil {
		return nil, fmt.Errorf("bilingual: %w", r.Err)
	}
	n := int(t.off.At(t.from.Len()))
	t.links = r.U32s(n)
	if r.Err != nil {
		return nil, fmt.Errorf("bilingual: %w", r.Err)
	}
	for i := 0; i < t.from.Len(); i++ {
		if t.off.At(i) > t.off.At(i+1) {
			return nil, errors.New("bilingual: corrupt offsets")
		}
	}
	for i := 0; i < n; i++ {
		if int(t.links.At(i)>>8) >= t.to.Len() {
			return nil, errors.New("bilingual: corrupt link")
		}
	}
	return t, nil
}

// Len returns the number of source words with links.
func (t *Table) Len() int { return t.from.Len() }

// Translate appends the translations of word (a lemma of From, lower
// case) to dst, most shared senses first.
func (t *Table) Translate(dst []Link, word string) []Link {
	id, ok := t.from.Lookup(word)
	if !ok {
		return dst
	}
	for k := t.off.At(id); k < t.off.At(id+1); k++ {
		v := t.links.At(int(k))
		dst = append(dst, Link{Term: t.to.String(int(v >> 8)), Shared: int(v & 0xff)})
	}
	return dst
}

// Builder collects links.
type Builder struct {
	from, to string
	shared   map[[2]string]int
}

// NewBuilder returns an empty builder of links from one language to
// another.
func NewBuilder(from, to string) *Builder {
	return &Builder{from: from, to: to, shared: map[[2]string]int{}}
}

// Add records one more sense shared by a word of each language.
func (b *Builder) Add(from, to string) {
	if from != "" && to != "" {
		b.shared[[2]string{from, to}]++
	}
}

// Encode writes the table, keeping for each source word its max
// translations with the most shared senses (ties in the target word's
// order). The bytes depend only on the links added, not their order.
func (b *Builder) Encode(max int) []byte {
	per := map[string][]Link{}
	for k, n := range b.shared {
		per[k[0]] = append(per[k[0]], Link{Term: k[1], Shared: min(n, 255)})
	}
	words := make([]string, 0, len(per))
	for w := range per {
		words = append(words, w)
	}
	sort.Strings(words)
	from, to := strtab.NewBuilder(), strtab.NewBuilder()
	var targets []string
	for _, w := range words {
		ls := per[w]
		sort.Slice(ls, func(i, j int) bool {
			if ls[i].Shared != ls[j].Shared {
				return ls[i].Shared > ls[j].Shared
			}
			return ls[i].Term < ls[j].Term
		})
		if len(ls) > max {
			ls = ls[:max]
		}
		per[w] = ls
		for _, l := range ls {
			targets = append(targets, l.Term)
		}
		from.Add(w)
	}
	sort.Strings(targets)
	for _, s := range targets {
		to.Add(s)
	}
	var w bin.Writer
	w.B = append(w.B, Magic...)
	w.U32(FormatVersion)
	w.Bytes([]byte(b.from))
	w.Bytes([]byte(b.to))
	w.Align(8)
	from.Encode(&w)
	to.Encode(&w)
	off := uint32(0)
	w.U32(0)
	var links []uint32
	for _, word := range words {
		for _, l := range per[word] {
			id, _ := to.ID(l.Term)
			links = append(links, uint32(id)<<8|uint32(l.Shared))
		}
		off += uint32(len(per[word]))
		w.U32(off)
	}
	for _, v := range links {
		w.U32(v)
	}
	return w.B
}
