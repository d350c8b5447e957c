// Package thesaurus reads the synonym section of a language pack: terms
// (single words and multi-word phrases, lower case), their synonyms, and the
// reverse index — for a synonym, the terms it can stand for — that the
// noisy channel uses to guess what a spinner replaced.
//
// A Thesaurus is immutable and safe for concurrent use.
package thesaurus

import (
	"encoding/binary"
	"fmt"
	"sort"
	"sync"
	"unicode"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
)

// Source bits tell which resource asserted a link.
type Source uint8

// Link sources.
const (
	Moby Source = 1 << iota
	WordNet
	MyThes
)

func (s Source) String() string {
	out := ""
	for _, x := range []struct {
		b Source
		n string
	}{{Moby, "moby"}, {WordNet, "wordnet"}, {MyThes, "mythes"}} {
		if s&x.b != 0 {
			if out != "" {
				out += "+"
			}
			out += x.n
		}
	}
	return out
}

// Link is one synonym relation.
type Link struct {
	Term    string
	ID      int
	Sources Source
}

// Thesaurus is the decoded section.
//
// Only the reverse index is stored, with each term's number of synonyms:
// it is the lookup the noisy channel makes for every word. Synonyms (the
// forward direction) are recovered by a scan, fine for tools and for
// building a spinner once, too slow for a hot path.
type Thesaurus struct {
	terms   *strtab.Table
	degree  []byte // 2 bytes per term, little endian, saturating
	revOff  bin.U32s
	rev     []byte
	maxWord int
	fwd     *forward // built on first use (see Lists)
}

// forward is the synonym lists, built in memory from the reverse index
// the first time a direction test needs them.
type forward struct {
	once sync.Once
	off  []uint32 // len terms+1
	ids  []uint32 // each term's synonyms, ascending
}

func (t *Thesaurus) forwardIndex() *forward {
	f := t.fwd
	f.once.Do(func() {
		n := t.terms.Len()
		count := make([]uint32, n+1)
		var buf []Link
		for b := 0; b < n; b++ {
			buf = t.links(buf[:0], t.revOff, t.rev, b)
			for _, l := range buf {
				count[l.ID+1]++
			}
		}
		for i := 1; i <= n; i++ {
			count[i] += count[i-1]
		}
		f.off = count
		f.ids = make([]uint32, count[n])
		pos := append([]uint32(nil), count[:n]...)
		for b := 0; b < n; b++ {
			buf = t.links(buf[:0], t.revOff, t.rev, b)
			for _, l := range buf {
				f.ids[pos[l.ID]] = uint32(b)
				pos[l.ID]++
			}
		}
	})
	return f
}

// Lists reports whether term id a lists term id b as a synonym. The first
// call builds the synonym lists in memory (a few megabytes, tens of
// milliseconds); later calls are a binary search.
func (t *Thesaurus) Lists(a, b int) bool {
	if a < 0 || b < 0 || a >= t.terms.Len() || t.fwd == nil {
		return false
	}
	f := t.forwardIndex()
	ids := f.ids[f.off[a]:f.off[a+1]]
	k := sort.Search(len(ids), func(i int) bool { return ids[i] >= uint32(b) })
	return k < len(ids) && ids[k] == uint32(b)
}

// Len returns the number of terms.
func (t *Thesaurus) Len() int { return t.terms.Len() }

// MaxWords returns the largest number of words in a term.
func (t *Thesaurus) MaxWords() int { return t.maxWord }

// ID returns the id of a lower-case term.
func (t *Thesaurus) ID(term string) (int, bool) { return t.terms.Lookup(term) }

// Term returns the term with id i.
func (t *Thesaurus) Term(i int) string { return t.terms.String(i) }

// Synonyms returns the terms listed as synonyms of term, by id. It scans
// the whole reverse index.
func (t *Thesaurus) Synonyms(term string) []Link {
	id, ok := t.ID(term)
	if !ok {
		return nil
	}
	return t.SynonymsID(nil, id)
}

// Degree returns how many synonyms term id i has (saturating at 65535):
// a spinner picking uniformly among them picks each with 1/Degree.
func (t *Thesaurus) Degree(i int) int {
	if i < 0 || 2*i+1 >= len(t.degree) {
		return 0
	}
	return int(t.degree[2*i]) | int(t.degree[2*i+1])<<8
}

// Reverse returns the terms that list term as a synonym: the words a
// spinner may have replaced with term.
func (t *Thesaurus) Reverse(term string) []Link {
	id, ok := t.ID(term)
	if !ok {
		return nil
	}
	return t.links(nil, t.revOff, t.rev, id)
}

// ReverseID appends the reverse links of term id i to dst.
func (t *Thesaurus) ReverseID(dst []Link, i int) []Link { return t.links(dst, t.revOff, t.rev, i) }

// SynonymsID appends the synonyms of term id i to dst, in id order. It
// scans the whole reverse index.
func (t *Thesaurus) SynonymsID(dst []Link, i int) []Link {
	var buf []Link
	for j := 0; j < t.terms.Len(); j++ {
		buf = t.links(buf[:0], t.revOff, t.rev, j)
		for _, l := range buf {
			if l.ID == i {
				dst = append(dst, Link{Term: t.terms.String(j), ID: j, Sources: l.Sources})
				break
			}
		}
	}
	return dst
}

