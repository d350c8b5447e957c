package languagemodel

import (
	"math"
	"strings"
	"testing"
)

// toyCorpus is written for these tests: a few French sentence patterns
// repeated with variations.
func toyCorpus() Corpus {
	var sents [][]string
	subjects := []string{"le chat", "le chien", "la voisine", "le maire", "la ministre"}
	verbs := []string{"regarde", "suit", "attend", "appelle"}
	objects := []string{"le long de la rivière", "le but de la réunion", "la situation du pays", "un ami"}
	for i, s := range subjects {
		for j, v := range verbs {
			for k, o := range objects {
				if (i+j+k)%5 == 4 {
					continue
				}
				sents = append(sents, strings.Fields(s+" "+v+" "+o+" ."))
			}
		}
	}
	return func(emit func([]string)) {
		for _, s := range sents {
			emit(s)
		}
	}
}

func trainToy(t *testing.T, opt TrainOptions) *Model {
	t.Helper()
	data, _, err := Train(toyCorpus(), toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNormalized(t *testing.T) {
	for _, opt := range []TrainOptions{{MinCount: 1, MinBigram: 1, MinTri: 1}, {MinCount: 1, MinBigram: 2, MinTri: 3}} {
		m := trainToy(t, opt)
		contexts := [][2]string{{"<s>", "<s>"}, {"le", "long"}, {"la", "situation"}, {"regarde", "le"}, {"zzz", "le"}}
		for _, c := range contexts {
			u, v := m.ID(c[0]), m.ID(c[1])
			sum := 0.0
			for w := 0; w < m.VocabSize(); w++ {
				if w == BOS {
					continue
				}
				sum += math.Pow(10, float64(m.LogProb(u, v, w)))
			}
			// Quantization to 8 bits moves each probability a little.
			if sum < 0.9 || sum > 1.1 {
				t.Errorf("opt %+v: P(.|%s %s) sums to %.3f", opt, c[0], c[1], sum)
			}
		}
	}
}

func TestPrefersSeen(t *testing.T) {
	m := trainToy(t, TrainOptions{MinCount: 1, MinBigram: 1, MinTri: 1})
	good, _ := m.ScoreSentence(strings.Fields("le chat regarde le long de la rivière ."))
	bad, _ := m.ScoreSentence(strings.Fields("le chat regarde le lengthy de la rivière ."))
	if good <= bad+2 {
		t.Errorf("seen sentence %.2f not far above spun one %.2f", good, bad)
	}
	ppl, n := m.HeldOut()
	if n == 0 || ppl <= 1 || ppl > 20 {
		t.Errorf("held-out perplexity %.2f over %d tokens", ppl, n)
	}
}

func FuzzDecode(f *testing.F) {
	data, _, _ := Train(toyCorpus(), nil, TrainOptions{MinCount: 1, MinBigram: 1, MinTri: 1})
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		m.ScoreSentence([]string{"le", "chat", "x"})
		m.LogProb(-1, 1<<22, 5)
	})
}

func TestTrainDeterministic(t *testing.T) {
	opt := TrainOptions{MinCount: 1, MinBigram: 1, MinTri: 2}
	a, _, err := Train(toyCorpus(), toyCorpus(), opt)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		b, _, _ := Train(toyCorpus(), toyCorpus(), opt)
		if string(a) != string(b) {
			t.Fatal("two trainings on the same corpus gave different bytes")
		}
	}
}

func TestUnigramPrior(t *testing.T) {
	base := trainToy(t, TrainOptions{MinCount: 1, MinBigram: 1, MinTri: 1})
	data, _, err := Train(toyCorpus(), nil, TrainOptions{MinCount: 1, MinBigram: 1, MinTri: 1,
		UnigramPrior: map[string]uint32{"ami": 1000, "photo": 500, "chat": 1}, PriorWeight: 0.5, PriorMinCount: 100})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID("photo") == Unk {
		t.Error("a frequent word of the prior did not join the vocabulary")
	}
	if m.LogProb1(m.ID("ami")) <= base.LogProb1(base.ID("ami")) {
		t.Error("the prior did not raise a word it favours")
	}
	sum := 0.0
	for w := 0; w < m.VocabSize(); w++ {
		if w != BOS {
			sum += math.Pow(10, float64(m.LogProb1(w)))
		}
	}
	if math.Abs(sum-1) > 1e-3 {
		t.Errorf("unigrams sum to %.4f", sum)
	}
}

