package unspin_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/unspin-project/unspin"
)

// One analyzer shared by many goroutines (a service, a corpus scan) gives
// every text the report a fresh analyzer gives it: the shared word caches
// and the pooled per-call buffers only save work. Texts of different
// lengths follow each other so that reused buffers are both grown and
// shrunk.
func TestConcurrentAnalyzeMatchesFresh(t *testing.T) {
	texts := []string{
		"Le ministre a présenté un plan lengthy de trois ans, et la state of affairs reste tendue.",
		"Les soignants travaillent sans relâche, mais la exhaustion des équipes inquiète la direction.",
		"Le conseil municipal a voté mardi soir.\nShare this article\nAll rights reserved.",
	}
	files, _ := filepath.Glob("testdata/news-fr-heldout2/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	want := make([]*unspin.Report, len(texts))
	for i, text := range texts {
		r, err := newAnalyzer(t, unspin.WithLanguage("fr")).Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r
	}
	shared := newAnalyzer(t, unspin.WithLanguage("fr"))
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for k := range texts {
					i := (k + g) % len(texts)
					r, err := shared.Analyze(texts[i])
					if err != nil {
						errs <- err.Error()
						return
					}
					if d := cmp.Diff(want[i], r); d != "" {
						errs <- d
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a shared analyzer's report differs from a fresh one's:\n%s", e)
	}
}
