package repair

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/types"
)

func span(text, sub string) types.Span {
	i := strings.Index(text, sub)
	return types.Span{Start: i, End: i + len(sub)}
}

func TestApply(t *testing.T) {
	text := "le lengthy de sa frontière, la state of affairs"
	fs := []types.Finding{
		{Span: span(text, "state of affairs"), Suggestion: "situation", Confidence: 0.9},
		{Span: types.Span{Start: 3, End: 10}, Suggestion: "long", Confidence: 0.95},
		{Span: types.Span{Start: 0, End: 2}, Suggestion: "la", Confidence: 0.2},    // below threshold
		{Span: types.Span{Start: 5, End: 12}, Suggestion: "x", Confidence: 0.99},   // overlaps
		{Span: types.Span{Start: 40, End: 999}, Suggestion: "y", Confidence: 0.99}, // out of bounds
		{Span: types.Span{Start: 20, End: 26}, Suggestion: "", Confidence: 0.99},   // no suggestion
	}
	got, edits := Apply(text, fs, 0.5)
	if want := "le long de sa frontière, la situation"; got != want {
		t.Errorf("Apply = %q, want %q", got, want)
	}
	if len(edits) != 2 || got[edits[1].To.Start:edits[1].To.End] != "situation" || edits[0].Old != "lengthy" {
		t.Errorf("edits %+v", edits)
	}
	if same, e := Apply(text, nil, 0.5); same != text || e != nil {
		t.Error("no findings changed the text")
	}
}
