package source

import (
	"math"
	"sort"
)

// features describes how clearly the best match stands out, for its
// confidence: its score, its lead over the next match, and the share of
// the text's distinctive keys (idf-weighted) it holds.
func features(q map[string]float64, ms []Match, ix *Index) map[string]float64 {
	s1, s2 := ms[0].Score, 0.0
	if len(ms) > 1 {
		s2 = ms[1].Score
	}
	var total float64
	keys := make([]string, 0, len(q))
	for s := range q {
		keys = append(keys, s)
	}
	sort.Strings(keys) // a sum in a fixed order: the same features every run
	for _, s := range keys {
		w := q[s]
		df := 0
		if id, ok := ix.ids[s]; ok {
			df = len(ix.post[id])
		}
		total += w * typeWeight[s[:2]] * ix.idf(df)
	}
	names, _, _ := keyTypes(q)
	return map[string]float64{
		"score":        math.Log1p(s1),
		"lead":         math.Log((1 + s1) / (1 + s2)),
		"coverage":     s1 / math.Max(total, 1),
		"names_shared": float64(len(ms[0].Shared.Names)) / math.Max(float64(min(names, maxShared)), 1),
	}
}

// confidence is the calibrated probability that the best match is the
// text's source.
func confidence(f map[string]float64) float64 { return matchModel.P(f) }
