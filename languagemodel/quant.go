package languagemodel

import (
	"math"
	"sort"
)

// quantizer maps values to 256 codes by equal-population bins; each code
// stands for the mean of its bin.
type quantizer struct {
	bounds []float64 // upper bound of each bin but the last
	codes  [256]float64
}

func newQuantizer(vals []float64) *quantizer {
	q := &quantizer{}
	if len(vals) == 0 {
		return q
	}
	s := append([]float64(nil), vals...)
	sort.Float64s(s)
	// Distinct values first: with few distinct values each gets its own code.
	distinct := s[:0:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			distinct = append(distinct, v)
		}
	}
	if len(distinct) <= 256 {
		for i := range q.codes {
			q.codes[i] = distinct[min(i, len(distinct)-1)]
		}
		for i := 0; i+1 < len(distinct); i++ {
			q.bounds = append(q.bounds, (distinct[i]+distinct[i+1])/2)
		}
		return q
	}
	for b := 0; b < 256; b++ {
		lo, hi := b*len(s)/256, (b+1)*len(s)/256
		sum := 0.0
		for _, v := range s[lo:hi] {
			sum += v
		}
		q.codes[b] = sum / float64(max(hi-lo, 1))
		if b < 255 {
			q.bounds = append(q.bounds, s[hi-1])
		}
	}
	return q
}

func (q *quantizer) code(v float64) uint8 {
	if math.IsNaN(v) {
		return 0
	}
	i := sort.SearchFloat64s(q.bounds, v)
	if i > 255 {
		i = 255
	}
	return uint8(i)
}
