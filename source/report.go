package source

import "math"

// Report is the JSON form of a search (schema unspin.source/v1), as
// `unspin source --format json` and the service's /v1/source write it.
type Report struct {
	Schema      string        `json:"schema"`
	Lang        string        `json:"lang"`
	SourcesLang string        `json:"sources_lang"`
	Indexed     int           `json:"indexed"`
	Rejected    int           `json:"rejected"`
	Matches     []ReportMatch `json:"matches"`
}

// ReportMatch is one match of a Report; only the best has a confidence.
type ReportMatch struct {
	ID         string   `json:"id"`
	URL        string   `json:"url,omitempty"`
	Title      string   `json:"title,omitempty"`
	Score      float64  `json:"score"`
	Confidence *float64 `json:"confidence,omitempty"`
	Shared     Shared   `json:"shared"`
}

// Schema is the version of the Report format.
const Schema = "unspin.source/v1"

// NewReport describes matches of a text in lang found in ix; rejected is
// the number of sources that could not be read.
func NewReport(lang string, ix *Index, rejected int, ms []Match) Report {
	r := Report{Schema: Schema, Lang: lang, SourcesLang: ix.Lang(), Indexed: ix.Len(), Rejected: rejected, Matches: []ReportMatch{}}
	for k, m := range ms {
		rm := ReportMatch{ID: m.ID, URL: m.URL, Title: m.Title, Score: math.Round(m.Score*1000) / 1000, Shared: m.Shared}
		for _, l := range []*[]string{&rm.Shared.Names, &rm.Shared.Numbers, &rm.Shared.Words} {
			if *l == nil {
				*l = []string{}
			}
		}
		if k == 0 {
			c := m.Confidence
			rm.Confidence = &c
		}
		r.Matches = append(r.Matches, rm)
	}
	return r
}
