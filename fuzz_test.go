package unspin_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/unspin-project/unspin"
)

// FuzzAnalyze: no panic on any bytes; invalid UTF-8 is an error; every
// span is in bounds, ordered and equal to its text; with no finding the
// input comes back byte for byte; fixing twice equals fixing once. The
// only valid text refused is one in a language without a pack.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "le lengthy de sa frontière", "Le however de la réunion. traiter.", "\xff\xfe", "la state of affairs an advantage", "(Photograph du département)", "«  »  “ ” ... 12,5 %",
		// English quoted and unquoted inside French, and an English noun
		// compound (session 6's rules).
		"Le patron a dit : « We will not give up on the plant » puis il est parti. We remain committed to the region. Un growth hacker arrive.",
		// An article left unelided, after a full stop and a bracket (session 7).
		"Il est parti. (La exhaustion des équipes) « Le impact de la mesure » de un",
		// Written without accents (read accent-blind: 30 words or more).
		"Les elus ont demande des precisions sur le calendrier des operations et sur les consequences pour les communes, et le prefet a promis une reponse apres la reunion publique prevue le lengthy de la semaine prochaine a la mairie."} {
		f.Add(s)
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAnalysis(t, a, s) })
}

// FuzzAnalyzeSameLanguage holds the same invariants with the
// same-language search on (unspin check's default) and the language
// detected: single substitutions and tortured pairs in French and English.
func FuzzAnalyzeSameLanguage(f *testing.F) {
	for _, s := range []string{"", "Le régime a proclamé de neuves dispositions pour épauler les cultivateurs.",
		"Counterfeit consciousness and profound learning drive the colossal information era.",
		"le lengthy de la saison remarquée", "\xff"} {
		f.Add(s)
	}
	a, err := unspin.New(unspin.WithSameLanguageSpin(true))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAnalysis(t, a, s) })
}

// checkAnalysis checks one analysis of s by a against the invariants of
// FuzzAnalyze.
func checkAnalysis(t *testing.T, a *unspin.Analyzer, s string) {
	r, err := a.Analyze(s)
	if !utf8.ValidString(s) {
		if err == nil {
			t.Fatal("invalid UTF-8 accepted")
		}
		return
	}
	var other *unspin.LanguageError
	if errors.As(err, &other) {
		return // a text in a language without a pack: refused, with its language
	}
	if err != nil {
		t.Fatalf("valid input rejected: %v", err)
	}
	prev := 0
	for _, x := range r.Findings {
		if x.Start < prev || x.End < x.Start || x.End > len(s) || s[x.Start:x.End] != x.Text {
			t.Fatalf("bad span [%d,%d) %q after %d in %q", x.Start, x.End, x.Text, prev, s)
		}
		prev = x.End
	}
	if len(r.Findings) == 0 && r.Repaired != s {
		t.Fatalf("no finding but the text changed: %q -> %q", s, r.Repaired)
	}
	once, err := a.Fix(s)
	if err != nil {
		t.Fatal(err)
	}
	twice, err := a.Fix(once)
	if err != nil {
		t.Fatal(err)
	}
	if once != twice {
		t.Fatalf("fix not idempotent: %q -> %q -> %q", s, once, twice)
	}
}
