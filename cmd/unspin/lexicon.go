package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/tokenization"
)

func init() {
	register(command{name: "lexicon", summary: "show what a language pack knows of words", run: runLexicon})
}

const lexiconHelp = `usage: unspin lexicon [--lang fr] [--max N] WORD...

Prints, for each word (a multi-word term goes in quotes): its frequency in
the pack's corpora and in subtitles, how often it is capitalised inside a
sentence, its analyses (lemma, part of speech, gender, number), whether it
is also a word of the spinner's language, its synonyms and reverse synonyms
in its own language, and the spinner language's synonyms and reverse
synonyms of the same spelling (what an English spinner could have put in
its place, and what it could have replaced).
`

func runLexicon(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexicon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "fr", "language pack")
	max := fs.Int("max", 12, "synonyms to print per list")
	fs.Usage = func() { fmt.Fprint(stderr, lexiconHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	p, err := pack.Get(*lang)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	var spin *pack.Pack
	if sl := p.Header.SpinnerLang; sl != "" {
		spin, _ = pack.Get(sl)
	}
	for i, w := range fs.Args() {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		describeWord(stdout, p, spin, tokenization.Normalize(w), *max)
	}
	return exitOK
}

func describeWord(w io.Writer, p, spin *pack.Pack, word string, max int) {
	fmt.Fprintf(w, "%s [%s]\n", word, p.Header.Lang)
	e, ok := p.Lexicon.Lookup(word)
	if !ok {
		fmt.Fprintln(w, "  not in the lexicon")
	} else {
		fmt.Fprintf(w, "  frequency     %.2f per million (%d in corpora, %d in subtitles)\n", e.PerMillion, e.Count, e.SubsCount)
		if e.CapsShare >= 0 {
			fmt.Fprintf(w, "  capitals      %.0f%% of mid-sentence uses\n", 100*e.CapsShare)
		}
		var flags []string
		if e.Flags&lexicon.InDictionary != 0 {
			flags = append(flags, "dictionary")
		}
		if e.Flags&lexicon.Stopword != 0 {
			flags = append(flags, "stopword")
		}
		if len(flags) > 0 {
			fmt.Fprintf(w, "  flags         %s\n", strings.Join(flags, ", "))
		}
		for _, a := range e.Analyses {
			feats := strings.TrimSpace(strings.Join([]string{a.Gender.String(), a.Number.String(), a.Form.String()}, " "))
			fmt.Fprintf(w, "  analysis      %s %s %s\n", a.POS, a.Lemma, feats)
		}
		if e.OtherCount > 0 {
			fmt.Fprintf(w, "  homograph     also %s: %.2f per million there (%d)\n", p.Lexicon.OtherLang(), e.OtherPerMil, e.OtherCount)
		}
	}
	if id, ok := p.WordLM.ID(word), true; ok && id != 0 {
		fmt.Fprintf(w, "  unigram       log10 P = %.2f\n", p.WordLM.LogProb1(id))
	}
	printLinks(w, "synonyms", p.Thesaurus.Synonyms(word), p.Lexicon, max)
	printLinks(w, "replaces", p.Thesaurus.Reverse(word), p.Lexicon, max)
	if spin != nil {
		lang := spin.Header.Lang
		printLinks(w, lang+" synonyms", spin.Thesaurus.Synonyms(word), spin.Lexicon, max)
		printLinks(w, lang+" replaces", spin.Thesaurus.Reverse(word), spin.Lexicon, max)
	}
}

// printLinks prints links, most frequent terms first.
func printLinks(w io.Writer, label string, links []thesaurus.Link, lex *lexicon.Lexicon, max int) {
	if len(links) == 0 {
		return
	}
	freq := func(term string) uint32 {
		id, ok := lex.ID(term)
		if !ok {
			return 0
		}
		return lex.Count(id)
	}
	sort.SliceStable(links, func(i, j int) bool { return freq(links[i].Term) > freq(links[j].Term) })
	var parts []string
	for i, l := range links {
		if i == max {
			parts = append(parts, fmt.Sprintf("… (%d in all)", len(links)))
			break
		}
		parts = append(parts, l.Term)
	}
	fmt.Fprintf(w, "  %-13s %s\n", label, strings.Join(parts, ", "))
}
