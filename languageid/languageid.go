// Package languageid tells which registered language a text is written in.
// Each word votes with its frequency in each language's corpora: "le",
// "de", "la" are frequent in French and rare in English, so a French text
// with English words spun into it stays French.
//
// Detect chooses among the registered packs. Identify chooses among six
// profiled languages (de en es fr it pt), packs or not, and can answer
// "none of them": it is how unspin refuses a text it cannot judge instead
// of reading German as French full of foreign words.
package languageid

import (
	"errors"
	"math"

	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// ErrUndetermined is returned when the text has no word.
var ErrUndetermined = errors.New("languageid: cannot tell the language (no word)")

// Detect returns the language among candidates under which the words of
// toks are most frequent (sum of log10 frequency per million, unknown
// words counting as 0.1 per million), and the margin over the runner-up in
// log10 units per word.
func Detect(toks []types.Token, candidates []*pack.Pack) (string, float64, error) {
	words := 0
	for _, t := range toks {
		if t.Kind == types.Word || t.Kind == types.Elision {
			words++
		}
	}
	if words == 0 || len(candidates) == 0 {
		return "", 0, ErrUndetermined
	}
	best, bestScore, second := "", math.Inf(-1), math.Inf(-1)
	for _, p := range candidates {
		score := 0.0
		for _, t := range toks {
			if t.Kind != types.Word && t.Kind != types.Elision {
				continue
			}
			pm := 0.0
			if id, ok := p.Lexicon.ID(t.Norm); ok {
				pm = p.Lexicon.PerMillion(id)
			}
			score += math.Log10(pm + 0.1)
		}
		switch {
		case score > bestScore:
			second, best, bestScore = bestScore, p.Header.Lang, score
		case score > second:
			second = score
		}
	}
	margin := 0.0
	if !math.IsInf(second, -1) {
		margin = (bestScore - second) / float64(words)
	}
	return best, margin, nil
}
