package scan

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
)

// WriteHTML writes the summary as a self-contained HTML page with bar
// charts (inline SVG, no asset from anywhere).
func WriteHTML(w io.Writer, s *Summary, title string) error {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:60em;color:#222}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}</style></head><body>
<h1>%s</h1>`, e(title), e(title))
	fmt.Fprintf(&b, `<table><tr><th>records read</th><td class="n">%d</td></tr><tr><th>kept</th><td class="n">%d</td></tr><tr><th>filtered</th><td class="n">%d</td></tr><tr><th>rejected</th><td class="n">%d</td></tr><tr><th>skipped (not documents)</th><td class="n">%d</td></tr><tr><th>files</th><td class="n">%d</td></tr><tr><th>input</th><td class="n">%.1f MB in %.1f s (%.2f MB/s)</td></tr></table>`,
		s.Records, s.Kept, s.Filtered, s.Rejected, s.Skipped, s.Files, float64(s.InBytes)/1e6, s.Seconds, float64(s.InBytes)/1e6/max(s.Seconds, 1e-9))
	if s.Sourced > 0 {
		fmt.Fprintf(&b, "<p>%d documents are translated copies of one of the run's sources (confidence 0.5 or more).</p>", s.Sourced)
	}
	b.WriteString("<h2>Verdicts</h2>")
	bars(&b, sortedCounts(s.Verdicts))
	b.WriteString("<h2>P(not human), documents per tenth</h2>")
	var hist []labelled
	for i, n := range s.Scores {
		hist = append(hist, labelled{fmt.Sprintf("%.1f–%.1f", float64(i)/10, float64(i+1)/10), n})
	}
	bars(&b, hist)
	b.WriteString("<h2>Languages</h2>")
	bars(&b, sortedCounts(s.Langs))
	b.WriteString("<h2>Findings by kind</h2>")
	bars(&b, sortedCounts(s.Findings))
	if len(s.TopDomains) > 0 {
		b.WriteString(`<h2>Most flagged domains</h2><table><tr><th>host</th><th>flagged</th><th>documents</th></tr>`)
		for _, d := range s.TopDomains {
			fmt.Fprintf(&b, `<tr><td>%s</td><td class="n">%d</td><td class="n">%d</td></tr>`, e(d.Host), d.Flagged, d.Docs)
		}
		b.WriteString("</table>")
	}
	if len(s.Reasons) > 0 {
		b.WriteString("<h2>Reject reasons</h2>")
		bars(&b, sortedCounts(s.Reasons))
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

type labelled struct {
	label string
	n     int64
}

func sortedCounts(m map[string]int64) []labelled {
	var out []labelled
	for k, v := range m {
		out = append(out, labelled{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n || out[i].n == out[j].n && out[i].label < out[j].label })
	return out
}

// bars draws a horizontal bar chart.
func bars(b *strings.Builder, rows []labelled) {
	if len(rows) == 0 {
		b.WriteString("<p>none</p>")
		return
	}
	top := int64(1)
	for _, r := range rows {
		top = max(top, r.n)
	}
	const width, row = 360, 22
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" font-size="12">`, width+260, row*len(rows)+4)
	for i, r := range rows {
		y := i * row
		w := float64(width) * float64(r.n) / float64(top)
		fmt.Fprintf(b, `<text x="150" y="%d" text-anchor="end">%s</text><rect x="158" y="%d" width="%.1f" height="16" fill="#4a7ab5"><title>%s: %d</title></rect><text x="%.1f" y="%d">%d</text>`,
			y+15, html.EscapeString(r.label), y+3, w, html.EscapeString(r.label), r.n, 162+w, y+15, r.n)
	}
	b.WriteString("</svg>")
}
