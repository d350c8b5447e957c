package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/source"
	"github.com/unspin-project/unspin/spin"
)

// SourceOptions describe a source-tracing run: English pieces of the
// split make the index; some of them, translated into French (in turn
// kept whole, spun, or cut to a paragraph), are the queries; others,
// left out of the index, are queries without a source.
type SourceOptions struct {
	SyntheticOptions     // Lang is the sources' language (en); Docs the index size
	Queries          int // translated pieces whose source is indexed
	Absent           int // translated pieces whose source is not
	TextLang         string
}

// excerptWords is the length of an excerpt query: a page that copies one
// paragraph of an article.
const excerptWords = 60

// excerpt returns the words of text up to the end of the line or sentence
// where n words are reached.
func excerpt(text string, n int) string {
	words := 0
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' || text[i] == '\n' {
			words++
		}
		if words >= n && (text[i] == '.' || text[i] == '\n') {
			return text[:i+1]
		}
	}
	return text
}

// SourceQuery is one query's outcome.
type SourceQuery struct {
	ID      string // the source piece
	Variant string // "mt", "mt+spun", "mt-excerpt", "absent"
	Rank    int    // 1-based rank of the true source among the matches, 0 if absent from them
	Best    source.Match
}

// SourceSummary is the outcome of a source-tracing run.
type SourceSummary struct {
	Indexed int
	Queries []SourceQuery
}

// RunSource builds the index, translates and spins the queries, and
// searches each.
func RunSource(ctx context.Context, opt SourceOptions, translate Translator, sp *spin.Spinner) (*SourceSummary, error) {
	pieces, err := Pieces(opt.SyntheticOptions)
	if err != nil {
		return nil, err
	}
	if len(pieces) < opt.Docs || opt.Queries+opt.Absent > opt.Docs/2 {
		return nil, fmt.Errorf("eval: %d pieces for %d queries and %d absent sources (at most half the pieces)", len(pieces), opt.Queries, opt.Absent)
	}
	// Every step-th piece is a query: alternately one whose source is
	// left out of the index — its neighbours, from the same article, stay
	// in: the hard case of a story about the same people — and one whose
	// source is indexed.
	type query struct {
		piece   Piece
		variant string
	}
	var qs []query
	out := map[int]bool{}
	step := opt.Docs / (opt.Queries + opt.Absent)
	present, absent := 0, 0
	for i := 0; i < opt.Docs && present+absent < opt.Queries+opt.Absent; i += step {
		if absent < opt.Absent && (absent <= present || present >= opt.Queries) {
			out[i] = true
			qs = append(qs, query{pieces[i], "absent"})
			absent++
			continue
		}
		qs = append(qs, query{pieces[i], []string{"mt", "mt+spun", "mt-excerpt"}[present%3]})
		present++
	}
	b, err := source.NewBuilder(opt.Lang)
	if err != nil {
		return nil, err
	}
	for i, p := range pieces[:opt.Docs] {
		if !out[i] {
			if err := b.Add(source.Document{ID: p.ID, Text: p.Text}); err != nil {
				return nil, err
			}
		}
	}
	ix := b.Index()
	s := &SourceSummary{Indexed: ix.Len()}
	for n, q := range qs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fr, _, err := translate(ctx, q.piece.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", q.piece.ID, err)
		}
		switch q.variant {
		case "mt+spun":
			fr, _ = sp.Spin(fr, opt.Seed+uint64(n))
		case "mt-excerpt":
			fr = excerpt(fr, excerptWords)
		}
		ms, err := ix.Search(ctx, fr, opt.TextLang, 10)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", q.piece.ID, err)
		}
		r := SourceQuery{ID: q.piece.ID, Variant: q.variant}
		for k, m := range ms {
			if m.ID == q.piece.ID {
				r.Rank = k + 1
			}
		}
		if len(ms) > 0 {
			r.Best = ms[0]
		}
		s.Queries = append(s.Queries, r)
	}
	return s, nil
}

// Print writes top-1 accuracy, mean reciprocal rank and recall at 5 per
// variant, and how well the confidence tells a right best match from a
// wrong one.
func (s *SourceSummary) Print(w io.Writer) {
	fmt.Fprintf(w, "index: %d sources\n", s.Indexed)
	fmt.Fprintf(w, "%-10s %6s %8s %8s %10s\n", "queries", "n", "top-1", "MRR", "recall@5")
	variants := []string{"mt", "mt+spun", "mt-excerpt"}
	for _, v := range variants {
		var n, top1, top5 int
		var rr float64
		for _, q := range s.Queries {
			if q.Variant != v {
				continue
			}
			n++
			if q.Rank == 1 {
				top1++
			}
			if q.Rank >= 1 && q.Rank <= 5 {
				top5++
			}
			if q.Rank > 0 {
				rr += 1 / float64(q.Rank)
			}
		}
		if n > 0 {
			fmt.Fprintf(w, "%-10s %6d %8.3f %8.3f %10.3f\n", v, n, float64(top1)/float64(n), rr/float64(n), float64(top5)/float64(n))
		}
	}
	var pos, neg []float64
	for _, q := range s.Queries {
		if q.Rank == 1 {
			pos = append(pos, q.Best.Confidence)
		} else {
			neg = append(neg, q.Best.Confidence)
		}
	}
	fmt.Fprintf(w, "confidence of the best match, right (%d) vs wrong or no source indexed (%d): AUC %.3f\n", len(pos), len(neg), AUC(pos, neg))
	fmt.Fprintln(w, "reliability: predicted → observed share of right best matches (queries)")
	for lo := 0.0; lo < 1; lo += 0.2 {
		var sum float64
		var n, right int
		for _, q := range s.Queries {
			c := q.Best.Confidence
			if c >= lo && (c < lo+0.2 || lo >= 0.8 && c <= 1) {
				n++
				sum += c
				if q.Rank == 1 {
					right++
				}
			}
		}
		if n > 0 {
			fmt.Fprintf(w, "  [%.1f, %.1f)  %.3f → %.3f  (%d)\n", lo, lo+0.2, sum/float64(n), float64(right)/float64(n), n)
		}
	}
}

// WriteFeatures writes one "source-top" row per query, in the format of
// --features (label: the best match is the source), for
// internal/calibrate.
func (s *SourceSummary) WriteFeatures(w io.Writer) error {
	for _, q := range s.Queries {
		if q.Best.Features == nil {
			continue
		}
		names := make([]string, 0, len(q.Best.Features))
		for k := range q.Best.Features {
			names = append(names, k)
		}
		sort.Strings(names)
		var b strings.Builder
		fmt.Fprintf(&b, "%s/%s\tsource-top\t%d\t0\t0", q.ID, q.Variant, b2i(q.Rank == 1))
		for _, k := range names {
			fmt.Fprintf(&b, "\t%s=%.4f", k, q.Best.Features[k])
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
