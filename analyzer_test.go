package unspin_test

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/unspin-project/unspin"
	_ "github.com/unspin-project/unspin/lang/all"
)

func newAnalyzer(t testing.TB, opts ...unspin.Option) *unspin.Analyzer {
	t.Helper()
	a, err := unspin.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestInputErrors(t *testing.T) {
	a := newAnalyzer(t)
	if _, err := a.Analyze("le chat \xff\xfe dort"); err == nil || unspin.KindOf(err) != unspin.KindInput {
		t.Errorf("invalid UTF-8: err %v kind %v", err, unspin.KindOf(err))
	}
	r, err := a.Analyze("")
	if err != nil || len(r.Findings) != 0 || r.Repaired != "" {
		t.Errorf("empty input: %+v %v", r, err)
	}
	r, err = a.Analyze("12 345 ... !!! 2021-12-02")
	if err != nil || len(r.Findings) != 0 {
		t.Errorf("no words: %+v %v", r, err)
	}
	if _, err := unspin.New(unspin.WithLanguage("xx")); err == nil || unspin.KindOf(err) != unspin.KindLanguage {
		t.Errorf("unknown language: %v", err)
	}
}

func TestLanguageDetection(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string]string{
		"Le conseil municipal a voté le budget de la ville pour l'année prochaine.": "fr",
		"The city council voted on the budget for next year after a long debate.":   "en",
	} {
		r, err := a.Analyze(text)
		if err != nil || r.Lang != want {
			t.Errorf("%q: lang %q err %v, want %s", text, r.Lang, err, want)
		}
	}
}

func TestFixIdempotent(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	text := "Le however de la réunion était de parler de la state of affairs le lengthy de la frontière."
	once, err := a.Fix(text)
	if err != nil {
		t.Fatal(err)
	}
	twice, _ := a.Fix(once)
	if once != twice {
		t.Errorf("fix not idempotent:\n%s\n%s", once, twice)
	}
	if !strings.Contains(once, "Le but de la réunion") || !strings.Contains(once, "la situation") {
		t.Errorf("fix = %q", once)
	}
}

// TestCleanFrench measures false alarms on UD French-GSD test sentences
// (news and web text no pack saw) and on text written for this test.
func TestCleanFrench(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	own := `La commune a ouvert une nouvelle médiathèque au cœur du quartier de la gare. Les habitants
pourront y emprunter des livres, des films et des jeux, et participer chaque samedi à des ateliers
d'écriture. Le projet, financé en partie par la région, a coûté près de deux millions d'euros.
Selon l'adjointe à la culture, Claire Martin, la fréquentation dépasse déjà les prévisions.`
	if r, _ := a.Analyze(own); len(r.Findings) != 0 {
		t.Errorf("findings on clean text: %+v", r.Findings)
	}
	f, err := os.Open("../shared/data/treebanks/UD_French-GSD__fr_gsd-ud-test.conllu.gz")
	if err != nil {
		t.Skipf("skipped: UD French-GSD absent (%v)", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var doc strings.Builder
	words, alarms := 0, 0
	var examples []string
	flush := func() {
		text := doc.String()
		doc.Reset()
		if text == "" {
			return
		}
		r, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		words += len(strings.Fields(text))
		alarms += len(r.Findings)
		for _, x := range r.Findings {
			examples = append(examples, fmt.Sprintf("%s %q -> %q", x.Kind, x.Text, x.Suggestion))
		}
	}
	sc := bufio.NewScanner(gz)
	n := 0
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
			doc.WriteString(s + "\n")
			if n++; n%20 == 0 {
				flush()
			}
		}
	}
	flush()
	rate := 1000 * float64(alarms) / float64(words)
	t.Logf("UD French-GSD test: %d words, %d false alarms = %.2f per 1000 words; %v", words, alarms, rate, examples)
	// The target is 0.5 per 1000 words (one per 2,000); the engine
	// measures 0.12 here (docs/EVALUATION.md). The ceiling may only fall.
	if rate > 0.5 {
		t.Errorf("%.2f false alarms per 1000 words of clean French (ceiling 0.5)", rate)
	}
}
