package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/mt"
	"github.com/unspin-project/unspin/packbuild"
	"github.com/unspin-project/unspin/spin"
)

func init() {
	register(command{name: "eval", summary: "measure precision, recall and repair accuracy on synthetic spun text", run: runEval})
}

const evalHelp = `usage: unspin eval [--data ../shared/data] [--lang fr] [--split dev|test] [--docs N] [--rate 0.3] [--errors N]

Cuts held-out documents of the pack corpora (the dev or test split, which
no pack was trained on) into pieces, spins every other piece with the
built-in English spinner and keeps the others clean, runs the analyzer on
all of them and prints, per kind, precision, recall, F1 and repair
accuracy, and false alarms per 1000 words on the clean pieces.
`

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "shared data directory")
	af := addAnalyzerFlags(fs, "fr", "language of the documents", "en", "language of the spinner", "count findings at or above this confidence", "")
	split := fs.String("split", packbuild.Dev, "held-out split: dev (tuning) or test")
	viaMT := fs.Bool("mt", false, "make the documents by machine-translating held-out English Wikipedia with Apertium (English → Spanish → French), then spin every other one")
	treebank := fs.String("treebank", "", "use the sentences of this CoNLL-U file (.gz) instead of the corpora (e.g. UD French-GSD dev: modern news and web text)")
	docs := fs.Int("docs", 200, "documents (half clean, half spun)")
	words := fs.Int("words", 250, "words per document")
	rate := fs.Float64("rate", 0.3, "share of eligible words the spinner replaces")
	seed := fs.Uint64("seed", 1, "spinner seed")
	nerr := fs.Int("errors", 0, "print this many errors of each sort")
	verdictMode := fs.Bool("verdict", false, "measure the document verdict instead of findings: held-out human and spun documents (from --treebank's sentences instead of the corpora if given; with --mt, machine-translated and machine-translated-then-spun ones too): AUCs, confusion, reliability")
	clean := fs.Bool("clean", false, "with --verdict: keep every human document clean (no spun half)")
	svg := fs.String("svg", "", "write precision-recall curves (per finding kind and all kinds) to this SVG file")
	format := fs.String("format", "text", "output: text or json")
	terms := fs.Bool("terms", false, "plant same-language tortured phrases (two-word terms with both words replaced by synonyms) instead of spinning single words; needs --spinner equal to --lang")
	noAccents := fs.Bool("strip-accents", false, "strip the accents from every document first, as some web text comes (code-point offsets keep)")
	termRate := fs.Float64("term-rate", spin.DefaultTermOptions.Rate, "with --terms: share of eligible terms replaced")
	features := fs.String("features", "", "write every finding's label and features to this TSV file (for calibration)")
	peer := fs.String("peer", "", "score a peer on the same documents instead of unspin: hunspell or grammalecte")
	sourceQueries := fs.Int("source", 0, "measure source tracing instead of findings: an index of --docs held-out English Wikipedia pieces (French corpus pieces with --lang en), this many of them machine-translated by Apertium as queries (in turn whole, spun, cut to 60 words), and --absent translated pieces left out of the index")
	absent := fs.Int("absent", 0, "with --source: queries whose source is not indexed")
	langID := fs.Int("langid", 0, "measure language identification instead of findings: held-out documents of this many sentences in de en es fr it pt, and the split's spun documents")
	th := detection.DefaultThresholds
	fs.Float64Var(&th.Tortured, "tortured", th.Tortured, "margin for a one-word same-language substitution (log10)")
	fs.Float64Var(&th.TorturedPair, "tortured-pair", th.TorturedPair, "margin for a two-word same-language substitution (log10)")
	fs.Float64Var(&th.RealWordAlone, "real-word", th.RealWordAlone, "margin for a real-word spin without agreement evidence (log10)")
	fs.Float64Var(&th.Surprise, "surprise", th.Surprise, "a known word is examined below this log10 P(w|context) − log10 P(w)")
	fs.Usage = func() { fmt.Fprint(stderr, evalHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *split != packbuild.Dev && *split != packbuild.Test || *format != "text" && *format != "json" {
		fs.Usage()
		return exitUsage
	}
	hugePages()
	lang := af.lang
	tp, sp, ok := packPair("eval", *lang, *af.spinner, stderr)
	if !ok {
		return exitUsage
	}
	if *sourceQueries > 0 {
		// French texts are traced to English Wikipedia; English texts
		// (--lang en) to the French corpora.
		srcLang, corpusName, chain := "en", "enwiki", mt.EnglishToFrench
		if *lang == "en" {
			srcLang, corpusName, chain = "fr", "", mt.FrenchToEnglish
		}
		return evalSource(eval.SourceOptions{SyntheticOptions: eval.SyntheticOptions{DataDir: *data, Lang: srcLang, Split: *split, Docs: *docs, Words: *words, Rate: *rate, Seed: *seed, Corpus: corpusName},
			Queries: *sourceQueries, Absent: *absent, TextLang: *lang}, chain, spin.New(tp, sp, *rate), *features, stdout, stderr)
	}
	if *langID > 0 {
		return evalLangID(*data, *langID, *docs, eval.SyntheticOptions{DataDir: *data, Lang: *lang, Split: *split, Docs: *docs, Words: *words, Rate: *rate, Seed: *seed},
			eval.SpinFunc(spin.New(tp, sp, *rate).Spin), stdout, stderr)
	}
	if *verdictMode {
		return evalVerdicts(verdictRun{data: *data, lang: *lang, split: *split, docs: *docs, words: *words, rate: *rate, seed: *seed,
			mt: *viaMT, clean: *clean, noAccents: *noAccents, errors: *nerr, treebank: *treebank, features: *features, af: af, tp: tp, sp: sp}, stdout, stderr)
	}
	var set []eval.Doc
	var err error
	spinner := spin.New(tp, sp, *rate)
	spinFunc := eval.SpinFunc(spinner.Spin)
	if *terms {
		if sp != tp {
			fmt.Fprintln(stderr, "unspin: --terms plants same-language tortured phrases: give --spinner the text's language")
			return exitUsage
		}
		opt := spin.DefaultTermOptions
		opt.Rate = *termRate
		spinFunc = func(text string, seed uint64) (string, []spin.Artifact) { return spinner.Terms(text, seed, opt) }
	}
	switch {
	case *viaMT:
		set, err = eval.MachineTranslated(context.Background(), eval.SyntheticOptions{DataDir: *data, Lang: "en", Split: *split, Docs: *docs, Words: *words, Rate: *rate, Seed: *seed, Corpus: "enwiki"},
			mt.EnglishToFrench.TranslateMarked, spin.New(tp, sp, *rate))
	case *treebank != "":
		set, err = eval.Treebank(*treebank, *words, *docs, *seed, spinFunc)
	default:
		set, err = eval.Synthetic(eval.SyntheticOptions{DataDir: *data, Lang: *lang, Split: *split, Docs: *docs, Words: *words, Rate: *rate, Seed: *seed}, spinFunc)
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if *noAccents {
		for i := range set {
			set[i].Text, _ = lexicon.Strip(set[i].Text)
		}
	}
	// Every finding is kept and the threshold applied by the scorer, so
	// that curves and AUC see low-confidence findings too.
	a, err := af.analyzer(unspin.WithThresholds(th), unspin.WithMinConfidence(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	var sum *eval.Summary
	if *peer == "hunspell" {
		dict := map[string]string{"fr": "fr_FR", "en": "en_US"}[*lang]
		find, ferr := eval.Hunspell(dict)
		if ferr != nil {
			fmt.Fprintln(stderr, ferr)
			return exitUsage
		}
		sum, err = eval.RunFinder(context.Background(), find, set)
	} else if *peer == "grammalecte" {
		texts := make([]string, len(set))
		for i, d := range set {
			texts[i] = d.Text
		}
		find, ferr := eval.Grammalecte(context.Background(), texts)
		if ferr != nil {
			fmt.Fprintln(stderr, ferr)
			return exitUsage
		}
		sum, err = eval.RunFinder(context.Background(), find, set)
	} else if *peer != "" {
		fmt.Fprintf(stderr, "unspin: unknown peer %q (hunspell, grammalecte)\n", *peer)
		return exitUsage
	} else {
		sum, err = eval.RunThreshold(context.Background(), eval.AnalyzerFinder(a), set, *af.minConf)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	source := "split " + *split
	switch {
	case *viaMT:
		source = "English Wikipedia, split " + *split + ", machine-translated to French by Apertium"
	case *treebank != "":
		source = *treebank
	}
	if *svg != "" {
		if err := writeCurves(*svg, source, sum); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	if *format == "json" {
		if err := writeEvalJSON(stdout, source, len(set), *words, *rate, *seed, *af.minConf, sum); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		return exitOK
	}
	fmt.Fprintf(stdout, "%s, %d documents of ~%d words, spin rate %.2f, seed %d\n", source, len(set), *words, *rate, *seed)
	sum.Print(stdout)
	if *features != "" {
		if err := writeFeatures(*features, sum.Scored); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	if *nerr > 0 {
		count := map[string]int{}
		for _, e := range sum.Errors {
			key := e.What
			if len(key) > 12 {
				key = key[:12]
			}
			if count[key] >= *nerr {
				continue
			}
			count[key]++
			fmt.Fprintf(stdout, "%s: %s %q | %s\n", e.Doc, e.What, e.Text, e.Context)
		}
	}
	return exitOK
}

// writeFeatures writes one line per finding: document, kind, label
// (1 true, 0 false), clean document (1/0), confidence, then name=value
// features in name order.
func writeFeatures(path string, scored []eval.Scored) error {
	var b strings.Builder
	for _, f := range scored {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%.4f", f.Doc, f.Kind, b2i(f.True), b2i(f.Clean), f.Confidence)
		names := make([]string, 0, len(f.Features))
		for k := range f.Features {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			fmt.Fprintf(&b, "\t%s=%.4f", k, f.Features[k])
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
