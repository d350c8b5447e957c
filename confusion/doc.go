// Package confusion reads and builds confusion tables: for each word of a
// text's language that a cross-lingual spinner could have put in place of
// another (a homograph of the spinner's language), the originals the
// detector's noisy channel proposes for it, with their channel scores and
// the thesaurus path that explains each.
//
// The detector works these lists out from the spinner's reverse thesaurus
// (see package detection); that costs tens of microseconds a word, the
// largest single cost of a first text. A table holds the same lists,
// computed once when the packs are built (internal/buildconf), so that a
// lookup replaces the search. A table records the fingerprints of the two
// packs it was built from; the detector uses it only with those packs, and
// a test rebuilds it and compares it byte for byte.
//
// A Table is immutable and safe for concurrent use.
package confusion
