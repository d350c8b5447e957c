package languagemodel

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/tokenization"
)

// Sentences written for this test.
func TestNewSentence(t *testing.T) {
	for _, tc := range []struct {
		text, starts string // the tokens that open a sentence, joined by "|"
	}{
		{"Il pleut. Paris dort.", "Il|Paris"},
		{"Il pleut. (Photo du jour)", "Il|("},
		{"Il dit. « Nous partons. » Fin", "Il|«|»|Fin"},
		{"Il dit : « Nous partons »", "Il"},
		{"Titre\n(Photo du jour)", "Titre|Photo"},
		{"Fin.\n— Oui, dit-il.", "Fin|—"},
		{"(Note) Texte", "("},
		{"Il pleut.\n\nAlors il rentre", "Il|Alors"},
	} {
		toks := tokenization.Tokenize(tc.text, tokenization.ForLang("fr"))
		var got []string
		for i, tk := range toks {
			if NewSentence(toks, i) {
				got = append(got, tk.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tc.starts {
			t.Errorf("%q: sentences open at %q, want %q", tc.text, g, tc.starts)
		}
	}
}
