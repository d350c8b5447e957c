package verdict_test

import (
	"math"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
	"github.com/unspin-project/unspin/verdict"
)

// TestLMViewSameStats: statistics from the detector's model ids equal
// those from looking the words up, lexicon statistics included.
func TestLMViewSameStats(t *testing.T) {
	fr, _ := pack.Get("fr")
	en, _ := pack.Get("en")
	// A sentence longer than a batch of model lookups, and more sentences
	// than the statistics score (every few are then skipped).
	long := strings.Repeat("le maire de la petite ville annonce que les travaux de la route commenceront bientôt et ", 6) + "voilà."
	many := strings.Repeat("Le train part à midi. Il arrive le soir dans une gare du nord. ", 160)
	for _, text := range []string{long, many, human, spun, "Le rapport of the commission est with zorglubs inconnus, and the Blorx de Paris.", "Un. Deux trois quatre ! « Cinq », six ; sept… huit 12,5 %.\nNeuf dix onze douze.", rareWords} {
		toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
		var a, b map[string]float64
		detection.New(fr, en, detection.DefaultThresholds, false).DetectLM(text, toks, func(fs []types.Finding, view detection.LMView) {
			a = verdict.Measure(verdict.Input{Text: text, Tokens: toks, Findings: fs, Pack: fr, Spinner: en})
			b = verdict.Measure(verdict.Input{Text: text, Tokens: toks, Findings: fs, Pack: fr, Spinner: en, LM: &view})
		})
		if text == rareWords {
			// Every count of lexStats is exercised, so that flags read
			// wrongly from the view would show.
			for _, k := range []string{"foreign_function", "function_share", "unknown", "rare_share"} {
				if a[k] == 0 {
					t.Errorf("%s is 0 on the text meant to exercise it", k)
				}
			}
		}
		for k, x := range a {
			if math.Abs(x-b[k]) > 1e-9 {
				t.Errorf("%.30q: %s = %v from words, %v from ids", text, k, x, b[k])
			}
		}
	}
}

// rareWords holds rare and unknown words, capitalised and not, and
// function words of the text's language and of the spinner's.
const rareWords = "Nonobstant la forclusion, le greffier compulsa subséquemment les minutes du zorblax. The Greffe said the rest was Blorxien and of no use."
