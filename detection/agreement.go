package detection

import (
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// feats summarises the nominal readings of a word as masks over the four
// gender × number combinations (bit 0 m.s, 1 m.p, 2 f.s, 3 f.p), so that
// agreement is a bitwise test; in four bytes, so that a copy fits in a
// word-table slot (see wordEntry).
type feats struct {
	adj, det, noun uint8 // union of the combinations each reading class allows
	has            featFlag
}

// featFlag marks readings that rule a word out of one role or the other.
type featFlag uint8

const (
	featPron    featFlag = 1 << iota // a pronoun reading
	featBlocked                      // a reading that makes the word a poor noun (verb, pronoun, adverb, preposition)
	featPrep                         // a preposition reading ("sur" is also an adjective)
)

func comboMask(a types.Analysis) uint8 {
	var g, n uint8
	switch a.Gender {
	case types.Masc:
		g = 0b0011
	case types.Fem:
		g = 0b1100
	default:
		g = 0b1111
	}
	switch a.Number {
	case types.Sing:
		n = 0b0101
	case types.Plur:
		n = 0b1010
	default:
		n = 0b1111
	}
	return g & n
}

// add records one reading.
func (f *feats) add(a types.Analysis) {
	switch {
	case a.POS == types.Adj, a.POS == types.Verb && a.Form == types.PastPart:
		f.adj |= comboMask(a)
	case a.POS == types.Det:
		f.det |= comboMask(a)
	case a.POS == types.Noun:
		f.noun |= comboMask(a)
	}
	switch a.POS {
	case types.Pron:
		f.has |= featPron | featBlocked
	case types.Verb, types.Adv:
		f.has |= featBlocked
	case types.Prep:
		f.has |= featBlocked | featPrep
	}
}

// feats returns the features of a word: those its lexicon facts hold,
// worked out once per worker (see entry).
func (dc *doc) feats(w string) feats { return dc.entry(w).f }

// agreementOf judges a modifier next to a noun. Before the noun a
// modifier is a determiner or an adjective; after it, only an adjective or
// a participle (a determiner there belongs to the next noun), and a word
// that can be a preposition is one ("les nouvelles sur la situation").
// Words with a verb or pronoun reading ("la conduit") are too ambiguous to
// judge.
func agreementOf(mod, noun feats, modBefore bool) lexicon.Agreement {
	if mod.has&featPron != 0 || !modBefore && mod.has&featPrep != 0 || noun.has&featBlocked != 0 || noun.noun == 0 {
		return lexicon.AgreeUnknown
	}
	m := mod.adj
	if modBefore {
		m |= mod.det
	}
	switch {
	case m == 0:
		return lexicon.AgreeUnknown
	case m&noun.noun != 0:
		return lexicon.Agree
	}
	return lexicon.Disagree
}

// tokFeats returns the features of token k's word as written (not as
// its accents may have been restored): those its lexicon entry holds.
func (dc *doc) tokFeats(k int) feats {
	if x := dc.tl[k]; x > 0 {
		return dc.lexF[x-1]
	}
	return dc.feats(dc.toks[k].Norm)
}

// pairAgreement judges a word with features fw standing at token i
// against its neighbour k, in either role.
func (dc *doc) pairAgreement(fw feats, i, k int) lexicon.Agreement {
	fn := dc.tokFeats(k)
	before := k < i
	// The neighbour modifies the word ...
	if a := agreementOf(fn, fw, before); a != lexicon.AgreeUnknown {
		return a
	}
	// ... or the word modifies the neighbour.
	return agreementOf(fw, fn, !before)
}

// neighbours returns the adjacent word tokens of token i (at most two).
func (dc *doc) neighbours(i int) []int {
	out := dc.nbuf[:0]
	for _, k := range [2]int{i - 1, i + 1} {
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
// neighbouring modifier or noun, or stands after a word that French would
// have elided before it.
func (dc *doc) disagrees(i int) bool {
	if dc.unelided(i) >= 0 {
		return true
	}
	for _, k := range dc.neighbours(i) {
		if dc.pairAgreement(dc.tokFeats(i), i, k) == lexicon.Disagree {
			return true
		}
	}
	return false
}

// agreement returns a bonus when token i disagrees with a neighbour and
// the candidate agrees with it, and the evidence.
func (dc *doc) agreement(i int, candidate string) (float64, string) {
	for _, k := range dc.neighbours(i) {
		if dc.pairAgreement(dc.tokFeats(i), i, k) == lexicon.Disagree && dc.pairAgreement(dc.feats(candidate), i, k) == lexicon.Agree {
			return agreementBonus, "\"" + dc.toks[k].Norm + "\" and \"" + dc.toks[i].Norm + "\" disagree in gender or number; \"" + candidate + "\" agrees"
		}
	}
	if why := dc.elisionFix(i, candidate); why != "" {
		return agreementBonus, why
	}
	return 0, ""
}

// agreementBonus is the log10 weight of an agreement repaired by a
// candidate.
const agreementBonus = 2.0
