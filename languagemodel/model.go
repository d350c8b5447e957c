// Package languagemodel reads the n-gram sections of a language pack: a
// word trigram model (interpolated modified Kneser-Ney, pruned, stored in
// backoff form with 8-bit quantized log-probabilities) and a character
// trigram model used to tell which language a single token belongs to.
//
// Models are immutable and safe for concurrent use.
package languagemodel

import (
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
)

// Reserved vocabulary ids.
const (
	Unk = 0 // unknown word
	BOS = 1 // sentence start <s>
	EOS = 2 // sentence end </s>
)

const idBits = 21 // vocabulary ids must fit in 21 bits

// Model is a word trigram model in backoff form. Probabilities are log10.
type Model struct {
	vocab    *strtab.Table
	uniP     bin.U32s // float32 bits
	uniB     bin.U32s // float32 bits
	bi       table
	tri      table
	codeP    [256]float32
	codeB    [256]float32
	order    int
	tokens   uint64
	heldout  float64 // perplexity on held-out text, recorded at build time
	heldoutN uint64
	unkTypes uint64 // distinct training words folded into <unk>
}

// table is an open-addressing hash table of n-gram keys: a 32-bit tag per
// slot (0 = empty) and one or two quantized values.
type table struct {
	n    uint64
	tags bin.U32s
	p    []byte
	b    []byte // backoff codes; nil for the highest order
}

func (t *table) find(key uint64) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	h := bin.Mix(key)
	i := slot(h, t.n)
	return t.probe(i, uint32(h>>32)|1, t.tags.At(int(i)))
}

// probe finishes a lookup of tag whose first slot i holds first.
func (t *table) probe(i uint64, tag, first uint32) (int, bool) {
	v := first
	for probes := uint64(0); probes < t.n; probes++ {
		if v == 0 {
			return 0, false
		}
		if v == tag {
			return int(i), true
		}
		i++
		if i == t.n {
			i = 0
		}
		v = t.tags.At(int(i))
	}
	return 0, false
}

// slot maps a hash to [0, n) without division.
func slot(h, n uint64) uint64 {
	hi, _ := bits.Mul64(h, n)
	return hi
}

func key2(v, w int) uint64    { return uint64(v)<<idBits | uint64(w) }
func key3(u, v, w int) uint64 { return (uint64(u)<<idBits|uint64(v))<<idBits | uint64(w) | 1<<63 }

// VocabSize returns the number of vocabulary entries including <unk>, <s>, </s>.
func (m *Model) VocabSize() int { return m.vocab.Len() }

// ID returns the vocabulary id of a normalized word, or Unk.
func (m *Model) ID(word string) int {
	id, ok := m.vocab.Lookup(word)
	if !ok {
		return Unk
	}
	return id
}

// Vocab returns the vocabulary table that ID and Word read.
func (m *Model) Vocab() *strtab.Table { return m.vocab }

// Word returns the word with vocabulary id i.
func (m *Model) Word(i int) string { return m.vocab.String(i) }

func (m *Model) uni(w int) (p, b float32) {
	if w < 0 || w >= m.uniP.Len() {
		w = Unk
	}
	return math.Float32frombits(m.uniP.At(w)), math.Float32frombits(m.uniB.At(w))
}

// LogProb returns log10 P(w | u v). Pass BOS for missing context.
//
// The trigram, the context bigram (for its backoff weight) and the bigram
// are looked up together: their first slots and values are read before
// any is tested, so that the memory system fetches them at once instead
// of one after the other (the tables are far larger than the CPU caches).
func (m *Model) LogProb(u, v, w int) float32 {
	if m.tri.n == 0 || m.bi.n == 0 || m.bi.b == nil {
		return m.logProbSeq(u, v, w)
	}
	h3, hc, h2 := bin.Mix(key3(u, v, w)), bin.Mix(key2(u, v)), bin.Mix(key2(v, w))
	i3, ic, i2 := slot(h3, m.tri.n), slot(hc, m.bi.n), slot(h2, m.bi.n)
	t3, tc, t2 := m.tri.tags.At(int(i3)), m.bi.tags.At(int(ic)), m.bi.tags.At(int(i2))
	p3, bc, p2 := m.tri.p[i3], m.bi.b[ic], m.bi.p[i2]
	if tag := uint32(h3>>32) | 1; t3 == tag {
		return m.codeP[p3]
	} else if i, ok := m.tri.probe(i3, tag, t3); ok {
		return m.codeP[m.tri.p[i]]
	}
	var bow float32
	if tag := uint32(hc>>32) | 1; tc == tag {
		bow = m.codeB[bc]
	} else if i, ok := m.bi.probe(ic, tag, tc); ok {
		bow = m.codeB[m.bi.b[i]]
	}
	if tag := uint32(h2>>32) | 1; t2 == tag {
		return bow + m.codeP[p2]
	} else if i, ok := m.bi.probe(i2, tag, t2); ok {
		return bow + m.codeP[m.bi.p[i]]
	}
	_, bv := m.uni(v)
	pw, _ := m.uni(w)
	return bow + (bv + pw)
}

