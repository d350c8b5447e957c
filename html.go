package unspin

import (
	"html"
	"unicode/utf8"

	"github.com/unspin-project/unspin/htmltext"
	"github.com/unspin-project/unspin/repair"
)

// AnalyzeHTML analyses the visible text of an HTML page (package
// htmltext) and reports it against the page: every finding's span is a
// span of page, its Text the page's bytes there (tags and character
// references included), and Repaired is the page with the suggestions
// written in, HTML-escaped. The page must be UTF-8.
func (a *Analyzer) AnalyzeHTML(page string) (*Report, error) { return a.analyzeHTML(page, "", true) }

func (a *Analyzer) analyzeHTML(page, pinned string, withVerdict bool) (*Report, error) {
	if !utf8.ValidString(page) {
		return nil, errorf(KindInput, "page is not valid UTF-8 (first bad byte at offset %d): convert it first", firstInvalid(page))
	}
	x := htmltext.Extract(page)
	r, err := a.analyze(x.Text, pinned, withVerdict)
	if err != nil {
		return nil, err
	}
	escaped := make([]Finding, len(r.Findings))
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Start, f.End = x.Span(f.Start, f.End)
		f.Text = page[f.Start:f.End]
		escaped[i] = *f
		escaped[i].Suggestion = html.EscapeString(f.Suggestion)
	}
	r.Repaired, r.Edits = repair.Apply(page, escaped, a.cfg.repairThreshold)
	return r, nil
}

// FixHTML is Fix for an HTML page: the page with confident suggestions
// written into its text, markup untouched elsewhere.
func (a *Analyzer) FixHTML(page string) (string, error) {
	return fixRounds(page, func(p, lang string) (*Report, error) { return a.analyzeHTML(p, lang, false) })
}
