// Package eval measures an analyzer on gold-annotated documents: per
// finding kind, precision, recall and repair accuracy; on clean documents,
// false alarms per thousand words.
package eval

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/spin"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// Doc is one evaluation document. Gold offsets are code points, as in the
// seed's gold file; a clean document has no gold and any finding in it is
// a false alarm.
type Doc struct {
	ID    string
	Text  string
	Gold  []spin.Artifact
	Clean bool
}

// Counts accumulates one kind's outcomes.
type Counts struct {
	TP, FP, FN          int // findings matching gold, findings matching none, gold missed
	Repaired, Repaired0 int // gold with an original whose suggestion was right / all such matched gold
}

// Precision returns TP/(TP+FP), or 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 0.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// RepairAccuracy returns the share of matched gold spans repaired to the
// gold original.
func (c Counts) RepairAccuracy() float64 { return ratio(c.Repaired, c.Repaired0) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Error is one mistake, for the error listing.
type Error struct {
	Doc, What, Text, Context string
}

// Summary is the outcome of a run.
type Summary struct {
	Kinds       map[string]*Counts // by gold type for recall, by finding kind for precision
	Any         Counts             // a finding of any kind overlapping a gold span counts
	CleanWords  int
	CleanAlarms int
	CleanDocs   int
	SpunDocs    int
	Errors      []Error
	Scored      []Scored            // every finding, labelled, with its confidence and features
	DocScores   []DocScore          // every document's score: its most confident finding
	Gold        map[string]int      // gold spans per type
	perDoc      []map[string]Counts // each document's contribution, "any" included
}

// Scored is one finding labelled true (it overlaps a gold span) or false,
// for calibration, ROC curves and precision-recall curves.
type Scored struct {
	Doc        string
	Kind       string
	True       bool
	Clean      bool // from a clean document
	Confidence float64
	Features   map[string]float64
}

// DocScore is one document's score, for document-level AUC.
type DocScore struct {
	Doc   string
	Spun  bool
	Score float64
}

// label records every finding of d, true when it overlaps a gold span,
// and d's score.
func (s *Summary) label(d Doc, fs []types.Finding) {
	score := 0.0
	for _, f := range fs {
		score = max(score, f.Confidence)
		hit := false
		for _, g := range d.Gold {
			gs, ge, _ := spin.ByteSpan(d.Text, g.Start, g.End)
			if f.Start < ge && gs < f.End {
				hit = true
				break
			}
		}
		s.Scored = append(s.Scored, Scored{d.ID, string(f.Kind), hit, d.Clean, f.Confidence, f.Features})
	}
	for _, g := range d.Gold {
		s.Gold[g.Type]++
	}
	s.DocScores = append(s.DocScores, DocScore{d.ID, !d.Clean, score})
}

// AlarmsPer1000 returns false alarms per thousand words of clean text.
func (s *Summary) AlarmsPer1000() float64 {
	return 1000 * ratio(s.CleanAlarms, s.CleanWords)
}

func (s *Summary) kind(k string) *Counts {
	if s.Kinds[k] == nil {
		s.Kinds[k] = &Counts{}
	}
	return s.Kinds[k]
}

func words(text string) int {
	n := 0
	for _, t := range tokenization.Tokenize(text, tokenization.Options{}) {
		if t.Kind == types.Word {
			n++
		}
	}
	return n
}

func around(text string, s, e int) string {
	a, z := max(0, s-40), min(len(text), e+40)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for z < len(text) && !utf8.RuneStart(text[z]) {
		z++
	}
	return strings.ReplaceAll(text[a:s]+"[["+text[s:e]+"]]"+text[e:z], "\n", " ")
}

// Run analyses every document and scores the findings.
func Run(ctx context.Context, a *unspin.Analyzer, docs []Doc) (*Summary, error) {
	return RunFinder(ctx, AnalyzerFinder(a), docs)
}

// AnalyzerFinder is the analyzer as a Finder.
func AnalyzerFinder(a *unspin.Analyzer) Finder {
	return func(text string) ([]types.Finding, error) {
		r, err := a.Analyze(text)
		if err != nil {
			return nil, err
		}
		return r.Findings, nil
	}
}

// Finder is anything that flags spans of a text: the analyzer, or a peer.
type Finder func(text string) ([]types.Finding, error)

// RunFinder scores any finder on the documents with the same rules.
func RunFinder(ctx context.Context, find Finder, docs []Doc) (*Summary, error) {
	return RunThreshold(ctx, find, docs, 0)
}

// RunThreshold is RunFinder counting only findings of confidence at least
// min; every finding, kept or not, is labelled in Scored and counts in its
// document's score, for curves and AUC. Give it a finder that keeps
// low-confidence findings (unspin.WithMinConfidence(0)).
func RunThreshold(ctx context.Context, find Finder, docs []Doc, min float64) (*Summary, error) {
	s := &Summary{Kinds: map[string]*Counts{}, Gold: map[string]int{}}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		before := s.snapshot()
		all, err := find(d.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", d.ID, err)
		}
		s.label(d, all)
		var fs []types.Finding
		for _, f := range all {
			if f.Confidence >= min {
				fs = append(fs, f)
			}
		}
		r := struct{ Findings []types.Finding }{fs}
		if d.Clean {
			s.CleanDocs++
			s.CleanWords += words(d.Text)
			s.CleanAlarms += len(r.Findings)
			for _, f := range r.Findings {
				s.kind(string(f.Kind)).FP++
				s.Errors = append(s.Errors, Error{d.ID, "false alarm " + string(f.Kind) + " -> " + f.Suggestion, f.Text, around(d.Text, f.Start, f.End)})
			}
			s.perDoc = append(s.perDoc, s.diff(before))
			continue
		}
		s.SpunDocs++
		matched := make([]bool, len(r.Findings))
		for _, g := range d.Gold {
			gs, ge, _ := spin.ByteSpan(d.Text, g.Start, g.End)
			hit := -1
			for i, f := range r.Findings {
				if f.Start < ge && gs < f.End {
					hit = i
					matched[i] = true
					break
				}
			}
			kc := s.kind(g.Type)
			if hit < 0 {
				kc.FN++
				s.Any.FN++
				s.Errors = append(s.Errors, Error{d.ID, "missed " + g.Type + " (original " + g.Original + ")", g.Observed, around(d.Text, gs, ge)})
				continue
			}
			kc.TP++
			s.Any.TP++
			if g.Original != "" {
				kc.Repaired0++
				s.Any.Repaired0++
				if strings.EqualFold(r.Findings[hit].Suggestion, g.Original) {
					kc.Repaired++
					s.Any.Repaired++
				} else {
					s.Errors = append(s.Errors, Error{d.ID, fmt.Sprintf("wrong repair %q (want %q)", r.Findings[hit].Suggestion, g.Original), g.Observed, around(d.Text, gs, ge)})
				}
			}
		}
		for i, f := range r.Findings {
			if !matched[i] {
				s.kind(string(f.Kind)).FP++
				s.Any.FP++
				s.Errors = append(s.Errors, Error{d.ID, "spurious " + string(f.Kind) + " -> " + f.Suggestion, f.Text, around(d.Text, f.Start, f.End)})
			}
		}
		s.perDoc = append(s.perDoc, s.diff(before))
	}
	return s, nil
}