// lookup is one of WordLogProbs' lookups under way: the three n-grams'
// first slots and what they hold, read before any is tested.
type lookup struct {
	i3, ic, i2 uint64 // first slots: trigram, context bigram, bigram
	g3, gc, g2 uint32 // the n-grams' tags
	t3, tc, t2 uint32 // the tags the first slots hold
	p3, bc, p2 byte   // and their values
}

// slots computes the n-grams' tags and first slots.
func (m *Model) slots(l *lookup, u, v, w int) {
	h3, hc, h2 := bin.Mix(key3(u, v, w)), bin.Mix(key2(u, v)), bin.Mix(key2(v, w))
	l.i3, l.ic, l.i2 = slot(h3, m.tri.n), slot(hc, m.bi.n), slot(h2, m.bi.n)
	l.g3, l.gc, l.g2 = uint32(h3>>32)|1, uint32(hc>>32)|1, uint32(h2>>32)|1
}

// loadTrigram reads the trigram's first slot.
func (m *Model) loadTrigram(l *lookup) {
	l.t3, l.p3 = m.tri.tags.At(int(l.i3)), m.tri.p[l.i3]
}

// loadBigrams reads the bigrams' first slots, unless the trigram's first
// slot holds it (finish then reads no bigram).
func (m *Model) loadBigrams(l *lookup) {
	if l.t3 == l.g3 {
		return
	}
	l.tc, l.t2 = m.bi.tags.At(int(l.ic)), m.bi.tags.At(int(l.i2))
	l.bc, l.p2 = m.bi.b[l.ic], m.bi.p[l.i2]
}

// finish completes a lookup of (u, v, w) that slots, loadTrigram and
// loadBigrams began. It
// resolves as LogProb does; LogProb keeps its own inline copy because
// calling these three per lookup made it a quarter slower
// (BenchmarkWordLogProbs/one), and TestWordLogProbsEqualsWordLogProb holds
// the two equal.
func (m *Model) finish(l *lookup, v, w int) float32 {
	if l.t3 == l.g3 {
		return m.codeP[l.p3]
	} else if i, ok := m.tri.probe(l.i3, l.g3, l.t3); ok {
		return m.codeP[m.tri.p[i]]
	}
	var bow float32
	if l.tc == l.gc {
		bow = m.codeB[l.bc]
	} else if i, ok := m.bi.probe(l.ic, l.gc, l.tc); ok {
		bow = m.codeB[m.bi.b[i]]
	}
	if l.t2 == l.g2 {
		return bow + m.codeP[l.p2]
	} else if i, ok := m.bi.probe(l.i2, l.g2, l.t2); ok {
		return bow + m.codeP[m.bi.p[i]]
	}
	_, bv := m.uni(v)
	pw, _ := m.uni(w)
	return bow + (bv + pw)
}

// logProbSeq is LogProb looking the n-grams up one after the other.
func (m *Model) logProbSeq(u, v, w int) float32 {
	if i, ok := m.tri.find(key3(u, v, w)); ok {
		return m.codeP[m.tri.p[i]]
	}
	var bow float32
	if i, ok := m.bi.find(key2(u, v)); ok {
		bow = m.codeB[m.bi.b[i]]
	}
	return bow + m.LogProb2(v, w)
}

// LogProb2 returns log10 P(w | v).
func (m *Model) LogProb2(v, w int) float32 {
	if i, ok := m.bi.find(key2(v, w)); ok {
		return m.codeP[m.bi.p[i]]
	}
	_, bow := m.uni(v)
	p, _ := m.uni(w)
	return bow + p
}

// LogProb1 returns log10 P(w).
func (m *Model) LogProb1(w int) float32 { p, _ := m.uni(w); return p }

// Tokens returns the number of training tokens.
func (m *Model) Tokens() uint64 { return m.tokens }

