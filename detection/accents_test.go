package detection

import (
	"testing"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

func TestUnaccented(t *testing.T) {
	l := testLexicon(t, lexicon.Totals{Corpus: 1000000}, []lexicon.Source{
		{Form: "précautions", Count: 30, Flags: lexicon.InDictionary, Analyses: []types.Analysis{{Lemma: "précaution", POS: types.Noun}}},
		{Form: "façade", Count: 20, Flags: lexicon.InDictionary},
		{Form: "évents", Count: 1, Flags: lexicon.InDictionary}, // too rare to be what was meant
		{Form: "reseau", Count: 50}, // corpus-only, not a dictionary word
	})
	for w, want := range map[string]string{"precautions": "précautions", "facade": "façade", "lengthy": "", "reseau": "", "events": ""} {
		got, ok := unaccented(l, w)
		if got != want || ok != (want != "") {
			t.Errorf("unaccented(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// In a text written without accents, the tests after prepare read the
// restored word's facts (its agreement features, its lexicon entry), not
// those of the unaccented form. Sentences written for this test.
func TestRestoredWordsAreReadRestored(t *testing.T) {
	d := detector(t, "fr", "en")
	text := "Les elus de la region ont demande des precisions sur les operations menees " +
		"par la societe. Le ministre a repondu que les decisions seraient publiees " +
		"apres la reunion du comite, et que les negociations continueraient la semaine prochaine."
	toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
	dc := d.newDoc(text, toks)
	defer dc.release()
	dc.prepare()
	restored := 0
	for i, tk := range toks {
		if tk.Norm == "operations" || tk.Norm == "societe" || tk.Norm == "decisions" {
			li := dc.lexAt(i)
			if li == nil || !li.ownDict || li.word == tk.Norm {
				t.Fatalf("%q: read as %+v, want its accented dictionary form", tk.Norm, li)
			}
			restored++
		}
	}
	if restored != 3 {
		t.Fatalf("found %d of the 3 unaccented words", restored)
	}
}
