package all_test

import (
	"math"
	"testing"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/tokenization"
)

// The packs' models answer a batch of lookups (WordLogProbs) as they
// answer each alone, bit for bit, on running text where some trigrams
// are stored and some back off to bigrams and unigrams.
func TestPackWordLogProbs(t *testing.T) {
	texts := map[string]string{
		"fr": "Le conseil municipal a voté hier soir le budget de la ville. Les habitants du quartier attendent la rénovation de la piscine depuis des années, et le maire promet des travaux au printemps.",
		"en": "The city council voted on the budget last night. Residents of the district have waited years for the pool to be renovated, and the mayor promises work will start in spring.",
	}
	for lang, text := range texts {
		lm := mustPack(t, lang).WordLM
		var q []languagemodel.Trigram
		u, v := languagemodel.BOS, languagemodel.BOS
		for _, tk := range tokenization.Tokenize(text, tokenization.ForLang(lang)) {
			if w := languagemodel.TokenWord(tk); w != "" {
				id := lm.ID(w)
				q = append(q, languagemodel.Trigram{U: u, V: v, W: id})
				u, v = v, id
			}
		}
		q = append(q, languagemodel.Trigram{U: u, V: v, W: languagemodel.EOS})
		got := make([]float32, len(q))
		lm.WordLogProbs(got, q)
		for k, x := range q {
			if want := lm.WordLogProb(x.U, x.V, x.W); math.Float32bits(got[k]) != math.Float32bits(want) {
				t.Errorf("%s: WordLogProbs[%d] %v = %v, WordLogProb %v", lang, k, x, got[k], want)
			}
		}
		if len(q) <= 32 {
			t.Errorf("%s: %d queries, fewer than a batch", lang, len(q))
		}
	}
}
