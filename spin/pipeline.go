package spin

import (
	"sort"
	"unicode/utf8"
)

// Pipeline is what a content farm does to a text after (optionally)
// machine-translating it: a word spinner, then tortured phrases planted
// with the text language's own thesaurus. Either step may be left out
// (nil). A later step leaves alone the spans an earlier one made, and the
// untranslated words given to Run, so that every gold artifact pairs what
// the reader sees with the text's own original.
type Pipeline struct {
	Words       *Spinner    // word spinner: another language's thesaurus (cross-lingual) or the text's own
	Terms       *Spinner    // tortured phrases: the text language's own thesaurus
	TermOptions TermOptions // for Terms
}

// Run applies the pipeline's steps to text. prior are the artifacts text
// already holds (code points into it: a machine translation's untranslated
// words). It returns the output and every artifact, prior ones carried
// over, in order of position. Deterministic for a given seed.
func (p Pipeline) Run(text string, seed uint64, prior []Artifact) (string, []Artifact) {
	arts := append([]Artifact(nil), prior...)
	if p.Words != nil {
		out, made, edits := p.Words.spinEdits(text, seed, overlapsAny(text, arts))
		arts = append(Carry(text, out, arts, edits), made...)
		text = out
		sortArtifacts(arts)
	}
	if p.Terms != nil {
		out, made, edits := p.Terms.terms(text, seed+1, p.TermOptions, overlapsAny(text, arts))
		arts = append(Carry(text, out, arts, edits), made...)
		text = out
		sortArtifacts(arts)
	}
	return text, arts
}

// Carry maps artifacts of in (code points) to out, the text that edits
// (byte spans of in, in order, not overlapping) made of it. An artifact
// an edit touches is dropped: the edit's own artifact replaces it.
func Carry(in, out string, arts []Artifact, edits []Edit) []Artifact {
	var kept []Artifact
	for _, a := range arts {
		start, end, ok := ByteSpan(in, a.Start, a.End)
		if !ok {
			continue
		}
		shift, hit := 0, false
		for _, e := range edits {
			if e.Start < end && start < e.End {
				hit = true
				break
			}
			if e.End <= start {
				shift += len(e.Repl) - (e.End - e.Start)
			}
		}
		s, e := start+shift, end+shift
		if hit || s < 0 || e > len(out) || out[s:e] != in[start:end] {
			continue
		}
		cs := utf8.RuneCountInString(out[:s])
		a.Start, a.End = cs, cs+utf8.RuneCountInString(out[s:e])
		kept = append(kept, a)
	}
	return kept
}

// overlapsAny returns whether a byte span of text overlaps one of the
// artifacts (code points into text); nil when there is none.
func overlapsAny(text string, arts []Artifact) func(start, end int) bool {
	if len(arts) == 0 {
		return nil
	}
	type span struct{ s, e int }
	var spans []span
	for _, a := range arts {
		if s, e, ok := ByteSpan(text, a.Start, a.End); ok {
			spans = append(spans, span{s, e})
		}
	}
	return func(start, end int) bool {
		for _, sp := range spans {
			if sp.s < end && start < sp.e {
				return true
			}
		}
		return false
	}
}

// ByteSpan converts a code-point span of text (as gold artifacts give
// them) to bytes; false when the span is not inside text.
func ByteSpan(text string, start, end int) (int, int, bool) {
	if start < 0 || end < start {
		return 0, 0, false
	}
	bs, be, cp := -1, -1, 0
	for i := range text {
		if cp == start {
			bs = i
		}
		if cp == end {
			be = i
			break
		}
		cp++
	}
	if cp == start && bs < 0 {
		bs = len(text)
	}
	if cp == end && be < 0 {
		be = len(text)
	}
	return bs, be, bs >= 0 && be >= 0
}

func sortArtifacts(arts []Artifact) {
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Start < arts[j].Start })
}
