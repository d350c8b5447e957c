// Package repair applies findings to a text: each flagged span with a
// suggestion at or above a confidence threshold is replaced, everything
// else is copied byte for byte.
package repair

import (
	"sort"
	"strings"

	"github.com/unspin-project/unspin/types"
)

// Edit is one replacement in the repaired text, with where it landed.
type Edit struct {
	From types.Span // in the input
	To   types.Span // in the output
	Old  string
	New  string
}

// Apply returns text with the suggestions of findings at or above
// minConfidence applied, and the edits made. Findings must not overlap;
// overlapping ones after the first are skipped. Spans out of bounds are
// skipped.
func Apply(text string, findings []types.Finding, minConfidence float64) (string, []Edit) {
	fs := make([]types.Finding, 0, len(findings))
	for _, f := range findings {
		if f.Suggestion != "" && f.Confidence >= minConfidence && f.Start >= 0 && f.End <= len(text) && f.Start <= f.End {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return text, nil
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var b strings.Builder
	b.Grow(len(text))
	var edits []Edit
	last := 0
	for _, f := range fs {
		if f.Start < last {
			continue
		}
		b.WriteString(text[last:f.Start])
		start := b.Len()
		b.WriteString(f.Suggestion)
		edits = append(edits, Edit{From: f.Span, To: types.Span{Start: start, End: b.Len()}, Old: text[f.Start:f.End], New: f.Suggestion})
		last = f.End
	}
	b.WriteString(text[last:])
	return b.String(), edits
}
