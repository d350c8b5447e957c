package eval

import (
	"context"
	"fmt"
	"io"
	"math"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/spin"
	"github.com/unspin-project/unspin/types"
)

// VerdictDoc is a document whose making is known.
type VerdictDoc struct {
	ID    string
	Text  string
	Class types.Label
}

// VerdictResult is the analyzer's verdict on one document.
type VerdictResult struct {
	ID      string
	Class   types.Label
	Words   int
	Verdict types.Verdict
}

// VerdictSummary is the outcome of a verdict run.
type VerdictSummary struct {
	Docs []VerdictResult
}

// VerdictDocs labels documents made by Synthetic or Treebank (clean:
// human, spun: spun) or MachineTranslated (clean: machine-translated,
// spun: spun).
func VerdictDocs(docs []Doc, translated bool) []VerdictDoc {
	out := make([]VerdictDoc, 0, len(docs))
	for _, d := range docs {
		c := types.Spun
		switch {
		case translated && !hasSpin(d):
			c = types.MachineTranslated
		case !translated && (d.Clean || !hasSpin(d)):
			c = types.Human
		}
		out = append(out, VerdictDoc{ID: d.ID, Text: d.Text, Class: c})
	}
	return out
}

// hasSpin tells whether a document's gold holds a spinner's artifact
// (not only words a translation left untranslated).
func hasSpin(d Doc) bool {
	for _, g := range d.Gold {
		if g.Type != "untranslated" {
			return true
		}
	}
	return false
}

// RunVerdicts analyses every document and keeps its verdict.
func RunVerdicts(ctx context.Context, a *unspin.Analyzer, docs []VerdictDoc) (*VerdictSummary, error) {
	s := &VerdictSummary{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := a.Analyze(d.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", d.ID, err)
		}
		if r.Verdict == nil {
			continue
		}
		s.Docs = append(s.Docs, VerdictResult{ID: d.ID, Class: d.Class, Words: words(d.Text), Verdict: *r.Verdict})
	}
	return s, nil
}

// AUCHuman is the AUC of P(not human) separating documents not written by
// a person from those that were.
func (s *VerdictSummary) AUCHuman() float64 {
	var pos, neg []float64
	for _, d := range s.Docs {
		x := 1 - d.Verdict.P[types.Human]
		if d.Class == types.Human {
			neg = append(neg, x)
		} else {
			pos = append(pos, x)
		}
	}
	return AUC(pos, neg)
}

// AUCSpun is the AUC of P(spun) / P(not human) separating spun documents
// from machine translations, among documents not written by a person.
func (s *VerdictSummary) AUCSpun() float64 {
	var pos, neg []float64
	for _, d := range s.Docs {
		art := d.Verdict.P[types.MachineTranslated] + d.Verdict.P[types.Spun]
		x := d.Verdict.P[types.Spun] / math.Max(art, 1e-9)
		switch d.Class {
		case types.Spun:
			pos = append(pos, x)
		case types.MachineTranslated:
			neg = append(neg, x)
		}
	}
	return AUC(pos, neg)
}

// Confusion counts documents by true class and verdict label.
func (s *VerdictSummary) Confusion() map[types.Label]map[types.Label]int {
	m := map[types.Label]map[types.Label]int{}
	for _, l := range types.Labels {
		m[l] = map[types.Label]int{}
	}
	for _, d := range s.Docs {
		m[d.Class][d.Verdict.Label]++
	}
	return m
}

// Bin is one bin of a reliability diagram.
type Bin struct {
	Lo, Hi    float64 // predicted probability range
	N         int     // documents in the bin
	Predicted float64 // mean predicted probability
	Observed  float64 // share of the bin that is of the class
}

// Reliability bins documents by their predicted probability of label and
// compares it with how often they are of that class: a calibrated
// verdict has Observed ≈ Predicted in every bin.
func (s *VerdictSummary) Reliability(label types.Label, bins int) []Bin {
	out := make([]Bin, bins)
	for i := range out {
		out[i].Lo, out[i].Hi = float64(i)/float64(bins), float64(i+1)/float64(bins)
	}
	for _, d := range s.Docs {
		p := d.Verdict.P[label]
		i := min(int(p*float64(bins)), bins-1)
		out[i].N++
		out[i].Predicted += p
		if d.Class == label {
			out[i].Observed++
		}
	}
	for i := range out {
		if out[i].N > 0 {
			out[i].Predicted /= float64(out[i].N)
			out[i].Observed /= float64(out[i].N)
		}
	}
	return out
}

// HumanRate counts human documents of at least minWords words and those
// labelled human.
func (s *VerdictSummary) HumanRate(minWords int) (human, total int) {
	for _, d := range s.Docs {
		if d.Class == types.Human && d.Words >= minWords {
			total++
			if d.Verdict.Label == types.Human {
				human++
			}
		}
	}
	return human, total
}

// Print writes the verdict run's numbers.
func (s *VerdictSummary) Print(w io.Writer) {
	count := map[types.Label]int{}
	for _, d := range s.Docs {
		count[d.Class]++
	}
	fmt.Fprintf(w, "documents: %d human, %d machine-translated, %d spun\n", count[types.Human], count[types.MachineTranslated], count[types.Spun])
	fmt.Fprintf(w, "AUC human vs not human: %.3f\n", s.AUCHuman())
	if count[types.MachineTranslated] > 0 && count[types.Spun] > 0 {
		fmt.Fprintf(w, "AUC machine-translated vs spun (documents not human): %.3f\n", s.AUCSpun())
	}
	h, n := s.HumanRate(150)
	fmt.Fprintf(w, "human documents of 150 words or more labelled human: %d of %d (%.1f%%)\n", h, n, 100*ratio(h, n))
	fmt.Fprintf(w, "confusion (rows: truth, columns: verdict): %-20s %-20s %-20s\n", types.Human, types.MachineTranslated, types.Spun)
	c := s.Confusion()
	for _, l := range types.Labels {
		fmt.Fprintf(w, "  %-20s %6d %20d %20d\n", l, c[l][types.Human], c[l][types.MachineTranslated], c[l][types.Spun])
	}
	for _, l := range []types.Label{types.Human, types.Spun} {
		fmt.Fprintf(w, "reliability of P(%s): predicted → observed (documents)\n", l)
		for _, b := range s.Reliability(l, 10) {
			if b.N > 0 {
				fmt.Fprintf(w, "  [%.1f, %.1f)  %.3f → %.3f  (%d)\n", b.Lo, b.Hi, b.Predicted, b.Observed, b.N)
			}
		}
	}
}

// IdentitySpin leaves texts as they are: with Treebank, it makes
// documents that are all human.
func IdentitySpin(text string, _ uint64) (string, []spin.Artifact) { return text, nil }
