package languagemodel

import (
	"fmt"
	"math"
	"sort"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
)

// Corpus streams sentences of normalized words. It is called more than once
// and must yield the same sentences each time.
type Corpus func(emit func(sentence []string))

// TrainOptions control vocabulary size and pruning.
type TrainOptions struct {
	MinCount  uint32 // words seen fewer times are <unk>
	MaxVocab  int    // keep at most this many words (0 = no limit)
	MinBigram uint32 // prune bigrams whose continuation count is below this
	MinTri    uint32 // prune trigrams seen fewer times than this
	// UnigramPrior, when set, is mixed into the unigram distribution with
	// weight PriorWeight: counts from another register (subtitles) that
	// temper the training corpora's domain (law, debates, old books).
	// Words of the prior seen at least PriorMinCount times join the
	// vocabulary.
	UnigramPrior  map[string]uint32
	PriorWeight   float64
	PriorMinCount uint32
}

// TrainStats describes a trained model.
type TrainStats struct {
	Tokens                   uint64
	Vocab, Bigrams, Trigrams int
	Discounts                [3][3]float64
	UnkTypes                 uint64
}

type ctxStats struct {
	total      float64
	n1, n2, n3 float64
}

func (c *ctxStats) add(count float64) {
	c.total += count
	switch {
	case count == 1:
		c.n1++
	case count == 2:
		c.n2++
	default:
		c.n3++
	}
}

func (c ctxStats) gamma(d [3]float64) float64 {
	if c.total == 0 {
		return 1
	}
	return (d[0]*c.n1 + d[1]*c.n2 + d[2]*c.n3) / c.total
}

func discount(d [3]float64, c float64) float64 {
	switch {
	case c == 1:
		return d[0]
	case c == 2:
		return d[1]
	default:
		return d[2]
	}
}

// discounts estimates modified Kneser-Ney discounts from count-of-counts.
func discounts(n [5]float64) [3]float64 {
	if n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0 {
		return [3]float64{0.5, 1, 1.5}
	}
	y := n[1] / (n[1] + 2*n[2])
	d := [3]float64{1 - 2*y*n[2]/n[1], 2 - 3*y*n[3]/n[2], 3 - 4*y*n[4]/n[3]}
	for i := range d {
		if d[i] <= 0 || math.IsNaN(d[i]) {
			d[i] = 0.5 * float64(i+1)
		}
	}
	return d
}

