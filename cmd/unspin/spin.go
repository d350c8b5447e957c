package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/mt"
	"github.com/unspin-project/unspin/spin"
)

func init() {
	register(command{name: "spin", summary: "spin a text like a content farm (for testing), with gold annotations", run: runSpin})
}

const spinHelp = `usage: unspin spin [--mt] [--lang fr] [--spinner en] [--rate 0.3] [--terms [--term-rate 0.5]] [--seed N] [--gold FILE] FILE|-

Does to a text what a content farm does, each step optional, and prints the
result:
  --mt       machine-translates it first from English with Apertium (English
             -> Spanish -> French; Debian packages apertium, apertium-eng-spa,
             apertium-fr-es): the input is English, the output French, and
             the words the engine left untranslated are gold artifacts;
  --rate R   replaces that share of the words that are also words of the
             spinner's language by synonyms from its thesaurus (0: no word
             spinner; --spinner equal to --lang spins inside the language);
  --terms    then plants tortured phrases: two-word terms of the text's
             language whose words are both replaced from its own thesaurus.
A later step leaves alone what an earlier one made. --gold writes the
annotations in the seed's format (code-point offsets into the output,
observed, original, type). Deterministic for a given seed.
`

func runSpin(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spin", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "fr", "language of the text (of the translation, with --mt)")
	spinner := fs.String("spinner", "en", "language of the word spinner's thesaurus")
	rate := fs.Float64("rate", 0.3, "share of eligible words the word spinner replaces (0: none)")
	viaMT := fs.Bool("mt", false, "first machine-translate the English input to French with Apertium")
	terms := fs.Bool("terms", false, "then plant tortured phrases with the text language's own thesaurus")
	termRate := fs.Float64("term-rate", spin.DefaultTermOptions.Rate, "with --terms: share of eligible two-word terms replaced")
	seed := fs.Uint64("seed", 1, "random seed")
	gold := fs.String("gold", "", "write the gold annotations (JSON) to this file")
	fs.Usage = func() { fmt.Fprint(stderr, spinHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 || *rate < 0 || *rate > 1 || *termRate < 0 || *termRate > 1 {
		fs.Usage()
		return exitUsage
	}
	if *viaMT && *lang != "fr" {
		fmt.Fprintln(stderr, "unspin: spin --mt translates English to French: give --lang fr")
		return exitUsage
	}
	tp, sp, ok := packPair("spin", *lang, *spinner, stderr)
	if !ok {
		return exitUsage
	}
	text, err := readInput(fs.Arg(0), os.Stdin)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	var steps []string
	var prior []spin.Artifact
	if *viaMT {
		var unknown []mt.Unknown
		text, unknown, err = mt.EnglishToFrench.TranslateMarked(context.Background(), text)
		if err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		prior = eval.Untranslated(text, unknown)
		steps = append(steps, "machine translation en -> es -> fr (Apertium)")
	}
	var p spin.Pipeline
	if *rate > 0 {
		p.Words = spin.New(tp, sp, *rate)
		steps = append(steps, fmt.Sprintf("word spinner (%s thesaurus, rate %g)", *spinner, *rate))
	}
	if *terms {
		p.Terms = spin.New(tp, tp, *rate)
		p.TermOptions = spin.DefaultTermOptions
		p.TermOptions.Rate = *termRate
		steps = append(steps, fmt.Sprintf("tortured phrases (%s thesaurus, term rate %g)", *lang, *termRate))
	}
	out, arts := p.Run(text, *seed, prior)
	io.WriteString(stdout, out)
	if *gold != "" {
		doc := map[string]any{"lang": *lang, "spinner_lang": *spinner, "kind": spinKind(*viaMT, p),
			"steps": steps, "offsets": "Unicode code points into the spun text", "artifacts": nonNil(arts)}
		if *viaMT {
			doc["source_lang"] = "en"
		}
		data, _ := json.MarshalIndent(doc, "", " ")
		if err := os.WriteFile(*gold, append(data, '\n'), 0o644); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	return exitOK
}

// spinKind names what was done, as the seed's gold does ("spun-mt").
func spinKind(viaMT bool, p spin.Pipeline) string {
	var parts []string
	if p.Words != nil || p.Terms != nil {
		parts = append(parts, "spun")
	}
	if viaMT {
		parts = append(parts, "mt")
	}
	if len(parts) == 0 {
		return "clean"
	}
	return strings.Join(parts, "-")
}

func nonNil(a []spin.Artifact) []spin.Artifact {
	if a == nil {
		return []spin.Artifact{}
	}
	return a
}
