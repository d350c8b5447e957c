package spin_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/spin"
	"github.com/unspin-project/unspin/tokenization"
)

// Text written for this test: several two-word terms of English.
const termsText = "The hospital opened a new unit for breast cancer screening. " +
	"Research on artificial intelligence moved fast after the world war ended. " +
	"The city council approved the annual budget and a public health plan. " +
	"Her doctoral dissertation studied climate change in the northern hemisphere."

func TestTermsPlantsTorturedPhrases(t *testing.T) {
	en, err := pack.Get("en")
	if err != nil {
		t.Fatal(err)
	}
	sp := spin.New(en, en, 0.3)
	opt := spin.TermOptions{Rate: 1, MinAssociation: 1}
	out, arts := sp.Terms(termsText, 3, opt)
	if len(arts) == 0 {
		t.Fatal("no term was spun")
	}
	lm := en.WordLM
	runes := []rune(out)
	for _, a := range arts {
		if got := string(runes[a.Start:a.End]); got != a.Observed {
			t.Errorf("gold span %d:%d holds %q, want %q", a.Start, a.End, got, a.Observed)
		}
		if a.Type != "tortured-phrase" || len(strings.Fields(a.Observed)) != 2 || len(strings.Fields(a.Original)) != 2 {
			t.Errorf("artifact %+v: want a two-word tortured phrase", a)
		}
		if !strings.Contains(termsText, a.Original) {
			t.Errorf("original %q is not in the input", a.Original)
		}
		w := strings.Fields(tokenization.Normalize(a.Observed))
		if i, j := lm.ID(w[0]), lm.ID(w[1]); i != 0 && j != 0 && lm.HasBigram(i, j) {
			t.Errorf("%q is a known pair: a paraphrase, not a tortured phrase", a.Observed)
		}
		o := strings.Fields(tokenization.Normalize(a.Original))
		if !lm.HasBigram(lm.ID(o[0]), lm.ID(o[1])) {
			t.Errorf("original %q is not a known pair", a.Original)
		}
	}
	if !utf8.ValidString(out) {
		t.Error("output is not UTF-8")
	}
	again, arts2 := sp.Terms(termsText, 3, opt)
	if again != out || len(arts2) != len(arts) {
		t.Error("Terms is not deterministic for a seed")
	}
	if none, a := sp.Terms(termsText, 3, spin.TermOptions{Rate: 0, MinAssociation: 1}); none != termsText || len(a) != 0 {
		t.Error("rate 0 changed the text")
	}
}
