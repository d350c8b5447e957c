package languageid_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/tokenization"
)

func TestIdentify(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Le conseil municipal a voté hier soir le budget de la ville pour l'année prochaine.", "fr"},
		{"Le however de la réunion était de trouver un accord sur le lengthy de la frontière.", "fr"}, // spun French stays French
		{"The city council voted last night on the budget for next year, after a long debate.", "en"},
		{"Der Stadtrat hat gestern Abend über den Haushalt für das nächste Jahr abgestimmt.", "de"},
		{"El ayuntamiento votó anoche el presupuesto de la ciudad para el año que viene.", "es"},
		{"Il consiglio comunale ha votato ieri sera il bilancio della città per il prossimo anno.", "it"},
		{"A câmara municipal votou ontem à noite o orçamento da cidade para o próximo ano.", "pt"},
		{"Городской совет вчера вечером проголосовал за бюджет на следующий год.", ""},
		{"Kaupunginvaltuusto äänesti eilen illalla ensi vuoden talousarviosta.", ""},
	}
	for _, tc := range tests {
		toks := tokenization.Tokenize(tc.text, tokenization.Options{Elisions: true})
		g := languageid.Identify(toks)
		if g.Lang != tc.want {
			t.Errorf("%q: got %q (runner-up %s, margin %.2f, known %.2f, %s), want %q", tc.text, g.Lang, g.Runner, g.Margin, g.Known, g.Reasons, tc.want)
		}
	}
}

func TestIdentifyNoWords(t *testing.T) {
	g := languageid.Identify(tokenization.Tokenize("12 345 — 67 !", tokenization.Options{}))
	if g.Lang != "" || g.Words != 0 {
		t.Errorf("got %+v, want no language and no word", g)
	}
}

// Long counts the words looked at that are longer than one letter (an
// accented letter is one letter, not its two bytes).
func TestIdentifyLong(t *testing.T) {
	g := languageid.Identify(tokenization.Tokenize("A C à y é padre volume", tokenization.Options{Elisions: true}))
	if g.Words != 7 || g.Long != 2 {
		t.Errorf("got %d words, %d longer than a letter; want 7 and 2", g.Words, g.Long)
	}
}

func TestProfiled(t *testing.T) {
	got := languageid.Profiled()
	want := map[string]bool{"de": true, "en": true, "es": true, "fr": true, "it": true, "pt": true}
	if len(got) != len(want) {
		t.Fatalf("profiled %v", got)
	}
	for _, l := range got {
		if !want[l] {
			t.Errorf("unexpected profile %q", l)
		}
	}
}

func ExampleIdentify() {
	g := languageid.Identify(tokenization.Tokenize("Der Hund schläft, weil er den ganzen Tag im Garten gespielt hat.", tokenization.Options{}))
	fmt.Println(g.Lang)
	// Output: de
}

// TestIdentifyLongText checks the long-text path, which samples words by
// position: long texts are told as their sentences are, and words found
// in one stretch only still count.
func TestIdentifyLongText(t *testing.T) {
	fr := "Le conseil municipal a voté hier soir le budget de la ville pour l'année prochaine. "
	en := "The city council voted last night on the budget for next year, after a long debate. "
	numbers := strings.Repeat("12 345 — 67 ! ", 2000)
	tests := []struct {
		name, text, want string
		minWords         int
	}{
		{"French", strings.Repeat(fr, 400), "fr", 250},
		{"English", strings.Repeat(en, 400), "en", 250},
		{"English then French", strings.Repeat(en, 40) + strings.Repeat(fr, 400), "fr", 250},
		{"numbers and one sentence", numbers + fr + numbers, "fr", 1},
		{"numbers only", numbers + numbers, "", 0},
	}
	for _, tc := range tests {
		toks := tokenization.Tokenize(tc.text, tokenization.Options{Elisions: true})
		if len(toks) < 10*300 {
			t.Fatalf("%s: %d tokens, too short to test the long path", tc.name, len(toks))
		}
		g := languageid.Identify(toks)
		if g.Lang != tc.want || g.Words < tc.minWords || g.Words > 300 {
			t.Errorf("%s: got %q from %d words (%s), want %q from at least %d and at most 300", tc.name, g.Lang, g.Words, g.Reasons, tc.want, tc.minWords)
		}
	}
}

// BenchmarkIdentify identifies a 5 KB text made of sentences written for
// this test, about the size of a web document.
func BenchmarkIdentify(b *testing.B) {
	sentences := []string{
		"Le conseil municipal a voté hier soir le budget de la ville pour l'année prochaine.",
		"Les habitants du quartier attendent depuis longtemps la rénovation de la piscine.",
		"Selon le maire, les travaux commenceront au printemps et dureront deux ans.",
		"Une partie de l'opposition a dénoncé un projet trop coûteux pour les familles.",
	}
	var sb strings.Builder
	for sb.Len() < 5000 {
		for _, s := range sentences {
			sb.WriteString(s + " ")
		}
	}
	toks := tokenization.Tokenize(sb.String(), tokenization.Options{Elisions: true})
	languageid.Identify(toks)
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if g := languageid.Identify(toks); g.Lang != "fr" {
			b.Fatal(g.Lang)
		}
	}
}
