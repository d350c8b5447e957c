package unspin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/types"
)

// WithSameLanguageSpinIn turns the same-language search on for the
// languages named and leaves the others as the default has them.
func TestSameLanguageSpinIn(t *testing.T) {
	// Written for this test: French reworded with French synonyms.
	fr := "Le régime a proclamé mardi de neuves dispositions pour épauler les cultivateurs frappés par la sécheresse. " +
		"Selon le ministre, une enveloppe sera débloquée dès le mois prochain afin d'indemniser les exploitations les plus touchées."
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
	in := unspin.WithSameLanguageSpinIn("fr")
	on := unspin.WithSameLanguageSpin(true)
	frIn, frOn := analyze(fr, in), analyze(fr, on)
	if d := cmp.Diff(frOn, frIn); d != "" {
		t.Errorf("French with the search for French differs from the search everywhere:\n%s", d)
	}
	same := 0
	for _, f := range frIn {
		if f.Kind == types.TorturedPhrase {
			same++
		}
	}
	if same == 0 {
		t.Errorf("no same-language finding in French reworded in French: %+v", frIn)
	}
	if d := cmp.Diff(analyze(en), analyze(en, in)); d != "" {
		t.Errorf("English with the search for French only differs from the default:\n%s", d)
	}
	if d := cmp.Diff(analyze(en), analyze(en, on)); d == "" {
		t.Error("the search everywhere changes nothing in English: the test text proves nothing")
	}
}
