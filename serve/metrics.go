package serve

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/unspin-project/unspin/pack"
)

func languages() []string { return pack.Languages() }

// metrics counts requests, latencies and findings, for /metrics in the
// Prometheus text format.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]int64 // path, status code
	buckets  map[string][]int64  // path -> counts per latency bucket
	sum      map[string]float64
	count    map[string]int64
	findings map[string]int64
	rejected atomic.Int64
}

var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]int64{}, buckets: map[string][]int64{}, sum: map[string]float64{}, count: map[string]int64{}, findings: map[string]int64{}}
}

func (m *metrics) observe(path string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{path, fmt.Sprint(code)}]++
	b := m.buckets[path]
	if b == nil {
		b = make([]int64, len(latencyBuckets))
		m.buckets[path] = b
	}
	sec := d.Seconds()
	for i, le := range latencyBuckets {
		if sec <= le {
			b[i]++
		}
	}
	m.sum[path] += sec
	m.count[path]++
}

func (m *metrics) finding(kind string) {
	m.mu.Lock()
	m.findings[kind]++
	m.mu.Unlock()
}

// statusWriter remembers the status code.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (s *Server) instrument(path string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h(sw, r)
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		s.metrics.observe(path, sw.code, time.Since(start))
	}
}

func (m *metrics) serve(w http.ResponseWriter, r *http.Request) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	b.WriteString("# HELP unspin_requests_total HTTP requests by path and status code.\n# TYPE unspin_requests_total counter\n")
	for _, k := range slices.SortedFunc(maps.Keys(m.requests), func(a, b [2]string) int { return strings.Compare(a[0]+a[1], b[0]+b[1]) }) {
		fmt.Fprintf(&b, "unspin_requests_total{path=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	b.WriteString("# HELP unspin_request_duration_seconds Request latency.\n# TYPE unspin_request_duration_seconds histogram\n")
	for _, p := range slices.Sorted(maps.Keys(m.buckets)) {
		for i, le := range latencyBuckets {
			fmt.Fprintf(&b, "unspin_request_duration_seconds_bucket{path=%q,le=\"%g\"} %d\n", p, le, m.buckets[p][i])
		}
		fmt.Fprintf(&b, "unspin_request_duration_seconds_bucket{path=%q,le=\"+Inf\"} %d\n", p, m.count[p])
		fmt.Fprintf(&b, "unspin_request_duration_seconds_sum{path=%q} %g\nunspin_request_duration_seconds_count{path=%q} %d\n", p, m.sum[p], p, m.count[p])
	}
	b.WriteString("# HELP unspin_findings_total Findings reported, by kind.\n# TYPE unspin_findings_total counter\n")
	for _, k := range slices.Sorted(maps.Keys(m.findings)) {
		fmt.Fprintf(&b, "unspin_findings_total{kind=%q} %d\n", k, m.findings[k])
	}
	fmt.Fprintf(&b, "# HELP unspin_rejected_total Requests refused by the concurrency limit.\n# TYPE unspin_rejected_total counter\nunspin_rejected_total %d\n", m.rejected.Load())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Write([]byte(b.String()))
}
