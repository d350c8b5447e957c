// Package unspin finds text that a content farm laundered — spun with a
// synonym replacer, machine-translated, or both — says what each flagged
// span most likely was, and restores a clean text.
//
// The work is split into one package per pipeline stage around the shared
// types package:
//
//	tokenization   words, numbers and punctuation with byte spans into the input
//	lexicon        word forms: frequency, capitalisation, analyses, homographs
//	thesaurus      synonyms and the reverse index (synonym -> words it can replace)
//	languagemodel  word trigram model (modified Kneser-Ney) and character model
//	pack           the versioned binary language pack and its registry
//
// Language packs are importable packages: lang/fr, lang/en, or lang/all for
// every pack. Importing a pack embeds it in the binary; nothing is read
// from disk or the network at run time.
package unspin

// Version is the release of the library and of the command.
const Version = "0.1.0-dev"
