package detection

import (
	"strings"
	"testing"
)

// Sentences written for this test. A spinner that swaps a noun leaves its
// article: "la fatigue" becomes "la exhaustion", which French would elide.
func TestUnelidedArticle(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, tc := range []struct{ text, word, original, evidence string }{
		{"Les soignants travaillent sans relâche depuis des semaines, mais la exhaustion des équipes inquiète la direction de l'hôpital.", "exhaustion", "fatigue", "l'exhaustion"},
		{"Les invités se sont levés au instant de partir, et le président les a salués un par un devant la mairie.", "instant", "moment", "à l'instant"},
		{"Le public a applaudi à ce instant précis, quand le chanteur est revenu sur la scène du théâtre.", "instant", "moment", "cet instant"},
		{"Le ministre a présenté jeudi un nouveau agenda pour les réformes de la fonction publique.", "agenda", "programme", "nouvel agenda"},
	} {
		var hit bool
		for _, f := range detect(d, "fr", tc.text) {
			if f.Text != tc.word {
				continue
			}
			hit = true
			if f.Suggestion != tc.original {
				t.Errorf("%s repaired to %q, want %s", tc.word, f.Suggestion, tc.original)
			}
			if !strings.Contains(strings.Join(f.Evidence, "; "), tc.evidence) {
				t.Errorf("evidence does not name the missing elision %q: %q", tc.evidence, f.Evidence)
			}
		}
		if !hit {
			t.Errorf("no finding on %q in %q", tc.word, tc.text)
		}
	}
	// Words that keep a whole article, and articles before consonants.
	for _, clean := range []string{
		"Le héros de la soirée a reçu la médaille des mains du maire.",
		"Le onze de départ a été annoncé une heure avant le coup d'envoi.",
		"Sa photo fait la une de tous les journaux ce matin.",
		"La hausse des prix a surpris les économistes de la banque.",
		"Il a commandé le yaourt et la salade, puis il est reparti.",
		"Il a retrouvé de vieux amis à la gare, et il a beau insister, personne ne veut partir.",
	} {
		for _, f := range detect(d, "fr", clean) {
			if f.Confidence >= 0.5 {
				t.Errorf("%q: false finding %q -> %q (%v)", clean, f.Text, f.Suggestion, f.Evidence)
			}
		}
	}
}

func TestVowelStart(t *testing.T) {
	for w, want := range map[string]bool{"impact": true, "été": true, "œuvre": true, "héros": false, "yaourt": false, "fatigue": false, "": false} {
		if got := vowelStart(w); got != want {
			t.Errorf("vowelStart(%q) = %v, want %v", w, got, want)
		}
	}
}
