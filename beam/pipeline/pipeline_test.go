package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/scan"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// Texts written for this test.
var texts = []string{
	"Le conseil municipal a voté le budget de l'école ; les travaux dureront deux ans.",
	"La bibliothèque ouvre désormais le dimanche matin, et les lecteurs s'en réjouissent.",
	"Le however de la réunion était de trouver une solution doable pour les deux events le lengthy de la frontière.",
}

func shardLines(t *testing.T, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" {
				out = append(out, l)
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestPipelineEqualsScan runs the pipeline on prism over sharded inputs
// and checks its kept and filtered records equal `unspin scan`'s on the
// same input, and its rejects and summary counts too.
func TestPipelineEqualsScan(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for shard := 0; shard < 3; shard++ {
		var b strings.Builder
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, `{"id": "s%d-%d", "text": %q, "url": "https://site%d.example/%d"}`+"\n", shard, i, texts[(i+shard)%len(texts)], i%4, i)
			if i%15 == 7 {
				b.WriteString("{not json}\n")
			}
		}
		p := filepath.Join(dir, fmt.Sprintf("in-%d.jsonl", shard))
		os.WriteFile(p, []byte(b.String()), 0o644)
		inputs = append(inputs, p)
	}
	out := filepath.Join(dir, "beam", "scan")
	os.MkdirAll(filepath.Dir(out), 0o755)
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(dir, "in-*.jsonl"), Output: out, Shards: 3, Lang: "fr", Filter: 0.5})
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	sd := filepath.Join(dir, "scan")
	os.MkdirAll(sd, 0o755)
	cfg := scan.Config{Inputs: inputs, Out: filepath.Join(sd, "kept.jsonl"), FilteredOut: filepath.Join(sd, "filtered.jsonl"), Filter: 0.5, Rejects: filepath.Join(sd, "rejects.jsonl")}
	sum, err := scan.Run(context.Background(), a, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ beam, scan string }{{out + "-kept-*.jsonl", cfg.Out}, {out + "-filtered-*.jsonl", cfg.FilteredOut}} {
		got, want := shardLines(t, c.beam), shardLines(t, c.scan)
		if len(want) == 0 || strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: %d records, scan wrote %d (or they differ)", c.beam, len(got), len(want))
		}
	}
	if got := shardLines(t, out+"-rejected-*.jsonl"); int64(len(got)) != sum.Rejected {
		t.Errorf("beam rejected %d, scan %d", len(got), sum.Rejected)
	}
	summary := shardLines(t, out+"-summary.tsv")
	for _, want := range []string{fmt.Sprintf("records\t%d", sum.Records), fmt.Sprintf("destination:kept\t%d", sum.Kept), fmt.Sprintf("destination:filtered\t%d", sum.Filtered)} {
		found := false
		for _, l := range summary {
			found = found || l == want
		}
		if !found {
			t.Errorf("summary lacks %q: %q", want, summary)
		}
	}
}
