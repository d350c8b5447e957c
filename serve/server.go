package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/report"
	"github.com/unspin-project/unspin/source"
)

//go:embed static
var static embed.FS

// Config sets the service's limits.
type Config struct {
	MaxBody       int64         // bytes (default 1 MiB)
	Timeout       time.Duration // per request (default 10 s)
	MaxConcurrent int           // analyses at once; more get 429 (default 8)
	Version       string        // reported by /healthz and /v2/check
	// Sources, if set, are the candidate sources /v1/source searches;
	// SourcesRejected is how many could not be read.
	Sources         *source.Index
	SourcesRejected int
}

// Server serves one set of analyzers.
type Server struct {
	cfg     Config
	base    []unspin.Option
	slots   chan struct{}
	metrics *metrics
	cache   map[analyzerKey]*unspin.Analyzer
}

// analyzerKey names a prepared analyzer: its language ("" = detect) and
// its same-language search.
type analyzerKey struct {
	lang   string
	search search
}

// search is how much same-language spinning an analyzer looks for.
type search uint8

const (
	searchNone  search = iota
	searchWords        // single words in French, as unspin check does
	searchAll          // single words and tortured phrases in every language
)

// searchOf reads a request's two flags; the full search includes the
// words.
func searchOf(same, words bool) search {
	switch {
	case same:
		return searchAll
	case words:
		return searchWords
	}
	return searchNone
}

// New returns a server; opts configure every analyzer it makes (one per
// requested language).
func New(cfg Config, opts ...unspin.Option) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 8
	}
	s := &Server{cfg: cfg, base: opts, slots: make(chan struct{}, cfg.MaxConcurrent), metrics: newMetrics(), cache: map[analyzerKey]*unspin.Analyzer{}}
	for _, lang := range append([]string{""}, languages()...) {
		for _, sr := range []search{searchNone, searchWords, searchAll} {
			a, err := unspin.New(s.options(lang, sr)...)
			if err != nil {
				return nil, err
			}
			s.cache[analyzerKey{lang, sr}] = a
		}
	}
	return s, nil
}

// options are the server's options for an analyzer of lang ("" detects)
// with the same-language search sr.
func (s *Server) options(lang string, sr search) []unspin.Option {
	o := append([]unspin.Option(nil), s.base...)
	if lang != "" {
		o = append(o, unspin.WithLanguage(lang))
	}
	switch sr {
	case searchAll:
		o = append(o, unspin.WithSameLanguageSpin(true))
	case searchWords:
		o = append(o, unspin.WithSameLanguageWordsIn("fr"))
	}
	return o
}

// Handler returns the service's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/analyze", s.instrument("/v1/analyze", s.analyze))
	mux.HandleFunc("POST /v1/fix", s.instrument("/v1/fix", s.fix))
	mux.HandleFunc("POST /v1/source", s.instrument("/v1/source", s.source))
	mux.HandleFunc("GET /healthz", s.instrument("/healthz", s.health))
	mux.HandleFunc("GET /metrics", s.metrics.serve)
	mux.HandleFunc("GET /openapi.json", s.instrument("/openapi.json", serveStatic("static/openapi.json", "application/json")))
	mux.HandleFunc("POST /v2/check", s.instrument("/v2/check", s.ltCheck))
	mux.HandleFunc("GET /v2/languages", s.instrument("/v2/languages", s.ltLanguages))
	mux.HandleFunc("GET /{$}", s.instrument("/", serveStatic("static/index.html", "text/html; charset=utf-8")))
	mux.HandleFunc("GET /app.js", serveStatic("static/app.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /app.css", serveStatic("static/app.css", "text/css; charset=utf-8"))
	return securityHeaders(mux)
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

func serveStatic(name, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := static.ReadFile(name)
		if err != nil {
			http.Error(w, "serve: missing asset", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	}
}

// apiError is the JSON error body.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func fail(w http.ResponseWriter, code int, format string, args ...any) {
	writeJSON(w, code, apiError{Error: fmt.Sprintf(format, args...)})
}

// request is the JSON body of /v1/analyze and /v1/fix.
type request struct {
	Text          string   `json:"text"`
	Lang          string   `json:"lang"`
	MinConfidence *float64 `json:"min_confidence"`
	Format        string   `json:"format"` // "text" (default) or "html": a page whose visible text is analysed
	// SameLanguage adds the tortured-phrase search (unspin.WithSameLanguageSpin).
	SameLanguage bool `json:"same_language"`
	// SameLanguageWords searches French text for single words spun in
	// French, as unspin check does (unspin.WithSameLanguageWordsIn).
	SameLanguageWords bool `json:"same_language_words"`
}

// readRequest decodes a JSON body within the size limit.
func (s *Server) readRequest(w http.ResponseWriter, r *http.Request) (request, bool) {
	var req request
	if !s.readJSON(w, r, &req) {
		return req, false
	}
	if req.Format != "" && req.Format != "text" && req.Format != "html" {
		fail(w, http.StatusBadRequest, "serve: format must be text or html, not %q", req.Format)
		return req, false
	}
	return req, true
}

// readJSON decodes a JSON body within the size limit into v, refusing
// unknown fields; on failure the response is written.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		fail(w, http.StatusUnsupportedMediaType, "serve: send application/json, not %q", r.Header.Get("Content-Type"))
		return false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(w, http.StatusRequestEntityTooLarge, "serve: body larger than %d bytes", s.cfg.MaxBody)
		} else {
			fail(w, http.StatusBadRequest, "serve: %v", err)
		}
		return false
	}
	if len(body) == 0 {
		fail(w, http.StatusBadRequest, "serve: empty body; send {\"text\": \"…\"}")
		return false
	}
	if !utf8.Valid(body) {
		fail(w, http.StatusBadRequest, "serve: body is not valid UTF-8")
		return false
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		fail(w, http.StatusBadRequest, "serve: bad JSON: %v", err)
		return false
	}
	return true
}

