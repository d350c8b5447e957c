// Command unspin-beam runs unspin's corpus scan as an Apache Beam pipeline:
// on Beam's embedded prism runner by default (one machine, no setup), or
// on Flink, Spark or Dataflow with Beam's usual flags (README).
//
//	unspin-beam --input 'shards/*.jsonl.gz' --output out/scan [--lang fr] [--filter 0.5] [--shards 8]
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/unspin-project/unspin/beam/pipeline"
	"github.com/unspin-project/unspin/internal/hugeheap"
)

var (
	input     = flag.String("input", "", "glob of JSON Lines files (plain or .gz)")
	output    = flag.String("output", "", "output prefix: PREFIX-kept-00000-of-N.jsonl, PREFIX-filtered-…, PREFIX-rejected-…, PREFIX-summary.tsv")
	shards    = flag.Int("shards", 4, "output shards per destination")
	lang      = flag.String("lang", "", "language of the documents (default: detected)")
	filter    = flag.Float64("filter", 0, "send documents whose P(not human) is at least this to the filtered output")
	repaired  = flag.Bool("repaired", false, "add the repaired text")
	textField = flag.String("text-field", "text", "JSONL field holding the text")
	idField   = flag.String("id-field", "id", "JSONL field holding the record id")
	maxRecord = flag.Int("max-record-bytes", 8<<20, "reject records larger than this")
)

func main() {
	flag.Parse()
	beam.Init()
	// As unspin scan: huge pages for the heap where Linux leaves them to
	// the program (UNSPIN_HUGEPAGES=0: off). Beam workers run this binary
	// too, so they get them as well.
	hugeheap.Enable(256 << 20)
	if *input == "" || *output == "" {
		log.Fatal("unspin-beam: --input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Build(s, pipeline.Options{Input: *input, Output: *output, Shards: *shards, Lang: *lang, Filter: *filter,
		Repaired: *repaired, TextField: *textField, IDField: *idField, MaxRecord: *maxRecord})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("unspin-beam: %v", err)
	}
}
