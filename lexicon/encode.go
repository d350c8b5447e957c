package lexicon

import (
	"sort"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
	"github.com/unspin-project/unspin/types"
)

// Source is the input of Encode: one record per form.
type Source struct {
	Form      string
	Count     uint32
	SubsCount uint32
	// CapsMid and SeenMid count capitalised and all mid-sentence occurrences.
	CapsMid, SeenMid uint32
	Flags            Flags
	Analyses         []types.Analysis
	OtherCount       uint32 // > 0 makes the form a homograph
}

// Totals are the token totals that turn counts into frequencies.
type Totals struct {
	Corpus, Subs, Other uint64
	OtherLang           string
}

// Encode writes a lexicon section. Forms are stored in the order given;
// lemmas missing from the list are appended. The output depends only on
// the arguments.
func Encode(src []Source, tot Totals) []byte {
	tab := strtab.NewBuilder()
	for _, s := range src {
		tab.Add(s.Form)
	}
	for _, s := range src {
		for _, a := range s.Analyses {
			tab.Add(a.Lemma)
		}
	}
	n := tab.Len()
	var w bin.Writer
	tab.Encode(&w)
	w.U64(tot.Corpus)
	w.U64(tot.Subs)
	get := func(i int) *Source {
		if i < len(src) {
			return &src[i]
		}
		return nil
	}
	for i := 0; i < n; i++ {
		if s := get(i); s != nil {
			w.U32(s.Count)
		} else {
			w.U32(0)
		}
	}
	for i := 0; i < n; i++ {
		if s := get(i); s != nil {
			w.U32(s.SubsCount)
		} else {
			w.U32(0)
		}
	}
	for i := 0; i < n; i++ {
		s := get(i)
		if s == nil || s.SeenMid == 0 {
			w.U8(CapsUnknown)
			continue
		}
		w.U8(uint8((uint64(s.CapsMid)*250 + uint64(s.SeenMid)/2) / uint64(s.SeenMid)))
	}
	for i := 0; i < n; i++ {
		if s := get(i); s != nil {
			w.U8(uint8(s.Flags))
		} else {
			w.U8(0)
		}
	}
	w.Align(4)
	// Analyses.
	lemmaForms := make([][]uint32, n)
	off := uint32(0)
	w.U32(0)
	for i := 0; i < n; i++ {
		if s := get(i); s != nil {
			off += uint32(len(s.Analyses))
		}
		w.U32(off)
	}
	w.U32(off)
	for i := 0; i < n; i++ {
		s := get(i)
		if s == nil {
			continue
		}
		for _, a := range s.Analyses {
			lid, _ := tab.ID(a.Lemma)
			w.U32(uint32(lid))
			w.U8(uint8(a.POS))
			w.U8(uint8(a.Gender))
			w.U8(uint8(a.Number))
			w.U8(uint8(a.Form))
			l := lemmaForms[lid]
			if len(l) == 0 || l[len(l)-1] != uint32(i) {
				lemmaForms[lid] = append(l, uint32(i))
			}
		}
	}
	off = 0
	w.U32(0)
	for _, l := range lemmaForms {
		off += uint32(len(l))
		w.U32(off)
	}
	w.U32(off)
	for _, l := range lemmaForms {
		for _, f := range l {
			w.U32(f)
		}
	}
	w.Bytes([]byte(tot.OtherLang))
	w.Align(4)
	w.U64(tot.Other)
	var hom []int
	for i := range src {
		if src[i].OtherCount > 0 {
			hom = append(hom, i)
		}
	}
	sort.Ints(hom)
	w.U32(uint32(len(hom)))
	for _, i := range hom {
		w.U32(uint32(i))
	}
	for _, i := range hom {
		w.U32(src[i].OtherCount)
	}
	w.Align(8)
	return w.B
}
