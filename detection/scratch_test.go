package detection

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/internal/wordkey"
	"github.com/unspin-project/unspin/tokenization"
)

// TestWordTableGrows: a scratch's word table starts small, grows with
// the words of a text and stays at most half full, and every token reads
// its own word's facts.
func TestWordTableGrows(t *testing.T) {
	d := detector(t, "fr", "en")
	short := "Le conseil municipal a voté le budget de la ville."
	var long strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&long, "Les élus de la région %s ont présenté un plan pour les %s. ", letters(i), letters(i+5000))
	}
	cases := []struct {
		name, text string
		minBits    int
	}{
		{"short text", short, minWordBits},
		{"long text", long.String(), 13},
	}
	for _, c := range cases {
		toks := tokenization.Tokenize(c.text, tokenization.ForLang("fr"))
		dc := d.newDoc(c.text, toks)
		dc.prepare()
		w := &dc.s.words
		if w.bits < c.minBits || len(w.slots) != 1<<w.bits || 2*w.n > len(w.slots) {
			t.Errorf("%s (%d tokens): %d words in %d slots (2^%d), want at least 2^%d, at most half full",
				c.name, len(toks), w.n, len(w.slots), w.bits, c.minBits)
		}
		for i, tok := range toks {
			if li := dc.lexAt(i); li != nil && li.word != tok.Norm {
				t.Fatalf("%s: token %d %q read as %q", c.name, i, tok.Norm, li.word)
			}
		}
		dc.release()
	}
}

// letters spells i in letters: a made-up word of its own for each i.
func letters(i int) string {
	b := []byte("zo")
	for ; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

// TestWordTable adds words, long ones sharing their first and last eight
// bytes among them, and finds each with its own facts after the table
// has grown.
func TestWordTable(t *testing.T) {
	for _, c := range []struct{ tokens, bits int }{{0, minWordBits}, {1000, minWordBits}, {200000, 15}, {1 << 30, maxWordBits}} {
		if got := newWordTable(c.tokens).bits; got != c.bits {
			t.Errorf("newWordTable(%d): 2^%d slots, want 2^%d", c.tokens, got, c.bits)
		}
	}
	tab := newWordTable(0)
	var words []string
	for i := 0; i < 5000; i++ {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("anticonst%05ditutionnel", i))
	}
	for _, w := range words {
		a, b := wordkey.Key(w)
		e := tab.find(w, a, b)
		if e.li != nil {
			t.Fatalf("%q found before it was added", w)
		}
		e = tab.add(e, w, a, b, &lexInfo{word: w})
		if e.li.word != w {
			t.Fatalf("add(%q) returned the entry of %q", w, e.li.word)
		}
	}
	if tab.n != len(words) || 2*tab.n > len(tab.slots) {
		t.Fatalf("%d words in %d slots, want %d, at most half full", tab.n, len(tab.slots), len(words))
	}
	for _, w := range words {
		a, b := wordkey.Key(w)
		if e := tab.find(w, a, b); e.li == nil || e.li.word != w {
			t.Fatalf("find(%q) missed", w)
		}
	}
	a, b := wordkey.Key("anticonst99999itutionnel")
	if e := tab.find("anticonst99999itutionnel", a, b); e.li != nil {
		t.Fatalf("an absent long word was found as %q", e.li.word)
	}
	tab.reset()
	a, b = wordkey.Key(words[0])
	if tab.n != 0 || tab.find(words[0], a, b).li != nil {
		t.Fatal("reset kept words")
	}
}

// FuzzWordTable adds words separated by spaces and finds each with its
// own facts, and a probe word only when it was added.
func FuzzWordTable(f *testing.F) {
	f.Add("le la les de des du", "de")
	f.Add("anticonstitutionnellement anticonstitutionnellemant", "anticonstitutionnellemenx")
	f.Fuzz(func(t *testing.T, words, probe string) {
		tab := newWordTable(0)
		added := map[string]bool{}
		for _, w := range strings.Split(words, " ") {
			a, b := wordkey.Key(w)
			if e := tab.find(w, a, b); e.li == nil {
				tab.add(e, w, a, b, &lexInfo{word: w})
			}
			added[w] = true
		}
		for _, w := range append(strings.Split(words, " "), probe) {
			a, b := wordkey.Key(w)
			e := tab.find(w, a, b)
			if (e.li != nil) != added[w] || e.li != nil && e.li.word != w {
				t.Fatalf("find(%q): entry %v, added %v", w, e.li, added[w])
			}
		}
	})
}

// TestDocNumberWraps: when a pooled scratch's 16-bit document number
// wraps, its word table is emptied, so that no entry's index, recorded for
// a document 65,536 texts before, is taken for the new document's.
func TestDocNumberWraps(t *testing.T) {
	d := detector(t, "fr", "en").WithCache(NewCache(0))
	first := "Le conseil municipal a voté le budget de la ville."
	second := "La ville a présenté le budget du conseil."
	dc := d.newDoc(first, tokenization.Tokenize(first, tokenization.ForLang("fr")))
	dc.prepare()
	s := dc.s
	s.gen = 0xffff
	dc.release()
	toks := tokenization.Tokenize(second, tokenization.ForLang("fr"))
	dc = d.newDoc(second, toks)
	if dc.s != s {
		t.Skip("the pool gave another scratch")
	}
	if s.gen != 1 || s.words.n != 0 {
		t.Fatalf("after the wrap: document %d, %d words kept", s.gen, s.words.n)
	}
	dc.prepare()
	for i, tok := range toks {
		if li := dc.lexAt(i); li != nil && li.word != tok.Norm {
			t.Fatalf("token %d %q read as %q", i, tok.Norm, li.word)
		}
	}
	dc.release()
}
