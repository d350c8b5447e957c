package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/unspin-project/unspin/corpus"
	"github.com/unspin-project/unspin/htmltext"
	"github.com/unspin-project/unspin/source"
)

func init() {
	register(command{name: "source", summary: "find the article a text was copied from, among sources in another language", run: runSource})
}

const sourceHelp = `usage: unspin source --sources PATH [--sources PATH...] [--sources-lang en] [--save-index F] [--lang fr] [--top 5] [--format text|json] FILE|-
       unspin source --sources PATH... --save-index F
       unspin source --index F [--lang fr] [--top 5] [--format text|json] FILE|-

Finds, among candidate sources (in English by default), the article a text
(in French by default: detected) was translated and spun from. The text
and each source are read as keys of the sources' language — the names and
numbers they hold, and their content words, the text's translated through
the translation table of its language's pack (French → English, English →
French: --sources-lang fr) — and the sources are ranked by the
weight of the keys they share (BM25). The best match gets a calibrated
confidence that it is the source; each match lists the names, numbers
and words it shares with the text.

A --sources PATH is a corpus file (JSON Lines, plain, .gz or .zst, with
its text in "text", id in "id" and url in "url"; WARC or WET; Parquet), a
text or HTML file (one source, its id the file name), or a directory of
such files. Globs are expanded. A large collection is read once with
--save-index F (zstd-compressed) and searched many times with --index F.

Exit status: 0 a source found with confidence 0.5 or more, 1 none, 2 usage
or input error.
`

// sourcesFlag collects repeated --sources values.
type sourcesFlag []string

func (s *sourcesFlag) String() string     { return strings.Join(*s, ",") }
func (s *sourcesFlag) Set(v string) error { *s = append(*s, v); return nil }

