package all_test

import (
	"github.com/unspin-project/unspin/tokenization"
	"os"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/pack"
)

// benchText is French news prose written for these benchmarks.
const benchText = `Le ministre a déclaré jeudi que le gouvernement présenterait un nouveau plan
pour les transports régionaux avant la fin de l'année. Selon lui, les deux parties ont trouvé
un accord sur le financement des lignes les plus fréquentées, mais plusieurs élus demandent
encore des garanties sur le calendrier des travaux et sur le prix des billets. La situation
reste tendue dans certaines villes où les grèves se sont multipliées depuis le printemps.
Les syndicats estiment que la réforme aura un fort impact sur les conditions de travail des
agents, tandis que la direction affirme qu'elle permettra d'améliorer la ponctualité des trains.`

func benchWords() []string {
	var out []string
	for _, t := range tokenization.Tokenize(benchText, tokenization.Options{Elisions: true}) {
		out = append(out, t.Norm)
	}
	return out
}

func BenchmarkDecodePacks(b *testing.B) {
	var total int
	for _, l := range []string{"fr", "en"} {
		raw, _ := pack.Raw(l)
		total += len(raw)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, l := range []string{"fr", "en"} {
			raw, _ := pack.Raw(l)
			if _, err := pack.Decode(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWordLookup looks up the words of running text (a realistic,
// Zipfian mix); BenchmarkWordLookupRare looks up distinct rare forms.
func BenchmarkWordLookup(b *testing.B) {
	fr := mustPack(b, "fr")
	words := benchWords()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fr.Lexicon.ID(words[i%len(words)])
	}
}

func BenchmarkWordLookupRare(b *testing.B) {
	fr := mustPack(b, "fr")
	n := fr.Lexicon.Len()
	var words []string
	for i := n / 2; i < n && len(words) < 1<<16; i += 3 {
		words = append(words, strings.Clone(fr.Lexicon.Form(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fr.Lexicon.ID(words[(i*7919)%len(words)])
	}
}

func BenchmarkTrigramLogProb(b *testing.B) {
	fr := mustPack(b, "fr")
	var ids []int
	for _, w := range benchWords() {
		ids = append(ids, fr.WordLM.ID(w))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % (len(ids) - 2)
		fr.WordLM.LogProb(ids[k], ids[k+1], ids[k+2])
	}
}

func BenchmarkScoreText(b *testing.B) {
	fr := mustPack(b, "fr")
	words := benchWords()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		u, v := languagemodel.BOS, languagemodel.BOS
		for _, w := range words {
			id := fr.WordLM.ID(w)
			fr.WordLM.LogProb(u, v, id)
			u, v = v, id
		}
	}
}

// BenchmarkLogProbText scores every word of 1 MB of held-out French in
// its context (bench/run.sh makes the file): lookups spread over the
// whole model, as in analysis, where BenchmarkTrigramLogProb repeats one
// short text that stays in the CPU caches.
func BenchmarkLogProbText(b *testing.B) {
	data, err := os.ReadFile("../../bench/out/fr-1mb.txt")
	if err != nil {
		b.Skipf("skipped: %v (run bench/run.sh)", err)
	}
	fr := mustPack(b, "fr")
	var ids []int
	for _, t := range tokenization.Tokenize(string(data), tokenization.ForLang("fr")) {
		if w := languagemodel.TokenWord(t); w != "" {
			ids = append(ids, fr.WordLM.ID(w))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := (i * 7919) % (len(ids) - 2)
		fr.WordLM.LogProb(ids[k], ids[k+1], ids[k+2])
	}
}

// BenchmarkWordLogProbs scores 1 MB of held-out French word by word in
// reading order (as one sentence), one lookup after the other (one) and
// with languagemodel.WordLogProbs (batched), which overlaps the lookups'
// cache misses.
func BenchmarkWordLogProbs(b *testing.B) {
	data, err := os.ReadFile("../../bench/out/fr-1mb.txt")
	if err != nil {
		b.Skipf("skipped: %v (run bench/run.sh)", err)
	}
	lm := mustPack(b, "fr").WordLM
	var ids []int
	for _, t := range tokenization.Tokenize(string(data), tokenization.ForLang("fr")) {
		if w := languagemodel.TokenWord(t); w != "" {
			ids = append(ids, lm.ID(w))
		}
	}
	dst := make([]float32, len(ids))
	q := make([]languagemodel.Trigram, len(ids))
	u, v := languagemodel.BOS, languagemodel.BOS
	for k, w := range ids {
		q[k] = languagemodel.Trigram{U: u, V: v, W: w}
		u, v = v, w
	}
	b.Run("one", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			u, v := languagemodel.BOS, languagemodel.BOS
			for k, w := range ids {
				dst[k] = lm.WordLogProb(u, v, w)
				u, v = v, w
			}
		}
	})
	b.Run("batched", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			lm.WordLogProbs(dst, q)
		}
	})
}
