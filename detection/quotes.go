package detection

import (
	"fmt"
	"strings"

	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/types"
)

// quoted returns, for each token inside quotation marks, the number of
// words of its quotation (0 outside): foreign text may be a legitimate
// quotation, and a short quotation holding a foreign word is usually a
// cited term ("class action"). It also returns the quotations, as token
// ranges [start, end) inside the marks.
func (dc *doc) quoted() ([]int, [][2]int) {
	q := grow(dc.s.quote, len(dc.toks))
	var spans [][2]int
	open := -1 // index of the token after the opening mark
	var closer string
	closeAt := func(end int) {
		n := 0
		for k := open; k < end; k++ {
			if dc.toks[k].Kind == types.Word {
				n++
			}
		}
		for k := open; k < end; k++ {
			q[k] = n
		}
		spans = append(spans, [2]int{open, end})
		open = -1
	}
	for i := range dc.toks {
		t := &dc.toks[i]
		if t.Kind != types.Punct {
			continue
		}
		if open >= 0 && t.Text == closer {
			closeAt(i)
			continue
		}
		if open < 0 {
			switch t.Text {
			case "«":
				open, closer = i+1, "»"
			case "“":
				open, closer = i+1, "”"
			case "\"":
				open, closer = i+1, "\""
			}
		}
	}
	if open >= 0 {
		closeAt(len(dc.toks))
	}
	return q, spans
}

// sharedFunctionPM is how frequent (per million words of the spinner
// language's corpora) a function word of the text's language must be there
// to count as shared: English text holds French "de" (440) and "la" (148)
// in names and titles, but seldom "les" (21), "et" (47) or "une" (0).
const sharedFunctionPM = 50

// minQuoteWords is the least number of words a quotation needs for its
// language to be told (languageid.Identify).
const minQuoteWords = 4

// A spinner swaps single words; it does not write whole sentences of its
// language. A quotation or a sentence in the spinner's language is foreign
// text as a whole: a quotation is legitimate (an English statement quoted
// in French news) and holds no finding; a sentence outside quotation marks
// is one untranslated span. Before, such text was split at every word both
// languages share into spins ("invest in" -> "put") and real-word spins
// ("to" -> "ante"). The span must hold a function word of the spinner's
// language that the text's language lacks ("the", "we"): a short quoted
// title whose one word became a spinner's phrase ("St. Mary eastern
// standard time", for "est") reads as English too.

// foreignQuotes marks the quotations in the spinner's language as seen.
func (dc *doc) foreignQuotes(spans [][2]int) {
	for _, s := range spans {
		if dc.inSpinnerLanguage(s[0], s[1]) {
			dc.mark(s[0], s[1])
		}
	}
}

// foreignSentences reports each sentence in the spinner's language, not
// already seen, as one untranslated span; and so a short one (a line of a
// web page's chrome: "Share this article", "All rights reserved") made of
// the spinner's words only, with a function word the text's language
// lacks. A lone foreign word on a line of its own ("Subscribe") has no
// context to judge a spin by: it is a weak untranslated word.
func (dc *doc) foreignSentences() {
	for i := 0; i < len(dc.toks); {
		j := dc.sentenceEnd(i)
		if a, b, ok := dc.wordBounds(i, j); ok {
			switch {
			case dc.inSpinnerLanguage(a, b):
				dc.untranslated(a, b, "a sentence of "+dc.d.spin.Header.Lang+", not "+dc.d.text.Header.Lang+" (language identification)")
				dc.mark(a, b)
			case dc.shortForeign(a, b) && !dc.hasElision(i, j):
				dc.untranslated(a, b, "a short sentence or line of "+dc.d.spin.Header.Lang+" words only, not "+dc.d.text.Header.Lang)
				dc.mark(a, b)
			case b-a == 1 && dc.info[a].foreign && dc.aloneOnLine(a):
				dc.untranslated(a, b, fmt.Sprintf("%q, a word of %s, alone on its line", dc.toks[a].Norm, dc.d.spin.Header.Lang))
				dc.mark(a, b)
			}
		}
		i = j
	}
}