// analyzer returns the analyzer for a language ("" detects), with the
// same-language search sr.
func (s *Server) analyzer(w http.ResponseWriter, lang string, minConf *float64, sr search) (*unspin.Analyzer, bool) {
	if minConf != nil {
		o := append(s.options(lang, sr), unspin.WithMinConfidence(*minConf), unspin.WithRepairConfidence(*minConf))
		a, err := unspin.New(o...)
		if err != nil {
			fail(w, http.StatusBadRequest, "serve: %v", err)
			return nil, false
		}
		return a, true
	}
	a, ok := s.cache[analyzerKey{lang, sr}]
	if !ok {
		fail(w, http.StatusBadRequest, "serve: unknown language %q (known: %s)", lang, strings.Join(languages(), ", "))
		return nil, false
	}
	return a, true
}

// run analyses text within the concurrency limit and the timeout.
func (s *Server) run(ctx context.Context, w http.ResponseWriter, a *unspin.Analyzer, text string, html bool) (*unspin.Report, bool) {
	select {
	case s.slots <- struct{}{}:
	default:
		s.metrics.rejected.Add(1)
		w.Header().Set("Retry-After", "1")
		fail(w, http.StatusTooManyRequests, "serve: too many requests at once (limit %d)", s.cfg.MaxConcurrent)
		return nil, false
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	type out struct {
		r   *unspin.Report
		err error
	}
	done := make(chan out, 1)
	go func() {
		defer func() { <-s.slots }()
		analyse := a.Analyze
		if html {
			analyse = a.AnalyzeHTML
		}
		r, err := analyse(text)
		done <- out{r, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			code := http.StatusInternalServerError
			var other *unspin.LanguageError
			if k := unspin.KindOf(o.err); errors.As(o.err, &other) {
				code = http.StatusUnprocessableEntity // well formed, in a language without a pack
			} else if k == unspin.KindInput || k == unspin.KindLanguage {
				code = http.StatusBadRequest
			}
			fail(w, code, "%v", o.err)
			return nil, false
		}
		for _, f := range o.r.Findings {
			s.metrics.finding(string(f.Kind))
		}
		return o.r, true
	case <-ctx.Done():
		fail(w, http.StatusServiceUnavailable, "serve: analysis took longer than %v", s.cfg.Timeout)
		return nil, false
	}
}

// analyseRequest reads a request, picks its analyzer and runs it: the
// common part of /v1/analyze and /v1/fix. On failure the response is
// already written.
func (s *Server) analyseRequest(w http.ResponseWriter, r *http.Request) (request, *unspin.Report, bool) {
	req, ok := s.readRequest(w, r)
	if !ok {
		return req, nil, false
	}
	a, ok := s.analyzer(w, req.Lang, req.MinConfidence, searchOf(req.SameLanguage, req.SameLanguageWords))
	if !ok {
		return req, nil, false
	}
	rep, ok := s.run(r.Context(), w, a, req.Text, req.Format == "html")
	return req, rep, ok
}

func (s *Server) analyze(w http.ResponseWriter, r *http.Request) {
	if req, rep, ok := s.analyseRequest(w, r); ok {
		writeJSON(w, http.StatusOK, report.Build(rep.Input(req.Text)))
	}
}

func (s *Server) fix(w http.ResponseWriter, r *http.Request) {
	if req, rep, ok := s.analyseRequest(w, r); ok {
		writeJSON(w, http.StatusOK, map[string]any{"repaired": rep.Repaired, "changed": rep.Repaired != req.Text})
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	h := map[string]any{"status": "ok", "version": s.cfg.Version, "languages": languages()}
	if ix := s.cfg.Sources; ix != nil {
		h["sources"], h["sources_lang"] = ix.Len(), ix.Lang()
	}
	writeJSON(w, http.StatusOK, h)
}
