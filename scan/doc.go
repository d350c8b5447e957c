// Package scan analyses corpora: it reads corpus files (package corpus),
// analyses every document on all cores, and writes each record back with
// an added "unspin" object — the verdict, its score and the findings — in
// input order. With a filter threshold, documents scoring at or above it
// go to a second output; malformed records go to a rejects file with the
// reason and their place in the input, so that for every run
//
//	records read = kept + filtered + rejected
//
// Memory is bounded (a fixed number of records in flight, each no larger
// than the reader's limit). Progress is checkpointed: a run killed at any
// point and started again with Resume neither loses nor duplicates a
// record (outputs are cut back to the last checkpoint, and compressed
// outputs end a zstd frame at every checkpoint so that the cut is valid).
package scan
