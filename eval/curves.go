package eval

import (
	"fmt"
	"html"
	"io"
	"sort"
)

// AUC returns the document-level area under the ROC curve: the
// probability that a spun document scores above a clean one (ties count
// half). It is 0.5 when either class is empty.
func (s *Summary) AUC() float64 {
	var pos, neg []float64
	for _, d := range s.DocScores {
		if d.Spun {
			pos = append(pos, d.Score)
		} else {
			neg = append(neg, d.Score)
		}
	}
	return AUC(pos, neg)
}

// AUC returns the probability that a positive scores above a negative
// (ties count half), or 0.5 when either is empty.
func AUC(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0.5
	}
	neg = append([]float64(nil), neg...)
	sort.Float64s(neg)
	sum := 0.0
	for _, p := range pos {
		below := sort.SearchFloat64s(neg, p)                                  // neg < p
		upTo := sort.Search(len(neg), func(i int) bool { return neg[i] > p }) // neg <= p
		sum += float64(below) + 0.5*float64(upTo-below)
	}
	return sum / float64(len(pos)*len(neg))
}

// Point is one point of a precision-recall curve.
type Point struct {
	Threshold float64 `json:"threshold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Curve returns the finding-level precision-recall curve of one finding
// kind ("" for all kinds): at each threshold, the findings of at least
// that confidence, their precision, and their true ones over the gold
// spans of the kind (of any type for ""). Thresholds run from 0 to 0.95.
func (s *Summary) Curve(kind string) []Point {
	gold := 0
	for k, n := range s.Gold {
		if kind == "" || k == kind {
			gold += n
		}
	}
	var out []Point
	for t := 0; t <= 19; t++ {
		th := float64(t) / 20
		tp, fp := 0, 0
		for _, f := range s.Scored {
			if (kind != "" && f.Kind != kind) || f.Confidence < th {
				continue
			}
			if f.True {
				tp++
			} else {
				fp++
			}
		}
		if tp+fp == 0 {
			continue
		}
		out = append(out, Point{th, ratio(tp, tp+fp), ratio(tp, max(gold, tp))})
	}
	return out
}

// WriteSVG draws precision-recall curves as a self-contained SVG.
func WriteSVG(w io.Writer, title string, curves map[string][]Point) error {
	const size, pad = 420, 50
	colours := []string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"}
	x := func(r float64) float64 { return pad + r*size }
	y := func(p float64) float64 { return pad + (1-p)*size }
	var names []string
	for k := range curves {
		names = append(names, k)
	}
	sort.Strings(names)
	b := &errWriter{w: w}
	b.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", size+2*pad+160, size+2*pad)
	b.printf(`<text x="%d" y="20" font-size="14">%s</text>`+"\n", pad, html.EscapeString(title))
	b.printf(`<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#444"/>`+"\n", pad, pad, size, size)
	for i := 0; i <= 10; i++ {
		v := float64(i) / 10
		b.printf(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle">%.1f</text>`+"\n", x(v), pad, x(v), pad+size, x(v), pad+size+15, v)
		b.printf(`<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%.1f</text>`+"\n", pad, y(v), pad+size, y(v), pad-5, y(v)+4, v)
	}
	b.printf(`<text x="%d" y="%d" text-anchor="middle">recall</text>`+"\n", pad+size/2, pad+size+35)
	b.printf(`<text x="15" y="%d" transform="rotate(-90 15 %d)" text-anchor="middle">precision</text>`+"\n", pad+size/2, pad+size/2)
	for i, name := range names {
		c := colours[i%len(colours)]
		b.printf(`<polyline fill="none" stroke="%s" stroke-width="2" points="`, c)
		for _, p := range curves[name] {
			b.printf("%.1f,%.1f ", x(p.Recall), y(p.Precision))
		}
		b.printf(`"/>` + "\n")
		for _, p := range curves[name] {
			b.printf(`<circle cx="%.1f" cy="%.1f" r="2.5" fill="%s"><title>%s: threshold %.2f, precision %.3f, recall %.3f</title></circle>`+"\n",
				x(p.Recall), y(p.Precision), c, html.EscapeString(name), p.Threshold, p.Precision, p.Recall)
		}
		b.printf(`<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", pad+size+15, pad+20*i, c, pad+size+32, pad+20*i+11, html.EscapeString(name))
	}
	b.printf("</svg>\n")
	return b.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
