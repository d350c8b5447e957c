package detection

import (
	"testing"
)

// An English phrase built on a French loanword is French usage, not a
// spin; a spinner's multi-word synonym is still one. Sentences written
// for this test.
func TestLoanPhrases(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, tc := range []struct {
		text string
		word string // a word that must (spun) or must not be in a finding
		spun bool
	}{
		{"Les fake news circulent plus vite que les démentis, regrettent les journalistes.", "fake", false},
		{"Depuis le déménagement, les salariés travaillent dans des open spaces bruyants.", "spaces", false},
		// A borrowed function word ("out" at tennis).
		{"Le concert de samedi affiche déjà complet : sold out en moins d'une heure, et le cloud gaming peine à convaincre.", "sold", false},
		// A fixed English phrase on a word French shares ("machine").
		{"Pour les spécialistes du machine learning, c'est un véritable game changer.", "learning", false},
		// The same foreign words among French words are spins, and so is a
		// spin next to a shared word when the two are no fixed phrase.
		{"Le projet a pris un lengthy moment avant de démarrer.", "lengthy", true},
		{"Le ministre a reçu une fake lettre de la part de son adversaire.", "fake", true},
		// A spinner's synonyms: a longer run ("est" became "eastern
		// standard time") and a term of the English thesaurus ("match").
		{"La situation eastern standard time calme depuis hier soir.", "eastern", true},
		{"Le football game de dimanche a attiré beaucoup de monde au stade.", "game", true},
		// Two foreign words that make no fixed English phrase.
		{"Il a pris un lengthy however pour réfléchir avant de signer.", "lengthy", true},
	} {
		found := false
		for _, f := range detect(d, "fr", tc.text) {
			if f.Confidence >= 0.5 && containsWord(f.Text, tc.word) {
				found = true
			}
		}
		if found != tc.spun {
			t.Errorf("%q: %q in a finding = %v, want %v", tc.text, tc.word, found, tc.spun)
		}
	}
}

// English noun compounds on a borrowed head are loans too, even when the
// English model lacks the bigram, and so are two foreign words making a
// fixed English phrase ("fashion week"); a spun noun before a French
// adjective, or a spun function word before a borrowed noun, is no
// compound. One paragraph written for this test, so that the words are
// judged in a document.
func TestLoanCompounds(t *testing.T) {
	d := detector(t, "fr", "en")
	text := "Le cabinet cherche un product manager pour sa nouvelle application. " +
		"Deux growth hackers ont rejoint l'équipe marketing cette semaine. " +
		"Les écoles utilisaient les mêmes keyboards standards que les bureaux. " +
		"Elle a reçu un prix en 2019 pour stepson film sur la vie d'un quartier. " +
		"À l'approche de la fashion week, les créateurs misent sur des tenues plus sobres."
	spun := map[string]bool{}
	for _, f := range detect(d, "fr", text) {
		if f.Confidence >= 0.5 {
			for _, w := range []string{"product", "growth", "keyboards", "stepson", "fashion"} {
				if containsWord(f.Text, w) {
					spun[w] = true
				}
			}
		}
	}
	for w, want := range map[string]bool{"product": false, "growth": false, "keyboards": true, "stepson": true, "fashion": false} {
		if spun[w] != want {
			t.Errorf("%q in a confident finding = %v, want %v", w, spun[w], want)
		}
	}
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}
