package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/mt"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/spin"
	"github.com/unspin-project/unspin/types"
)

// verdictRun describes `unspin eval --verdict`.
type verdictRun struct {
	data, lang, split  string
	docs, words        int
	rate               float64
	seed               uint64
	mt, clean          bool
	noAccents          bool // strip accents from every document first
	errors             int
	treebank, features string
	af                 *analyzerFlags
	tp, sp             *pack.Pack
}

func evalVerdicts(v verdictRun, stdout, stderr io.Writer) int {
	ctx := context.Background()
	spinner := spin.New(v.tp, v.sp, v.rate)
	spinFunc := eval.SpinFunc(spinner.Spin)
	if v.clean {
		spinFunc = eval.IdentitySpin
	}
	opt := eval.SyntheticOptions{DataDir: v.data, Lang: v.lang, Split: v.split, Docs: v.docs, Words: v.words, Rate: v.rate, Seed: v.seed}
	var human []eval.Doc // human and spun documents
	var source []string
	var err error
	if v.treebank != "" {
		human, err = eval.Treebank(v.treebank, v.words, v.docs, v.seed, spinFunc)
		source = append(source, v.treebank)
	} else {
		human, err = eval.Synthetic(opt, spinFunc)
		source = append(source, "corpus split "+v.split)
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	set := eval.VerdictDocs(human, false)
	if v.mt {
		// French text gets English sources (Wikipedia), English text French
		// ones (the French corpora), both through Spanish.
		mopt := opt
		mopt.Lang, mopt.Corpus = "en", "enwiki"
		chain, from := mt.EnglishToFrench, "English Wikipedia"
		if v.lang == "en" {
			mopt.Lang, mopt.Corpus = "fr", ""
			chain, from = mt.FrenchToEnglish, "French corpora"
		}
		mtDocs, err := eval.MachineTranslated(ctx, mopt, chain.TranslateMarked, spinner)
		if err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		set = append(set, eval.VerdictDocs(mtDocs, true)...)
		source = append(source, from+" split "+v.split+" through Apertium")
	}
	if v.noAccents {
		for i := range set {
			set[i].Text, _ = lexicon.Strip(set[i].Text)
		}
	}
	a, err := v.af.analyzer()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	sum, err := eval.RunVerdicts(ctx, a, set)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s; ~%d words per document, spin rate %.2f, seed %d\n", strings.Join(source, " + "), v.words, v.rate, v.seed)
	sum.Print(stdout)
	n := 0
	for _, d := range sum.Docs {
		if d.Verdict.Label != d.Class && n < v.errors {
			n++
			fmt.Fprintf(stdout, "%s: %s labelled %s (human %.2f, machine-translated %.2f, spun %.2f): %s\n", d.ID, d.Class, d.Verdict.Label,
				d.Verdict.P[types.Human], d.Verdict.P[types.MachineTranslated], d.Verdict.P[types.Spun], strings.Join(d.Verdict.Evidence, "; "))
		}
	}
	if v.features != "" {
		if err := writeVerdictFeatures(v.features, sum); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	return exitOK
}

// writeVerdictFeatures writes, in the format of --features, one
// "doc-artificial" row per document (true when not human) and one
// "doc-spun" row per document not human (true when spun), for
// internal/calibrate.
func writeVerdictFeatures(path string, sum *eval.VerdictSummary) error {
	var b strings.Builder
	row := func(d eval.VerdictResult, kind string, label bool) {
		fmt.Fprintf(&b, "%s\t%s\t%d\t0\t0", d.ID, kind, b2i(label))
		names := make([]string, 0, len(d.Verdict.Features))
		for k := range d.Verdict.Features {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			fmt.Fprintf(&b, "\t%s=%.4f", k, d.Verdict.Features[k])
		}
		b.WriteByte('\n')
	}
	for _, d := range sum.Docs {
		row(d, "doc-artificial", d.Class != types.Human)
		if d.Class != types.Human {
			row(d, "doc-spun", d.Class == types.Spun)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
