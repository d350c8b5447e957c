// Package detection finds the spans of a text that a spinner or a machine
// translation put there and proposes what each most likely was.
//
// It works as a noisy channel. For a span w it proposes originals o from
// the spinner's reverse thesaurus (the words whose synonym lists contain
// w, with inflection carried over), keeps those that are words of the
// text's language, and compares the text's language model with o in place
// of w against the text as it is:
//
//	score(o) = log10 P_LM(context with o) − log10 P_LM(context with w) + channel(o)
//
// where channel(o) = −½·log10(number of synonyms of o) charges originals
// that a spinner would rarely turn into w. What makes a span suspect
// depends on the kind:
//
//   - cross-lingual-spin: w is a common word of the spinner's language and
//     not a word of the text's language (or a far rarer one), is not a
//     name (capitalisation statistics of both languages), and some
//     original fits the context better than w;
//   - untranslated: the same foreign words with no original that fits, or
//     a run of three or more;
//   - real-word-spin: w is a word of the text's language that is also a
//     word of the spinner's, the language model finds it surprising, and
//     an original both scores far better and, where a neighbour shows
//     gender and number, agrees with it where w does not;
//   - tortured-phrase: the same test with the text's own thesaurus, for
//     one word or two adjacent words replaced together;
//   - mt-error: a sentence fragment of one or two lower-case words after a
//     full stop, as machine translation leaves when it splits a sentence.
//
// A text of a language that writes accents but written without them
// ("les elus ont demande des precisions") is read accent-blind: a word
// that is not in the dictionary but whose accents restored give a
// dictionary word is analysed as that word (see lexicon.Accents).
//
// An English word that makes a fixed English phrase with a neighbouring
// word French has borrowed ("les fake news", "les open spaces", "sold
// out") or shares ("machine learning") is French usage, not a spin,
// unless the two stand in a longer run of English words or form a term of
// the English thesaurus, as a spinner's multi-word synonyms do (see
// loan.go).
//
// A Detector is immutable and safe for concurrent use.
package detection