// Sizes returns the number of stored unigrams, bigrams and trigrams.
func (m *Model) Sizes() (uni, bi, tri int) {
	count := func(t table) int {
		c := 0
		for i := 0; i < t.tags.Len(); i++ {
			if t.tags.At(i) != 0 {
				c++
			}
		}
		return c
	}
	return m.uniP.Len(), count(m.bi), count(m.tri)
}

// HeldOut returns the perplexity measured on the pack's held-out text at
// build time and the number of tokens it was measured on.
func (m *Model) HeldOut() (perplexity float64, tokens uint64) { return m.heldout, m.heldoutN }

// UnkPenalty is the log10 probability of one particular word given that
// it is out of the vocabulary: the <unk> mass is shared evenly among the
// distinct words that training folded into <unk>. Without it an unknown
// word would be as likely as all unknown words together.
func (m *Model) UnkPenalty() float32 {
	if m.unkTypes < 2 {
		return 0
	}
	return -float32(math.Log10(float64(m.unkTypes)))
}

// WordLogProb returns log10 P(word w | u v), charging the unknown-word
// penalty when w is Unk.
func (m *Model) WordLogProb(u, v, w int) float32 {
	lp := m.LogProb(u, v, w)
	if w == Unk {
		lp += m.UnkPenalty()
	}
	return lp
}

// ScoreSentence returns the total log10 probability of a sentence of
// normalized words, including the end-of-sentence event, and the number
// of events scored. Unknown words pay UnkPenalty.
func (m *Model) ScoreSentence(words []string) (float64, int) {
	u, v := BOS, BOS
	sum := 0.0
	for _, w := range words {
		id := m.ID(w)
		sum += float64(m.WordLogProb(u, v, id))
		u, v = v, id
	}
	sum += float64(m.LogProb(u, v, EOS))
	return sum, len(words) + 1
}

// Decode reads a model section, sharing data.
func Decode(data []byte) (*Model, error) {
	r := &bin.Reader{B: data}
	vocab, err := strtab.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("languagemodel: %w", err)
	}
	m := &Model{vocab: vocab}
	m.order = int(r.U32())
	m.tokens = r.U64()
	m.heldout = math.Float64frombits(r.U64())
	m.heldoutN = r.U64()
	m.unkTypes = r.U64()
	for i := range m.codeP {
		m.codeP[i] = r.F32()
	}
	for i := range m.codeB {
		m.codeB[i] = r.F32()
	}
	n := vocab.Len()
	m.uniP = r.U32s(n)
	m.uniB = r.U32s(n)
	m.bi.n = r.U64()
	if m.bi.n > uint64(len(data)) {
		return nil, errors.New("languagemodel: corrupt bigram table size")
	}
	m.bi.tags = r.U32s(int(m.bi.n))
	m.bi.p = r.Slice(int(m.bi.n))
	m.bi.b = r.Slice(int(m.bi.n))
	r.Align(8)
	m.tri.n = r.U64()
	if m.tri.n > uint64(len(data)) {
		return nil, errors.New("languagemodel: corrupt trigram table size")
	}
	m.tri.tags = r.U32s(int(m.tri.n))
	m.tri.p = r.Slice(int(m.tri.n))
	if r.Err != nil {
		return nil, fmt.Errorf("languagemodel: %w", r.Err)
	}
	if n < 3 {
		return nil, errors.New("languagemodel: vocabulary lacks reserved entries")
	}
	return m, nil
}

// HasBigram reports whether the bigram (v, w) is stored: seen often
// enough in training to survive pruning.
func (m *Model) HasBigram(v, w int) bool {
	_, ok := m.bi.find(key2(v, w))
	return ok
}

// HasBigrams appends to dst, for each w of ws, HasBigram(v, w). It reads
// the first slot of every bigram before testing any, so that the cache
// misses of the batch overlap instead of waiting one after the other.
func (m *Model) HasBigrams(dst []bool, v int, ws []int) []bool {
	t := &m.bi
	if t.n == 0 {
		for range ws {
			dst = append(dst, false)
		}
		return dst
	}
	const batch = 160
	var slots [batch]uint64
	var tags, first [batch]uint32
	for lo := 0; lo < len(ws); lo += batch {
		part := ws[lo:min(lo+batch, len(ws))]
		for k, w := range part {
			h := bin.Mix(key2(v, w))
			slots[k], tags[k] = slot(h, t.n), uint32(h>>32)|1
		}
		for k := range part {
			first[k] = t.tags.At(int(slots[k]))
		}
		for k := range part {
			_, ok := t.probe(slots[k], tags[k], first[k])
			dst = append(dst, ok)
		}
	}
	return dst
}
