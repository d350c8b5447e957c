// Package lexicon reads the word-form section of a language pack: every
// known form with its corpus frequency, how often it is capitalised inside
// a sentence, its morphological analyses, the forms of each lemma, and the
// forms it shares with the spinner's language (homographs).
//
// A Lexicon is immutable and safe for concurrent use.
package lexicon

import (
	"fmt"
	"sort"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
	"github.com/unspin-project/unspin/types"
)

// Flags describe a form.
type Flags uint8

// Flag bits.
const (
	// InDictionary marks forms found in a curated dictionary (Grammalecte,
	// hunspell, WordNet), as opposed to forms only seen in corpora.
	InDictionary Flags = 1 << iota
	// Stopword marks function words.
	Stopword
)

// CapsUnknown is the Caps value of a form never seen inside a sentence.
const CapsUnknown = 255

// Lexicon is the decoded lexicon section.
type Lexicon struct {
	forms       *strtab.Table
	corpusTotal uint64
	subsTotal   uint64
	counts      bin.U32s
	subs        bin.U32s
	caps        []byte
	flags       []byte
	anaOff      bin.U32s
	ana         []byte
	lemmaOff    bin.U32s
	lemmaForms  bin.U32s
	homIDs      bin.U32s
	homCounts   bin.U32s
	homBits     []uint64 // bit i: form i is a homograph (homIDs as a set)
	otherLang   string
	otherTotal  uint64
	accents     Accents
}

// Entry is what the lexicon knows about one form.
type Entry struct {
	ID          int
	Form        string
	Count       uint32  // occurrences in the pack's running-text corpora
	SubsCount   uint32  // occurrences in OpenSubtitles counts
	PerMillion  float64 // corpus frequency per million tokens
	CapsShare   float64 // share of mid-sentence occurrences that are capitalised; -1 if unknown
	Flags       Flags
	Analyses    []types.Analysis
	OtherCount  uint32  // count in the spinner language's corpora when a homograph
	OtherPerMil float64 // the same per million
}

// Len returns the number of forms.
func (l *Lexicon) Len() int { return l.forms.Len() }

// ID returns the id of a normalized form.
func (l *Lexicon) ID(form string) (int, bool) { return l.forms.Lookup(form) }

// Forms returns the table of forms that ID and Form read.
func (l *Lexicon) Forms() *strtab.Table { return l.forms }

// Form returns the form with id i.
func (l *Lexicon) Form(i int) string { return l.forms.String(i) }

// Count returns the corpus count of form id i (0 when out of range).
func (l *Lexicon) Count(i int) uint32 {
	if i < 0 || i >= l.counts.Len() {
		return 0
	}
	return l.counts.At(i)
}

// PerMillion returns the corpus frequency of form id i per million tokens.
func (l *Lexicon) PerMillion(i int) float64 {
	if l.corpusTotal == 0 {
		return 0
	}
	return float64(l.Count(i)) * 1e6 / float64(l.corpusTotal)
}

// CapsShare returns the share of mid-sentence occurrences of form id i
// that were capitalised, or -1 when the form was never seen mid-sentence.
func (l *Lexicon) CapsShare(i int) float64 {
	if i < 0 || i >= len(l.caps) || l.caps[i] == CapsUnknown {
		return -1
	}
	return float64(l.caps[i]) / 250
}

// Flags returns the flags of form id i.
func (l *Lexicon) Flags(i int) Flags {
	if i < 0 || i >= len(l.flags) {
		return 0
	}
	return Flags(l.flags[i])
}

// Analyses appends the analyses of form id i to dst.
func (l *Lexicon) Analyses(dst []types.Analysis, i int) []types.Analysis {
	if i < 0 || i+1 >= l.anaOff.Len() {
		return dst
	}
	a, b := int(l.anaOff.At(i)), int(l.anaOff.At(i+1))
	if a > b || 8*b > len(l.ana) {
		return dst
	}
	for k := a; k < b; k++ {
		rec := l.ana[8*k : 8*k+8]
		lemma := int(uint32(rec[0]) | uint32(rec[1])<<8 | uint32(rec[2])<<16 | uint32(rec[3])<<24)
		dst = append(dst, types.Analysis{
			Lemma:  l.forms.String(lemma),
			POS:    types.POS(rec[4]),
			Gender: types.Gender(rec[5]),
			Number: types.Number(rec[6]),
			Form:   types.VerbForm(rec[7]),
		})
	}
	return dst
}

// FormsOf appends the ids of the inflected forms of lemma id i to dst.
func (l *Lexicon) FormsOf(dst []int, i int) []int {
	if i < 0 || i+1 >= l.lemmaOff.Len() {
		return dst
	}
	a, b := int(l.lemmaOff.At(i)), int(l.lemmaOff.At(i+1))
	if a > b || b > l.lemmaForms.Len() {
		return dst
	}
	for k := a; k < b; k++ {
		dst = append(dst, int(l.lemmaForms.At(k)))
	}
	return dst
}

