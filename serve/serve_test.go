package serve_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/serve"
)

// Text written for these tests.
const spun = "Le however de la réunion était de parler de la state of affairs."

func server(t *testing.T, cfg serve.Config) *httptest.Server {
	t.Helper()
	s, err := serve.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func post(t *testing.T, ts *httptest.Server, path, ctype, body string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Post(ts.URL+path, ctype, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func TestAnalyzeAndFix(t *testing.T) {
	ts := server(t, serve.Config{})
	res, body := post(t, ts, "/v1/analyze", "application/json", `{"text": "`+spun+`", "lang": "fr"}`)
	if res.StatusCode != 200 {
		t.Fatalf("%d %s", res.StatusCode, body)
	}
	var rep struct {
		Schema   string
		Verdict  struct{ Label string }
		Findings []struct {
			Start, End int
			Text       string
			Suggestion string
		}
		Repaired string
	}
	if err := json.Unmarshal(body, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Schema != "unspin.report/v1" || len(rep.Findings) != 2 || rep.Findings[0].Suggestion != "but" || spun[rep.Findings[0].Start:rep.Findings[0].End] != "however" || rep.Verdict.Label == "" {
		t.Errorf("report %+v", rep)
	}
	res, body = post(t, ts, "/v1/fix", "application/json", `{"text": "`+spun+`"}`)
	if res.StatusCode != 200 || !strings.Contains(string(body), "Le but de la réunion était de parler de la situation.") {
		t.Errorf("fix: %d %s", res.StatusCode, body)
	}
}

// A page sent with "format": "html" is analysed by its visible text;
// spans and the repaired text are of the page.
func TestAnalyzeHTMLPage(t *testing.T) {
	ts := server(t, serve.Config{})
	page := `<p>Le <b>however</b> de la r&eacute;union.</p><script>var however;</script>`
	body, _ := json.Marshal(map[string]string{"text": page, "lang": "fr", "format": "html"})
	res, out := post(t, ts, "/v1/fix", "application/json", string(body))
	var fixed struct{ Repaired string }
	if res.StatusCode != 200 || json.Unmarshal(out, &fixed) != nil || fixed.Repaired != `<p>Le <b>but</b> de la r&eacute;union.</p><script>var however;</script>` {
		t.Errorf("fix of a page: %d %s", res.StatusCode, out)
	}
	res, out = post(t, ts, "/v1/analyze", "application/json", string(body))
	if res.StatusCode != 200 || !strings.Contains(string(out), `"start": 9`) && !strings.Contains(string(out), `"start":9`) {
		t.Errorf("analyze of a page: %d %s", res.StatusCode, out)
	}
	res, _ = post(t, ts, "/v1/analyze", "application/json", `{"text": "x", "format": "pdf"}`)
	if res.StatusCode != 400 {
		t.Errorf("unknown format: %d", res.StatusCode)
	}
}

// "same_language": true adds the tortured-phrase search: the spun term is
// proposed (with min_confidence 0, since one term alone is not sure)
// only when asked for.
func TestSameLanguageRequest(t *testing.T) {
	ts := server(t, serve.Config{})
	text := "Recent work in counterfeit consciousness has changed how software is written."
	for _, same := range []bool{false, true} {
		body, _ := json.Marshal(map[string]any{"text": text, "lang": "en", "min_confidence": 0, "same_language": same})
		res, out := post(t, ts, "/v1/analyze", "application/json", string(body))
		if res.StatusCode != 200 {
			t.Fatalf("%d %s", res.StatusCode, out)
		}
		var rep struct {
			Findings []struct{ Text, Kind, Suggestion string }
		}
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range rep.Findings {
			if f.Kind == "tortured-phrase" && f.Text == "counterfeit consciousness" && f.Suggestion == "artificial intelligence" {
				found = true
			}
		}
		if found != same {
			t.Errorf("same_language %v: term found %v, findings %+v", same, found, rep.Findings)
		}
	}
}

func TestBadRequests(t *testing.T) {
	ts := server(t, serve.Config{MaxBody: 1000})
	for _, tc := range []struct {
		name, path, ctype, body string
		code                    int
	}{
		{"empty body", "/v1/analyze", "application/json", "", 400},
		{"invalid UTF-8", "/v1/analyze", "application/json", "{\"text\": \"caf\xe9\"}", 400},
		{"oversized", "/v1/analyze", "application/json", `{"text": "` + strings.Repeat("a", 2000) + `"}`, 413},
		{"unknown language", "/v1/analyze", "application/json", `{"text": "x", "lang": "tlh"}`, 400},
		{"wrong content type", "/v1/analyze", "text/plain", spun, 415},
		{"text in a language without a pack", "/v1/analyze", "application/json", `{"text": "Der Stadtrat hat gestern Abend lange über den neuen Haushalt gesprochen und ihn dann beschlossen."}`, 422},
		{"LT text in a language without a pack", "/v2/check", "application/x-www-form-urlencoded", "language=auto&text=Der+Stadtrat+hat+gestern+Abend+lange+%C3%BCber+den+neuen+Haushalt+gesprochen.", 422},
		{"bad JSON", "/v1/fix", "application/json", `{"text": `, 400},
		{"unknown field", "/v1/fix", "application/json", `{"txt": "x"}`, 400},
		{"LT missing text", "/v2/check", "application/x-www-form-urlencoded", "language=fr", 400},
		{"LT unknown language", "/v2/check", "application/x-www-form-urlencoded", "text=x&language=tlh", 400},
		{"LT oversized", "/v2/check", "application/x-www-form-urlencoded", "text=" + strings.Repeat("a", 2000), 413},
	} {
		res, body := post(t, ts, tc.path, tc.ctype, tc.body)
		if res.StatusCode != tc.code {
			t.Errorf("%s: %d, want %d (%s)", tc.name, res.StatusCode, tc.code, body)
		}
		if strings.HasPrefix(tc.path, "/v1") && !strings.Contains(string(body), `"error"`) {
			t.Errorf("%s: no JSON error: %s", tc.name, body)
		}
	}
	res, _ := http.Get(ts.URL + "/v1/analyze")
	if res.StatusCode != 405 {
		t.Errorf("GET /v1/analyze: %d", res.StatusCode)
	}
}

// TestLanguageTool follows the shapes of LanguageTool's public API:
// matches with offset and length in UTF-16 code units, replacements,
// rule with id and category, context.
func TestLanguageTool(t *testing.T) {
	ts := server(t, serve.Config{})
	text := "😀 " + spun // an emoji is two UTF-16 code units, four bytes
	res, body := post(t, ts, "/v2/check", "application/x-www-form-urlencoded", url.Values{"text": {text}, "language": {"fr-FR"}}.Encode())
	if res.StatusCode != 200 {
		t.Fatalf("%d %s", res.StatusCode, body)
	}
	var lt struct {
		Software struct{ Name string }
		Language struct{ Code string }
		Matches  []struct {
			Message      string
			Offset       int
			Length       int
			Replacements []struct{ Value string }
			Context      struct {
				Text           string
				Offset, Length int
			}
			Rule struct {
				ID       string
				Category struct{ ID, Name string }
			}
		}
	}
	if err := json.Unmarshal(body, &lt); err != nil {
		t.Fatal(err)
	}
	if lt.Software.Name != "unspin" || lt.Language.Code != "fr-FR" || len(lt.Matches) != 2 {
		t.Fatalf("response %s", body)
	}
	u := utf16.Encode([]rune(text))
	for _, m := range lt.Matches {
		got := string(utf16.Decode(u[m.Offset : m.Offset+m.Length]))
		ctx := utf16.Encode([]rune(m.Context.Text))
		if got != "however" && got != "state of affairs" {
			t.Errorf("UTF-16 span %d+%d gives %q", m.Offset, m.Length, got)
		}
		if string(utf16.Decode(ctx[m.Context.Offset:m.Context.Offset+m.Context.Length])) != got {
			t.Errorf("context span wrong: %+v", m.Context)
		}
		if len(m.Replacements) == 0 || m.Rule.ID == "" || m.Rule.Category.ID != "UNSPIN" || m.Message == "" {
			t.Errorf("match %+v", m)
		}
	}
	res, _ = http.Get(ts.URL + "/v2/languages")
	var langs []struct{ Name, Code, LongCode string }
	json.NewDecoder(res.Body).Decode(&langs)
	if len(langs) != 2 || langs[0].LongCode == "" {
		t.Errorf("languages %+v", langs)
	}
}

func TestHealthMetricsOpenAPIPage(t *testing.T) {
	ts := server(t, serve.Config{})
	post(t, ts, "/v1/analyze", "application/json", `{"text": "`+spun+`"}`)
	for path, want := range map[string]string{
		"/healthz":      `"status":"ok"`,
		"/metrics":      `unspin_requests_total{path="/v1/analyze",code="200"} 1`,
		"/openapi.json": `"/v2/check"`,
		"/":             `<textarea id="text"`,
		"/app.js":       "textContent",
	} {
		res, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d, lacks %q", path, res.StatusCode, want)
		}
	}
	res, _ := http.Get(ts.URL + "/metrics")
	b, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(b), `unspin_findings_total{kind="cross-lingual-spin"} 2`) || !strings.Contains(string(b), "unspin_request_duration_seconds_bucket") {
		t.Errorf("metrics:\n%s", b)
	}
}

// TestHostileInput: markup in the text comes back escaped in JSON and is
// never put in the page as HTML (the page is static; its script writes
// text with textContent only).
func TestHostileInput(t *testing.T) {
	ts := server(t, serve.Config{})
	hostile := `<script>alert(1)</script><img src=x onerror=alert(2)> le however de "la" state of affairs`
	body, _ := json.Marshal(map[string]string{"text": hostile, "lang": "fr"})
	res, b := post(t, ts, "/v1/analyze", "application/json", string(body))
	if res.StatusCode != 200 || bytes.Contains(b, []byte("<script>")) || bytes.Contains(b, []byte("<img")) {
		t.Errorf("markup not escaped in the JSON: %s", b)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("headers %v", res.Header)
	}
	page, _ := http.Get(ts.URL + "/app.js")
	js, _ := io.ReadAll(page.Body)
	if bytes.Contains(js, []byte("innerHTML")) || bytes.Contains(js, []byte("insertAdjacentHTML")) {
		t.Error("the page script writes HTML")
	}
	if csp := page.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
}

// TestConcurrencyLimit: past the limit, requests get 429, and the server
// keeps answering.
func TestConcurrencyLimit(t *testing.T) {
	ts := server(t, serve.Config{MaxConcurrent: 1, Timeout: 30 * time.Second})
	long := strings.Repeat(spun+" ", 3000)
	body, _ := json.Marshal(map[string]string{"text": long, "lang": "fr"})
	var wg sync.WaitGroup
	codes := make(chan int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Post(ts.URL+"/v1/analyze", "application/json", bytes.NewReader(body))
			if err == nil {
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				codes <- res.StatusCode
			}
		}()
	}
	wg.Wait()
	close(codes)
	n := map[int]int{}
	for c := range codes {
		n[c]++
	}
	if n[429] == 0 || n[200] == 0 || n[200]+n[429] != 12 {
		t.Errorf("status codes %v: want some 200 and some 429", n)
	}
	res, _ := post(t, ts, "/v1/fix", "application/json", `{"text": "ok"}`)
	if res.StatusCode != 200 {
		t.Errorf("after the burst: %d", res.StatusCode)
	}
}

func TestTimeout(t *testing.T) {
	ts := server(t, serve.Config{Timeout: time.Millisecond, MaxBody: 10 << 20})
	body, _ := json.Marshal(map[string]string{"text": strings.Repeat(spun+" ", 20000), "lang": "fr"})
	res, b := post(t, ts, "/v1/analyze", "application/json", string(body))
	if res.StatusCode != 503 || !strings.Contains(string(b), "longer than") {
		t.Errorf("%d %s", res.StatusCode, b)
	}
}

// "same_language_words": true searches French text for single words spun
// in French, as unspin check does; without it nothing is searched, and
// the verdict follows the finding.
func TestSameLanguageWordsRequest(t *testing.T) {
	ts := server(t, serve.Config{})
	// Written for this test: "la acte" for "la loi".
	text := "Le Sénat a examiné mardi la acte relative aux retraites, avant le vote solennel prévu la semaine prochaine."
	for _, words := range []bool{false, true} {
		body, _ := json.Marshal(map[string]any{"text": text, "lang": "fr", "same_language_words": words})
		res, out := post(t, ts, "/v1/analyze", "application/json", string(body))
		if res.StatusCode != 200 {
			t.Fatalf("%d %s", res.StatusCode, out)
		}
		var rep struct {
			Findings []struct{ Text, Kind string }
			Verdict  struct{ Label string }
		}
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range rep.Findings {
			found = found || f.Kind == "tortured-phrase" && f.Text == "acte"
		}
		if found != words || (rep.Verdict.Label == "spun") != words {
			t.Errorf("same_language_words %v: found %v, verdict %s, findings %+v", words, found, rep.Verdict.Label, rep.Findings)
		}
	}
}
