package detection

import (
	"fmt"
	"strings"
	"testing"

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
	tab := newWordTable()
	var words []string
	for i := 0; i < 5000; i++ {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("anticonst%05ditutionnel", i))
	}
	for _, w := range words {
		a, b := wordKey(w)
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
		a, b := wordKey(w)
		if e := tab.find(w, a, b); e.li == nil || e.li.word != w {
			t.Fatalf("find(%q) missed", w)
		}
	}
	a, b := wordKey("anticonst99999itutionnel")
	if e := tab.find("anticonst99999itutionnel", a, b); e.li != nil {
		t.Fatalf("an absent long word was found as %q", e.li.word)
	}
	tab.reset()
	a, b = wordKey(words[0])
	if tab.n != 0 || tab.find(words[0], a, b).li != nil {
		t.Fatal("reset kept words")
	}
}

// TestWordKey: two words of at most 16 bytes and the same length have the
// same key only when they are the same word, so a word table hit needs no
// comparison of their bytes.
func TestWordKey(t *testing.T) {
	words := []string{
		"a", "à", "b", "de", "dé", "les", "lès", "été", "état", "était",
		"abcdefg", "abcdefh", "bbcdefg", "abcdefgh", "abcdefgi", "bbcdefgh",
		"gouvernement", "gouvernemant", "constitutionnel", "constitutionnal",
		"anticonstitutio", "anticonstitution", "anticonstitutiom", "bnticonstitution",
	}
	for _, x := range words {
		for _, y := range words {
			xa, xb := wordKey(x)
			ya, yb := wordKey(y)
			same := xa == ya && xb == yb && len(x) == len(y)
			if same != (x == y) {
				t.Errorf("wordKey(%q) == wordKey(%q): %v", x, y, same)
			}
		}
	}
}

// FuzzWordKey: for words of at most maxKeyed bytes, equal keys and
// lengths mean equal words; a word table entry hits only its own word.
func FuzzWordKey(f *testing.F) {
	f.Add("maison", "raison")
	f.Add("abcdefghijklmnop", "abcdefghijklmnoq")
	f.Add("abcdefghijklmnopq", "abcdefghXjklmnopq")
	f.Fuzz(func(t *testing.T, x, y string) {
		xa, xb := wordKey(x)
		ya, yb := wordKey(y)
		if len(x) <= maxKeyed && len(x) == len(y) && xa == ya && xb == yb && x != y {
			t.Fatalf("%q and %q share a key", x, y)
		}
		h := wordEntry{a: xa, b: xb, n: uint32(len(x)), li: &lexInfo{word: x}}
		if !h.hit(x, xa, xb) {
			t.Fatalf("entry of %q misses it", x)
		}
		if h.hit(y, ya, yb) != (x == y) {
			t.Fatalf("entry of %q: hit(%q) = %v", x, y, !(x == y))
		}
		if s := hotSlot(x, minWordBits); s < 0 || s >= 1<<minWordBits {
			t.Fatalf("slot %d out of range", s)
		}
	})
}