// shortForeign tells whether the tokens [a, b), two or more and all
// words, are words of the spinner's language only (names too: "Follow us
// on Twitter"): one of them no word of the text's dictionary, one a
// function word of the spinner's language that is no function word of
// the text's ("the", "us"), and no function word of the text's language
// far more frequent there ("la", "de"). Language identification cannot
// judge so few words; a French sentence, even spun, keeps words English
// does not have.
func (dc *doc) shortForeign(a, b int) bool {
	if b-a < 2 {
		return false
	}
	foreign, function := false, false
	for k := a; k < b; k++ {
		// A word's facts say it is a Word token with lexicon facts (see
		// setWord), without reading the token.
		if !dc.info[k].word {
			return false
		}
		x := dc.tl[k]
		if x == 0 {
			return false
		}
		// A word the spinner's dictionary lacks, or a function word of
		// the text's language far more at home there than in the
		// spinner's ("la", "de"; not "on"), makes the words French.
		if dc.lexB[x-1]&textAnchor != 0 {
			return false
		}
		li := dc.lexes[x-1]
		foreign = foreign || dc.info[k].foreign || !li.ownDict
		function = function || li.spinStop && (!li.ownDict || !li.ownStop)
	}
	// Markup ("<td>", "a=b") is no sentence: tested last, as it reads
	// every byte.
	return foreign && function && !strings.ContainsAny(dc.text[dc.toks[a].Start:dc.toks[b-1].End], "<>={}\\")
}

// hasElision tells whether tokens [i, j) hold an elided word ("c'", "l'"):
// French, whatever follows.
func (dc *doc) hasElision(i, j int) bool {
	for k := i; k < j; k++ {
		if dc.toks[k].Kind == types.Elision {
			return true
		}
	}
	return false
}

// aloneOnLine tells whether word token i is alone on its line, with
// punctuation at most: no other word, no number ("Article 10."), no
// symbol ("<table>").
func (dc *doc) aloneOnLine(i int) bool {
	other := func(k int) bool { return k != i && dc.toks[k].Kind != types.Punct }
	for k := i - 1; k >= 0; k-- {
		if strings.Contains(dc.text[dc.toks[k].End:dc.toks[k+1].Start], "\n") {
			break
		}
		if other(k) {
			return false
		}
	}
	for k := i + 1; k < len(dc.toks); k++ {
		if strings.Contains(dc.text[dc.toks[k-1].End:dc.toks[k].Start], "\n") {
			break
		}
		if other(k) {
			return false
		}
	}
	return true
}

// sentenceEnd returns the end of the sentence that token i starts: the
// next token that starts a sentence of the language model's view.
func (dc *doc) sentenceEnd(i int) int {
	s := -1
	j := i
	for ; j < len(dc.toks); j++ {
		p := dc.pos[j]
		if p < 0 {
			continue
		}
		if s >= 0 && dc.sent[p] != s {
			break
		}
		s = dc.sent[p]
	}
	return j
}

// wordBounds returns the first and last-plus-one word tokens of [i, j),
// if no token between them is already seen.
func (dc *doc) wordBounds(i, j int) (int, int, bool) {
	a, b := -1, -1
	for k := i; k < j; k++ {
		if dc.used[k] {
			return 0, 0, false
		}
		if dc.info[k].word {
			if a < 0 {
				a = k
			}
			b = k + 1
		}
	}
	return a, b, a >= 0
}

// inSpinnerLanguage tells whether tokens [i, j) are text of the spinner's
// language: enough words, a function word of that language that the
// text's does not have, none of the text's own function words (an
// elision, "une": a heavily spun French sentence keeps them) unless the
// spinner's language uses it as often as its own, no markup, and language
// identification agreeing.
func (dc *doc) inSpinnerLanguage(i, j int) bool {
	if j-i < minQuoteWords || !dc.foreignFunctionWord(i, j) {
		return false
	}
	// Markup and formulas left in a text ("td align=center", "\\begin{matrix}")
	// are made of English words but are no sentence of English.
	if strings.ContainsAny(dc.text[dc.toks[i].Start:dc.toks[j-1].End], "<>={}\\") {
		return false
	}
	if dc.hasElision(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if li := dc.lexAt(k); li != nil && li.ownStop && (!li.sok || li.spinPM < sharedFunctionPM) {
			return false
		}
	}
	g := languageid.Identify(dc.toks[i:j])
	return g.Words >= minQuoteWords && g.Lang == dc.d.spin.Header.Lang
}

// foreignFunctionWord tells whether tokens [i, j) hold a function word of
// the spinner's language that is no word of the text language's
// dictionary.
func (dc *doc) foreignFunctionWord(i, j int) bool {
	for k := i; k < j; k++ {
		if dc.info[k].word && dc.info[k].spinFunction {
			return true
		}
	}
	return false
}
