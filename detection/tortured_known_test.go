package detection

import (
	"testing"

	"github.com/unspin-project/unspin/types"
)

// knownTorturedFloor is how many of the documented tortured phrases below
// get their original proposed (at any confidence) today; raise it as the
// pair search improves, never lower it silently.
const knownTorturedFloor = 3

// Tortured phrases documented in paraphrased scientific papers (the
// phrases and their originals are from the published literature on
// "tortured phrases"; the sentences around them were written for this
// test). They measure the pair search on spinning done by real tools,
// where eval --terms plants phrases of its own making.
func TestKnownTorturedPhrases(t *testing.T) {
	d := detectorSame(t, "en", "", true)
	found := 0
	for _, tc := range []struct{ text, phrase, original string }{
		{"Recent progress in counterfeit consciousness has changed how hospitals read scans.", "counterfeit consciousness", "artificial intelligence"},
		{"The team trained a profound learning model on thousands of labelled images.", "profound learning", "deep learning"},
		{"Companies now keep colossal information in remote data centres.", "colossal information", "big data"},
		{"The irregular woodland classifier gave the best accuracy on the test set.", "irregular woodland", "random forest"},
		{"Doctors screened the women for bosom peril every two years.", "bosom peril", "breast cancer"},
		{"Many firms moved their servers to haze figuring platforms last year.", "haze figuring", "cloud computing"},
		{"We report the square blunder of each prediction.", "square blunder", "square error"},
		{"The choice tree was pruned to avoid overfitting.", "choice tree", "decision tree"},
		{"A neural organization labelled the photos of the survey.", "neural organization", "neural network"},
		{"The operator extended its versatile organization to rural areas.", "versatile organization", "mobile network"},
	} {
		got := ""
		for _, f := range detect(d, "en", tc.text) {
			if f.Kind == types.TorturedPhrase && f.Text == tc.phrase {
				got = f.Suggestion
				t.Logf("%-24s -> %-24s (%.2f; want %s)", tc.phrase, f.Suggestion, f.Confidence, tc.original)
			}
		}
		if got == "" {
			t.Logf("%-24s not proposed (want %s)", tc.phrase, tc.original)
		}
		if got == tc.original {
			found++
		}
	}
	t.Logf("%d of 10 documented tortured phrases get their original", found)
	if found < knownTorturedFloor {
		t.Errorf("%d of 10 documented tortured phrases get their original, floor %d", found, knownTorturedFloor)
	}
}
