package detection

import (
	"fmt"
	"os"
	"testing"

	"github.com/unspin-project/unspin/tokenization"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	word := os.Getenv("ZZWORD")
	if text == "" {
		t.Skip()
	}
	d := detector(t, "fr", "en")
	toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
	dc := d.newDoc(text, toks)
	dc.prepare()
	for i, tk := range toks {
		if tk.Norm != word {
			continue
		}
		wi := dc.info[i]
		fmt.Printf("info %+v suspect=%v surprise=%.2f disagrees=%v\n", wi, dc.isSuspect(i), dc.surprise(i), dc.disagrees(i))
		cs := dc.candidates(d.spin, word, true)
		a := dc.pos[i]
		obs := dc.rank(cs, a, a+1)
		fmt.Println("observed", obs, "n", len(cs))
		for k, c := range cs {
			if k > 8 {
				break
			}
			fmt.Printf("%2d %-14s delta=%.2f lm=%.2f chan=%.2f topic=%.2f/%.2f\n", k, c.text, c.delta, c.lm, c.channel, c.topic, c.topicObs)
		}
	}
	for _, f := range d.Detect(text, toks) {
		fmt.Println("finding", f.Text, f.Suggestion, f.Kind, f.Confidence)
	}
}
