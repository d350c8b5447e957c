package unspin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/types"
)

// englishHumanFloor is the recorded floor for English human documents
// (docs/EVALUATION.md).
const englishHumanFloor = 0.95

// TestHumanVerdicts: human documents of 150 words or more are labelled
// human at least as often as the recorded floor — UD test treebanks (no
// pack or model saw them) and text written here, in French and English.
func TestHumanVerdicts(t *testing.T) {
	tests := []struct {
		lang      string
		own       []string
		treebanks []string
		floor     float64
	}{
		{"fr", []string{
			strings.Repeat("Le marché couvert de la ville rouvre ses portes après deux ans de travaux. Les commerçants, installés provisoirement sur la place de l'église, "+
				"retrouvent des étals rénovés, une halle mieux ventilée et un parking agrandi. « Nous avons perdu des clients pendant le chantier, mais ils reviendront », "+
				"explique une fromagère, présente depuis trente ans. La mairie prévoit une fête d'inauguration le premier dimanche du mois ; un concert gratuit est annoncé. ", 2),
			strings.Repeat("La randonnée commence au pied du barrage et suit la rivière jusqu'au hameau. Comptez trois heures de marche, sans difficulté particulière, "+
				"mais prévoyez de l'eau : il n'y a aucune fontaine sur le parcours. Au printemps, les prés se couvrent de narcisses ; à l'automne, les hêtres prennent "+
				"des teintes cuivrées. Les chiens doivent être tenus en laisse, car des troupeaux pâturent librement sur les hauteurs. ", 2),
		}, []string{"UD_French-GSD__fr_gsd-ud-test", "UD_French-Sequoia__fr_sequoia-ud-test"}, 0.95},
		{"en", []string{
			strings.Repeat("The covered market reopened on Saturday after two years of building work. Traders who had spent the works in tents on the church square "+
				"moved back into renovated stalls, a better ventilated hall and a larger car park. \"We lost customers during the works, but they will come back,\" "+
				"said a cheese seller who has kept her stall there for thirty years. The council plans a street party on the first Sunday of next month; a free concert is promised. ", 2),
			strings.Repeat("The walk starts at the foot of the dam and follows the river up to the hamlet. Allow three hours: the path is easy, but take water, "+
				"because there is no fountain on the way. In spring the meadows fill with daffodils; in autumn the beech trees turn copper. Dogs must be kept on a lead, "+
				"since cattle graze freely on the high ground, and walkers are asked to close every gate behind them. ", 2),
		}, []string{"UD_English-EWT__en_ewt-ud-test"}, englishHumanFloor},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			a := newAnalyzer(t, unspin.WithLanguage(tc.lang))
			var docs []eval.VerdictDoc
			for i, text := range tc.own {
				docs = append(docs, eval.VerdictDoc{ID: "own#" + string(rune('0'+i)), Text: text, Class: types.Human})
			}
			for _, tb := range tc.treebanks {
				path := "../shared/data/treebanks/" + tb + ".conllu.gz"
				if _, err := os.Stat(path); err != nil {
					t.Logf("skipped %s: absent", tb)
					continue
				}
				set, err := eval.Treebank(path, 250, 1000, 1, eval.IdentitySpin)
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, eval.VerdictDocs(set, false)...)
			}
			s, err := eval.RunVerdicts(t.Context(), a, docs)
			if err != nil {
				t.Fatal(err)
			}
			human, total := s.HumanRate(150)
			t.Logf("human documents labelled human: %d of %d", human, total)
			if total == 0 || float64(human) < tc.floor*float64(total) {
				t.Errorf("%d of %d human documents labelled human, want at least %.0f%%", human, total, 100*tc.floor)
			}
			for _, d := range s.Docs {
				if strings.HasPrefix(d.ID, "own#") && d.Verdict.Label != types.Human {
					t.Errorf("%s labelled %s: %q", d.ID, d.Verdict.Label, d.Verdict.Evidence)
				}
			}
		})
	}
}

// newsHumanFloor is how many of the pages in testdata/news-fr must be
// called human; raise it as the engine improves, never lower it silently.
const newsHumanFloor = 5

// Modern French news borrows English words and phrases ("les fake news",
// "un food truck", "en open space"): such pages are human-written. The
// pages in testdata/news-fr were written for this test; they hold no spin,
// so every finding is a false alarm.
func TestLoanwordNewsIsHuman(t *testing.T) {
	checkNewsPages(t, "testdata/news-fr", 5, newsHumanFloor, 0)
}

// heldOutHumanFloor is how many of the pages in testdata/news-fr-heldout
// are called human (5 of 6 when written: tech.txt was called spun for two
// unreported English technical words, "ransomware" and "phishing"; 6 of 6
// since session 6 counts only reported untranslated words).
const heldOutHumanFloor = 6

// heldOut2HumanFloor is the same for testdata/news-fr-heldout2, written in
// session 6 before that change: 5 of 6 (mode.txt, whose "click and
// collect" gives a confident false "collect" -> "comprise"), before and
// after it. heldOut2MaxAlarms is that one false alarm.
const (
	heldOut2HumanFloor = 5
	heldOut2MaxAlarms  = 1
)

// heldOut3HumanFloor and heldOut3MaxAlarms are the same for
// testdata/news-fr-heldout3 (session 6, before the loan-compound rule): 4
// of 5 human before and after it; jargon.txt, a page about start-up
// franglais, is spun with 6 false alarms before and 3 after (its first
// sentence was then used to debug the rule: see the set's README).
const (
	heldOut3HumanFloor = 4
	heldOut3MaxAlarms  = 3
)

// The held-out news pages were written after the tuning they measure and
// never tuned on; they hold no spin, so a reported finding is a false alarm.
func TestHeldOutNews(t *testing.T) {
	checkNewsPages(t, "testdata/news-fr-heldout", 6, heldOutHumanFloor, 0)
	checkNewsPages(t, "testdata/news-fr-heldout2", 6, heldOut2HumanFloor, heldOut2MaxAlarms)
	checkNewsPages(t, "testdata/news-fr-heldout3", 5, heldOut3HumanFloor, heldOut3MaxAlarms)
}

// checkNewsPages analyses the French pages of dir (at least minPages),
// which hold no spin: every reported finding is a false alarm, of which
// at most maxAlarms are allowed, and at least floor pages must be called
// human.
func checkNewsPages(t *testing.T, dir string, minPages, floor, maxAlarms int) {
	t.Helper()
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	files, err := filepath.Glob(dir + "/*.txt")
	if err != nil || len(files) < minPages {
		t.Fatalf("%s: %d pages, %v", dir, len(files), err)
	}
	human, alarms := 0, 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		r, err := a.Analyze(string(data))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		if r.Verdict != nil {
			if r.Verdict.Label == types.Human {
				human++
			}
			t.Logf("%s: %s %v, %d finding(s)", name, r.Verdict.Label, r.Verdict.P, len(r.Findings))
		}
		for _, f := range r.Findings {
			alarms++
			t.Logf("%s: false alarm %q (%s, %.2f): %s", name, f.Text, f.Kind, f.Confidence, f.Evidence)
		}
	}
	if alarms > maxAlarms {
		t.Errorf("%s: %d false alarms, at most %d allowed", dir, alarms, maxAlarms)
	}
	if human < floor {
		t.Errorf("%s: %d of %d pages called human, floor %d", dir, human, len(files), floor)
	}
}
