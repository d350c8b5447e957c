package lexicon

import "testing"

func TestAccents(t *testing.T) {
	src := []Source{
		{Form: "région", Count: 40, Flags: InDictionary},
		{Form: "présenté", Count: 20, Flags: InDictionary},
		{Form: "présente", Count: 30, Flags: InDictionary},
		{Form: "presente", Count: 1}, // a corpus slip, not in the dictionary
		{Form: "élu", Count: 1, Flags: InDictionary},
		{Form: "le", Count: 900, Flags: InDictionary},
	}
	l, err := Decode(Encode(src, Totals{Corpus: 1000, OtherLang: "en"}))
	if err != nil {
		t.Fatal(err)
	}
	a := l.Accents()
	for _, tc := range []struct {
		in, want string
	}{{"region", "région"}, {"presente", "présente"}, {"elu", "élu"}, {"le", ""}, {"région", ""}} {
		id, ok := a.Restore(tc.in)
		got := ""
		if ok {
			got = l.Form(id)
		}
		if got != tc.want {
			t.Errorf("Restore(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// 40+20+30+1 of 992 occurrences carry an accent.
	if s := a.Share(); s < 0.09 || s > 0.1 {
		t.Errorf("share %.3f", s)
	}
	if s, ch := Strip("Œuvre élevée à Noël"); s != "Œuvre elevee a Noel" || !ch {
		t.Errorf("Strip: %q %v", s, ch)
	}
	if !HasAccent("élu") || HasAccent("elu") || HasAccent("œuvre") {
		t.Error("HasAccent")
	}
}

// The letter table Strip and HasAccent read is the map of accented
// letters, for every rune up to U+2FFF.
func TestBaseOfIsStripped(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want, wantOK := stripped[r]
		if !wantOK {
			want = r
		}
		if got, ok := baseOf(r); got != want || ok != wantOK {
			t.Errorf("baseOf(%q) = %q, %v; want %q, %v", r, got, ok, want, wantOK)
		}
	}
}

func TestStrip(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		changed  bool
	}{
		{"", "", false},
		{"maison", "maison", false},
		{"œuvre", "œuvre", false},            // a ligature is no accent
		{"naïveté", "naivete", true},         // non-ASCII first, then more
		{"ÉTÉ", "ETE", true},                 // capitals
		{"Ÿ", "Y", true},                     // outside Latin-1
		{"señor", "senor", true},             // ñ
		{"日本", "日本", false},                  // other scripts kept
		{"café—tôt", "cafe—tot", true},       // a dash kept between
		{"\xff\xfeé", "\ufffd\ufffde", true}, // invalid bytes come out as U+FFFD, as ranging over them reads them
	} {
		got, ch := Strip(tc.in)
		if got != tc.want || ch != tc.changed {
			t.Errorf("Strip(%q) = %q, %v; want %q, %v", tc.in, got, ch, tc.want, tc.changed)
		}
		if HasAccent(tc.in) != tc.changed {
			t.Errorf("HasAccent(%q) = %v", tc.in, !tc.changed)
		}
	}
}

func BenchmarkStrip(b *testing.B) {
	words := []string{"élection", "président", "maison", "àçèù", "déjà", "œuvre", "naïveté", "table"}
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Strip(w)
		}
	}
}