// Inflect returns the forms of lemma that carry the wanted analysis
// (same POS, and number, gender and verb form where want sets them).
func (l *Lexicon) Inflect(lemma string, want types.Analysis) []string {
	ids := l.InflectIDs(nil, lemma, want)
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for k, f := range ids {
		out[k] = l.Form(f)
	}
	return out
}

// InflectIDs is Inflect giving form ids, appended to dst.
func (l *Lexicon) InflectIDs(dst []int, lemma string, want types.Analysis) []int {
	id, ok := l.ID(lemma)
	if !ok {
		return dst
	}
	var formBuf [64]int
	var anaBuf [8]types.Analysis
	buf := anaBuf[:0]
	for _, f := range l.FormsOf(formBuf[:0], id) {
		buf = l.Analyses(buf[:0], f)
		for _, a := range buf {
			if a.Lemma != lemma || a.POS != want.POS {
				continue
			}
			if want.Number != types.NumberNone && a.Number != want.Number && a.Number != types.Invariable {
				continue
			}
			if want.Gender != types.GenderNone && a.Gender != want.Gender && a.Gender != types.Epicene {
				continue
			}
			if want.Form != types.FormNone && a.Form != want.Form {
				continue
			}
			dst = append(dst, f)
			break
		}
	}
	return dst
}

// OtherLang returns the language code the homograph counts refer to.
func (l *Lexicon) OtherLang() string { return l.otherLang }

// Homograph reports whether form id i is also a word of the other language,
// with its count there.
func (l *Lexicon) Homograph(i int) (count uint32, ok bool) {
	n := l.homIDs.Len()
	k := sort.Search(n, func(j int) bool { return int(l.homIDs.At(j)) >= i })
	if k < n && int(l.homIDs.At(k)) == i {
		return l.homCounts.At(k), true
	}
	return 0, false
}

// IsHomograph reports whether form id i is also a word of the other
// language: Homograph without the count, in constant time.
func (l *Lexicon) IsHomograph(i int) bool {
	return i >= 0 && i/64 < len(l.homBits) && l.homBits[i/64]&(1<<(i%64)) != 0
}

// Homographs returns the number of homograph forms.
func (l *Lexicon) Homographs() int { return l.homIDs.Len() }

// Lookup returns everything known about a normalized form.
func (l *Lexicon) Lookup(form string) (Entry, bool) {
	id, ok := l.ID(form)
	if !ok {
		return Entry{Form: form, CapsShare: -1}, false
	}
	e := Entry{ID: id, Form: form, Count: l.Count(id), PerMillion: l.PerMillion(id), CapsShare: l.CapsShare(id), Flags: l.Flags(id)}
	if id < l.subs.Len() {
		e.SubsCount = l.subs.At(id)
	}
	e.Analyses = l.Analyses(nil, id)
	if c, ok := l.Homograph(id); ok {
		e.OtherCount = c
		if l.otherTotal > 0 {
			e.OtherPerMil = float64(c) * 1e6 / float64(l.otherTotal)
		}
	}
	return e, true
}

// Totals returns the token totals of the corpora and subtitle counts.
func (l *Lexicon) Totals() (corpus, subs, other uint64) {
	return l.corpusTotal, l.subsTotal, l.otherTotal
}

// Decode reads a lexicon section, sharing data.
func Decode(data []byte) (*Lexicon, error) {
	r := &bin.Reader{B: data}
	forms, err := strtab.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	n := forms.Len()
	l := &Lexicon{forms: forms}
	l.corpusTotal = r.U64()
	l.subsTotal = r.U64()
	l.counts = r.U32s(n)
	l.subs = r.U32s(n)
	l.caps = r.Slice(n)
	l.flags = r.Slice(n)
	r.Align(4)
	l.anaOff = r.U32s(n + 1)
	nana := int(r.U32())
	l.ana = r.Slice(8 * nana)
	l.lemmaOff = r.U32s(n + 1)
	l.lemmaForms = r.U32s(int(r.U32()))
	l.otherLang = string(r.Bytes())
	r.Align(4)
	l.otherTotal = r.U64()
	nh := int(r.U32())
	l.homIDs = r.U32s(nh)
	l.homCounts = r.U32s(nh)
	if r.Err != nil {
		return nil, fmt.Errorf("lexicon: %w", r.Err)
	}
	// A set of the homographs, 4 KB per 32,768 forms: IsHomograph is
	// asked of most words of a text.
	l.homBits = make([]uint64, (n+63)/64)
	for k := 0; k < nh; k++ {
		if id := int(l.homIDs.At(k)); id < n {
			l.homBits[id/64] |= 1 << (id % 64)
		}
	}
	return l, nil
}

// SubsPerMillion returns the frequency of form id i per million subtitle
// tokens (OpenSubtitles), a view of the modern spoken register.
func (l *Lexicon) SubsPerMillion(i int) float64 {
	if l.subsTotal == 0 || i < 0 || i >= l.subs.Len() {
		return 0
	}
	return float64(l.subs.At(i)) * 1e6 / float64(l.subsTotal)
}

// SubsCount returns the subtitle count of form id i.
func (l *Lexicon) SubsCount(i int) uint32 {
	if i < 0 || i >= l.subs.Len() {
		return 0
	}
	return l.subs.At(i)
}