func runSource(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("source", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var paths sourcesFlag
	fl.Var(&paths, "sources", "candidate sources: corpus files, text or HTML files, directories (repeatable; globs expanded)")
	srcLang := fl.String("sources-lang", "en", "language of the sources")
	lang := fl.String("lang", "", "language of the text (default: detected among the packs)")
	top := fl.Int("top", 5, "matches listed")
	format := fl.String("format", "text", "output format: text or json")
	input := addInputFlag(fl)
	cs := addCharsetFlag(fl)
	indexFile := fl.String("index", "", "read the sources from an index saved by --save-index (instead of --sources)")
	saveIndex := fl.String("save-index", "", "save the index of the --sources to this file (with no FILE to search: only that)")
	fl.Usage = func() { fmt.Fprint(stderr, sourceHelp); fl.PrintDefaults() }
	if err := fl.Parse(args); err != nil {
		return exitUsage
	}
	saving := *saveIndex != "" && fl.NArg() == 0
	if (fl.NArg() != 1 && !saving) || (len(paths) == 0) == (*indexFile == "") || *top < 1 || (*format != "text" && *format != "json") {
		fl.Usage()
		return exitUsage
	}
	ix, rejected, err := sourceIndex(paths, *srcLang, *indexFile, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if *saveIndex != "" {
		if err := saveSourceIndex(ix, *saveIndex); err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		fmt.Fprintf(stderr, "unspin: %d sources indexed, saved to %s\n", ix.Len(), *saveIndex)
		if saving {
			return exitOK
		}
	}
	data, err := readInput(fl.Arg(0), os.Stdin)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	t, page, err := decodeInput(*input, *cs, fl.Arg(0), data)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	text := t.Text
	if page {
		text = htmltext.Extract(text).Text
	}
	if *lang == "" {
		*lang = ix.Detect(text)
	}
	ms, err := ix.Search(context.Background(), text, *lang, *top)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if *format == "json" {
		err = writeSourceJSON(stdout, *lang, ix, rejected, ms)
	} else {
		err = writeSourceText(stdout, fl.Arg(0), *lang, ix, rejected, ms)
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if len(ms) > 0 && ms[0].Confidence >= 0.5 {
		return exitOK
	}
	return exitFindings
}

// sourceFlags are the --sources, --sources-lang and --sources-index flags
// of scan and serve.
type sourceFlags struct {
	paths       sourcesFlag
	lang, saved *string
}

func addSourceFlags(fs *flag.FlagSet, usage string) *sourceFlags {
	f := &sourceFlags{}
	fs.Var(&f.paths, "sources", usage)
	f.lang = fs.String("sources-lang", "en", "language of the sources")
	f.saved = fs.String("sources-index", "", "an index saved by unspin source --save-index, instead of --sources")
	return f
}

// index returns the sources the flags name (nil when none) and how many
// were rejected; false after printing why it cannot.
func (f *sourceFlags) index(stderr io.Writer) (*source.Index, int, bool) {
	if len(f.paths) == 0 && *f.saved == "" {
		return nil, 0, true
	}
	if len(f.paths) > 0 && *f.saved != "" {
		fmt.Fprintln(stderr, "unspin: give --sources or --sources-index, not both")
		return nil, 0, false
	}
	ix, rejected, err := sourceIndex(f.paths, *f.lang, *f.saved, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return nil, 0, false
	}
	return ix, rejected, true
}

// sourceIndex loads a saved index, or indexes the sources paths name;
// it returns the index and how many source records were rejected.
func sourceIndex(paths []string, lang, saved string, stderr io.Writer) (*source.Index, int, error) {
	if saved != "" {
		f, err := os.Open(saved)
		if err != nil {
			return nil, 0, err
		}
		defer f.Close()
		ix, err := source.Load(bufio.NewReader(f))
		return ix, 0, err
	}
	b, err := source.NewBuilder(lang)
	if err != nil {
		return nil, 0, err
	}
	n, rejected, err := addSources(b, paths, stderr)
	if err != nil {
		return nil, rejected, err
	}
	if n == 0 {
		return nil, rejected, fmt.Errorf("no source read from %s", strings.Join(paths, ", "))
	}
	return b.Index(), rejected, nil
}

// saveSourceIndex writes ix to path.
func saveSourceIndex(ix *source.Index, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = ix.Save(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// addSources indexes every source the paths name and returns how many
// were added and how many records were rejected (each reported on
// stderr).
func addSources(b *source.Builder, paths []string, stderr io.Writer) (added, rejected int, err error) {
	var files []string
	for _, p := range paths {
		matches, gerr := filepath.Glob(p)
		if gerr != nil || len(matches) == 0 {
			matches = []string{p}
		}
		for _, m := range matches {
			werr := filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() {
					files = append(files, path)
				}
				return nil
			})
			if werr != nil {
				return added, rejected, werr
			}
		}
	}
	for _, f := range files {
		switch strings.ToLower(filepath.Ext(f)) {
		case ".txt", ".md", ".html", ".htm":
			data, err := readInput(f, nil)
			if err != nil {
				return added, rejected, err
			}
			t, page, err := decodeInput("auto", "", f, data)
			if err != nil {
				return added, rejected, fmt.Errorf("%s: %w", f, err)
			}
			text := t.Text
			if page {
				text = htmltext.Extract(text).Text
			}
			if err := b.Add(source.Document{ID: f, Text: text}); err != nil {
				return added, rejected, err
			}
			added++
			continue
		}
		r, err := corpus.Open(f, corpus.Options{})
		if err != nil {
			return added, rejected, err
		}
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				r.Close()
				return added, rejected, err
			}
			if rec.Err == nil {
				rec.Err = b.Add(source.Document{ID: rec.ID, URL: rec.URL, Text: rec.Text})
			}
			if rec.Err != nil {
				rejected++
				fmt.Fprintf(stderr, "unspin: %s record %d skipped: %v\n", f, rec.Index, rec.Err)
				continue
			}
			added++
		}
		r.Close()
	}
	return added, rejected, nil
}

func writeSourceJSON(w io.Writer, lang string, ix *source.Index, rejected int, ms []source.Match) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(source.NewReport(lang, ix, rejected, ms))
}

func writeSourceText(w io.Writer, name, lang string, ix *source.Index, rejected int, ms []source.Match) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: language %s, %d sources in %s", name, lang, ix.Len(), ix.Lang())
	if rejected > 0 {
		fmt.Fprintf(&b, " (rejected records: %d)", rejected)
	}
	b.WriteString("\n")
	if len(ms) == 0 {
		b.WriteString("no source shares a name, number or word with the text\n")
	}
	for k, m := range ms {
		fmt.Fprintf(&b, "%d. %s", k+1, m.ID)
		if m.URL != "" {
			fmt.Fprintf(&b, " <%s>", m.URL)
		}
		fmt.Fprintf(&b, "  score %.1f", m.Score)
		if k == 0 {
			verdict := "probably not the source"
			if m.Confidence >= 0.5 {
				verdict = "the source"
			}
			fmt.Fprintf(&b, "  confidence %.2f (%s)", m.Confidence, verdict)
		}
		b.WriteString("\n")
		for _, l := range []struct {
			name string
			keys []string
		}{{"names", m.Shared.Names}, {"numbers", m.Shared.Numbers}, {"words", m.Shared.Words}} {
			if len(l.keys) > 0 {
				fmt.Fprintf(&b, "   shared %s: %s\n", l.name, strings.Join(l.keys, ", "))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
