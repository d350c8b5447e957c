package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/report"
	"github.com/unspin-project/unspin/transcode"
)

func init() {
	register(command{name: "check", summary: "find spun, leaked and mistranslated spans in a text", run: runCheck})
}

const checkHelp = `usage: unspin check [--lang fr] [--format text|json] [--input auto|text|html] [--charset C] [--min-confidence X] [--same-language[=false]] [--same-language-words LANGS] FILE|-

Finds every span a spinner or a machine translation put in the text, with
the most likely original and the evidence. Text output shows each finding in
its context (coloured on a terminal); JSON output follows the schema in
docs/report-schema.md. An HTML page (--input html, or auto-detected) has its
visible text analysed; spans are of the page. An input that is not UTF-8
is read in its charset (--charset, else the page's declaration, else
windows-1252 for the bytes that are not UTF-8); spans are then of its bytes.
French text is also searched for single words spun inside French
(--same-language-words fr, the default), which makes a page about 3x slower;
--same-language=false skips it, --same-language adds the two-word search
(tortured phrases) in every language.

Exit status: 0 nothing found, 1 findings, 2 usage or input error.
`

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	af := addAnalyzerFlags(fs, "", "language of the text (default: detected)", "", "language of the spinner (default: en)", "drop findings below this confidence", "fr")
	format := fs.String("format", "text", "output format: text or json")
	input := addInputFlag(fs)
	cs := addCharsetFlag(fs)
	fs.Usage = func() { fmt.Fprint(stderr, checkHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 || (*format != "text" && *format != "json") {
		fs.Usage()
		return exitUsage
	}
	tuneGC() // one process, one text: trade memory for time as scan does
	r, t, err := analyze(fs.Arg(0), *input, *cs, af)
	if err != nil {
		fmt.Fprintln(stderr, err)
		// A text in a language without a pack still gets a JSON report,
		// as unspin scan gives its record one: nothing found, and why.
		var langErr *unspin.LanguageError
		if *format == "json" && errors.As(err, &langErr) && t != nil {
			report.Skipped(stdout, langErr.Lang, langErr.Error(), t.Text)
		}
		return exitUsage
	}
	in := r.Input(t.Text)
	if t.Converted() {
		in.Charset, in.Offsets = t.Charset, t.Source
	}
	if *format == "json" {
		err = report.JSON(stdout, in)
	} else {
		err = report.Text(stdout, fs.Arg(0), in, isTerminal(stdout))
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if len(r.Findings) > 0 {
		return exitFindings
	}
	return exitOK
}

// analyze reads, decodes and analyses input name; every error is ready
// to print. The decoded text comes back with an error of the analysis.
func analyze(name, input, charset string, af *analyzerFlags) (*unspin.Report, *transcode.Text, error) {
	a, t, page, err := open(name, input, charset, af)
	if err != nil {
		return nil, nil, err
	}
	analyse := a.Analyze
	if page {
		analyse = a.AnalyzeHTML
	}
	r, err := analyse(t.Text)
	if err != nil {
		return nil, t, err
	}
	return r, t, nil
}

// open reads and decodes input name (whether it is a page, too) and builds
// the analyzer the flags describe: what check and fix do before their
// work. Every error is ready to print.
func open(name, input, charset string, af *analyzerFlags) (*unspin.Analyzer, *transcode.Text, bool, error) {
	data, err := readInput(name, os.Stdin)
	if err != nil {
		return nil, nil, false, fmt.Errorf("unspin: %w", err)
	}
	if len(data) >= bigInput {
		hugePages()
	}
	t, page, err := decodeInput(input, charset, name, data)
	if err != nil {
		return nil, nil, false, fmt.Errorf("unspin: %w", err)
	}
	a, err := af.analyzer()
	if err != nil {
		return nil, nil, false, err
	}
	return a, t, page, nil
}
