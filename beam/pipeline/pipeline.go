// Package pipeline is unspin's corpus scan as an Apache Beam pipeline: the
// same per-record analysis as `unspin scan` (scan.Analyse) over sharded
// JSON Lines inputs, writing sharded outputs — kept, filtered and
// rejected records — and a summary of counts. It lives in its own module
// so that library users never download the Beam SDK.
package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/corpus"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/scan"
)

func init() {
	register.DoFn4x1[context.Context, string, string, func(string, string), error](&analyseFn{})
	register.Emitter2[string, string]()
	register.DoFn3x0[string, string, func(string, string)](&shardFn{})
	register.DoFn3x1[context.Context, string, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.Function2x1[string, int, string](formatCount)
}

// Options configure the pipeline.
type Options struct {
	Input     string  // glob of JSON Lines files (plain or .gz)
	Output    string  // prefix: PREFIX-kept-00000-of-00004.jsonl, … and PREFIX-summary.tsv
	Shards    int     // output shards per destination (default 4)
	Lang      string  // the documents' language, or "" to detect
	Filter    float64 // as scan's --filter
	Repaired  bool
	TextField string
	IDField   string
	MaxRecord int
}

// Build adds the pipeline to scope s.
func Build(s beam.Scope, opt Options) {
	if opt.Shards <= 0 {
		opt.Shards = 4
	}
	lines := textio.ReadWithFilename(s, opt.Input)
	records := beam.ParDo(s, &analyseFn{Lang: opt.Lang, Filter: opt.Filter, Repaired: opt.Repaired, TextField: opt.TextField, IDField: opt.IDField, MaxRecord: opt.MaxRecord}, lines)
	sharded := beam.ParDo(s, &shardFn{Shards: opt.Shards}, records)
	beam.ParDo0(s, &writeShardFn{Prefix: opt.Output, Shards: opt.Shards}, beam.GroupByKey(s, sharded))
	keys := beam.ParDo(s, countKeys, records)
	textio.Write(s, opt.Output+"-summary.tsv", beam.ParDo(s, formatCount, stats.Count(s, keys)))
}

// analyseFn analyses one line: KV<destination, output line>.
type analyseFn struct {
	Lang      string  `json:"lang"`
	Filter    float64 `json:"filter"`
	Repaired  bool    `json:"repaired"`
	TextField string  `json:"text_field"`
	IDField   string  `json:"id_field"`
	MaxRecord int     `json:"max_record"`
	a         *unspin.Analyzer
}

func (f *analyseFn) Setup() error {
	var opts []unspin.Option
	if f.Lang != "" {
		opts = append(opts, unspin.WithLanguage(f.Lang))
	}
	a, err := unspin.New(opts...)
	if err != nil {
		return err
	}
	f.a = a
	return nil
}

func (f *analyseFn) ProcessElement(ctx context.Context, file, line string, emit func(string, string)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	rec := corpus.ParseLine([]byte(strings.TrimSpace(line)), corpus.Options{TextField: f.TextField, IDField: f.IDField, MaxRecordBytes: f.MaxRecord})
	rec.Source, rec.Index, rec.Offset = file, -1, -1
	r := scan.Analyse(f.a, rec, scan.Options{Filter: f.Filter, Repaired: f.Repaired})
	emit(destName(r), string(r.Line))
	return nil
}

// destName encodes a result's destination and, for the summary, its
// verdict and host: "kept|spun|example.org".
func destName(r scan.Result) string {
	d := "kept"
	switch r.Dest {
	case scan.Filtered:
		d = "filtered"
	case scan.Rejected:
		d = "rejected"
	}
	h := ""
	if u, err := url.Parse(r.URL); err == nil && r.URL != "" {
		h = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return d + "|" + r.Label + "|" + h
}

// countKeys turns a record into the summary keys it counts for.
func countKeys(dest, _ string, emit func(string)) {
	parts := strings.SplitN(dest, "|", 3)
	emit("records")
	emit("destination:" + parts[0])
	if parts[0] != "rejected" {
		emit("verdict:" + parts[1])
		if parts[2] != "" && parts[1] != "human" && parts[1] != "none" {
			emit("flagged-host:" + parts[2])
		}
	}
}

func init() {
	register.Function3x0[string, string, func(string)](countKeys)
	register.Emitter1[string]()
}

func formatCount(k string, n int) string { return fmt.Sprintf("%s\t%d", k, n) }

// shardFn spreads each destination's records over shards by a hash of the
// line: KV<"kept/00003", line>.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(dest, line string, emit func(string, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	d, _, _ := strings.Cut(dest, "|")
	emit(fmt.Sprintf("%s/%05d", d, h.Sum32()%uint32(f.Shards)), line)
}

// writeShardFn writes one shard file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, key string, lines func(*string) bool) error {
	dest, shard, _ := strings.Cut(key, "/")
	name := fmt.Sprintf("%s-%s-%s-of-%05d.jsonl", f.Prefix, dest, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
