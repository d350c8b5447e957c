package detection

// LexFlags says what the lexicons hold of a word token, as the detector
// looked it up: the facts the verdict's statistics count, handed over in
// LMView.Lex so that they need not look the word up again.
type LexFlags uint8

// The facts of a word token.
const (
	LexWord         LexFlags = 1 << iota // a word token (every other flag is unset on the rest)
	LexKnown                             // a form of the text's lexicon
	LexStopword                          // a stop word of the text's language
	LexListed                            // in the text language's dictionary, or counted at least 3 times in its corpus
	LexRare                              // under one per million in the text language's corpus and in its subtitles
	LexSpinStopword                      // a stop word of the spinner's language
	LexUpper                             // starts with a capital letter
)
