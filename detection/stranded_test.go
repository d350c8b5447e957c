package detection

import (
	"strings"
	"testing"
)

// Sentences written for this test. "standard" stands for "par" (an English
// spinner's synonym of "par"); its left context alone does not make it
// surprising, but it is stranded: never seen after "adopté" nor before
// "le". Used as French uses it, beside words it goes with, it is left
// alone.
func TestStrandedWordIsExamined(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, tc := range []struct {
		text, spun, want string
	}{
		{"Le texte a été adopté standard le Sénat hier soir.", "standard", "par"},
		{"Le projet a été présenté standard le ministre devant les élus.", "standard", "par"},
		{"Le modèle standard a été livré hier aux clients de la région.", "", ""},
		{"Le prix standard du billet reste le même pour tous les voyageurs.", "", ""},
	} {
		var got []string
		for _, f := range detect(d, "fr", tc.text) {
			got = append(got, f.Text+" -> "+f.Suggestion)
		}
		want := []string(nil)
		if tc.spun != "" {
			want = []string{tc.spun + " -> " + tc.want}
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%q: findings %q, want %q", tc.text, got, want)
		}
	}
}
