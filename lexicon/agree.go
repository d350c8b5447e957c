package lexicon

import "github.com/unspin-project/unspin/types"

// Agreement is the verdict on an adjective-noun pair.
type Agreement uint8

// Agreement verdicts.
const (
	AgreeUnknown Agreement = iota // one word has no adjective or noun reading
	Agree                         // some reading of each agrees in gender and number
	Disagree                      // every reading pair disagrees
)

func (a Agreement) String() string {
	return [...]string{"unknown", "agree", "disagree"}[a]
}

// AdjNoun tells whether a modifier (adjective, determiner or past
// participle) can agree with noun (normalized forms): Agree when some
// modifier reading of adj and some noun reading of noun share gender and
// number.
func (l *Lexicon) AdjNoun(adj, noun string) Agreement {
	ai, ok1 := l.ID(adj)
	ni, ok2 := l.ID(noun)
	if !ok1 || !ok2 {
		return AgreeUnknown
	}
	var as, ns []types.Analysis
	for _, a := range l.Analyses(nil, ai) {
		if a.POS == types.Adj || a.POS == types.Det || (a.POS == types.Verb && a.Form == types.PastPart) {
			as = append(as, a)
		}
	}
	for _, a := range l.Analyses(nil, ni) {
		if a.POS == types.Noun {
			ns = append(ns, a)
		}
	}
	if len(as) == 0 || len(ns) == 0 {
		return AgreeUnknown
	}
	for _, a := range as {
		for _, n := range ns {
			if types.Agrees(a, n) {
				return Agree
			}
		}
	}
	return Disagree
}
