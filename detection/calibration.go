package detection

import (
	"math"
	"strings"
)

// spinFeatures measures a cross-lingual finding on tokens [i, j) with best
// original c: the quantities its confidence is computed from, kept on the
// finding for evaluation (unspin eval --features).
func (dc *doc) spinFeatures(i, j int, c cand) map[string]float64 {
	lm := dc.d.text.WordLM
	first, _, _ := strings.Cut(c.text, " ")
	id := lm.ID(first)
	u, v := dc.context(dc.pos[i])
	fit := 0.0
	if id != 0 {
		fit = float64(lm.WordLogProb(u, v, id) - lm.LogProb1(id))
	}
	f := map[string]float64{
		"delta":         c.delta,
		"lm":            c.lm,
		"channel":       c.channel,
		"fit":           fit,
		"words":         float64(j - i),
		"spin_pm":       math.Log10(dc.spinPM(i, j) + 0.01),
		"doc_foreign":   dc.docForeign(i, j),
		"two_step":      b2f(c.via.mid != ""),
		"initial":       b2f(startsUpper(dc.toks[i].Text) && dc.sentenceInitial(i)),
		"short_quote":   b2f(dc.quote != nil && dc.quote[i] > 0 && dc.quote[i] <= 4),
		"orig_borrowed": b2f(dc.borrowedWord(first)),
		"topic":         c.topic - c.topicObs, // recorded for refits; no model reads it yet
	}
	return f
}

// docForeign measures how many words of the spinner's language the
// document holds outside tokens [i, j), from 0 (none) to 1 (one in a
// hundred words or more): log2(1 + per-hundred-words rate), capped. The
// cap is low on purpose: real spun pages (the seed: 1.3 per hundred) are
// less dense than the synthetic ones the models were fitted on.
func (dc *doc) docForeign(i, j int) float64 {
	others := dc.foreign
	for k := i; k < j; k++ {
		if dc.info[k].foreign {
			others--
		}
	}
	return math.Log2(1 + min(100*float64(max(others, 0))/float64(max(dc.words, 1)), 1))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// crossLingualConfidence turns a cross-lingual finding's features into a
// probability: mostly the score margin of the best original, and how many
// other words of the spinner's language the document holds — one English
// word in a French text is often a borrowing, a dozen are a spinner's.
func crossLingualConfidence(f map[string]float64) float64 {
	return crossLingualModel.P(f)
}
