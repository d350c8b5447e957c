package scan

import (
	"net/url"
	"sort"
	"strings"
)

// Summary counts what a run did. Records = Kept + Filtered + Rejected.
type Summary struct {
	Files     int   `json:"files"`
	Records   int64 `json:"records"`
	Kept      int64 `json:"kept"`
	Filtered  int64 `json:"filtered"`
	Rejected  int64 `json:"rejected"`
	Skipped   int64 `json:"skipped_not_documents"` // WARC records that are not documents
	InBytes   int64 `json:"input_bytes"`
	TextBytes int64 `json:"text_bytes"`
	// Verdicts counts documents by verdict label ("none" for texts
	// without words).
	Verdicts map[string]int64 `json:"verdicts"`
	// Scores is a histogram of P(not human) in ten bins.
	Scores [10]int64 `json:"score_histogram"`
	// Langs counts documents by language.
	Langs map[string]int64 `json:"languages"`
	// Findings counts findings by kind.
	Findings map[string]int64 `json:"findings"`
	// Domains counts, per host, documents and flagged ones (verdict not
	// human); TopDomains lists the most flagged.
	Domains    map[string]*DomainCount `json:"-"`
	TopDomains []DomainCount           `json:"top_flagged_domains"`
	Reasons    map[string]int64        `json:"reject_reasons"`
	// Sourced counts documents whose source was found among the run's
	// sources with confidence 0.5 or more (--sources).
	Sourced int64   `json:"sourced,omitempty"`
	Seconds float64 `json:"seconds"`
}

// DomainCount is one host's documents.
type DomainCount struct {
	Host    string `json:"host"`
	Docs    int64  `json:"documents"`
	Flagged int64  `json:"flagged"`
}

func newSummary() *Summary {
	return &Summary{Verdicts: map[string]int64{}, Langs: map[string]int64{}, Findings: map[string]int64{}, Domains: map[string]*DomainCount{}, Reasons: map[string]int64{}}
}

// add counts one analysed document.
func (s *Summary) add(r result) {
	s.TextBytes += int64(r.textBytes)
	s.Verdicts[r.label]++
	s.Scores[min(int(r.score*10), 9)]++
	if r.lang != "" {
		s.Langs[r.lang]++
	}
	for k, n := range r.kinds {
		s.Findings[k] += int64(n)
	}
	if r.sourced {
		s.Sourced++
	}
	if h := host(r.url); h != "" {
		d := s.Domains[h]
		if d == nil {
			d = &DomainCount{Host: h}
			s.Domains[h] = d
		}
		d.Docs++
		if r.label != "human" && r.label != "none" {
			d.Flagged++
		}
	}
}

// reason groups reject reasons by their first words.
func reason(err error) string {
	msg := err.Error()
	if i := strings.IndexAny(msg, ":(0123456789\""); i > 0 {
		msg = msg[:i]
	}
	return strings.TrimSpace(msg)
}

func host(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// finish fills TopDomains: the 20 hosts with the most flagged documents.
func (s *Summary) finish() {
	s.TopDomains = s.TopDomains[:0]
	for _, d := range s.Domains {
		if d.Flagged > 0 {
			s.TopDomains = append(s.TopDomains, *d)
		}
	}
	sort.Slice(s.TopDomains, func(i, j int) bool {
		a, b := s.TopDomains[i], s.TopDomains[j]
		return a.Flagged > b.Flagged || a.Flagged == b.Flagged && a.Host < b.Host
	})
	if len(s.TopDomains) > 20 {
		s.TopDomains = s.TopDomains[:20]
	}
}
