package languageid

import (
	"math"
	"strings"
	"testing"
)

// TestParseProfiles reads small profile files written for this test: the
// rows, a word's first value in a language standing, and the errors.
func TestParseProfiles(t *testing.T) {
	good := "# a comment\nlang fr 3\nmaison 30\nle 50\nle 20\n\nlang en 2\nthe 55\nmaison 2\n"
	p, err := parseProfiles(good)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.langs, " ") != "fr en" || p.index.Len() != 3 {
		t.Fatalf("langs %v, %d words", p.langs, p.index.Len())
	}
	rows := map[string][2]int8{"maison": {30, 2}, "le": {50, math.MinInt8}, "the": {math.MinInt8, 55}}
	for w, want := range rows {
		r, ok := p.index.Get(w)
		if !ok || r[0] != want[0] || r[1] != want[1] {
			t.Errorf("%q: row %v, want %v", w, r[:2], want)
		}
	}
	for _, bad := range []string{
		"lang fr 1\nmaison trente\n",
		"lang fr 1\nmaison 300\n",
		"lang fr 1\nmaison 3 4\n",
		"maison 3\n",
		strings.Repeat("lang xx 1\n", maxLangs+1), // more languages than a row holds
	} {
		if _, err := parseProfiles(bad); err == nil || !strings.HasPrefix(err.Error(), "languageid: ") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
}

// BenchmarkParseProfiles reads the embedded profiles, once per process.
func BenchmarkParseProfiles(b *testing.B) {
	b.SetBytes(int64(len(profilesText)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parseProfiles(profilesText); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNormApostrophe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"eau", "eau"},
		{"l’", "l'"},
		{"’", "'"},
		{"aujourd’hui", "aujourd'hui"},
		{"’’a’", "''a'"},
		{"l'", "l'"},
		{"é‘", "é‘"}, // another quotation mark (E2 80 98) stays
	} {
		if got := normApostrophe(tc.in); got != tc.want {
			t.Errorf("normApostrophe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The table of scores is the division it stands for, to the bit.
func TestTenths(t *testing.T) {
	for v := math.MinInt8; v <= math.MaxInt8; v++ {
		if got, want := tenths[uint8(int8(v))], float64(int8(v))/10; got != want {
			t.Errorf("tenths[%d] = %v, want %v", v, got, want)
		}
	}
}
