package detection

import (
	"testing"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// featsOf is what lexInfo records of a word's readings, for a lexicon of
// the test's own.
func featsOf(lex *lexicon.Lexicon, w string, buf []types.Analysis) feats {
	var f feats
	id, ok := lex.ID(w)
	if !ok {
		return f
	}
	for _, a := range lex.Analyses(buf[:0], id) {
		f.add(a)
	}
	return f
}

func TestAgreementOf(t *testing.T) {
	l := testLexicon(t, lexicon.Totals{}, []lexicon.Source{
		{Form: "fort", Analyses: []types.Analysis{{Lemma: "fort", POS: types.Adj, Gender: types.Masc, Number: types.Sing}, {Lemma: "fort", POS: types.Adv}}},
		{Form: "impact", Analyses: []types.Analysis{{Lemma: "impact", POS: types.Noun, Gender: types.Masc, Number: types.Sing}}},
		{Form: "impression", Analyses: []types.Analysis{{Lemma: "impression", POS: types.Noun, Gender: types.Fem, Number: types.Sing}}},
		{Form: "la", Analyses: []types.Analysis{{Lemma: "le", POS: types.Det, Gender: types.Fem, Number: types.Sing}, {Lemma: "la", POS: types.Pron}}},
		{Form: "du", Analyses: []types.Analysis{{Lemma: "du", POS: types.Det, Gender: types.Masc, Number: types.Sing}}},
		{Form: "rapides", Analyses: []types.Analysis{{Lemma: "rapide", POS: types.Adj, Gender: types.Epicene, Number: types.Plur}}},
		{Form: "sur", Analyses: []types.Analysis{{Lemma: "sur", POS: types.Adj, Gender: types.Masc, Number: types.Sing}, {Lemma: "sur", POS: types.Prep}}},
		{Form: "conduit", Analyses: []types.Analysis{{Lemma: "conduit", POS: types.Noun, Gender: types.Masc, Number: types.Sing}, {Lemma: "conduire", POS: types.Verb}}},
	})
	f := func(w string) feats { return featsOf(l, w, nil) }
	tests := []struct {
		mod, noun string
		before    bool
		want      lexicon.Agreement
	}{
		{"fort", "impact", true, lexicon.Agree},
		{"fort", "impression", true, lexicon.Disagree},
		{"du", "impression", true, lexicon.Disagree},
		{"du", "impression", false, lexicon.AgreeUnknown},  // a determiner after a noun belongs to the next one
		{"rapides", "impact", false, lexicon.Disagree},     // number
		{"la", "conduit", true, lexicon.AgreeUnknown},      // pronoun + verb: ambiguous
		{"impact", "fort", true, lexicon.AgreeUnknown},     // no modifier reading
		{"sur", "impression", false, lexicon.AgreeUnknown}, // after a noun, "sur" is the preposition
		{"sur", "impression", true, lexicon.Disagree},      // before it, only the adjective
	}
	for _, tc := range tests {
		if got := agreementOf(f(tc.mod), f(tc.noun), tc.before); got != tc.want {
			t.Errorf("agreementOf(%s, %s, before=%v) = %v, want %v", tc.mod, tc.noun, tc.before, got, tc.want)
		}
	}
}
