package languagemodel

import (
	"errors"
	"math"

	"github.com/unspin-project/unspin/internal/bin"
)

// CharModel is a hashed character trigram model of a language's words,
// trained on word types weighted by the logarithm of their frequency.
// Comparing two languages' scores of a token tells which it looks like.
type CharModel struct {
	bits  uint32
	tri   bin.U32s
	ctx   bin.U32s
	total uint64
}

const charAlphabet = 64 // smoothing: assumed effective alphabet size

func charKey(a, b, c rune) uint64 {
	return uint64(a)<<42 ^ uint64(b)<<21 ^ uint64(c)
}

// charGrams calls f for every (a, b, c) trigram of ^^word$.
func charGrams(word string, f func(a, b, c rune)) {
	a, b := '^', '^'
	for _, c := range word {
		f(a, b, c)
		a, b = b, c
	}
	f(a, b, '$')
}

// LogProb returns the average log10 probability per character of word
// (normalized, lower case), including the end marker.
func (m *CharModel) LogProb(word string) float64 {
	if m == nil || m.tri.Len() == 0 {
		return math.Inf(-1)
	}
	mask := uint64(1)<<m.bits - 1
	sum, n := 0.0, 0
	charGrams(word, func(a, b, c rune) {
		t := float64(m.tri.At(int(bin.Mix(charKey(a, b, c)) & mask)))
		x := float64(m.ctx.At(int(bin.Mix(charKey(0, a, b)) & mask)))
		sum += math.Log10((t + 0.1) / (x + 0.1*charAlphabet))
		n++
	})
	return sum / float64(n)
}

// EncodeCharModel trains a character model on (word, count) pairs.
func EncodeCharModel(words map[string]uint32, bits uint32) []byte {
	size := 1 << bits
	mask := uint64(size - 1)
	tri := make([]uint32, size)
	ctx := make([]uint32, size)
	var total uint64
	for w, c := range words {
		weight := uint32(1 + math.Log2(float64(c)+1))
		charGrams(w, func(a, b, ch rune) {
			tri[bin.Mix(charKey(a, b, ch))&mask] += weight
			ctx[bin.Mix(charKey(0, a, b))&mask] += weight
			total += uint64(weight)
		})
	}
	var w bin.Writer
	w.U32(bits)
	w.U64(total)
	for _, v := range tri {
		w.U32(v)
	}
	for _, v := range ctx {
		w.U32(v)
	}
	return w.B
}

// DecodeCharModel reads a character model section.
func DecodeCharModel(data []byte) (*CharModel, error) {
	r := &bin.Reader{B: data}
	m := &CharModel{bits: r.U32(), total: r.U64()}
	if m.bits == 0 || m.bits > 24 {
		return nil, errors.New("languagemodel: bad character model size")
	}
	m.tri = r.U32s(1 << m.bits)
	m.ctx = r.U32s(1 << m.bits)
	if r.Err != nil {
		return nil, errors.New("languagemodel: character model: " + r.Err.Error())
	}
	return m, nil
}
