package corpus

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestValidJSON compares validJSON with json.Valid on lines written for
// this test: records, every kind of value, and broken ones.
func TestValidJSON(t *testing.T) {
	lines := []string{
		`{"id":"a1","text":"Le conseil a voté.\nSuite\u00e9 \"citée\" \\ \/ \b\f\r\t"}`,
		`{"id": 3, "score": -0.5e+3, "ok": true, "no": false, "x": null, "l": [1, 2.0, [], {}, [{}]]}`,
		` [ ] `, `{}`, `"s"`, `0`, `-0`, `1e5`, `1E-5`, `true`, `null`, ` false `,
		``, ` `, `{`, `}`, `[`, `]`, `{"a"}`, `{"a":}`, `{"a":1,}`, `[1,]`, `[,1]`, `{,}`,
		`{"a":1 "b":2}`, `[1 2]`, `01`, `-`, `1.`, `.5`, `1e`, `1e+`, `+1`, `0x10`,
		`"\x"`, `"\u12"`, `"\u12G4"`, "\"a\x01b\"", "\"tab\tinside\"", `"unterminated`,
		`tru`, `nul`, `falsey`, `{"a":1}x`, `{"a":1}{}`, `[1]]`, `{"a":[1}`,
		`{1:2}`, `{"a" 1}`, "{\"é\":\"\xff\xfe\"}", `{"a":"b"`, `  {"a":1}  `,
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000),
		strings.Repeat(`{"a":`, 10001) + "1" + strings.Repeat("}", 10001),
	}
	for _, l := range lines {
		checkAgainstStd(t, []byte(l))
	}
}

// checkAgainstStd fails unless validJSON's answer agrees with json.Valid
// and utf8.Valid: jsonOK when both hold, utf8Bad only for bytes that are
// not UTF-8, jsonBad only for bytes that are no JSON.
func checkAgainstStd(t *testing.T, b []byte) {
	t.Helper()
	got, js, u := validJSON(b), json.Valid(b), utf8.Valid(b)
	if (got == jsonOK) != (js && u) || got == utf8Bad && u || got == jsonBad && js {
		t.Fatalf("validJSON(%.60q) = %v; json.Valid %v, utf8.Valid %v", b, got, js, u)
	}
}

// Strings holding bytes that are not UTF-8, in lines written for this
// test: utf8Bad where the JSON before them is sound.
func TestValidJSONUTF8(t *testing.T) {
	for _, tc := range []struct {
		line string
		want jsonCheck
	}{
		{`{"text":"été à Noël"}`, jsonOK},
		{"{\"text\":\"\xff\"}", utf8Bad},
		{"{\"te\xc3xt\":\"a\"}", utf8Bad},        // in a key
		{"{\"text\":\"\xed\xa0\x80\"}", utf8Bad}, // a surrogate
		{"{\"text\":\"abcdefgh\xc3\"}", utf8Bad}, // cut before the quote
		{"{\"text\":\"\xef\xbf\xbd\"}", jsonOK},  // U+FFFD itself
		{"{\"a\":1 \"b\":\"\xff\"}", jsonBad},    // the JSON error first
		{"{\"a\":\"\xff\" \"b\":2}", utf8Bad},    // the bad bytes first
		{"{\"a\":\xc3\xa9}", jsonBad},            // outside a string
	} {
		if got := validJSON([]byte(tc.line)); got != tc.want {
			t.Errorf("validJSON(%q) = %v, want %v", tc.line, got, tc.want)
		}
		checkAgainstStd(t, []byte(tc.line))
	}
}

// FuzzValidJSON: validJSON agrees with json.Valid and utf8.Valid on any
// bytes.
func FuzzValidJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a1","text":"Un texte \u00e9crit.","n":[1,-2.5e3,true,null]}`))
	f.Add([]byte(`[{"a":[]},{}]`))
	f.Add([]byte(`{"a":"\ud800"}`))
	f.Add([]byte("{\"a\":\"\xe2\x80\"}"))
	f.Fuzz(func(t *testing.T, b []byte) { checkAgainstStd(t, b) })
}

func BenchmarkValidJSON(b *testing.B) {
	line := []byte(`{"id":"doc-1","url":"https://example.org/a","text":"` +
		strings.Repeat(`Le conseil municipal a voté le budget, \"sans surprise\", après un long débat.\n`, 60) + `"}`)
	b.Run("validJSON", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for i := 0; i < b.N; i++ {
			if validJSON(line) != jsonOK {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("json.Valid", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for i := 0; i < b.N; i++ {
			if !json.Valid(line) {
				b.Fatal("invalid")
			}
		}
	})
}
