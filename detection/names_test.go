package detection

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// isName, with a word's lexicon part worked out once (wordNames), tells
// names from capitalised words as the whole rule does.
func TestIsName(t *testing.T) {
	own := testLexicon(t, lexicon.Totals{}, []lexicon.Source{
		{Form: "paris", CapsMid: 98, SeenMid: 100},                             // mostly capitalised: a name
		{Form: "table", CapsMid: 1, SeenMid: 100, Flags: lexicon.InDictionary}, // a common word
		{Form: "rosier", CapsMid: 10, SeenMid: 100},                            // mostly lower case, not in the dictionary
		{Form: "chen", Flags: lexicon.InDictionary},                            // no capitals counted
	})
	spin := testLexicon(t, lexicon.Totals{}, []lexicon.Source{
		{Form: "chen", CapsMid: 90, SeenMid: 100},
		{Form: "review", CapsMid: 5, SeenMid: 100, Flags: lexicon.InDictionary},
	})
	names := func(w string) wordBits {
		oid, ook := own.ID(w)
		sid, sok := spin.ID(w)
		return wordNames(own, oid, ook, spin, sid, sok)
	}
	tests := []struct {
		text    string
		initial bool
		want    bool
	}{
		{"Paris", false, true},
		{"Paris", true, true},
		{"Table", false, false}, // a dictionary word the corpora write in lower case
		{"Table", true, false},  // capitalised because it opens the sentence
		{"Rosier", false, true}, // not in the dictionary: inside a sentence, a name
		{"Rosier", true, false}, // known, mostly lower case: at the start, a word
		{"Review", false, true}, // unknown to the text's language
		{"Review", true, false}, // the spinner's language writes it in lower case
		{"Chen", true, true},    // ... or mostly capitalises it
		{"Inconnu", true, true}, // no lexicon knows it
		{"ONU", true, true},     // an acronym
		{"table", false, false}, // not capitalised
		{"A", false, true},      // one capital letter is no acronym: unknown, so a name
	}
	for _, tc := range tests {
		tok := types.Token{Text: tc.text, Norm: strings.ToLower(tc.text), Kind: types.Word}
		if got := isName(&tok, tc.initial, names(tok.Norm)); got != tc.want {
			t.Errorf("isName(%q, initial=%v) = %v, want %v", tc.text, tc.initial, got, tc.want)
		}
	}
}
