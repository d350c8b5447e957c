package eval_test

import (
	"context"
	"os"
	"testing"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/eval"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/packbuild"
	"github.com/unspin-project/unspin/spin"
)

const dataDir = "../../shared/data"

// TestShortAccuracy is the short accuracy run CI makes on the dev split:
// it fails when quality falls below the recorded floors (raised as the
// engine improves, never lowered silently). The full run is
// `unspin eval --docs 400` (docs/EVALUATION.md).
func TestShortAccuracy(t *testing.T) {
	s := devRun(t, 80, 250, 7)
	x := s.Kinds["cross-lingual-spin"]
	if x == nil {
		t.Fatal("no cross-lingual gold in the sample")
	}
	t.Logf("cross-lingual P %.3f R %.3f F1 %.3f repair %.3f; clean false alarms %.2f per 1000 words",
		x.Precision(), x.Recall(), x.F1(), x.RepairAccuracy(), s.AlarmsPer1000())
	floors := []struct {
		name      string
		got, want float64
	}{
		{"cross-lingual F1", x.F1(), 0.95},
		{"cross-lingual repair accuracy", x.RepairAccuracy(), 0.85},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.3f below floor %.2f", f.name, f.got, f.want)
		}
	}
	if s.AlarmsPer1000() > 0.5 {
		t.Errorf("false alarms %.2f per 1000 words above 0.5", s.AlarmsPer1000())
	}
	// Every finding is scored once, labelled: clean documents' findings
	// are false, and true ones carry the detector's features.
	clean, truth := 0, 0
	for _, f := range s.Scored {
		if f.Clean {
			clean++
			if f.True {
				t.Errorf("a finding of clean %s is labelled true", f.Doc)
			}
		}
		if f.True {
			truth++
			if f.Kind == "cross-lingual-spin" && f.Features["delta"] == 0 && f.Features["doc_foreign"] == 0 {
				t.Errorf("cross-lingual finding in %s has no features", f.Doc)
			}
		}
	}
	if clean != s.CleanAlarms || truth == 0 {
		t.Errorf("scored: %d clean findings for %d alarms, %d true", clean, s.CleanAlarms, truth)
	}
}

// TestShortSameLanguage is the short run of same-language spinning: two-word
// terms with both words replaced from the language's own thesaurus, in
// French and in English (held-out Wikipedia). Floors from the dev runs
// (docs/EVALUATION.md); English is far from issue 4's target (recall 0.6
// at precision 0.8) and its floors only guard against falling further.
func TestShortSameLanguage(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("skipped: %s absent", dataDir)
	}
	for _, tc := range []struct {
		lang                     string
		docs                     int
		precision, recall, alarm float64
	}{
		{"fr", 120, 0.8, 0.4, 0.5},
		{"en", 400, 0.7, 0.15, 0.5}, // dev: P 0.82, R 0.19; fewer documents hold too few findings to measure
	} {
		t.Run(tc.lang, func(t *testing.T) {
			p, _ := pack.Get(tc.lang)
			sp := spin.New(p, p, 0.3)
			set, err := eval.Synthetic(eval.SyntheticOptions{DataDir: dataDir, Lang: tc.lang, Split: packbuild.Dev, Docs: tc.docs, Words: 250, Seed: 5},
				func(text string, seed uint64) (string, []spin.Artifact) {
					return sp.Terms(text, seed, spin.DefaultTermOptions)
				})
			if err != nil {
				t.Fatal(err)
			}
			a, err := unspin.New(unspin.WithLanguage(tc.lang), unspin.WithSpinnerLanguage(tc.lang), unspin.WithSameLanguageSpin(true))
			if err != nil {
				t.Fatal(err)
			}
			s, err := eval.Run(context.Background(), a, set)
			if err != nil {
				t.Fatal(err)
			}
			x := s.Kinds["tortured-phrase"]
			if x == nil || x.TP+x.FN == 0 {
				t.Fatal("no tortured phrase planted")
			}
			t.Logf("tortured phrases P %.3f R %.3f repair %.3f; clean false alarms %.2f per 1000 words", x.Precision(), x.Recall(), x.RepairAccuracy(), s.AlarmsPer1000())
			if x.Precision() < tc.precision || x.Recall() < tc.recall || s.AlarmsPer1000() > tc.alarm {
				t.Errorf("below floors: precision %.3f (%.2f), recall %.3f (%.2f), false alarms %.2f (%.2f)",
					x.Precision(), tc.precision, x.Recall(), tc.recall, s.AlarmsPer1000(), tc.alarm)
			}
		})
	}
}

// devRun spins dev-split French (rate 0.3) into docs documents of about
// words words and scores the French analyzer on them; it skips without data.
func devRun(t *testing.T, docs, words int, seed uint64) *eval.Summary {
	t.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("skipped: %s absent", dataDir)
	}
	fr, _ := pack.Get("fr")
	en, _ := pack.Get("en")
	set, err := eval.Synthetic(eval.SyntheticOptions{DataDir: dataDir, Lang: "fr", Split: packbuild.Dev, Docs: docs, Words: words, Rate: 0.3, Seed: seed}, spin.New(fr, en, 0.3).Spin)
	if err != nil {
		t.Fatal(err)
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.Run(context.Background(), a, set)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCounts(t *testing.T) {
	c := eval.Counts{TP: 8, FP: 2, FN: 2, Repaired: 3, Repaired0: 4}
	if c.Precision() != 0.8 || c.Recall() != 0.8 || c.F1() < 0.799 || c.F1() > 0.801 || c.RepairAccuracy() != 0.75 {
		t.Errorf("counts %+v: P %v R %v F1 %v repair %v", c, c.Precision(), c.Recall(), c.F1(), c.RepairAccuracy())
	}
	var zero eval.Counts
	if zero.Precision() != 0 || zero.F1() != 0 {
		t.Error("empty counts are not zero")
	}
}

func TestBootstrapBrackets(t *testing.T) {
	s := devRun(t, 30, 200, 3)
	x := s.Kinds["cross-lingual-spin"]
	_, _, f1, _ := s.Bootstrap("cross-lingual-spin", 300, 1)
	if f1.Lo > x.F1() || f1.Hi < x.F1() || f1.Lo > f1.Hi {
		t.Errorf("interval [%.3f, %.3f] does not bracket F1 %.3f", f1.Lo, f1.Hi, x.F1())
	}
}
