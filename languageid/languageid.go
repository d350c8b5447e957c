// Package languageid tells which registered language a text is written in,
// from the share of its words that each language's lexicon knows as
// function words and as dictionary words.
package languageid

import (
	"errors"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// ErrUndetermined is returned when no language scores any word.
var ErrUndetermined = errors.New("languageid: cannot tell the language (too few known words)")

// Detect returns the language among candidates whose lexicon best covers
// the words of toks, with the share of words it explains.
func Detect(toks []types.Token, candidates []*pack.Pack) (string, float64, error) {
	best, bestScore, words := "", 0.0, 0
	for _, t := range toks {
		if t.Kind == types.Word {
			words++
		}
	}
	if words == 0 {
		return "", 0, ErrUndetermined
	}
	for _, p := range candidates {
		score := 0.0
		for _, t := range toks {
			if t.Kind != types.Word && t.Kind != types.Elision {
				continue
			}
			id, ok := p.Lexicon.ID(t.Norm)
			if !ok {
				continue
			}
			f := p.Lexicon.Flags(id)
			switch {
			case f&lexicon.Stopword != 0:
				score += 3
			case f&lexicon.InDictionary != 0:
				score++
			}
		}
		if score > bestScore {
			best, bestScore = p.Header.Lang, score
		}
	}
	if best == "" {
		return "", 0, ErrUndetermined
	}
	return best, bestScore / float64(3*words), nil
}
