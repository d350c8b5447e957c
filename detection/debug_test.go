package detection

import (
	"fmt"
	"os"
	"strings"
	"testing"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
)

func TestDebugCandidates(t *testing.T) {
	text, word := os.Getenv("DBG_TEXT"), os.Getenv("DBG_WORD")
	if text == "" {
		t.Skip()
	}
	fr, _ := pack.Get("fr")
	en, _ := pack.Get("en")
	d := New(fr, en, DefaultThresholds)
	toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
	dc := &doc{d: d, text: text, toks: toks, info: make([]wordInfo, len(toks)), pos: make([]int, len(toks)), used: make([]bool, len(toks))}
	dc.prepare()
	for i, tk := range toks {
		if tk.Norm != word {
			continue
		}
		fmt.Printf("%q info %+v surprise %.2f\n", word, dc.info[i], dc.surprise(i))
		for _, src := range []*pack.Pack{en, fr} {
			c := newCollector(fr.Lexicon, word)
			reverseCandidates(c, src, word, os.Getenv("DBG_TWO") != "")
			obs := dc.rank(c.out, dc.pos[i], dc.pos[i]+1)
			fmt.Printf("source %s: %d candidates, observed %.2f\n", src.Header.Lang, len(c.out), obs)
			for k, x := range c.out {
				if k >= 12 && !strings.Contains(os.Getenv("DBG_SHOW"), x.text) {
					continue
				}
				b, why := dc.agreement(i, x.text)
				fmt.Printf("  %-15s delta %6.2f channel %5.2f agree %.0f %s | %s\n", x.text, x.delta, x.channel, b, why, x.via)
			}
		}
	}
}
