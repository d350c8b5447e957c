package detection

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A shared cache only saves work: every text gets the findings a detector
// without one gives, whatever texts warmed the cache (and the pooled
// per-call buffers and word maps it hands out) before. Sentences
// written for this test; the English ones hold spun terms, so that the
// pair search's shared lists are used.
func TestSharedCacheKeepsFindings(t *testing.T) {
	for _, tc := range []struct {
		lang, spin string
		same       bool
		texts      []string
	}{
		{"fr", "en", false, []string{
			"Le ministre a parlé le lengthy de la frontière avec les deux events.",
			"La state of affairs reste tendue, mais le however de la réunion était clair.",
			"Le lengthy hiver a fini par passer, et la state of affairs s'est améliorée.",
			// Shorter than the texts before it: a reused buffer must hold
			// nothing of theirs.
			"Enfin, la exhaustion des deux events.",
		}},
		{"en", "", true, []string{
			"Recent work in counterfeit consciousness has changed how software is written.",
			"The hospital opened a clinic for bosom peril and counterfeit consciousness research.",
			"Doctors say bosom peril is found earlier than before in many countries.",
		}},
	} {
		plain := detectorSame(t, tc.lang, tc.spin, tc.same)
		shared := plain.WithCache(NewCache(0))
		for round := 0; round < 2; round++ { // the second round reads the cache
			for _, text := range tc.texts {
				want := detect(plain, tc.lang, text)
				got := detect(shared, tc.lang, text)
				if len(want) == 0 {
					t.Errorf("%s: no finding on %q: the test needs some", tc.lang, text)
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("%s round %d: %q with a shared cache (-without +with):\n%s", tc.lang, round, text, d)
				}
			}
		}
	}
}