// TestLogProbLoadsTogether holds LogProb, which reads the three n-gram
// tables' first slots before testing any, bit-for-bit equal to the
// lookups one after the other, over every triple of the toy vocabulary
// (seen trigrams, backoffs to seen bigrams and to unigrams, sentence
// marks and an id outside the vocabulary).
func TestLogProbLoadsTogether(t *testing.T) {
	m := trainToy(t, TrainOptions{})
	n := m.VocabSize() + 1
	seen, backoff := 0, 0
	for u := 0; u < n; u++ {
		for v := 0; v < n; v++ {
			for w := 0; w < n; w++ {
				got, want := m.LogProb(u, v, w), m.logProbSeq(u, v, w)
				if math.Float32bits(got) != math.Float32bits(want) {
					t.Fatalf("LogProb(%d, %d, %d) = %v, one after the other %v", u, v, w, got, want)
				}
				if _, ok := m.tri.find(key3(u, v, w)); ok {
					seen++
				} else {
					backoff++
				}
			}
		}
	}
	if seen == 0 || backoff == 0 {
		t.Fatalf("the vocabulary tested %d seen trigrams and %d backoffs: both paths must be taken", seen, backoff)
	}
}

// HasBigrams answers as HasBigram, word by word, over batches longer and
// shorter than its own.
func TestHasBigramsEqualsHasBigram(t *testing.T) {
	m := trainToy(t, TrainOptions{})
	n := m.VocabSize() + 1
	var ws []int
	for w := 0; w < n; w++ {
		ws = append(ws, w, (w*7)%n)
	}
	for len(ws) < 150 {
		ws = append(ws, ws...)
	}
	seen := 0
	for v := 0; v < n; v++ {
		got := m.HasBigrams(nil, v, ws)
		if len(got) != len(ws) {
			t.Fatalf("%d answers for %d words", len(got), len(ws))
		}
		for k, w := range ws {
			if want := m.HasBigram(v, w); got[k] != want {
				t.Fatalf("HasBigrams(%d)[%d] (w=%d) = %v, HasBigram %v", v, k, w, got[k], want)
			}
			if got[k] {
				seen++
			}
		}
	}
	if seen == 0 {
		t.Fatal("no stored bigram among the tested ones")
	}
}

// WordLogProbs answers as WordLogProb, query by query, bit for bit, over
// every triple of the toy vocabulary (more queries than one batch holds,
// the unknown word and an id outside the vocabulary among them), and in
// a slice shorter than a batch.
func TestWordLogProbsEqualsWordLogProb(t *testing.T) {
	m := trainToy(t, TrainOptions{})
	n := m.VocabSize() + 1
	var q []Trigram
	for u := 0; u < n; u++ {
		for v := 0; v < n; v++ {
			for w := 0; w < n; w++ {
				q = append(q, Trigram{u, v, w})
			}
		}
	}
	if len(q) <= batch {
		t.Fatalf("%d queries: the test needs more than a batch (%d)", len(q), batch)
	}
	for _, qs := range [][]Trigram{q, q[:batch/2+1], q[len(q)-3:], nil} {
		got := make([]float32, len(qs)+1)
		got[len(qs)] = 42
		m.WordLogProbs(got, qs)
		for k, x := range qs {
			if want := m.WordLogProb(x.U, x.V, x.W); math.Float32bits(got[k]) != math.Float32bits(want) {
				t.Fatalf("WordLogProbs[%d] %v = %v, WordLogProb %v", k, x, got[k], want)
			}
		}
		if got[len(qs)] != 42 {
			t.Fatalf("WordLogProbs wrote past its %d queries", len(qs))
		}
	}
}
