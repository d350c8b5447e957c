// Package report renders analysis results: the versioned JSON schema
// (docs/report-schema.md) and a human-readable text form with each
// finding in its context.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/unspin-project/unspin/types"
)

// Schema is the version string of the JSON report.
const Schema = "unspin.report/v1"

// Input is what a report is made from.
type Input struct {
	Text        string
	Lang        string
	SpinnerLang string
	Findings    []types.Finding
	Repaired    string
	Verdict     *types.Verdict // nil when there is none (no word)
	// Charset and Offsets describe an input that was not UTF-8 (package
	// transcode): Text is its decoding, Offsets maps a byte offset of Text
	// to the input's bytes. Nil Offsets: Text is the input.
	Charset string
	Offsets func(int) int
}

// Verdict is the document-level verdict as the JSON schema spells it.
type Verdict struct {
	Label      types.Label `json:"label"`
	P          VerdictP    `json:"p"`
	SourceLang *string     `json:"source_lang"`
	Evidence   []string    `json:"evidence"`
}

// VerdictP holds the probability of each label.
type VerdictP struct {
	Human             float64 `json:"human"`
	MachineTranslated float64 `json:"machine-translated"`
	Spun              float64 `json:"spun"`
}

// Finding is one finding as the JSON schema spells it.
type Finding struct {
	Start        int                 `json:"start"`
	End          int                 `json:"end"`
	CharStart    int                 `json:"char_start"`
	CharEnd      int                 `json:"char_end"`
	Text         string              `json:"text"`
	Kind         types.Kind          `json:"kind"`
	Suggestion   *string             `json:"suggestion"`
	Alternatives []types.Alternative `json:"alternatives"`
	Confidence   float64             `json:"confidence"`
	Evidence     []string            `json:"evidence"`
}

// Document is the JSON report.
type Document struct {
	Schema      string    `json:"schema"`
	Lang        string    `json:"lang"`
	SpinnerLang *string   `json:"spinner_lang"`
	Verdict     *Verdict  `json:"verdict"`
	Findings    []Finding `json:"findings"`
	Repaired    string    `json:"repaired"`
	// Charset is set when the input was not UTF-8: start and end are then
	// offsets into its bytes, text, char offsets and repaired its decoding.
	Charset string `json:"charset,omitempty"`
	// Skipped says why the text was not analysed (a language without a
	// pack); verdict is then null and findings empty.
	Skipped string `json:"skipped,omitempty"`
}

