// Package verdict says how a document was made — written by a person,
// machine-translated, or spun — from document-level signals: the density
// and confidence of span findings, foreign function words, the typography
// of another language (English quotation marks, no space before : ; ! ?,
// decimal points), and the shape of the language model's scores over the
// sentences (their spread, the share of rare and unknown words, the share
// of function words), not a single perplexity threshold.
//
// Two logistic models, fitted on the development split by
// internal/calibrate (docs/EVALUATION.md), give P(not human) and
// P(spun | not human); the three probabilities follow.
package verdict