func (s *Summary) snapshot() map[string]Counts {
	m := map[string]Counts{"any": s.Any}
	for k, c := range s.Kinds {
		m[k] = *c
	}
	return m
}

func (s *Summary) diff(before map[string]Counts) map[string]Counts {
	out := map[string]Counts{}
	for k, c := range s.snapshot() {
		b := before[k]
		d := Counts{TP: c.TP - b.TP, FP: c.FP - b.FP, FN: c.FN - b.FN, Repaired: c.Repaired - b.Repaired, Repaired0: c.Repaired0 - b.Repaired0}
		if d != (Counts{}) {
			out[k] = d
		}
	}
	return out
}

// Interval is a bootstrap confidence interval.
type Interval struct{ Lo, Hi float64 }

// Bootstrap resamples the documents n times (with replacement, fixed
// seed) and returns 95% intervals of precision, recall, F1 and repair
// accuracy for a kind ("any" for the overlap row).
func (s *Summary) Bootstrap(kind string, n int, seed uint64) (p, r, f1, rep Interval) {
	if len(s.perDoc) == 0 || n <= 0 {
		return
	}
	rng := rand.New(rand.NewPCG(seed, 0xb00757))
	var ps, rs, fs, reps []float64
	for b := 0; b < n; b++ {
		var c Counts
		for range s.perDoc {
			d := s.perDoc[rng.IntN(len(s.perDoc))][kind]
			c.TP, c.FP, c.FN, c.Repaired, c.Repaired0 = c.TP+d.TP, c.FP+d.FP, c.FN+d.FN, c.Repaired+d.Repaired, c.Repaired0+d.Repaired0
		}
		ps, rs, fs, reps = append(ps, c.Precision()), append(rs, c.Recall()), append(fs, c.F1()), append(reps, c.RepairAccuracy())
	}
	iv := func(x []float64) Interval {
		sort.Float64s(x)
		return Interval{x[int(0.025*float64(len(x)))], x[min(len(x)-1, int(0.975*float64(len(x))))]}
	}
	return iv(ps), iv(rs), iv(fs), iv(reps)
}

// Print writes the summary as a table.
func (s *Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "%-20s %6s %6s %6s %9s %9s %6s %8s\n", "kind", "TP", "FP", "FN", "precision", "recall", "F1", "repair")
	var kinds []string
	for k := range s.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-20s %6d %6d %6d %9.3f %9.3f %6.3f %8.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1(), c.RepairAccuracy())
	}
	defer func() {
		fmt.Fprintln(w, "95% bootstrap intervals over documents (1000 resamples): F1 [lo, hi], repair [lo, hi]")
		for _, k := range append(kinds, "any") {
			_, _, f1, rep := s.Bootstrap(k, 1000, 1)
			fmt.Fprintf(w, "  %-20s F1 [%.3f, %.3f]  repair [%.3f, %.3f]\n", k, f1.Lo, f1.Hi, rep.Lo, rep.Hi)
		}
	}()
	for _, k := range kinds {
		row(k, *s.Kinds[k])
	}
	row("any (overlap)", s.Any)
	fmt.Fprintf(w, "spun documents %d; clean documents %d, %d words, %d false alarms = %.2f per 1000 words\n",
		s.SpunDocs, s.CleanDocs, s.CleanWords, s.CleanAlarms, s.AlarmsPer1000())
	if s.SpunDocs > 0 && s.CleanDocs > 0 {
		fmt.Fprintf(w, "document-level AUC (spun vs clean, score = most confident finding): %.3f\n", s.AUC())
	}
}
