package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin-project/unspin/bilingual"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// Keys are what a text and its translation share, written in the sources'
// language: names and numbers as they are (a translation keeps them),
// content words as lemmas of the sources' language. A key starts with its
// type: "n:" a name, "#:" a number, "w:" a word.
const (
	nameKey   = "n:"
	numberKey = "#:"
	wordKey   = "w:"
)

// keyer reads a text of one language as weighted keys of the sources'
// language.
type keyer struct {
	own   *pack.Pack       // the text's language
	to    *pack.Pack       // the sources' language (own when they are the same)
	links *bilingual.Table // own → to, nil when they are the same
}

// keys returns the text's keys and their weights (occurrences, a word's
// weight shared among its lemmas and their translations).
func (k *keyer) keys(text string) map[string]float64 {
	out := map[string]float64{}
	var lemmas []string
	var abuf []types.Analysis
	var tbuf []bilingual.Link
	var num string // the number being read, across French groups of thousands
	numEnd := -1
	flush := func() {
		if len(num) >= 2 {
			out[numberKey+num]++
		}
		num, numEnd = "", -1
	}
	for _, t := range tokenization.Tokenize(text, tokenization.ForLang(k.own.Header.Lang)) {
		if t.Kind == types.Num {
			// "3 200" is one number: a group of three digits after a space.
			d := digits(t.Text)
			if numEnd >= 0 && len(d) == 3 && len(d) == len(t.Text) && thousandsGap(text[numEnd:t.Start]) {
				num += d
			} else {
				flush()
				num = d
			}
			numEnd = t.End
			continue
		}
		flush()
		switch t.Kind {
		case types.Word:
		default:
			continue
		}
		lex := k.own.Lexicon
		id, known := lex.ID(t.Norm)
		if tokenization.IsCapitalized(t.Text) && k.isName(t, id, known) {
			if f := fold(t.Norm); utf8.RuneCountInString(f) >= 2 {
				out[nameKey+f]++
			}
			// A title's word is also a word ("Minister", "ministre"):
			// languages capitalise titles differently.
			if !known {
				continue
			}
		}
		if known && lex.Flags(id)&lexicon.Stopword != 0 {
			continue
		}
		lemmas, abuf = contentLemmas(lemmas[:0], abuf, lex, id, known, t.Norm)
		if len(lemmas) == 0 {
			// Not a word of the text's language: a leaked or spun word of
			// the sources' language stands for itself.
			if k.links != nil {
				k.foreign(out, t.Norm)
			}
			continue
		}
		share := 1 / float64(len(lemmas))
		for _, l := range lemmas {
			if k.links == nil {
				out[wordKey+l] += share
				continue
			}
			tbuf = k.links.Translate(tbuf[:0], l)
			total := 0
			for _, tr := range tbuf {
				total += tr.Shared
			}
			for _, tr := range tbuf {
				out[wordKey+tr.Term] += share * float64(tr.Shared) / float64(total)
			}
		}
		// A word spelt the same in both languages ("situation", "impact")
		// is often its own translation.
		if k.links != nil {
			if _, hom := lex.Homograph(id); hom {
				k.foreign(out, t.Norm)
			}
		}
	}
	flush()
	return out
}

// thousandsGap tells whether s is the space between groups of a number
// written the French way: one space, no-break space or narrow no-break
// space.
func thousandsGap(s string) bool {
	return s == " " || s == "\u00a0" || s == "\u202f"
}

// foreign adds the lemmas of w as a word of the sources' language, if it
// is one.
func (k *keyer) foreign(out map[string]float64, w string) {
	id, ok := k.to.Lexicon.ID(w)
	if !ok || k.to.Lexicon.Flags(id)&lexicon.Stopword != 0 {
		return
	}
	lemmas, _ := contentLemmas(nil, nil, k.to.Lexicon, id, true, w)
	for _, l := range lemmas {
		out[wordKey+l] += 1 / float64(len(lemmas))
	}
}

// isName tells whether a capitalized token names something: a word
// inside a sentence (dictionaries list first names, and a title's word
// counts as a word too), or a first word that the lexicon does not know,
// or knows mostly capitalized.
func (k *keyer) isName(t types.Token, id int, known bool) bool {
	if !t.SentStart || !known {
		return true
	}
	return k.own.Lexicon.CapsShare(id) > 0.5
}

// contentLemmas appends the lemmas of the content-word readings of form
// id (nouns, verbs, adjectives, adverbs), each once; a form the lexicon
// does not know is its own lemma when it looks like a word.
func contentLemmas(dst []string, abuf []types.Analysis, lex *lexicon.Lexicon, id int, known bool, form string) ([]string, []types.Analysis) {
	if !known {
		return dst, abuf
	}
	abuf = lex.Analyses(abuf[:0], id)
	for _, a := range abuf {
		switch a.POS {
		case types.Noun, types.Verb, types.Adj, types.Adv:
		default:
			continue
		}
		l := a.Lemma
		if l == "" {
			l = form
		}
		dup := false
		for _, x := range dst {
			dup = dup || x == l
		}
		if !dup {
			dst = append(dst, l)
		}
	}
	return dst, abuf
}

// digits returns the digits of a number token: "1,5", "1.5" and "15"
// are one key, as are "2 000" and "2,000" when the tokenizer keeps them
// whole.
func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fold lower-cases s and strips the accents of Latin letters: names keep
// their letters across languages more often than their accents
// ("Sergueï", "Sergei").
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := plain[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

var plain = func() map[rune]rune {
	m := map[rune]rune{}
	for _, g := range []struct {
		base rune
		all  string
	}{
		{'a', "àáâãäåā"}, {'c', "çćč"}, {'e', "èéêëēė"}, {'i', "ìíîïī"}, {'n', "ñń"},
		{'o', "òóôõöøō"}, {'u', "ùúûüū"}, {'y', "ýÿ"}, {'s', "śš"}, {'z', "źżž"},
	} {
		for _, r := range g.all {
			m[r] = g.base
		}
	}
	return m
}()
