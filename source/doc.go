// Package source finds the article a text was copied from in another
// language: the English story that a content farm machine-translated
// into French and spun.
//
// A translation keeps what a spinner cannot touch without breaking the
// story — names and numbers — and renders the content words one by one.
// So a text and every candidate source are read as keys of the sources'
// language: names (capitalised words that are not ordinary words, folded
// to lower case without accents), numbers (their digits), and content
// words as lemmas; the text's lemmas are translated through the table its
// language's pack embeds (French → English in lang/fr, English → French
// in lang/en: French wordnets joined with Princeton WordNet, built by
// internal/buildlinks), and its words of the sources' language — leaks
// and spins — count as themselves. Sources are ranked by
// BM25 over the shared keys, names weighing twice a word and numbers one
// and a half times. The best match gets a confidence: a logistic model of
// its lead over the second match and the share of the text's keys it
// holds, fitted on held-out translated Wikipedia (docs/EVALUATION.md,
// "Source tracing").
//
// A Builder collects the sources; its Index is immutable and safe for
// concurrent searches.
package source
