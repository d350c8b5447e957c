package corpus

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// decodeAll is the straightforward reading of a record, the oracle for
// ParseLine's one-pass scanner: the whole object decoded, then its fields.
func decodeAll(line []byte, opt Options) (text, id, url string, ok bool) {
	var obj map[string]json.RawMessage
	if !utf8.Valid(line) || json.Unmarshal(line, &obj) != nil || obj == nil {
		return "", "", "", false
	}
	raw, found := obj[opt.TextField]
	if !found || json.Unmarshal(raw, &text) != nil || string(raw) == "null" {
		return "", "", "", false
	}
	return text, scalar(obj[opt.IDField]), scalar(obj[opt.URLField]), true
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		`{"id": 1, "text": "le lengthy de"}`,
		`{"text": "a\"b\\u00e9\n", "id": "x", "url": "https://a.example/"}`,
		`{"meta": {"text": "inner"}, "text": "outer", "text": "last"}`,
		`{"t\u0065xt": "escaped key"}`,
		`{"text": null}`, `[1, 2]`, `"text"`, `{"text": ["a"]}`, ` { "text" : "x" , "id" : 12.5e3 } `,
		`{"a": [{"b": "}]"}], "text": "after nesting"}`,
	} {
		f.Add([]byte(s))
	}
	opt := Options{}.withDefaults()
	f.Fuzz(func(t *testing.T, line []byte) {
		rec := ParseLine(line, opt)
		text, id, url, ok := decodeAll(line, opt)
		if (rec.Err == nil) != ok {
			t.Fatalf("%q: ParseLine error %v, full decoding ok %v", line, rec.Err, ok)
		}
		if ok && (rec.Text != text || rec.ID != id || rec.URL != url) {
			t.Fatalf("%q: got %q %q %q, full decoding %q %q %q", line, rec.Text, rec.ID, rec.URL, text, id, url)
		}
	})
}

func TestUnescape(t *testing.T) {
	for _, s := range []string{`"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u2019"`, `"\ud83d\ude00"`, `"\ud83d x"`, `"\ude00\ud83d"`, `"\ud83d\u0041"`, `"plain"`} {
		var want string
		if err := json.Unmarshal([]byte(s), &want); err != nil {
			t.Fatal(err)
		}
		if got, ok := jsonString([]byte(s)); !ok || got != want {
			t.Errorf("%s: got %q, want %q", s, got, want)
		}
	}
}

// BenchmarkParseLine reads a 5 KB record whose text holds the escapes of
// real JSON Lines (line breaks, quotation marks, a \u escape).
func BenchmarkParseLine(b *testing.B) {
	line := []byte(`{"id":"doc-1","url":"https://example.org/a","text":"` +
		strings.Repeat(`Le conseil municipal a voté le budget, \"sans surprise\", l\u2019après-midi.\n`, 60) + `"}`)
	opt := Options{}.withDefaults()
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if rec := ParseLine(line, opt); rec.Err != nil {
			b.Fatal(rec.Err)
		}
	}
}
