package scan_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/corpus"
	"github.com/unspin-project/unspin/scan"
)

// TestScanLinesEqualAnalyse scans records of very different lengths, so
// that a written line's buffer is reused for a longer or a shorter one,
// on four workers, and checks every line against Analyse's for the same
// record: no line may carry another's bytes.
func TestScanLinesEqualAnalyse(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	n := 120
	for i := 0; i < n; i++ {
		text := strings.Repeat(clean[i%len(clean)]+" ", 1+(i*7)%13)
		if i%4 == 3 {
			text = spun[i%len(spun)]
		}
		fmt.Fprintf(&b, `{"id": "r%d", "text": %q}`+"\n", i, text)
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	cfg := scan.Config{Inputs: []string{in}, Out: filepath.Join(dir, "out.jsonl"), Rejects: filepath.Join(dir, "rej.jsonl"), Workers: 4}
	if _, err := scan.Run(context.Background(), a, cfg); err != nil {
		t.Fatal(err)
	}
	got := lines(t, cfg.Out)
	r, err := corpus.Open(in, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for i := 0; i < n; i++ {
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		want := scan.Analyse(a, rec, scan.Options{}).Line
		if i >= len(got) || got[i] != string(want) {
			t.Fatalf("record %d: scan wrote\n%.200s\nAnalyse gives\n%.200s", i, got[min(i, len(got)-1)], want)
		}
	}
	if len(got) != n {
		t.Errorf("%d lines, want %d", len(got), n)
	}
}
