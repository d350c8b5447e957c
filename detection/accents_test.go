package detection

import (
	"testing"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

func TestUnaccented(t *testing.T) {
	l, err := lexicon.Decode(lexicon.Encode([]lexicon.Source{
		{Form: "précautions", Count: 30, Flags: lexicon.InDictionary, Analyses: []types.Analysis{{Lemma: "précaution", POS: types.Noun}}},
		{Form: "façade", Count: 20, Flags: lexicon.InDictionary},
		{Form: "évents", Count: 1, Flags: lexicon.InDictionary}, // too rare to be what was meant
		{Form: "reseau", Count: 50}, // corpus-only, not a dictionary word
	}, lexicon.Totals{Corpus: 1000000}))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"precautions": "précautions", "facade": "façade", "lengthy": "", "reseau": "", "events": ""} {
		got, ok := unaccented(l, w)
		if got != want || ok != (want != "") {
			t.Errorf("unaccented(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}
