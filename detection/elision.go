package detection

import (
	"unicode/utf8"
)

// elidable are the French words written otherwise before a vowel, and
// how ("le" + "impact" is "l'impact", "du" + "impact" "de l'impact"). A
// spinner that swaps the noun leaves the article alone: "la fatigue" spun
// to "la exhaustion" keeps a "la" that French would have elided, as a
// swapped adjective leaves a gender that no longer agrees.
var elidable = map[string]string{
	"le": "l'", "la": "l'", "de": "d'", "je": "j'", "me": "m'", "te": "t'", "se": "s'",
	"ne": "n'", "que": "qu'", "jusque": "jusqu'", "lorsque": "lorsqu'", "puisque": "puisqu'",
	"du": "de l'", "au": "à l'",
	// Not elided but changed the same way: "cet instant", "son idée",
	// "nouvel agenda".
	"ce": "cet ", "ma": "mon ", "ta": "ton ", "sa": "son ",
	"beau": "bel ", "nouveau": "nouvel ", // not "vieux", also a plural ("de vieux amis")
}

// vowelStart tells whether a word starts with a vowel letter (not "h",
// whose aspirated words keep "le": "le héros", nor "y": "le yaourt").
func vowelStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'à', 'â', 'ä', 'é', 'è', 'ê', 'ë', 'î', 'ï', 'ô', 'ö', 'ù', 'û', 'ü', 'œ', 'æ':
		return true
	}
	return false
}

// unelided returns the index of the word before token i when it is a
// French word that should have been elided before it: "la" written out
// before a vowel, in a pair the language model never saw. Words that
// keep their article ("le onze", "à la une") are pairs the model knows.
// It returns -1 otherwise.
func (dc *doc) unelided(i int) int {
	if !dc.d.french || i == 0 || !dc.info[i].word || !dc.info[i].vowel || dc.info[i].upper {
		return -1
	}
	k := i - 1
	if !dc.info[k].elidable || !dc.info[k].word || dc.pos[k] < 0 || dc.pos[i] != dc.pos[k]+1 {
		return -1
	}
	lm := dc.d.text.WordLM
	if dc.ids[dc.pos[k]] == 0 || dc.ids[dc.pos[i]] != 0 && lm.HasBigram(dc.ids[dc.pos[k]], dc.ids[dc.pos[i]]) {
		return -1
	}
	return k
}

// elisionFix returns the evidence when token i stands after a word that
// should have been elided before it and candidate, which does not start
// with a vowel, would keep that word whole; "" otherwise.
func (dc *doc) elisionFix(i int, candidate string) string {
	k := dc.unelided(i)
	if k < 0 || vowelStart(candidate) {
		return ""
	}
	if candidate != "" && candidate[0] == 'h' {
		// Only an aspirated "h" keeps the article: one the model has
		// seen after it.
		if id := dc.d.text.WordLM.ID(candidate); id == 0 || !dc.d.text.WordLM.HasBigram(dc.ids[dc.pos[k]], id) {
			return ""
		}
	}
	return "\"" + dc.toks[k].Norm + " " + dc.toks[i].Norm + "\" should read \"" + elidable[dc.toks[k].Norm] + dc.toks[i].Norm + "\" in French; \"" + dc.toks[k].Norm + " " + candidate + "\" needs no elision"
}
