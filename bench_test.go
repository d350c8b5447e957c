package unspin_test

import (
	"os"
	"strings"
	"testing"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// benchInput reads a file made by `go run ./bench/mkcorpus` (bench/run.sh
// makes them) or skips.
func benchInput(b *testing.B, name string) string {
	data, err := os.ReadFile("bench/out/" + name)
	if err != nil {
		b.Skipf("skipped: %v (run bench/run.sh)", err)
	}
	return string(data)
}

func benchAnalyze(b *testing.B, text string) { benchAnalyzeLang(b, "fr", text) }

// benchAnalyzeLang times one analysis of text by a new analyzer each
// time: what a first text costs, with the analyzer's word caches empty
// (the packs are loaded once, before the timing). A corpus or a service
// reuses one analyzer, whose caches make later texts cheaper.
func benchAnalyzeLang(b *testing.B, lang, text string, opts ...unspin.Option) {
	opts = append([]unspin.Option{unspin.WithLanguage(lang)}, opts...)
	a, err := unspin.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	a.Analyze(text) // load the packs outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		a, _ = unspin.New(opts...)
		b.StartTimer()
		if _, err := a.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeArticle analyses a 5 KB French article; the seed
// (7 KB, dense with spins) is the second case.
func BenchmarkAnalyzeArticle(b *testing.B) {
	b.Run("clean-5KB", func(b *testing.B) { benchAnalyze(b, benchInput(b, "fr-5kb.txt")) })
	b.Run("seed-7KB", func(b *testing.B) {
		data, err := os.ReadFile("../shared/data/seed/blinken-fr.txt")
		if err != nil {
			b.Skip("seed absent")
		}
		benchAnalyze(b, string(data))
	})
}

// BenchmarkAnalyzeEnglish analyses 300 KB of held-out English: the
// same-language search (tortured phrases) is on for English.
func BenchmarkAnalyzeEnglish(b *testing.B) { benchAnalyzeLang(b, "en", benchInput(b, "en-300kb.txt")) }

// BenchmarkAnalyze1MB analyses 1 MB of held-out French as one text.
func BenchmarkAnalyze1MB(b *testing.B) { benchAnalyze(b, benchInput(b, "fr-1mb.txt")) }

// BenchmarkAnalyze1MBCheck is BenchmarkAnalyze1MB as `unspin check` runs
// it: French text is also searched for single words spun in French.
func BenchmarkAnalyze1MBCheck(b *testing.B) {
	benchAnalyzeLang(b, "fr", benchInput(b, "fr-1mb.txt"), unspin.WithSameLanguageWordsIn("fr"))
}

func BenchmarkAnalyzeScaling(b *testing.B) {
	for _, n := range []string{"fr-100kb.txt", "fr-300kb.txt"} {
		b.Run(n, func(b *testing.B) { benchAnalyze(b, benchInput(b, n)) })
	}
}

// BenchmarkAnalyzeCorpus analyses 1 MB of held-out French cut into
// documents of about 5 KB (at line ends) with one analyzer, as a corpus
// scan does: its caches warm up over the documents.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	text := benchInput(b, "fr-1mb.txt")
	var docs []string
	for len(text) > 0 {
		n := min(len(text), 5000)
		if k := strings.IndexByte(text[n:], '\n'); k >= 0 {
			n += k + 1
		} else {
			n = len(text)
		}
		docs = append(docs, text[:n])
		text = text[n:]
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := a.Analyze(d); err != nil {
				b.Fatal(err)
			}
			size += len(d)
		}
	}
	b.SetBytes(int64(size / b.N))
}

// BenchmarkMachineProbe tokenizes 4.6 KB of text written for this test,
// over and over: work that stays in the CPU's caches, so its speed is the
// speed of the core it ran on. This machine's cores sometimes run at
// about 0.6 of their usual speed for minutes; bench/alternate-bench.sh
// and bench/alternate.sh run the probe between rounds so that a spell
// shows beside the numbers it slowed.
func BenchmarkMachineProbe(b *testing.B) {
	para := "Le conseil municipal a adopté mardi soir, après trois heures de débat, " +
		"un budget qui prévoit la rénovation de l'école du quartier nord et " +
		"l'extension des pistes cyclables jusqu'à la gare. « C'est un choix " +
		"raisonnable », a déclaré l'adjointe chargée des finances. "
	text := strings.Repeat(para, 4600/len(para)+1)
	b.SetBytes(int64(len(text)))
	var toks []types.Token
	for i := 0; i < b.N; i++ {
		toks = tokenization.AppendTokens(toks[:0], text, tokenization.Options{Elisions: true})
	}
}
