package detection

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/tokenization"
)

// TestHotTableGrows: a scratch starts with the small hot table, takes the
// large one from a long text on, and finds the same words either way.
func TestHotTableGrows(t *testing.T) {
	d := detector(t, "fr", "en")
	short := "Le conseil municipal a voté le budget de la ville."
	long := strings.Repeat("Les élus de la région ont présenté un plan pour les transports. ", 4000)
	cases := []struct {
		name, text string
		bits       int
	}{
		{"short text", short, smallHotBits},
		{"long text", long, bigHotBits},
	}
	for _, c := range cases {
		toks := tokenization.Tokenize(c.text, tokenization.ForLang("fr"))
		dc := d.newDoc(c.text, toks)
		dc.prepare()
		if dc.s.bits != c.bits || len(dc.s.hot) != 1<<c.bits {
			t.Errorf("%s (%d tokens): %d slots, want %d", c.name, len(toks), len(dc.s.hot), 1<<c.bits)
		}
		for i, tok := range toks {
			if li := dc.lexAt(i); li != nil && li.word != tok.Norm {
				t.Fatalf("%s: token %d %q read as %q", c.name, i, tok.Norm, li.word)
			}
		}
		dc.release()
	}
}

// TestWordKey: two words of at most 16 bytes and the same length have the
// same key only when they are the same word, so a hot table hit needs no
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
// lengths mean equal words; a hot table entry hits only its own word.
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
		h := hotWord{a: xa, b: xb, n: uint32(len(x)), li: &lexInfo{word: x}}
		if !h.hit(x, xa, xb) {
			t.Fatalf("entry of %q misses it", x)
		}
		if h.hit(y, ya, yb) != (x == y) {
			t.Fatalf("entry of %q: hit(%q) = %v", x, y, !(x == y))
		}
		if s := hotSlot(x, smallHotBits); s < 0 || s >= 1<<smallHotBits {
			t.Fatalf("slot %d out of range", s)
		}
	})
}
