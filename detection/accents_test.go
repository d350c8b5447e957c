package detection

import (
	"testing"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

func TestUnaccented(t *testing.T) {
	l, err := lexicon.Decode(lexicon.Encode([]lexicon.Source{
		{Form: "précautions", Flags: lexicon.InDictionary, Analyses: []types.Analysis{{Lemma: "précaution", POS: types.Noun}}},
		{Form: "façade", Flags: lexicon.InDictionary},
		{Form: "reseau"}, // corpus-only, not a dictionary word
	}, lexicon.Totals{}))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"precautions": "précautions", "facade": "façade", "lengthy": "", "reseau": ""} {
		got, ok := unaccented(l, w)
		if got != want || ok != (want != "") {
			t.Errorf("unaccented(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}
