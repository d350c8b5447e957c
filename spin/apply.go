package spin

import (
	"strings"
	"unicode/utf8"
)

// edit is one replacement a spinner decided on: a byte span of its input,
// the text put there, the text it replaced and the artifact's type.
type edit struct {
	start, end       int
	repl, orig, kind string
}

// apply makes the edits (in input order, not overlapping) and returns the
// output, its artifacts (code points into the output) and the edits.
func apply(text string, edits []edit) (string, []Artifact, []Edit) {
	var b strings.Builder
	var arts []Artifact
	last, cp := 0, 0
	for _, e := range edits {
		b.WriteString(text[last:e.start])
		cp += utf8.RuneCountInString(text[last:e.start])
		n := utf8.RuneCountInString(e.repl)
		arts = append(arts, Artifact{Observed: e.repl, Start: cp, End: cp + n, Original: e.orig, Type: e.kind, Confidence: "high"})
		b.WriteString(e.repl)
		cp += n
		last = e.end
	}
	b.WriteString(text[last:])
	out := make([]Edit, len(edits))
	for i, e := range edits {
		out[i] = Edit{Start: e.start, End: e.end, Repl: e.repl}
	}
	return b.String(), arts, out
}
