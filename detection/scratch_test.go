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
