package verdict

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// typographyRunes is typography as first written, rune by rune: the
// definition the byte-level version must keep.
func typographyRunes(f map[string]float64, text string) {
	var enQuotes, frQuotes, tight, spaced, points, commas float64
	prev := ' '
	for i, r := range text {
		switch r {
		case '“', '”':
			enQuotes++
		case '«', '»':
			frQuotes++
		case ':', ';', '!', '?':
			if prev != ':' && prev != ';' && prev != '!' && prev != '?' && !strings.HasPrefix(text[i:], "://") {
				if unicode.IsSpace(prev) {
					spaced++
				} else if unicode.IsLetter(prev) || prev == ')' || prev == '"' || prev == '»' {
					tight++
				}
			}
		case '.', ',':
			if unicode.IsDigit(prev) {
				next, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsDigit(next) {
					if r == '.' {
						points++
					} else {
						commas++
					}
				}
			}
		}
		prev = r
	}
	f["english_quotes"] = enQuotes / (enQuotes + frQuotes + 2)
	f["tight_punctuation"] = tight / (tight + spaced + 2)
	f["decimal_points"] = points / (points + commas + 2)
}

func sameTypography(t *testing.T, text string) {
	t.Helper()
	got, want := map[string]float64{}, map[string]float64{}
	typography(got, text)
	typographyRunes(want, text)
	for k, w := range want {
		if got[k] != w {
			t.Fatalf("%s on %q: %v, want %v", k, text, got[k], w)
		}
	}
}

// Text written for this test.
func TestTypography(t *testing.T) {
	for _, tc := range []struct {
		text                    string
		english, tight, decimal float64
	}{
		{"Il a dit : « non » ; puis « oui » !", 0, 0, 0},
		{"He said: “no”; then “yes”! It cost 3.5 or 4.25 dollars, see http://x.y", 4.0 / 6, 1.0 / 3, 2.0 / 4}, // only "said:" is tight
		{"Le prix : 3,5 euros ?! Voilà.", 0, 0, 0},
	} {
		f := map[string]float64{}
		typography(f, tc.text)
		if f["english_quotes"] != tc.english || f["tight_punctuation"] != tc.tight || f["decimal_points"] != tc.decimal {
			t.Errorf("%q: english %v tight %v decimal %v, want %v %v %v", tc.text, f["english_quotes"], f["tight_punctuation"], f["decimal_points"], tc.english, tc.tight, tc.decimal)
		}
		sameTypography(t, tc.text)
	}
}

func FuzzTypography(f *testing.F) {
	for _, s := range []string{"", "a: b", "«x» “y”", "3.5,2", "\xe2\x80:\xc2", "é\xa9:", "http://a; b!", ":?!"} {
		f.Add(s)
	}
	f.Fuzz(sameTypography)
}

// BenchmarkTypography compares the byte-level scan with the rune-by-rune
// definition on French prose written for it.
func BenchmarkTypography(b *testing.B) {
	text := strings.Repeat("Le ministre a déclaré jeudi : « le prix sera de 3,5 euros ; c'est décidé ! » Qu'en pensent les élus ? ", 2000)
	for _, impl := range []struct {
		name string
		fn   func(map[string]float64, string)
	}{{"bytes", typography}, {"runes", typographyRunes}} {
		b.Run(impl.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			f := map[string]float64{}
			for i := 0; i < b.N; i++ {
				impl.fn(f, text)
			}
		})
	}
}
