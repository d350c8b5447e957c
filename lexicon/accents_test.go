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