// Train builds a trigram model from corpus and encodes it. heldout, when not
// nil, is scored with the final (pruned, quantized) model and its
// perplexity recorded in the section.
func Train(corpus, heldout Corpus, opt TrainOptions) ([]byte, TrainStats, error) {
	var st TrainStats
	// Pass 1: vocabulary.
	uc := map[string]uint32{}
	corpus(func(s []string) {
		for _, w := range s {
			uc[w]++
		}
	})
	type wc struct {
		w string
		c uint32
	}
	var words []wc
	for w, c := range uc {
		inPrior := opt.PriorMinCount > 0 && opt.UnigramPrior[w] >= opt.PriorMinCount
		if (c >= opt.MinCount || inPrior) && w != "<unk>" && w != "<s>" && w != "</s>" {
			words = append(words, wc{w, c})
		}
	}
	for w, c := range opt.UnigramPrior {
		if _, seen := uc[w]; !seen && opt.PriorMinCount > 0 && c >= opt.PriorMinCount && w != "" {
			words = append(words, wc{w, 0})
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if words[i].c != words[j].c {
			return words[i].c > words[j].c
		}
		return words[i].w < words[j].w
	})
	if opt.MaxVocab > 0 && len(words) > opt.MaxVocab {
		words = words[:opt.MaxVocab]
	}
	unkTypes := uint64(len(uc) - len(words))
	if len(words)+3 >= 1<<idBits {
		return nil, st, fmt.Errorf("languagemodel: vocabulary of %d words exceeds %d", len(words), 1<<idBits)
	}
	vocab := strtab.NewBuilder()
	vocab.Add("<unk>")
	vocab.Add("<s>")
	vocab.Add("</s>")
	for _, x := range words {
		vocab.Add(x.w)
	}
	uc = nil
	V := vocab.Len()
	id := func(w string) int {
		if i, ok := vocab.ID(w); ok {
			return i
		}
		return Unk
	}
	// Pass 2: trigram counts.
	c3 := map[uint64]uint32{}
	var ids []int
	corpus(func(s []string) {
		ids = append(ids[:0], BOS, BOS)
		for _, w := range s {
			ids = append(ids, id(w))
		}
		ids = append(ids, EOS)
		st.Tokens += uint64(len(s) + 1)
		for i := 2; i < len(ids); i++ {
			c3[key3(ids[i-2], ids[i-1], ids[i])]++
		}
	})
	unpack3 := func(k uint64) (int, int, int) {
		const m = 1<<idBits - 1
		return int(k >> (2 * idBits) & m), int(k >> idBits & m), int(k & m)
	}
	st.UnkTypes = unkTypes
	// Adjusted (continuation) counts for lower orders.
	a2 := map[uint64]uint32{}
	var n3 [5]float64
	for k, c := range c3 {
		_, v, w := unpack3(k)
		a2[key2(v, w)]++
		if c <= 4 {
			n3[c]++
		}
	}
	a1 := make([]float64, V)
	var n2 [5]float64
	for k, c := range a2 {
		a1[int(k&(1<<idBits-1))]++
		if c <= 4 {
			n2[c]++
		}
	}
	d3, d2 := discounts(n3), discounts(n2)
	st.Discounts = [3][3]float64{d2, d3}
	// Unigram: continuation counts with add-half smoothing so <unk> has mass.
	p1 := make([]float64, V)
	tot1 := 0.0
	for w := range a1 {
		if w == BOS {
			continue
		}
		tot1 += a1[w] + 0.5
	}
	for w := range a1 {
		if w != BOS {
			p1[w] = (a1[w] + 0.5) / tot1
		}
	}
	if len(opt.UnigramPrior) > 0 && opt.PriorWeight > 0 {
		strs := vocab.Strings()
		sum := 0.0
		for _, w := range strs[3:] {
			sum += float64(opt.UnigramPrior[w])
		}
		if sum > 0 {
			for i := 3; i < V; i++ {
				p1[i] = (1-opt.PriorWeight)*p1[i] + opt.PriorWeight*float64(opt.UnigramPrior[strs[i]])/sum
			}
			p1[Unk] *= 1 - opt.PriorWeight
			p1[EOS] *= 1 - opt.PriorWeight
		}
	}
	// Bigram context statistics.
	ctx2 := make([]ctxStats, V)
	for k, c := range a2 {
		ctx2[int(k>>idBits)].add(float64(c))
	}
	p2 := func(v, w int, a float64) float64 {
		cs := ctx2[v]
		return math.Max(a-discount(d2, a), 0)/cs.total + cs.gamma(d2)*p1[w]
	}
	ctx3 := map[uint64]*ctxStats{}
	for k, c := range c3 {
		u, v, _ := unpack3(k)
		ck := key2(u, v)
		cs := ctx3[ck]
		if cs == nil {
			cs = &ctxStats{}
			ctx3[ck] = cs
		}
		cs.add(float64(c))
	}
	// Prune and compute stored probabilities.
	type gram struct {
		key  uint64
		p, b float64
	}
	tri := map[uint64]float64{}
	keepBi := map[uint64]bool{}
	for k, c := range c3 {
		if c < opt.MinTri {
			continue
		}
		u, v, w := unpack3(k)
		cs := ctx3[key2(u, v)]
		lower := p2(v, w, float64(a2[key2(v, w)]))
		tri[k] = math.Max(float64(c)-discount(d3, float64(c)), 0)/cs.total + cs.gamma(d3)*lower
		keepBi[key2(u, v)] = true
		keepBi[key2(v, w)] = true
	}
	bi := map[uint64]float64{}
	for k, c := range a2 {
		if c >= opt.MinBigram || keepBi[k] {
			v, w := int(k>>idBits), int(k&(1<<idBits-1))
			bi[k] = p2(v, w, float64(c))
		}
	}
	for k := range keepBi {
		if _, ok := bi[k]; !ok {
			// A context whose own bigram was never seen as a continuation
			// (it starts with <s>): store its backed-off probability.
			v, w := int(k>>idBits), int(k&(1<<idBits-1))
			bi[k] = ctx2[v].gamma(d2) * p1[w]
			if ctx2[v].total == 0 {
				bi[k] = p1[w]
			}
		}
	}
	// Probabilities of events that never happen (predicting <s>) would be
	// zero; a floor keeps every stored log-probability finite.
	for k, p := range bi {
		bi[k] = math.Max(p, 1e-9)
	}
	// Backoff weights: unigram contexts from kept bigrams.
	num1 := make([]float64, V)
	den1 := make([]float64, V)
	// Floating-point sums run in key order so that the bytes do not depend
	// on map iteration order.
	biKeys, triKeys := sortedGrams(bi), sortedGrams(tri)
	for _, k := range biKeys {
		v, w := int(k>>idBits), int(k&(1<<idBits-1))
		num1[v] += bi[k]
		den1[v] += p1[w]
	}
	bow1 := make([]float64, V)
	for v := range bow1 {
		bow1[v] = safeBow(num1[v], den1[v])
	}
	lower2 := func(v, w int) float64 {
		if p, ok := bi[key2(v, w)]; ok {
			return p
		}
		return bow1[v] * p1[w]
	}
	num2 := map[uint64]float64{}
	den2 := map[uint64]float64{}
	for _, k := range triKeys {
		u, v, w := unpack3(k)
		ck := key2(u, v)
		num2[ck] += tri[k]
		den2[ck] += lower2(v, w)
	}
	bow2 := map[uint64]float64{}
	for ck := range num2 {
		bow2[ck] = safeBow(num2[ck], den2[ck])
	}
	// Quantize.
	var pvals, bvals []float64
	for _, p := range bi {
		pvals = append(pvals, math.Log10(p))
	}
	for _, p := range tri {
		pvals = append(pvals, math.Log10(p))
	}
	for k := range bi {
		bvals = append(bvals, math.Log10(bowOr1(bow2, k)))
	}
	qp, qb := newQuantizer(pvals), newQuantizer(bvals)
	st.Vocab, st.Bigrams, st.Trigrams = V, len(bi), len(tri)

	var w bin.Writer
	vocab.Encode(&w)
	w.U32(3)
	w.U64(st.Tokens)
	heldAt := len(w.B)
	w.U64(0)
	w.U64(0)
	w.U64(unkTypes)
	for _, c := range qp.codes {
		w.F32(float32(c))
	}
	for _, c := range qb.codes {
		w.F32(float32(c))
	}
	for i := 0; i < V; i++ {
		lp := float32(math.Log10(math.Max(p1[i], 1e-99)))
		if i == BOS {
			lp = -99
		}
		w.U32(math.Float32bits(lp))
	}
	for i := 0; i < V; i++ {
		w.U32(math.Float32bits(float32(math.Log10(bow1[i]))))
	}
	writeTable(&w, bi, true, func(k uint64) (uint8, uint8) {
		return qp.code(math.Log10(bi[k])), qb.code(math.Log10(bowOr1(bow2, k)))
	})
	w.Align(8)
	writeTable(&w, tri, false, func(k uint64) (uint8, uint8) {
		return qp.code(math.Log10(tri[k])), 0
	})
	w.Align(8)
	out := w.B
	if heldout != nil {
		m, err := Decode(out)
		if err != nil {
			return nil, st, err
		}
		ppl, n := m.Perplexity(heldout)
		var hw bin.Writer
		hw.U64(math.Float64bits(ppl))
		hw.U64(n)
		copy(out[heldAt:], hw.B)
	}
	return out, st, nil
}

