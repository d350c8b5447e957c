package serve

import (
	"context"
	"net/http"

	"github.com/unspin-project/unspin/htmltext"
	"github.com/unspin-project/unspin/source"
)

// sourceRequest is the JSON body of /v1/source.
type sourceRequest struct {
	Text   string `json:"text"`
	Lang   string `json:"lang"`   // "" detects
	Format string `json:"format"` // "text" (default) or "html"
	Top    int    `json:"top"`    // matches listed (default 5, at most 50)
}

// source answers which indexed source the text was copied from, in the
// schema of `unspin source --format json`.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	ix := s.cfg.Sources
	if ix == nil {
		fail(w, http.StatusNotFound, "serve: no sources are indexed (start unspin serve with --sources)")
		return
	}
	var req sourceRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	if req.Format != "" && req.Format != "text" && req.Format != "html" {
		fail(w, http.StatusBadRequest, "serve: format must be text or html, not %q", req.Format)
		return
	}
	if req.Top <= 0 {
		req.Top = 5
	}
	req.Top = min(req.Top, 50)
	text := req.Text
	if req.Format == "html" {
		text = htmltext.Extract(text).Text
	}
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	default:
		s.metrics.rejected.Add(1)
		w.Header().Set("Retry-After", "1")
		fail(w, http.StatusTooManyRequests, "serve: too many requests at once (limit %d)", s.cfg.MaxConcurrent)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	lang := req.Lang
	if lang == "" {
		lang = ix.Detect(text)
	}
	ms, err := ix.Search(ctx, text, lang, req.Top)
	if err != nil {
		code := http.StatusBadRequest
		if ctx.Err() != nil {
			code = http.StatusServiceUnavailable
		}
		fail(w, code, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, source.NewReport(lang, ix, s.cfg.SourcesRejected, ms))
}
