package tokenization

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin/types"
)

func texts(toks []types.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opt  Options
		want []string
	}{
		{"elision", "l’univers du doable", Options{Elisions: true}, []string{"l’", "univers", "du", "doable"}},
		{"no elision in English", "don't stop", Options{}, []string{"don't", "stop"}},
		{"qu elision", "Qu'il vienne", Options{Elisions: true}, []string{"Qu'", "il", "vienne"}},
		{"apostrophe not elision", "aujourd'hui", Options{Elisions: true}, []string{"aujourd'hui"}},
		{"hyphen word", "week-end, start-up.", Options{}, []string{"week-end", ",", "start-up", "."}},
		{"numbers", "le 2 décembre 2021, 3,5 % et 28e", Options{}, []string{"le", "2", "décembre", "2021", ",", "3,5", "%", "et", "28e"}},
		{"url", "voir https://example.org/a?b=1. Fin", Options{}, []string{"voir", "https://example.org/a?b=1", ".", "Fin"}},
		{"non-ASCII digits", "le ٣٤ et ２０", Options{}, []string{"le", "٣٤", "et", "２０"}},
		{"dotted identifier", "le groupe rec.arts.movies et man-db.service. Fin", Options{Identifiers: true}, []string{"le", "groupe", "rec.arts.movies", "et", "man-db.service", ".", "Fin"}},
		{"identifiers off", "rec.arts.movies", Options{}, []string{"rec", ".", "arts", ".", "movies"}},
		{"missing space is not an identifier", "Il dort.Puis", Options{Identifiers: true}, []string{"Il", "dort", ".", "Puis"}},
		{"quotes", "“Coûts élevés”", Options{}, []string{"“", "Coûts", "élevés", "”"}},
		{"trailing apostrophe", "les enfants' jeux", Options{}, []string{"les", "enfants", "'", "jeux"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Tokenize(tc.in, tc.opt)
			if d := cmp.Diff(tc.want, texts(got)); d != "" {
				t.Errorf("tokens (-want +got):\n%s", d)
			}
			for _, tok := range got {
				if tc.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("span [%d,%d) gives %q, token says %q", tok.Start, tok.End, tc.in[tok.Start:tok.End], tok.Text)
				}
			}
		})
	}
}

func TestSentStart(t *testing.T) {
	toks := Tokenize("Il pleut. Paris dort!\nTitre", Options{})
	var starts []string
	for _, tok := range toks {
		if tok.SentStart {
			starts = append(starts, tok.Text)
		}
	}
	if d := cmp.Diff([]string{"Il", "Paris", "Titre"}, starts); d != "" {
		t.Errorf("sentence starts (-want +got):\n%s", d)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"L’Univers": "l'univers", "ÉTAT": "état", "abc": "abc", "Week‑End": "week-end"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// changesSlow is the definition changes implements with byte-level
// shortcuts: some rune that Normalize rewrites.
func changesSlow(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '‑' || (r != '\'' && isApostrophe(r)) || unicode.ToLower(r) != r {
			return true
		}
	}
	return false
}

func TestChangesShortcuts(t *testing.T) {
	// Every rune up to U+024F, alone and inside a word, plus invalid bytes.
	for r := rune(0); r < 0x250; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			if got, want := changes(s), changesSlow(s); got != want {
				t.Errorf("changes(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"\xc3", "a\xc3", "\xc3\xc3\xa9", "l’été", "week‑end", "ÿŸ"} {
		if got, want := changes(s), changesSlow(s); got != want {
			t.Errorf("changes(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "l’univers du doable", "\xff\xfe abc", "www.", "12,", "a'-", "Qu'", "https://x.y z", "٣٤ ans", "x ２０ y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {Elisions: true}, {Elisions: true, Identifiers: true}} {
			prev := 0
			for _, tok := range Tokenize(s, opt) {
				if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
					t.Fatalf("bad span [%d,%d) after %d in %q", tok.Start, tok.End, prev, s)
				}
				if s[tok.Start:tok.End] != tok.Text {
					t.Fatalf("span text mismatch")
				}
				prev = tok.End
				if n := Normalize(tok.Text); tok.Norm != n {
					t.Fatalf("token %q has Norm %q, Normalize gives %q", tok.Text, tok.Norm, n)
				}
				if changes(tok.Text) != changesSlow(tok.Text) {
					t.Fatalf("changes(%q) disagrees with its definition", tok.Text)
				}
				if n := Normalize(tok.Norm); n != tok.Norm {
					t.Fatalf("Normalize not idempotent: %q -> %q", tok.Norm, n)
				}
				if utf8.ValidString(tok.Text) && !utf8.ValidString(tok.Norm) {
					t.Fatalf("valid text gave invalid norm")
				}
			}
		}
	})
}

func TestFrenchElision(t *testing.T) {
	for head, want := range map[string]bool{
		"l": true, "L": true, "QU": true, "Jusqu": true, "presqu": true, "quelqu": true,
		"": false, "x": false, "que": false, "aujourd": false, "lorsque": false, "quelqu'un": false, "é": false,
	} {
		if got := frenchElision(head); got != want {
			t.Errorf("frenchElision(%q) = %v, want %v", head, got, want)
		}
	}
}

// TestNormsShareBlocks checks the forms written in shared blocks: a long
// text with thousands of words to lower-case, several blocks' worth,
// keeps every form right, and costs a few allocations, not one a word.
func TestNormsShareBlocks(t *testing.T) {
	text := strings.Repeat("État de L’Univers : ÉCOLE, Paris et ȺB ont Dit qu’Ils VIENDRONT. ", 2000)
	toks := Tokenize(text, Options{Elisions: true})
	lowered := 0
	for _, tok := range toks {
		if want := Normalize(tok.Text); tok.Norm != want {
			t.Fatalf("%q: Norm %q, want %q", tok.Text, tok.Norm, want)
		}
		if tok.Norm != tok.Text {
			lowered++
		}
	}
	if lowered < 10000 {
		t.Fatalf("only %d forms lower-cased: the test misses its point", lowered)
	}
	dst := make([]types.Token, 0, len(toks))
	allocs := testing.AllocsPerRun(5, func() { dst = AppendTokens(dst[:0], text, Options{Elisions: true}) })
	if allocs > 64 {
		t.Errorf("%.0f allocations for %d lower-cased forms", allocs, lowered)
	}
}
