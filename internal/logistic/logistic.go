// Package logistic holds fitted logistic models over named features, as
// written by internal/calibrate.
package logistic

import "math"

// Model is a logistic model: P = 1 / (1 + exp(−(Bias + Σ Weights[k]·x[k]))).
// Features missing from x count as zero.
type Model struct {
	Bias    float64
	Weights map[string]float64
}

// P returns the model's probability for the features x.
func (m Model) P(x map[string]float64) float64 {
	z := m.Bias
	for k, w := range m.Weights {
		z += w * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// Contributions returns each feature's term Weights[k]·x[k].
func (m Model) Contributions(x map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m.Weights))
	for k, w := range m.Weights {
		out[k] = w * x[k]
	}
	return out
}
