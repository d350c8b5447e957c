package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/pack"
)

// analyzerFlags are the flags check, fix and eval share to configure an
// analyzer.
type analyzerFlags struct {
	fs            *flag.FlagSet
	lang, spinner *string
	same          *bool
	sameIn        []string // languages searched for same-language spinning unless --same-language is given
	minConf       *float64
}

// sameIn are the languages whose texts the command searches for
// same-language spinning when --same-language is not given: French for
// check, which reads one document and only reports (the search costs a
// fraction of a second there, and French spun in French is otherwise
// called human); none for fix, which rewrites only what it is surest of
// (a same-language suggestion is the right original about four times in
// five), and for eval, which measures the library's default. Not English:
// there the two-word search calls 10 of 200 clean held-out documents spun
// (2 without it).
func addAnalyzerFlags(fs *flag.FlagSet, lang, langUsage, spinner, spinnerUsage, minConfUsage string, sameIn ...string) *analyzerFlags {
	sameUsage := "also look for words spun inside the text's own language: single substitutions and tortured phrases (two words, as \"counterfeit consciousness\"); 3-40x slower"
	if len(sameIn) > 0 {
		sameUsage += fmt.Sprintf(" (default: on for text in %s; --same-language=false turns it off)", strings.Join(sameIn, ", "))
	}
	return &analyzerFlags{
		fs:      fs,
		lang:    fs.String("lang", lang, langUsage),
		spinner: fs.String("spinner", spinner, spinnerUsage),
		same:    fs.Bool("same-language", false, sameUsage),
		sameIn:  sameIn,
		minConf: fs.Float64("min-confidence", 0.5, minConfUsage),
	}
}

// analyzer builds the analyzer the flags describe; the confidence
// threshold applies to findings and repairs alike.
func (f *analyzerFlags) analyzer(extra ...unspin.Option) (*unspin.Analyzer, error) {
	opts := []unspin.Option{
		unspin.WithLanguage(*f.lang), unspin.WithSpinnerLanguage(*f.spinner),
		unspin.WithMinConfidence(*f.minConf), unspin.WithRepairConfidence(*f.minConf),
		unspin.WithSameLanguageSpin(*f.same),
	}
	given := false
	f.fs.Visit(func(fl *flag.Flag) { given = given || fl.Name == "same-language" })
	if !given && len(f.sameIn) > 0 {
		opts = append(opts, unspin.WithSameLanguageSpinIn(f.sameIn...))
	}
	return unspin.New(append(opts, extra...)...)
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
