package detection

import "testing"

// ownWord accepts texts whose every word is a word of the language.
func TestOwnWord(t *testing.T) {
	fr := detector(t, "fr", "en").text.Lexicon
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"situation", true},
		{"le long", true},
		{"le  long", true},
		{"", false},
		{"  ", false},
		{"lengthy", false},
		{"le lengthy", false},
	} {
		if got := ownWord(fr, tc.s); got != tc.want {
			t.Errorf("ownWord(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
