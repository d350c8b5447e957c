package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/pack"
)

// analyzerFlags are the flags check, fix and eval share to configure an
// analyzer.
type analyzerFlags struct {
	lang, spinner *string
	same          *bool
	minConf       *float64
}

// same is the default of --same-language: on for check, which reads one
// document and only reports (the search costs there a fraction of a
// second); off for fix, which rewrites only what it is surest of (a
// same-language suggestion is the right original about four times in
// five), and for eval, which measures the library's default.
func addAnalyzerFlags(fs *flag.FlagSet, lang, langUsage, spinner, spinnerUsage, minConfUsage string, same bool) *analyzerFlags {
	return &analyzerFlags{
		lang:    fs.String("lang", lang, langUsage),
		spinner: fs.String("spinner", spinner, spinnerUsage),
		same:    fs.Bool("same-language", same, "also look for words spun inside the text's own language: single substitutions and tortured phrases (two words, as \"counterfeit consciousness\"); 3-40x slower (--same-language=false turns it off)"),
		minConf: fs.Float64("min-confidence", 0.5, minConfUsage),
	}
}

// analyzer builds the analyzer the flags describe; the confidence
// threshold applies to findings and repairs alike.
func (f *analyzerFlags) analyzer(extra ...unspin.Option) (*unspin.Analyzer, error) {
	opts := append([]unspin.Option{
		unspin.WithLanguage(*f.lang), unspin.WithSpinnerLanguage(*f.spinner),
		unspin.WithMinConfidence(*f.minConf), unspin.WithRepairConfidence(*f.minConf),
		unspin.WithSameLanguageSpin(*f.same),
	}, extra...)
	return unspin.New(opts...)
}

// packPair returns the text's and the spinner's packs, or reports which
// the command needs.
func packPair(cmd, lang, spinner string, stderr io.Writer) (tp, sp *pack.Pack, ok bool) {
	tp, err1 := pack.Get(lang)
	sp, err2 := pack.Get(spinner)
	if err1 != nil || err2 != nil {
		fmt.Fprintln(stderr, "unspin:", cmd, "needs the", lang, "and", spinner, "packs")
		return nil, nil, false
	}
	return tp, sp, true
}
