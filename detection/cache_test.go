package detection

import (
	"fmt"
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

// The shared cache's tables find each word's own value — words that
// share their first and last eight bytes or are longer than a key
// included — and stop taking words when their shards are full.
func TestShards(t *testing.T) {
	var s shards[*lexInfo]
	s.init(0) // one word per shard
	words := []string{"de", "la", "situation", "représentation", "représentations", "anticonstitutionnellement", "anticonstitutionnellemant", "x"}
	var big shards[*lexInfo]
	big.init(1000)
	for _, w := range words {
		big.putOwned(w, &lexInfo{word: w})
	}
	for _, w := range words {
		li, ok := big.get(w)
		if !ok || li.word != w {
			t.Errorf("get(%q) = %v, %v", w, li, ok)
		}
	}
	if _, ok := big.get("représentatio"); ok {
		t.Error("a word never put was found")
	}
	held := 0
	for i := 0; i < 10*nShards; i++ {
		w := fmt.Sprintf("mot%d", i)
		s.putOwned(w, &lexInfo{word: w})
		if li, ok := s.get(w); ok {
			if li.word != w {
				t.Fatalf("get(%q) gave %q's facts", w, li.word)
			}
			held++
		}
	}
	if held == 0 || held > nShards {
		t.Errorf("%d words held by shards of one word each (%d shards)", held, nShards)
	}
}