func sortedGrams(m map[uint64]float64) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func bowOr1(m map[uint64]float64, k uint64) float64 {
	if b, ok := m[k]; ok {
		return b
	}
	return 1
}

func safeBow(num, den float64) float64 {
	n, d := 1-num, 1-den
	if n <= 1e-9 || d <= 1e-9 {
		return 1e-6
	}
	return n / d
}

// writeTable writes an open-addressing table with load factor 0.75.
func writeTable(w *bin.Writer, grams map[uint64]float64, withB bool, val func(uint64) (p, b uint8)) {
	keys := sortedGrams(grams)
	n := uint64(len(keys))*4/3 + 1
	tags := make([]uint32, n)
	ps := make([]byte, n)
	bs := make([]byte, n)
	for _, k := range keys {
		h := bin.Mix(k)
		i := slot(h, n)
		for tags[i] != 0 {
			i++
			if i == n {
				i = 0
			}
		}
		tags[i] = uint32(h>>32) | 1
		ps[i], bs[i] = val(k)
	}
	w.U64(n)
	for _, t := range tags {
		w.U32(t)
	}
	w.B = append(w.B, ps...)
	if withB {
		w.B = append(w.B, bs...)
	}
}

// Perplexity scores a corpus and returns its perplexity and token count
// (end-of-sentence events included, as is usual).
func (m *Model) Perplexity(c Corpus) (float64, uint64) {
	sum, n := 0.0, uint64(0)
	c(func(s []string) {
		lp, k := m.ScoreSentence(s)
		sum += lp
		n += uint64(k)
	})
	if n == 0 {
		return 0, 0
	}
	return math.Pow(10, -sum/float64(n)), n
}
