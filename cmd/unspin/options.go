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
	wordsIn       *string
	minConf       *float64
}

// wordsIn is the default of --same-language-words, the languages whose
// texts are searched for single words spun inside their own language:
// French for check, which reads one document and only reports (the search
// costs a fraction of a second there, adds no false alarm on held-out
// French, and French spun in French is otherwise called human); none for
// fix, which rewrites only what it is surest of (a same-language
// suggestion is the right original about four times in five), and for
// eval, which measures the library's default.
func addAnalyzerFlags(fs *flag.FlagSet, lang, langUsage, spinner, spinnerUsage, minConfUsage, wordsIn string) *analyzerFlags {
	return &analyzerFlags{
		fs:      fs,
		lang:    fs.String("lang", lang, langUsage),
		spinner: fs.String("spinner", spinner, spinnerUsage),
		same:    fs.Bool("same-language", false, "also look for words spun inside the text's own language, in every language: single substitutions and tortured phrases (two words, as \"counterfeit consciousness\"); 5-40x slower; --same-language=false also turns --same-language-words off"),
		wordsIn: fs.String("same-language-words", wordsIn, "comma-separated languages whose texts are also searched for single words spun inside their own language (the two-word search stays off); \"\" for none"),
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
	off := false // --same-language=false given
	f.fs.Visit(func(fl *flag.Flag) { off = off || fl.Name == "same-language" && !*f.same })
	if langs := langList(*f.wordsIn); len(langs) > 0 && !off {
		opts = append(opts, unspin.WithSameLanguageWordsIn(langs...))
	}
	return unspin.New(append(opts, extra...)...)
}

// langList reads a list of language codes separated by commas or spaces.
func langList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
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