// Skipped is the JSON report of a text that was not analysed: its
// language ("und" when none is recognised), why, and the text unchanged
// as its repair.
func Skipped(w io.Writer, lang, why, text string) error {
	if lang == "" {
		lang = "und"
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Document{Schema: Schema, Lang: lang, Findings: []Finding{}, Repaired: text, Skipped: why}); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// Build converts an analysis to the JSON document, adding code-point
// offsets. Spans outside the text are clamped.
func Build(in Input) Document {
	doc := Document{Schema: Schema, Lang: in.Lang, Findings: []Finding{}, Repaired: in.Repaired, Charset: in.Charset}
	if v := in.Verdict; v != nil {
		out := &Verdict{Label: v.Label, P: VerdictP{v.P[types.Human], v.P[types.MachineTranslated], v.P[types.Spun]}, Evidence: v.Evidence}
		if v.SourceLang != "" {
			sl := v.SourceLang
			out.SourceLang = &sl
		}
		if out.Evidence == nil {
			out.Evidence = []string{}
		}
		doc.Verdict = out
	}
	if in.SpinnerLang != "" {
		s := in.SpinnerLang
		doc.SpinnerLang = &s
	}
	// Code-point offsets by one pass over the text, findings in order.
	cp, at := 0, 0
	charAt := func(b int) int {
		if b < at {
			cp, at = 0, 0
		}
		for at < b && at < len(in.Text) {
			_, size := utf8.DecodeRuneInString(in.Text[at:])
			at += size
			cp++
		}
		return cp
	}
	for _, f := range in.Findings {
		s, e := clamp(f.Start, len(in.Text)), clamp(f.End, len(in.Text))
		if e < s {
			e = s
		}
		out := Finding{Start: s, End: e, Text: in.Text[s:e], Kind: f.Kind, Alternatives: f.Alternatives, Confidence: f.Confidence, Evidence: f.Evidence}
		out.CharStart = charAt(s)
		out.CharEnd = charAt(e)
		if in.Offsets != nil {
			out.Start, out.End = in.Offsets(s), in.Offsets(e)
		}
		if f.Suggestion != "" {
			sg := f.Suggestion
			out.Suggestion = &sg
		}
		if out.Alternatives == nil {
			out.Alternatives = []types.Alternative{}
		}
		if out.Evidence == nil {
			out.Evidence = []string{}
		}
		doc.Findings = append(doc.Findings, out)
	}
	return doc
}

func clamp(x, n int) int { return max(0, min(x, n)) }

// JSON writes the report as indented JSON.
func JSON(w io.Writer, in Input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Build(in)); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// Text writes each finding with its line and column, its context, the
// suggestion and the evidence. With color, the span and the suggestion
// are highlighted with ANSI escapes.
func Text(w io.Writer, name string, in Input, color bool) error {
	hi, sug, dim, reset := "", "", "", ""
	if color {
		hi, sug, dim, reset = "\x1b[1;31m", "\x1b[1;32m", "\x1b[2m", "\x1b[0m"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: language %s", name, orNone(in.Lang))
	if in.SpinnerLang != "" {
		fmt.Fprintf(&b, ", spinner language %s", in.SpinnerLang)
	}
	fmt.Fprintf(&b, ", %d finding(s)", len(in.Findings))
	if in.Charset != "" {
		fmt.Fprintf(&b, ", read as %s", in.Charset)
	}
	b.WriteString("\n")
	if v := in.Verdict; v != nil {
		fmt.Fprintf(&b, "verdict: %s%s%s (human %.2f, machine-translated %.2f, spun %.2f)", hi, v.Label, reset, v.P[types.Human], v.P[types.MachineTranslated], v.P[types.Spun])
		if v.SourceLang != "" {
			fmt.Fprintf(&b, ", source language %s", v.SourceLang)
		}
		b.WriteString("\n")
		for _, ev := range v.Evidence {
			fmt.Fprintf(&b, "  - %s\n", ev)
		}
	}
	for _, f := range in.Findings {
		s, e := clamp(f.Start, len(in.Text)), clamp(f.End, len(in.Text))
		if e < s {
			e = s
		}
		line, col := lineCol(in.Text, s)
		fmt.Fprintf(&b, "\n%s:%d:%d: %s (confidence %.2f)\n", name, line, col, f.Kind, f.Confidence)
		before, after := context(in.Text, s, e)
		fmt.Fprintf(&b, "  %s…%s%s%s%s%s…%s\n", dim, before, reset+hi, in.Text[s:e], reset+dim, after, reset)
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "  %q -> %s%q%s", in.Text[s:e], sug, f.Suggestion, reset)
			if len(f.Alternatives) > 1 {
				var alts []string
				for _, a := range f.Alternatives[1:] {
					alts = append(alts, fmt.Sprintf("%s %.2f", a.Text, a.P))
				}
				fmt.Fprintf(&b, "   (also: %s)", strings.Join(alts, ", "))
			}
			b.WriteString("\n")
		}
		for _, ev := range f.Evidence {
			fmt.Fprintf(&b, "  - %s\n", ev)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// lineCol returns the 1-based line and column (in code points) of byte off.
func lineCol(text string, off int) (int, int) {
	line, col := 1, 1
	for _, r := range text[:off] {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// context returns up to 40 code points on each side of [s, e), on one line.
func context(text string, s, e int) (string, string) {
	a := s
	for n := 0; a > 0 && n < 40; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:a])
		if text[a-size] == '\n' {
			break
		}
		a -= size
	}
	z := e
	for n := 0; z < len(text) && n < 40; n++ {
		if text[z] == '\n' {
			break
		}
		_, size := utf8.DecodeRuneInString(text[z:])
		z += size
	}
	return text[a:s], text[e:z]
}
