// Package association reads and builds a table of how strongly two content
// lemmas of one language attract each other: how much more often they
// share a sentence of the pack corpora than chance would have them do
// (pointwise mutual information, discounted for small counts).
//
// The language model sees two words of context. A spinner's word is often
// fluent there and still off the topic of its sentence ("des mesures
// économiques à fort impression"): the original ("impact") is the
// candidate that the sentence's other words attract. The detector uses a
// Table to rank its candidate originals by that attraction too.
//
// A Table is immutable and safe for concurrent use. Tables are built by
// Builder (see internal/buildassoc) and embedded by the language packs.
package association
