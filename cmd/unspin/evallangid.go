package main

import (
	"fmt"
	"io"
	"math"

	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/tokenization"
)

// evalLangID prints language identification accuracy on held-out
// sentences of six languages and on the split's documents, half of them
// spun (a spun French text must stay French).
func evalLangID(data string, sentences, docs int, opt eval.SyntheticOptions, sp eval.SpinFunc, stdout, stderr io.Writer) int {
	rs, err := eval.RunLangID(eval.LangIDSources(data), sentences, docs)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	eval.PrintLangID(stdout, sentences, rs)
	set, err := eval.Synthetic(opt, sp)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	said := map[string]int{}
	least, leastDoc := math.Inf(1), ""
	for _, d := range set {
		g := languageid.Identify(tokenization.Tokenize(d.Text, tokenization.Options{Elisions: true}))
		said[g.Lang]++
		// How far the text's own language stays ahead of every other.
		lead := math.Inf(1)
		for l, s := range g.Scores {
			if l != opt.Lang {
				lead = min(lead, g.Scores[opt.Lang]-s)
			}
		}
		if lead < least {
			least, leastDoc = lead, d.ID
		}
	}
	fmt.Fprintf(stdout, "%s %s split, %d documents of %d words (half spun at rate %.2f): said %v; smallest lead of %s %.3f per word (%s)\n", opt.Lang, opt.Split, len(set), opt.Words, opt.Rate, said, opt.Lang, least, leastDoc)
	return exitOK
}
