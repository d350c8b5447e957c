package corpus

import (
	"encoding/json"
	"strings"
	"testing"
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
		if got, want := validJSON([]byte(l)), json.Valid([]byte(l)); got != want {
			t.Errorf("validJSON(%.60q) = %v, json.Valid says %v", l, got, want)
		}
	}
}

// FuzzValidJSON: validJSON agrees with json.Valid on any bytes.
func FuzzValidJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a1","text":"Un texte \u00e9crit.","n":[1,-2.5e3,true,null]}`))
	f.Add([]byte(`[{"a":[]},{}]`))
	f.Add([]byte(`{"a":"\ud800"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := validJSON(b), json.Valid(b); got != want {
			t.Fatalf("validJSON(%q) = %v, json.Valid says %v", b, got, want)
		}
	})
}

func BenchmarkValidJSON(b *testing.B) {
	line := []byte(`{"id":"doc-1","url":"https://example.org/a","text":"` +
		strings.Repeat(`Le conseil municipal a voté le budget, \"sans surprise\", après un long débat.\n`, 60) + `"}`)
	b.Run("validJSON", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for i := 0; i < b.N; i++ {
			if !validJSON(line) {
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
