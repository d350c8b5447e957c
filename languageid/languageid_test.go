package languageid_test

import (
	"testing"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
)

func TestDetect(t *testing.T) {
	var packs []*pack.Pack
	for _, l := range []string{"fr", "en"} {
		p, err := pack.Get(l)
		if err != nil {
			t.Fatal(err)
		}
		packs = append(packs, p)
	}
	tests := map[string]string{
		"Le however de la réunion":                                          "fr", // spun French stays French
		"le lengthy de sa frontière avec la state of affairs":               "fr",
		"The council met on Tuesday to discuss the budget.":                 "en",
		"However, the meeting was postponed until the end of the month.":    "en",
		"Les élus ont voté le budget de la commune pour l'année prochaine.": "fr",
	}
	for text, want := range tests {
		got, _, err := languageid.Detect(tokenization.Tokenize(text, tokenization.Options{Elisions: true}), packs)
		if err != nil || got != want {
			t.Errorf("%q: %q %v, want %s", text, got, err, want)
		}
	}
	if _, _, err := languageid.Detect(tokenization.Tokenize("123 !!!", tokenization.Options{}), packs); err == nil {
		t.Error("no words, no error")
	}
}
