package unspin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/types"
)

// WithSameLanguageWordsIn adds the single-word same-language search for
// the languages named, and leaves the others as the default has them.
func TestSameLanguageWordsIn(t *testing.T) {
	// Written for this test: a French noun swapped for a French synonym,
	// its article left unelided ("la acte" for "la loi").
	fr := "Le Sénat a examiné mardi la acte relative aux retraites, avant le vote solennel prévu la semaine prochaine."
	en := "Researchers said the counterfeit consciousness of the new system could change how colossal information is stored."
	analyze := func(text string, opts ...unspin.Option) []unspin.Finding {
		a, err := unspin.New(append(opts, unspin.WithMinConfidence(0))...)
		if err != nil {
			t.Fatal(err)
		}
		r, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		return r.Findings
	}
	count := func(fs []unspin.Finding) (words, pairs int) {
		for _, f := range fs {
			if f.Kind == types.TorturedPhrase {
				if len(f.Text) > 0 && containsSpace(f.Text) {
					pairs++
				} else {
					words++
				}
			}
		}
		return words, pairs
	}
	in := unspin.WithSameLanguageWordsIn("fr")
	if w, p := count(analyze(fr)); w+p != 0 {
		t.Errorf("the default found %d same-language words and %d pairs in French", w, p)
	}
	if w, p := count(analyze(fr, in)); w == 0 || p != 0 {
		t.Errorf("words searched in French: %d words, %d pairs; want words and no pair", w, p)
	}
	if d := cmp.Diff(analyze(en), analyze(en, in)); d != "" {
		t.Errorf("English with the word search for French only differs from the default:\n%s", d)
	}
	if d := cmp.Diff(analyze(en), analyze(en, unspin.WithSameLanguageSpin(true))); d == "" {
		t.Error("the full search changes nothing in English: the English text proves nothing")
	}
}

func containsSpace(s string) bool {
	for _, r := range s {
		if r == ' ' {
			return true
		}
	}
	return false
}
