package association_test

import (
	"math"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/association"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
)

// sentences written for these tests: "port" and "bateau" share sentences,
// "port" and "impôt" never do.
var sentences = []string{
	"port bateau quai", "port bateau marin", "port bateau voile", "port bateau quai",
	"port bateau", "port quai", "impôt taxe", "impôt taxe budget", "impôt budget",
	"taxe budget", "impôt taxe", "bateau voile", "budget vote", "vote loi", "loi vote",
	"marin voile", "quai marin", "loi budget", "vote impôt", "taxe loi",
}

var opts = association.Options{MinCount: 3, MinPair: 3, Discount: 0.5, MinPMI: 0.5, MaxWords: 10}

func build(order []string) []byte {
	b := association.NewBuilder("fr", opts)
	for _, s := range order {
		b.Sentence(strings.Fields(s))
	}
	return b.Encode()
}

func TestRoundTrip(t *testing.T) {
	tab, err := association.Decode(build(sentences))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Lang != "fr" || tab.Sentences != uint32(len(sentences)) {
		t.Fatalf("lang %q, %d sentences", tab.Lang, tab.Sentences)
	}
	id := func(w string) int {
		i, ok := tab.ID(w)
		if !ok {
			t.Fatalf("%q missing", w)
		}
		if tab.Lemma(i) != w {
			t.Fatalf("lemma %d is %q, want %q", i, tab.Lemma(i), w)
		}
		return i
	}
	port, bateau, impot := id("port"), id("bateau"), id("impôt")
	// port and bateau share 5 of 20 sentences; port is in 6, bateau in 6:
	// log2((5 − 0.5) × 20 / 36) ≈ 1.32, kept to a tenth of a bit.
	want := math.Log2(4.5 * 20 / 36)
	if got := tab.PMI(port, bateau); math.Abs(got-want) > 0.051 {
		t.Errorf("PMI(port, bateau) = %.3f, want %.3f", got, want)
	}
	if tab.PMI(port, bateau) != tab.PMI(bateau, port) {
		t.Error("PMI is not symmetric")
	}
	if got := tab.PMI(port, impot); got != 0 {
		t.Errorf("PMI(port, impôt) = %.2f for words that never meet", got)
	}
	if _, ok := tab.ID("inconnu"); ok {
		t.Error("a word never counted has an id")
	}
	for _, bad := range [][2]int{{-1, port}, {port, tab.Len()}, {tab.Len() + 5, 0}} {
		if got := tab.PMI(bad[0], bad[1]); got != 0 {
			t.Errorf("PMI%v = %v out of range", bad, got)
		}
	}
	// The bytes depend on the sentences, not their order.
	rev := make([]string, len(sentences))
	for i, s := range sentences {
		rev[len(rev)-1-i] = s
	}
	if string(build(rev)) != string(build(sentences)) {
		t.Error("encoding depends on sentence order")
	}
}

func TestMaxWordsAndRepeats(t *testing.T) {
	o := opts
	o.MaxWords = 2
	b := association.NewBuilder("fr", o)
	for range 5 {
		// Repeats count once; only the first two distinct lemmas pair up.
		b.Sentence([]string{"a", "a", "b", "", "c"})
	}
	tab, err := association.Decode(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := tab.ID("a")
	bb, _ := tab.ID("b")
	c, ok := tab.ID("c")
	if !ok {
		t.Fatal("c is counted as a word even past MaxWords")
	}
	if tab.PMI(a, bb) != 0 || tab.PMI(a, c) != 0 {
		// Every sentence holds a and b: PMI log2(4.5·5/25) < 0 is not kept;
		// a and c never pair.
		t.Errorf("PMI(a, b) = %.2f, PMI(a, c) = %.2f", tab.PMI(a, bb), tab.PMI(a, c))
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	data := build(sentences)
	for n := 0; n < len(data); n += 5 {
		if _, err := association.Decode(data[:n]); err == nil {
			t.Errorf("a table cut to %d of %d bytes decoded", n, len(data))
		}
	}
	bad := append([]byte(nil), data...)
	copy(bad, "UNSPINXX")
	if _, err := association.Decode(bad); err == nil || !strings.HasPrefix(err.Error(), "association: ") {
		t.Errorf("wrong magic: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(build(sentences))
	f.Add([]byte("UNSPINAS"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := association.Decode(data)
		if err != nil {
			return
		}
		for a := 0; a < min(tab.Len(), 20); a++ {
			tab.Lemma(a)
			for b := 0; b < min(tab.Len(), 20); b++ {
				if v := tab.PMI(a, b); v < 0 || v != tab.PMI(b, a) {
					t.Fatalf("PMI(%d, %d) = %v", a, b, v)
				}
			}
		}
	})
}

// The committed French table knows what goes with what in news text.
func TestCommittedFrenchTable(t *testing.T) {
	p, err := pack.Get("fr")
	if err != nil {
		t.Fatal(err)
	}
	if p.Assoc == nil || p.AssocIndex == nil {
		t.Fatal("the French pack has no association table")
	}
	attracts(t, p.Assoc, 1, []nearFar{
		{"impact", "volume", "économique"},
		{"impôt", "bateau", "revenu"},
		{"juge", "fleur", "tribunal"},
	})
	// The index lemmatizes the lexicon's forms as the builder did.
	id, ok := p.Lexicon.ID("mesures")
	if !ok {
		t.Fatal("mesures unknown")
	}
	want, _ := p.Assoc.ID("mesure")
	if got := p.AssocIndex.ID(id); got != want || got < 0 {
		t.Errorf("mesures -> %d, want mesure's %d", got, want)
	}
	if de, ok := p.Lexicon.ID("de"); ok && p.AssocIndex.ID(de) != -1 {
		t.Error("a stop word has an association id")
	}
}

// The committed English table knows the terms tortured phrases hide.
func TestCommittedEnglishTable(t *testing.T) {
	p, err := pack.Get("en")
	if err != nil {
		t.Fatal(err)
	}
	if p.Assoc == nil {
		t.Fatal("the English pack has no association table")
	}
	attracts(t, p.Assoc, 2, []nearFar{
		{"breast", "bosom", "cancer"},
		{"election", "banana", "vote"},
		{"river", "tax", "bridge"},
	})
}

// nearFar is a word that goes with another and one that does not.
type nearFar struct{ near, far, with string }

// attracts checks that each near word goes with its partner by more than
// margin bits beyond the far word.
func attracts(t *testing.T, tab *association.Table, margin float64, cases []nearFar) {
	t.Helper()
	pmi := func(x, y string) float64 {
		a, ok1 := tab.ID(x)
		b, ok2 := tab.ID(y)
		if !ok1 || !ok2 {
			t.Fatalf("%q or %q missing", x, y)
		}
		return tab.PMI(a, b)
	}
	for _, c := range cases {
		if pmi(c.near, c.with) <= pmi(c.far, c.with)+margin {
			t.Errorf("%s–%s %.1f bits, %s–%s %.1f", c.near, c.with, pmi(c.near, c.with), c.far, c.with, pmi(c.far, c.with))
		}
	}
}
