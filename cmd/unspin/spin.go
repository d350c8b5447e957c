package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/unspin-project/unspin/spin"
)

func init() {
	register(command{name: "spin", summary: "spin a text like a content farm (for testing), with gold annotations", run: runSpin})
}

const spinHelp = `usage: unspin spin [--lang fr] [--spinner en] [--rate 0.3] [--seed N] [--gold FILE] FILE|-

Replaces words of the text that are also words of the spinner's language by
synonyms from its thesaurus, as content-farm spinners do, and prints the
result. --gold writes the annotations in the seed's format (code-point
offsets, observed, original, type). Deterministic for a given seed.
`

func runSpin(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("spin", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "fr", "language of the text")
	spinner := fs.String("spinner", "en", "language of the spinner's thesaurus")
	rate := fs.Float64("rate", 0.3, "share of eligible words replaced")
	seed := fs.Uint64("seed", 1, "random seed")
	gold := fs.String("gold", "", "write the gold annotations (JSON) to this file")
	fs.Usage = func() { fmt.Fprint(stderr, spinHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 || *rate < 0 || *rate > 1 {
		fs.Usage()
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
	out, arts := spin.New(tp, sp, *rate).Spin(text, *seed)
	io.WriteString(stdout, out)
	if *gold != "" {
		doc := map[string]any{"lang": *lang, "spinner_lang": *spinner, "offsets": "Unicode code points into the spun text", "artifacts": arts}
		data, _ := json.MarshalIndent(doc, "", " ")
		if err := os.WriteFile(*gold, append(data, '\n'), 0o644); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	return exitOK
}
