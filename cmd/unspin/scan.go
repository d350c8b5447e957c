package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/corpus"
	"github.com/unspin-project/unspin/scan"
)

func init() {
	register(command{"scan", "analyse corpus files (JSONL, WARC, WET) on all cores, resumable", runScan})
}

const scanHelp = `usage: unspin scan --out OUT [flags] FILE|GLOB...

Reads JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst; the text in --text-field),
WARC or WET files (.warc, .warc.gz, .wet, .wet.gz: the text of HTML
responses and of conversion records) and Parquet files (.parquet: the
--text-field column), analyses every document on all cores and writes each
record with an added "unspin" object (verdict, score = P(not human),
findings) to --out, in input order (".zst" compresses; ".parquet" writes
Parquet — id, url, text, unspin_label, unspin_score, unspin — which cannot
be resumed).
With --filter X, documents scoring X or more go to --filtered-out instead.
Malformed records go to --rejects with the reason and their place in the
input: records read = kept + filtered + rejected. A run killed at any point
continues with --resume, losing and duplicating nothing. A summary is
written as JSON and as an HTML page with charts (--summary PREFIX).

`

func runScan(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language of the documents (default: detected per document)")
	spinner := fs.String("spinner", "", "language of the spinner (default: en)")
	same := fs.Bool("same-language", false, "also look for tortured phrases (two words spun inside the text's language) and same-language substitutions; 15-40x slower")
	wordsIn := fs.String("same-language-words", "", "comma-separated languages whose texts are also searched for single words spun inside their own language, as unspin check does for fr (French spun with French synonyms is then judged spun; about 3x slower on French, and more memory)")
	out := fs.String("out", "", "output for the documents kept (all documents without --filter)")
	filter := fs.Float64("filter", 0, "send documents whose P(not human) is at least this to --filtered-out (0: no filtering)")
	filtered := fs.String("filtered-out", "", "output for filtered documents")
	rejects := fs.String("rejects", "", "output for malformed records (default: OUT with .rejects.jsonl)")
	statePath := fs.String("state", "", "checkpoint file (default: OUT.state)")
	resume := fs.Bool("resume", false, "continue an interrupted run from its checkpoint")
	workers := fs.Int("workers", 0, "documents analysed in parallel (default: all cores)")
	repaired := fs.Bool("repaired", false, "add the repaired text to each record")
	src := addSourceFlags(fs, "candidate sources in another language (as unspin source reads them, repeatable): each document's best match is added as \"source\"")
	textField := fs.String("text-field", "text", "JSONL field holding the text")
	idField := fs.String("id-field", "id", "JSONL field holding the record id")
	maxRecord := fs.Int("max-record-bytes", 8<<20, "reject records larger than this")
	summaryPrefix := fs.String("summary", "", "write the summary to PREFIX.json and PREFIX.html (default: OUT.summary)")
	every := fs.Int("checkpoint-every", 2000, "records between checkpoints")
	quiet := fs.Bool("quiet", false, "no progress display even on a terminal")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a profile of the run's allocations to this file at its end (for go tool pprof)")
	fs.Usage = func() { fmt.Fprint(stderr, scanHelp); fs.PrintDefaults() }
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if *out == "" || len(files) == 0 || (*filter > 0 && *filtered == "") {
		fs.Usage()
		return exitUsage
	}
	inputs, err := expand(files)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	if *rejects == "" {
		*rejects = strings.TrimSuffix(strings.TrimSuffix(*out, ".zst"), ".jsonl") + ".rejects.jsonl"
	}
	if *summaryPrefix == "" {
		*summaryPrefix = *out + ".summary"
	}
	opts := []unspin.Option{unspin.WithSameLanguageSpin(*same)}
	if langs := langList(*wordsIn); len(langs) > 0 {
		opts = append(opts, unspin.WithSameLanguageWordsIn(langs...))
	}
	if *lang != "" {
		opts = append(opts, unspin.WithLanguage(*lang))
	}
	if *spinner != "" {
		opts = append(opts, unspin.WithSpinnerLanguage(*spinner))
	}
	tuneGC()
	hugePages()
	a, err := unspin.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	cfg := scan.Config{Inputs: inputs, Out: *out, FilteredOut: *filtered, Filter: *filter, Rejects: *rejects, State: *statePath,
		Resume: *resume, Workers: *workers, Repaired: *repaired, CheckpointEvery: *every,
		Reader: corpus.Options{TextField: *textField, IDField: *idField, MaxRecordBytes: *maxRecord}}
	var ok bool
	if cfg.Sources, _, ok = src.index(stderr); !ok {
		return exitUsage
	}
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		cfg.Progress = func(p scan.Progress) { fmt.Fprint(stderr, "\r"+progressLine(p)+"\x1b[K") }
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if *memProfile != "" {
		defer writeAllocs(*memProfile, stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	sum, err := scan.Run(ctx, a, cfg)
	if cfg.Progress != nil {
		fmt.Fprintln(stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "unspin: interrupted; run again with --resume to continue")
		}
		return exitUsage
	}
	if err := writeSummary(*summaryPrefix, sum, inputs); err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%d records: %d kept, %d filtered, %d rejected (%d non-document WARC records skipped); %.1f MB in %.1f s; summary %s.{json,html}\n",
		sum.Records, sum.Kept, sum.Filtered, sum.Rejected, sum.Skipped, float64(sum.InBytes)/1e6, sum.Seconds, *summaryPrefix)
	if cfg.Sources != nil {
		fmt.Fprintf(stdout, "%d documents with a source among the %d given (confidence 0.5 or more)\n", sum.Sourced, cfg.Sources.Len())
	}
	return exitOK
}

// parseInterspersed parses flags placed before, between or after the
// file arguments ("unspin scan a.jsonl --resume" works); "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// expand turns file names and globs into files, in order, each once.
func expand(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, a := range args {
		matches := []string{a}
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, fmt.Errorf("bad pattern %q: %w", a, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("no file matches %q", a)
			}
			sort.Strings(m)
			matches = m
		}
		for _, m := range matches {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out, nil
}

func progressLine(p scan.Progress) string {
	eta := "?"
	if p.BytesPerSec > 0 && p.TotalBytes > p.DoneBytes {
		eta = (time.Duration(float64(p.TotalBytes-p.DoneBytes)/p.BytesPerSec) * time.Second).Round(time.Second).String()
	} else if p.TotalBytes <= p.DoneBytes {
		eta = "0s"
	}
	pct := 0.0
	if p.TotalBytes > 0 {
		pct = 100 * float64(p.DoneBytes) / float64(p.TotalBytes)
	}
	return fmt.Sprintf("file %d/%d  %5.1f%%  %d docs  %.0f docs/s  %.2f MB/s  ETA %s", p.File, p.Files, pct, p.Records, p.RecordsPerSec, p.BytesPerSec/1e6, eta)
}

func writeSummary(prefix string, sum *scan.Summary, inputs []string) error {
	data, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(prefix+".json", append(data, '\n'), 0o644); err != nil {
		return err
	}
	f, err := os.Create(prefix + ".html")
	if err != nil {
		return err
	}
	title := fmt.Sprintf("unspin scan: %d file(s), %d records", len(inputs), sum.Records)
	if err := scan.WriteHTML(f, sum, title); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeAllocs writes the allocation profile to file name, reporting a
// failure on stderr. A collection first makes the profile complete: it
// shows allocations as of the last one.
func writeAllocs(name string, stderr io.Writer) {
	runtime.GC()
	f, err := os.Create(name)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
	}
}
