package detection

import (
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// agreementOf judges a modifier next to a noun. Before the noun a
// modifier is a determiner or an adjective; after it, only an adjective or
// a participle (a determiner there belongs to the next noun). Words with a
// verb or pronoun reading ("la conduit") are too ambiguous to judge.
func agreementOf(lex *lexicon.Lexicon, mod, noun string, modBefore bool) lexicon.Agreement {
	mi, ok1 := lex.ID(mod)
	ni, ok2 := lex.ID(noun)
	if !ok1 || !ok2 {
		return lexicon.AgreeUnknown
	}
	var ms, ns []types.Analysis
	for _, a := range lex.Analyses(nil, mi) {
		switch {
		case a.POS == types.Pron:
			return lexicon.AgreeUnknown
		case a.POS == types.Adj, a.POS == types.Verb && a.Form == types.PastPart, a.POS == types.Det && modBefore:
			ms = append(ms, a)
		}
	}
	for _, a := range lex.Analyses(nil, ni) {
		switch a.POS {
		case types.Verb, types.Pron, types.Adv, types.Prep:
			return lexicon.AgreeUnknown
		case types.Noun:
			ns = append(ns, a)
		}
	}
	if len(ms) == 0 || len(ns) == 0 {
		return lexicon.AgreeUnknown
	}
	for _, m := range ms {
		for _, n := range ns {
			if types.Agrees(m, n) {
				return lexicon.Agree
			}
		}
	}
	return lexicon.Disagree
}

// pairAgreement judges tokens i (the word under test, spelled w) and its
// neighbour k, in either role.
func (dc *doc) pairAgreement(w string, i, k int) lexicon.Agreement {
	lex := dc.d.text.Lexicon
	n := dc.toks[k].Norm
	before := k < i
	// The neighbour modifies the word ...
	if a := agreementOf(lex, n, w, before); a != lexicon.AgreeUnknown {
		return a
	}
	// ... or the word modifies the neighbour.
	return agreementOf(lex, w, n, !before)
}

func (dc *doc) neighbours(i int) []int {
	var out []int
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(dc.toks) && dc.info[k].word && dc.pos[k] >= 0 && dc.pos[i] >= 0 && abs(dc.pos[k]-dc.pos[i]) == 1 {
			out = append(out, k)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// disagrees reports whether token i disagrees in gender or number with a
// neighbouring modifier or noun.
func (dc *doc) disagrees(i int) bool {
	for _, k := range dc.neighbours(i) {
		if dc.pairAgreement(dc.toks[i].Norm, i, k) == lexicon.Disagree {
			return true
		}
	}
	return false
}

// agreement returns a bonus when token i disagrees with a neighbour and
// the candidate agrees with it, and the evidence.
func (dc *doc) agreement(i int, candidate string) (float64, string) {
	for _, k := range dc.neighbours(i) {
		if dc.pairAgreement(dc.toks[i].Norm, i, k) == lexicon.Disagree && dc.pairAgreement(candidate, i, k) == lexicon.Agree {
			return agreementBonus, "\"" + dc.toks[k].Norm + "\" and \"" + dc.toks[i].Norm + "\" disagree in gender or number; \"" + candidate + "\" agrees"
		}
	}
	return 0, ""
}

// agreementBonus is the log10 weight of an agreement repaired by a
// candidate.
const agreementBonus = 2.0
