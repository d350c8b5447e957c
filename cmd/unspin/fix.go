package main

import (
	"flag"
	"fmt"
	"io"
)

func init() {
	register(command{name: "fix", summary: "print the text with confident repairs applied", run: runFix})
}

const fixHelp = `usage: unspin fix [--lang fr] [--input auto|text|html] [--charset C] [--min-confidence X] FILE|-

Prints the text with every suggestion at or above the confidence applied;
everything else is copied byte for byte. Fixing a fixed text changes nothing.
An input that is not UTF-8 is read as check reads it and written back in its
charset (UTF-8 for a file mixing UTF-8 with other bytes).

Exit status: 0 nothing changed, 1 the text was repaired, 2 usage or input error.
`

func runFix(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	af := addAnalyzerFlags(fs, "", "language of the text (default: detected)", "", "language of the spinner (default: en)", "apply suggestions at or above this confidence", "")
	input := addInputFlag(fs)
	cs := addCharsetFlag(fs)
	fs.Usage = func() { fmt.Fprint(stderr, fixHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	tuneGC() // one process, one text: trade memory for time as scan does
	a, t, page, err := open(fs.Arg(0), *input, *cs, af)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	fix := a.Fix
	if page {
		fix = a.FixHTML
	}
	fixed, err := fix(t.Text)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	out, err := t.Encode(fixed, page)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	stdout.Write(out)
	if fixed != t.Text {
		return exitFindings
	}
	return exitOK
}
