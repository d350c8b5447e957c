package detection

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/types"
)

// A quotation or a sentence in the spinner's language is foreign text as
// a whole: a quotation holds no finding, a sentence outside quotation
// marks is one untranslated span, and neither is split into spins. A
// spinner's output stays a spin even when it makes a short quotation look
// English. Sentences written for this test.
func TestForeignQuotesAndSentences(t *testing.T) {
	d := detector(t, "fr", "en")
	const statement = "We remain committed to France, where we will continue to invest in research over the coming years."
	for _, tc := range []struct {
		name, text string
		inside     string     // the text whose words are checked
		want       types.Kind // the one finding kind allowed inside ("" for none)
		spun       string     // a word that must still be a spin, if any
	}{
		{"guillemets", "La direction a répondu : « " + statement + " » Les syndicats restent inquiets.", statement, "", ""},
		{"straight quotes", `La direction a répondu : "` + statement + `" Les syndicats restent inquiets.`, statement, "", ""},
		{"no quotation marks", "La direction a répondu en anglais. " + statement + " Les syndicats restent inquiets.", statement, types.Untranslated, ""},
		{"spun French sentence", "L'enjambeur eastern standard time d'une help précieuse pour les ouvriers du chantier.", "eastern standard time d'une help", types.CrossLingualSpin, "help"},
		{"spun short title", "Ils ont visité l'église « Saint Marie eastern standard time » hier matin.", "eastern standard time", types.CrossLingualSpin, "eastern"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, tc.inside)
			end := start + len(tc.inside)
			spun := false
			n := 0
			for _, f := range detect(d, "fr", tc.text) {
				if f.Start >= end || f.End <= start {
					continue
				}
				n++
				if f.Kind != tc.want && f.Confidence >= 0.5 {
					t.Errorf("finding %q (%s, %.2f) inside, want only %q", f.Text, f.Kind, f.Confidence, tc.want)
				}
				if tc.spun != "" && f.Kind == types.CrossLingualSpin && containsWord(f.Text, tc.spun) {
					spun = true
				}
				if tc.want == types.Untranslated && (f.Start != start || f.End != end-1) {
					t.Errorf("untranslated span %q, want the whole sentence but its full stop", f.Text)
				}
			}
			if tc.want == "" && n > 0 {
				t.Errorf("%d finding(s) inside a quotation", n)
			}
			if tc.want == types.Untranslated && n != 1 {
				t.Errorf("%d findings inside the sentence, want one", n)
			}
			if tc.spun != "" && !spun {
				t.Errorf("%q is no longer a spin", tc.spun)
			}
		})
	}
}

// Markup left in a text is made of English words but is no English
// sentence: it never becomes one untranslated span. Text written for this
// test.
func TestMarkupIsNoForeignSentence(t *testing.T) {
	d := detector(t, "fr", "en")
	text := `Le tableau suivant donne les effectifs. <td align="center" valign="bottom" class="none">Total for the year</td> <br clear="none"/> La suite du rapport détaille les dépenses.`
	for _, f := range detect(d, "fr", text) {
		if f.Kind == types.Untranslated && strings.ContainsAny(f.Text, "<>=") {
			t.Errorf("markup reported as a foreign sentence: %q", f.Text)
		}
	}
}

// Short lines of a web page's chrome in the spinner's language are
// foreign text, not spins; a spin inside the French text next to them is
// still one. Text written for this test.
func TestChromeLinesAreNotSpins(t *testing.T) {
	d := detector(t, "fr", "en")
	const article = "Le conseil municipal a présenté jeudi un plan lengthy de trois ans pour rénover les écoles de la ville."
	for _, line := range []string{"Share this article", "All rights reserved.", "© 2024 La Gazette. All rights reserved.", "Accept all cookies", "Follow us on Mastodon", "Most popular"} {
		text := article + "\n" + line + "\n"
		spun := false
		for _, f := range detect(d, "fr", text) {
			if f.Text == "lengthy" && f.Kind == types.CrossLingualSpin {
				spun = true
				continue
			}
			if f.Start >= len(article) && f.Kind != types.Untranslated {
				t.Errorf("%q: %s %q -> %q in the chrome line", line, f.Kind, f.Text, f.Suggestion)
			}
		}
		if !spun {
			t.Errorf("%q: the spin in the article was lost", line)
		}
	}
}

// A short line of the spinner's words only is untranslated text; a short
// line holding a word the spinner's dictionary lacks, or a function word
// far more at home in the text's language, is not. Lines written for this
// test.
func TestShortForeignLines(t *testing.T) {
	d := detector(t, "fr", "en")
	const article = "Le conseil municipal a présenté jeudi un plan de trois ans pour rénover les écoles de la ville."
	for _, tc := range []struct {
		line    string
		foreign bool
	}{
		{"Follow us on Mastodon", true},
		{"Share this article", true},
		{"Suivez-nous sur Mastodon", false}, // "suivez" is no English word
		{"Le maire de la ville", false},     // "le", "de", "la": French function words
		{"Photos de la soirée", false},
		{"Photos of la soirée", false},  // "la" keeps it French: other tests judge "of"
		{"Les news of the week", false}, // "les" too
	} {
		text := article + "\n" + tc.line + "\n"
		found := false
		for _, f := range detect(d, "fr", text) {
			if f.Kind == types.Untranslated && f.Start >= len(article) && strings.Contains(strings.Join(f.Evidence, " "), "short sentence or line") {
				found = true
			}
		}
		if found != tc.foreign {
			t.Errorf("%q: untranslated short line %v, want %v", tc.line, found, tc.foreign)
		}
	}
}