func (t *Thesaurus) links(dst []Link, off bin.U32s, data []byte, i int) []Link {
	if i < 0 || i+1 >= off.Len() {
		return dst
	}
	a, b := int(off.At(i)), int(off.At(i+1))
	if a > b || b > len(data) {
		return dst
	}
	p := data[a:b]
	prev := uint64(0)
	for len(p) > 0 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			break
		}
		p = p[n:]
		id := prev + v>>3
		prev = id
		if id >= uint64(t.terms.Len()) {
			break
		}
		dst = append(dst, Link{Term: t.terms.String(int(id)), ID: int(id), Sources: Source(v & 7)})
	}
	return dst
}

// Has reports whether b is listed as a synonym of a (a -> b).
func (t *Thesaurus) Has(a, b string) (Source, bool) {
	ai, ok1 := t.ID(a)
	bi, ok2 := t.ID(b)
	if !ok1 || !ok2 {
		return 0, false
	}
	return t.HasID(ai, bi)
}

// HasID reports whether term id b is listed as a synonym of term id a,
// by scanning the reverse links of b.
func (t *Thesaurus) HasID(a, b int) (Source, bool) {
	if b < 0 || b+1 >= t.revOff.Len() {
		return 0, false
	}
	lo, hi := int(t.revOff.At(b)), int(t.revOff.At(b+1))
	if lo > hi || hi > len(t.rev) {
		return 0, false
	}
	p := t.rev[lo:hi]
	prev := uint64(0)
	for len(p) > 0 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		id := prev + v>>3
		prev = id
		if id == uint64(a) {
			return Source(v & 7), true
		}
		if id > uint64(a) {
			return 0, false
		}
	}
	return 0, false
}

// Builder collects links.
type Builder struct {
	terms *strtab.Builder
	fwd   map[[2]uint32]Source
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{terms: strtab.NewBuilder(), fwd: map[[2]uint32]Source{}}
}

// MaxTermWords is the longest term kept, in words: longer phrases are
// never what a spinner writes in place of one word.
const MaxTermWords = 3

// Add records that syn is a synonym of term, asserted by src. Terms longer
// than MaxTermWords words or holding characters other than letters,
// spaces, hyphens, apostrophes and periods are ignored.
func (b *Builder) Add(term, syn string, src Source) {
	if term == syn || !keepTerm(term) || !keepTerm(syn) {
		return
	}
	k := [2]uint32{uint32(b.terms.Add(term)), uint32(b.terms.Add(syn))}
	b.fwd[k] |= src
}

func keepTerm(s string) bool {
	if s == "" {
		return false
	}
	spaces := 0
	for _, r := range s {
		switch {
		case r == ' ':
			spaces++
		case r == '-' || r == '\'' || r == '.' || unicode.IsLetter(r):
		default:
			return false
		}
	}
	return spaces < MaxTermWords
}

// Links returns the number of distinct links.
func (b *Builder) Links() int { return len(b.fwd) }

// Encode writes the section. Terms are sorted so the bytes do not depend
// on insertion order.
func (b *Builder) Encode() []byte {
	strs := append([]string(nil), b.terms.Strings()...)
	sort.Strings(strs)
	final := strtab.NewBuilder()
	remap := make([]uint32, len(strs))
	maxWord := 0
	for _, s := range strs {
		final.Add(s)
		words := 1
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				words++
			}
		}
		if words > maxWord {
			maxWord = words
		}
	}
	for old, s := range b.terms.Strings() {
		id, _ := final.ID(s)
		remap[old] = uint32(id)
	}
	n := len(strs)
	fwd := make([][]uint64, n)
	rev := make([][]uint64, n)
	for k, src := range b.fwd {
		a, c := remap[k[0]], remap[k[1]]
		fwd[a] = append(fwd[a], uint64(c)<<3|uint64(src))
		rev[c] = append(rev[c], uint64(a)<<3|uint64(src))
	}
	var w bin.Writer
	final.Encode(&w)
	w.U32(uint32(maxWord))
	for _, l := range fwd {
		w.U16(uint16(min(len(l), 65535)))
	}
	w.Align(4)
	for _, lists := range [][][]uint64{rev} {
		var data []byte
		offs := make([]uint32, 0, n+1)
		offs = append(offs, 0)
		for _, l := range lists {
			sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
			prev := uint64(0)
			for _, v := range l {
				id := v >> 3
				data = binary.AppendUvarint(data, (id-prev)<<3|v&7)
				prev = id
			}
			offs = append(offs, uint32(len(data)))
		}
		for _, o := range offs {
			w.U32(o)
		}
		w.Bytes(data)
		w.Align(4)
	}
	w.Align(8)
	return w.B
}

// Decode reads a thesaurus section, sharing data.
func Decode(data []byte) (*Thesaurus, error) {
	r := &bin.Reader{B: data}
	terms, err := strtab.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("thesaurus: %w", err)
	}
	t := &Thesaurus{terms: terms, fwd: &forward{}}
	t.maxWord = int(r.U32())
	n := terms.Len()
	t.degree = r.Slice(2 * n)
	r.Align(4)
	t.revOff = r.U32s(n + 1)
	t.rev = r.Bytes()
	if r.Err != nil {
		return nil, fmt.Errorf("thesaurus: %w", r.Err)
	}
	return t, nil
}
