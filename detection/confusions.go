package detection

import (
	"fmt"
	"strings"

	"github.com/unspin-project/unspin/confusion"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/thesaurus"
)

// ConfusionBuilder names the version of the real-word candidate search
// that confusion tables are built with (see BuildConfusions). Change it
// with the search; TestConfusionTablesCurrent tells when a committed
// table no longer matches the search.
const ConfusionBuilder = "detection-realword-candidates/1"

// fromTable returns the real-word candidates of w from the detector's
// confusion table, in a new slice, and whether the table holds w.
func (dc *doc) fromTable(w string) ([]cand, bool) {
	t := dc.d.conf
	own, spin := dc.d.text.Lexicon, dc.d.spin.Thesaurus
	id, ok := own.ID(w)
	if !ok {
		return nil, false
	}
	es, ok := t.Entries(id)
	if !ok {
		return nil, false
	}
	buf := make([]cand, 0, es.Len())
	for k := 0; k < es.Len(); k++ {
		e := es.At(k)
		c := cand{text: own.Form(int(e.Cand)), channel: e.Channel, own1: e.Cand + 1}
		c.via = path{orig: c.text, base: spin.Term(int(e.Base)), src: thesaurus.Source(e.Src)}
		if e.Lemma >= 0 {
			c.via.lemma = spin.Term(int(e.Lemma))
		}
		buf = append(buf, c)
	}
	return buf, true
}

// ConfusionStats describes a built table.
type ConfusionStats struct {
	Words, Entries int
}

// BuildConfusions works out the real-word search's candidate lists for
// every word the search can examine in text spun from spin — homographs
// of spin's language that are dictionary content words of text's — and
// returns them as a confusion table. The lists are the ones the search
// computes itself, so that a detector with the table finds exactly what
// one without it finds, faster.
func BuildConfusions(text, spin *pack.Pack) ([]byte, ConfusionStats, error) {
	if text == nil || spin == nil || text == spin {
		return nil, ConfusionStats{}, fmt.Errorf("detection: a confusion table needs two packs")
	}
	d := New(text, spin, DefaultThresholds, false)
	d.conf = nil // work every list out
	dc := d.newDoc("", nil)
	defer dc.release()
	own, th := text.Lexicon, spin.Thesaurus
	var b confusion.Builder
	var es []confusion.Entry
	for id := 0; id < own.Len(); id++ {
		if !own.IsHomograph(id) || own.Flags(id)&lexicon.InDictionary == 0 {
			continue
		}
		w := own.Form(id)
		if !dc.lexOf(w).content {
			continue
		}
		es = es[:0]
		for _, c := range dc.candidates(spin, w, true) {
			cid, ok := own.ID(c.text)
			base, okb := th.ID(c.via.base)
			lemma, okl := -1, true
			if c.via.lemma != "" {
				lemma, okl = th.ID(c.via.lemma)
			}
			if !ok || !okb || !okl || c.via.orig != c.text || c.via.mid != "" || c.note != "" || strings.Contains(c.text, " ") {
				return nil, ConfusionStats{}, fmt.Errorf("detection: candidate %q of %q has no table form", c.text, w)
			}
			es = append(es, confusion.Entry{Cand: int32(cid), Base: int32(base), Lemma: int32(lemma), Src: uint8(c.via.src), Channel: c.channel})
		}
		if err := b.Add(id, es); err != nil {
			return nil, ConfusionStats{}, fmt.Errorf("detection: %w", err)
		}
	}
	h := confusion.Header{Text: text.Header.Lang, Spin: spin.Header.Lang, TextPrint: text.Fingerprint, SpinPrint: spin.Fingerprint, Builder: ConfusionBuilder}
	return b.Encode(h), ConfusionStats{Words: b.Len(), Entries: b.Entries()}, nil
}
