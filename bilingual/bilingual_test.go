package bilingual_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin/bilingual"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
)

func TestRoundTrip(t *testing.T) {
	b := bilingual.NewBuilder("fr", "en")
	for _, l := range [][2]string{{"voiture", "car"}, {"voiture", "car"}, {"voiture", "automobile"}, {"voiture", "carriage"}, {"chat", "cat"}} {
		b.Add(l[0], l[1])
	}
	data := b.Encode(2)
	tab, err := bilingual.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if tab.From != "fr" || tab.To != "en" || tab.Len() != 2 {
		t.Fatalf("decoded %s -> %s with %d words", tab.From, tab.To, tab.Len())
	}
	for _, tc := range []struct {
		word string
		want []bilingual.Link
	}{
		// Two shared senses first; then, of the ties, the first in order.
		{"voiture", []bilingual.Link{{"car", 2}, {"automobile", 1}}},
		{"chat", []bilingual.Link{{"cat", 1}}},
		{"chien", nil},
	} {
		if diff := cmp.Diff(tc.want, tab.Translate(nil, tc.word)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.word, diff)
		}
	}
	// The bytes depend on the links, not on the order they came in.
	b2 := bilingual.NewBuilder("fr", "en")
	for _, l := range [][2]string{{"chat", "cat"}, {"voiture", "carriage"}, {"voiture", "car"}, {"voiture", "automobile"}, {"voiture", "car"}} {
		b2.Add(l[0], l[1])
	}
	if string(b2.Encode(2)) != string(data) {
		t.Error("encoding depends on insertion order")
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	b := bilingual.NewBuilder("fr", "en")
	b.Add("maison", "house")
	data := b.Encode(4)
	for n := 0; n < len(data); n += 7 {
		if _, err := bilingual.Decode(data[:n]); err == nil {
			t.Errorf("a table cut to %d of %d bytes decoded", n, len(data))
		}
	}
}

// The committed tables translate common words of news text.
func TestCommittedTables(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		words    map[string]string
	}{
		{"fr", "en", map[string]string{"guerre": "war", "gouvernement": "government", "réunion": "meeting", "ministre": "minister", "parler": "talk"}},
		{"en", "fr", map[string]string{"war": "guerre", "government": "gouvernement", "meeting": "réunion", "minister": "ministre", "harbour": "port"}},
	} {
		tab, err := pack.Links(tc.from, tc.to)
		if err != nil {
			t.Fatal(err)
		}
		for w, want := range tc.words {
			found := false
			for _, l := range tab.Translate(nil, w) {
				found = found || l.Term == want
			}
			if !found {
				t.Errorf("%s-%s %s: %v, want %s among them", tc.from, tc.to, w, tab.Translate(nil, w), want)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	b := bilingual.NewBuilder("fr", "en")
	b.Add("maison", "house")
	b.Add("maison", "home")
	f.Add(b.Encode(4))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := bilingual.Decode(data)
		if err != nil {
			return
		}
		for _, w := range []string{"maison", "", "x"} {
			for _, l := range tab.Translate(nil, w) {
				if l.Shared < 0 || l.Shared > 255 {
					t.Fatalf("shared %d", l.Shared)
				}
			}
		}
	})
}
