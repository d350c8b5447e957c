package detection

import (
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// French joins two nouns with "de"; it sets two nouns side by side only
// when it borrows them together from English: "des community managers",
// "un growth hacker", "des business developers". A spinner replaces one
// word at a time among French words, so its English nouns stand next to
// French ones, not inside a run of English nouns holding an established
// loanword. Such runs are loan compounds, not spins, unless they hold a
// term of the spinner's thesaurus that a word of the text's language
// lists as a synonym: that is a spinner's multi-word synonym ("football
// game" for "match").

// loanCompounds clears the foreign words of every loan compound: a run of
// at least two adjacent words of one sentence, each an English noun,
// foreign or borrowed, whose last word (the head, as English compounds
// go) is borrowed and a noun of the text's language with no adjective
// reading ("standard" is also a French adjective, which follows French
// nouns: "des keyboards standards" is a spin). A foreign word that could stand for a function
// word of the text's language is no part of one: spinners turn "son" into
// "stepson" and "des" into "diethylstilbestrol" before French nouns.
func (dc *doc) loanCompounds() {
	if dc.d.spin == nil {
		return
	}
	for i := 0; i < len(dc.toks); i++ {
		if !dc.compoundWord(i) {
			continue
		}
		j := i + 1
		for j < len(dc.toks) && dc.adjacent(j-1, j) && dc.compoundWord(j) {
			j++
		}
		foreign := false
		for k := i; k < j-1; k++ {
			foreign = foreign || dc.info[k].foreign
		}
		if j-i >= 2 && foreign && !dc.info[j-1].foreign && dc.nounNotAdjective(j-1) && !dc.spunFunctionWord(i, j) && !dc.spinnerTerm(i, j) {
			for k := i; k < j; k++ {
				dc.info[k].foreign = false
			}
		}
		i = j - 1
	}
}

// compoundWord tells whether token k can be part of a loan compound: a
// word, not a name, foreign or borrowed, with a noun reading in the
// spinner's language.
func (dc *doc) compoundWord(k int) bool {
	wi := dc.info[k]
	if !wi.word || wi.name || !(wi.foreign || dc.borrowed(k)) {
		return false
	}
	li := dc.lexAt(k)
	if li == nil || !li.sok {
		return false
	}
	for _, a := range dc.d.spin.Lexicon.Analyses(dc.abuf[:0], li.sid) {
		if a.POS == types.Noun {
			return true
		}
	}
	return false
}

// spinnerTerm tells whether tokens [i, j) hold a term of the spinner's
// thesaurus (two words or more) that some dictionary word of the text's
// language lists as a synonym: what a spinner could have put for it.
func (dc *doc) spinnerTerm(i, j int) bool {
	th := dc.d.spin.Thesaurus
	for a := i; a < j; a++ {
		for b := a + 2; b <= j && b-a <= th.MaxWords(); b++ {
			if dc.hasOriginal(dc.norm(a, b)) {
				return true
			}
		}
	}
	return false
}

// hasOriginal tells whether term is a term of the spinner's thesaurus
// that a dictionary word of the text's language lists as a synonym.
func (dc *doc) hasOriginal(term string) bool {
	own := dc.d.text.Lexicon
	return dc.originalWhere(term, func(oid int) bool { return own.Flags(oid)&lexicon.InDictionary != 0 })
}

// originalWhere tells whether term is a term of the spinner's thesaurus
// listed as a synonym by some word of the text's language for which keep
// (given its lexicon id) is true.
func (dc *doc) originalWhere(term string, keep func(oid int) bool) bool {
	th, own := dc.d.spin.Thesaurus, dc.d.text.Lexicon
	id, ok := th.ID(term)
	if !ok {
		return false
	}
	for _, l := range th.ReverseID(nil, id) {
		if oid, ok := own.ID(l.Term); ok && keep(oid) {
			return true
		}
	}
	return false
}

// nounNotAdjective tells whether token k is a noun of the text's language
// with no adjective reading.
func (dc *doc) nounNotAdjective(k int) bool {
	li := dc.lexAt(k)
	if li == nil || !li.ook {
		return false
	}
	noun := false
	for _, a := range dc.d.text.Lexicon.Analyses(dc.abuf[:0], li.oid) {
		switch a.POS {
		case types.Adj:
			return false
		case types.Noun:
			noun = true
		}
	}
	return noun
}

// spunFunctionWord tells whether a foreign word of tokens [i, j) is a
// synonym, in the spinner's thesaurus, of a function word of the text's
// language.
func (dc *doc) spunFunctionWord(i, j int) bool {
	own := dc.d.text.Lexicon
	for k := i; k < j; k++ {
		if dc.info[k].foreign && dc.originalWhere(dc.toks[k].Norm, func(oid int) bool { return dc.functionWord(own, oid) }) {
			return true
		}
	}
	return false
}

// functionWord tells whether word id of l has a determiner, pronoun,
// preposition or conjunction reading ("son", "des", "en"; not "gens",
// which stop-word lists hold too).
func (dc *doc) functionWord(l *lexicon.Lexicon, id int) bool {
	for _, a := range l.Analyses(dc.abuf[:0], id) {
		switch a.POS {
		case types.Det, types.Pron, types.Prep, types.Conj:
			return true
		}
	}
	return false
}
