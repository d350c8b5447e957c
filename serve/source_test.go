package serve_test

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/unspin-project/unspin/serve"
	"github.com/unspin-project/unspin/source"
)

// The sources and the French text are source/testdata's, written for the
// tests.
func TestSourceEndpoint(t *testing.T) {
	none := server(t, serve.Config{})
	if res, _ := post(t, none, "/v1/source", "application/json", `{"text": "bonjour"}`); res.StatusCode != http.StatusNotFound {
		t.Errorf("no sources indexed: status %d, want 404", res.StatusCode)
	}

	b, err := source.NewBuilder("en")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "source", "testdata")
	files, _ := filepath.Glob(filepath.Join(dir, "sources", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Add(source.Document{ID: filepath.Base(f), URL: "https://example.org/" + filepath.Base(f), Text: string(data)})
	}
	ts := server(t, serve.Config{Sources: b.Index()})
	hres, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Sources     int    `json:"sources"`
		SourcesLang string `json:"sources_lang"`
	}
	json.NewDecoder(hres.Body).Decode(&h)
	hres.Body.Close()
	if h.Sources != len(files) || h.SourcesLang != "en" {
		t.Errorf("healthz: %+v, want %d sources in en (the web page shows its source search from it)", h, len(files))
	}
	query, err := os.ReadFile(filepath.Join(dir, "query-fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{"text": string(query), "top": 2})
	res, out := post(t, ts, "/v1/source", "application/json", string(body))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", res.StatusCode, out)
	}
	var r source.Report
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if r.Schema != source.Schema || r.Lang != "fr" || r.Indexed != len(files) || len(r.Matches) != 2 {
		t.Fatalf("report %s", out)
	}
	if m := r.Matches[0]; m.ID != "election.txt" || m.URL != "https://example.org/election.txt" || m.Confidence == nil || *m.Confidence < 0.5 {
		t.Errorf("best match %+v", m)
	}
	for _, tc := range []struct {
		body string
		code int
	}{
		{`{"text": "x", "format": "pdf"}`, http.StatusBadRequest},
		{`{"text": "x", "lang": "xx"}`, http.StatusBadRequest},
		{`{"text": "x", "unknown": 1}`, http.StatusBadRequest},
		{``, http.StatusBadRequest},
	} {
		if res, out := post(t, ts, "/v1/source", "application/json", tc.body); res.StatusCode != tc.code {
			t.Errorf("%s: status %d, want %d (%s)", tc.body, res.StatusCode, tc.code, out)
		}
	}
	if res, _ := post(t, ts, "/v1/source", "text/plain", `{"text": "x"}`); res.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: status %d", res.StatusCode)
	}
}
