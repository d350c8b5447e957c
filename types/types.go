// Package types holds the small set of values shared by every unspin stage:
// byte spans, tokens and morphological analyses.
package types

// Span is a half-open byte range [Start, End) into the caller's original input.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// TokenKind classifies a token by its shape.
type TokenKind uint8

// Token kinds. Word covers letters (with inner hyphens and apostrophes);
// Elision is a French elided article or pronoun ("l'", "qu'").
const (
	Word TokenKind = iota
	Elision
	Num
	Punct
	Symbol
	URL
)

var tokenKindNames = [...]string{"word", "elision", "number", "punct", "symbol", "url"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is one unit of text with its byte span into the original input.
// Text is the original bytes of the span; Norm is its normalized form
// (lower case, typographic apostrophes folded) used for lookups.
type Token struct {
	Span
	Text      string
	Norm      string
	Kind      TokenKind
	SentStart bool // first word-like token of a sentence
}

// POS is a coarse part of speech shared by all language packs.
type POS uint8

// Parts of speech.
const (
	POSUnknown POS = iota
	Noun
	ProperNoun
	Verb
	Adj
	Adv
	Det
	Pron
	Prep
	Conj
	Interj
	Other
)

var posNames = [...]string{"?", "NOUN", "PROPN", "VERB", "ADJ", "ADV", "DET", "PRON", "ADP", "CONJ", "INTJ", "X"}

func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return "?"
}

// Gender of a French noun, adjective or determiner.
type Gender uint8

// Genders. Epicene words take either.
const (
	GenderNone Gender = iota
	Masc
	Fem
	Epicene
)

var genderNames = [...]string{"", "m", "f", "e"}

func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return ""
}

// Number of a noun, adjective, determiner or verb form.
type Number uint8

// Numbers. Invariable words take either.
const (
	NumberNone Number = iota
	Sing
	Plur
	Invariable
)

var numberNames = [...]string{"", "s", "p", "i"}

func (n Number) String() string {
	if int(n) < len(numberNames) {
		return numberNames[n]
	}
	return ""
}

// VerbForm refines a verb analysis; English inflection generation uses it.
type VerbForm uint8

// Verb forms.
const (
	FormNone   VerbForm = iota
	Infinitive          // base form
	Present3Sg          // English -s
	Past                // simple past
	PastPart            // past participle
	Gerund              // -ing / présent participe
	Finite              // other finite French forms
)

var verbFormNames = [...]string{"", "inf", "3sg", "past", "ppart", "ger", "finite"}

func (v VerbForm) String() string {
	if int(v) < len(verbFormNames) {
		return verbFormNames[v]
	}
	return ""
}

// Analysis is one morphological reading of a word form.
type Analysis struct {
	Lemma  string
	POS    POS
	Gender Gender
	Number Number
	Form   VerbForm
}

// Agrees reports whether two nominal analyses can agree in gender and number.
// Epicene and invariable values agree with anything; a missing value is not
// a disagreement.
func Agrees(a, b Analysis) bool {
	return genderAgrees(a.Gender, b.Gender) && numberAgrees(a.Number, b.Number)
}

func genderAgrees(a, b Gender) bool {
	if a == GenderNone || b == GenderNone || a == Epicene || b == Epicene {
		return true
	}
	return a == b
}

func numberAgrees(a, b Number) bool {
	if a == NumberNone || b == NumberNone || a == Invariable || b == Invariable {
		return true
	}
	return a == b
}
