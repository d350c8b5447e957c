package detection

import "strings"

// A borrowed word of the spinner's language brings its phrases along:
// French news writes "les fake news" and "les open spaces", where "news"
// and "open" are established loanwords (in the French dictionary, but far
// more frequent in English corpora than in French ones). A spinner
// replaces one word of the text's language at a time, so its foreign
// words stand among native words ("le lengthy de", "les deux events"),
// not inside an English collocation with a loanword.

// loanRatio is how many times more frequent (per million corpus words) a
// word must be in the spinner's language than in the text's to count as
// borrowed from it ("news": 107 against 0.2; "question" is native to
// both).
const loanRatio = 20

// maxLoanPM bounds how frequent (per million words of the text language's
// corpora) a borrowed word can be: "news" 0.2, "open" 2.1, "out" 1.2;
// "but" (French for goal) is far above.
const maxLoanPM = 10

// minCollocation is the least log10 ratio of P(second | first) to
// P(second) in the spinner language's model for two words to make a
// phrase of that language. With a word both languages share ("machine
// learning"), the phrase must be a fixed one, a hundred times as likely
// together: a spinner's synonym can fall next to a shared word and make
// an ordinary English pair ("un strong impact" for "un fort impact", 0.9).
const (
	minCollocation       = 1.0
	minSharedCollocation = 2.0
)

// loanPhrases clears the foreign word of a two-word phrase of the
// spinner's language whose other word is borrowed, when the two make a
// collocation of that language. The phrase must stand alone among words
// of the text's language: a spinner's multi-word synonyms are longer runs
// ("il eastern standard time calme" for "il est calme", where "standard"
// is borrowed).
func (dc *doc) loanPhrases() {
	if dc.d.spin == nil {
		return
	}
	for i := 0; i+1 < len(dc.toks); i++ {
		a, b := i, i+1
		if !dc.adjacent(a, b) {
			continue
		}
		if dc.info[a].foreign && dc.info[b].foreign {
			dc.loanPair(a, b)
			continue
		}
		if dc.info[a].foreign == dc.info[b].foreign {
			continue
		}
		f, l := a, b // the foreign word and the borrowed one
		if dc.info[b].foreign {
			f, l = b, a
		}
		need := minCollocation
		switch {
		case dc.borrowed(l):
		case dc.shared(l):
			need = minSharedCollocation
		default:
			continue
		}
		if dc.inRun(a-1, a) || dc.inRun(b+1, b) || dc.collocation(dc.toks[a].Norm, dc.toks[b].Norm) < need {
			continue
		}
		dc.info[f].foreign = false
	}
}

// loanPair clears two adjacent foreign words that stand alone among words
// of the text's language and make a fixed phrase of the spinner's
// language, a hundred times as likely together ("la fashion week"): a
// spinner replaces words one at a time, and two of its synonyms seldom
// meet as a fixed phrase. Its own multi-word synonyms are thesaurus terms,
// which collocation refuses.
func (dc *doc) loanPair(a, b int) {
	if dc.inRun(a-1, a) || dc.inRun(b+1, b) || dc.info[a].name || dc.info[b].name ||
		dc.collocation(dc.toks[a].Norm, dc.toks[b].Norm) < minSharedCollocation {
		return
	}
	dc.info[a].foreign, dc.info[b].foreign = false, false
}

// adjacent tells whether tokens a < b are consecutive words of one
// sentence.
func (dc *doc) adjacent(a, b int) bool {
	return a >= 0 && b < len(dc.toks) && dc.info[a].word && dc.info[b].word && dc.pos[a] >= 0 && dc.pos[b] == dc.pos[a]+1 && dc.sent[dc.pos[a]] == dc.sent[dc.pos[b]]
}

// inRun tells whether token k, next to token j, extends a run of words
// of the spinner's language (foreign, borrowed, or outside the text's
// dictionary).
func (dc *doc) inRun(k, j int) bool {
	if k < 0 || k >= len(dc.toks) {
		return false
	}
	a, b := min(j, k), max(j, k)
	return dc.adjacent(a, b) && (dc.info[k].foreign || dc.info[k].spinish || dc.borrowed(k))
}

// borrowed tells whether token k is a loanword from the spinner's
// language: a dictionary word of the text's language, not a name, far
// more frequent in the spinner's corpora. Function words of the spinner's
// language count ("sold out": French writes "out" at tennis).
func (dc *doc) borrowed(k int) bool {
	// The token's facts answer without reading the word's.
	return dc.plainWord(k) && dc.info[k].loan
}

// plainWord tells whether token k is a word of the text's language as
// written: not foreign, not a name.
func (dc *doc) plainWord(k int) bool {
	return dc.tl[k] != 0 && dc.info[k].word && !dc.info[k].foreign && !dc.info[k].name
}

// loan tells whether a word, by its lexicon facts, is a dictionary word of
// the text's language far more frequent in the spinner's corpora and rare
// in the text language's own (a native word that is also a frequent
// English function word, "but", is no loan).
func (dc *doc) loan(li *lexInfo) bool {
	if !li.ook || !li.sok || !li.ownDict || li.spinPM <= 0 {
		return false
	}
	pm := dc.d.text.Lexicon.PerMillion(li.oid)
	return pm < maxLoanPM && li.spinPM >= loanRatio*pm
}

// borrowedWord tells whether a one-word original is borrowed from the
// spinner's language: a spinner's original is a word of the text's
// language, and one that is itself an English loanword ("meeting" for
// "gaming") explains the observed word no better than a writer's choice
// of another loanword does.
func (dc *doc) borrowedWord(w string) bool {
	return dc.d.spin != nil && !strings.Contains(w, " ") && dc.loan(dc.lexOf(w))
}

// shared tells whether token k is a dictionary word of both languages,
// not a name or a function word ("machine").
func (dc *doc) shared(k int) bool {
	if !dc.plainWord(k) {
		return false
	}
	li := dc.lexAt(k)
	return li.ook && li.sok && li.ownDict && li.spinDict && !li.spinStop
}

// collocation returns how much more likely, in log10, b is after a than
// on its own in the spinner language's model, or −1 when the model does
// not hold the bigram. A term of its thesaurus is no loan phrase but a
// spinner's synonym ("football game" for "match", "lawn tennis" for
// "tennis"): −1 too.
func (dc *doc) collocation(a, b string) float64 {
	if _, ok := dc.d.spin.Thesaurus.ID(a + " " + b); ok {
		return -1
	}
	lm := dc.d.spin.WordLM
	x, y := lm.ID(a), lm.ID(b)
	if x == 0 || y == 0 || !lm.HasBigram(x, y) {
		return -1
	}
	return float64(lm.LogProb2(x, y) - lm.LogProb1(y))
}
