package scan_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/scan"
)

// TestResumeAfterCrash stops runs at many points as a killed process
// would (outputs written past the last checkpoint, then a torn line), and
// checks that resuming gives exactly the outputs of an uninterrupted run.
func TestResumeAfterCrash(t *testing.T) {
	a := analyzer(t)
	dir := t.TempDir()
	in1, _ := corpusFile(t, dir, "a.jsonl", 90)
	in2, _ := corpusFile(t, dir, "b.jsonl.zst", 90)
	mk := func(sub string) scan.Config {
		d := filepath.Join(dir, sub)
		os.MkdirAll(d, 0o755)
		return scan.Config{Inputs: []string{in1, in2}, Out: filepath.Join(d, "kept.jsonl.zst"), FilteredOut: filepath.Join(d, "filtered.jsonl"),
			Filter: 0.5, Rejects: filepath.Join(d, "rejects.jsonl"), Workers: 3, CheckpointEvery: 11}
	}
	ref := mk("ref")
	refSum, err := scan.Run(context.Background(), a, ref)
	if err != nil {
		t.Fatal(err)
	}
	if refSum.Filtered == 0 || refSum.Rejected == 0 {
		t.Fatalf("reference run %+v: the test needs all three outputs", refSum)
	}
	for _, crashes := range [][]int64{{1}, {5}, {23}, {60, 61}, {103}, {150, 160, 190}} {
		cfg := mk(fmt.Sprint("crash", crashes))
		for k, at := range crashes {
			cfg.SetCrashAfter(at)
			cfg.Resume = k > 0
			if _, err := scan.Run(context.Background(), a, cfg); !errors.Is(err, scan.ErrCrash) {
				t.Fatalf("crash at %d: %v", at, err)
			}
			// A torn record after the crash point.
			for _, p := range []string{cfg.Out, cfg.FilteredOut, cfg.Rejects} {
				f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0o644)
				f.Write([]byte(`{"half a rec`))
				f.Close()
			}
		}
		cfg.SetCrashAfter(0)
		cfg.Resume = true
		sum, err := scan.Run(context.Background(), a, cfg)
		if err != nil {
			t.Fatalf("crashes %v: resume: %v", crashes, err)
		}
		if sum.Records != refSum.Records || sum.Kept != refSum.Kept || sum.Filtered != refSum.Filtered || sum.Rejected != refSum.Rejected {
			t.Errorf("crashes %v: resumed %d/%d/%d/%d, uninterrupted %d/%d/%d/%d", crashes,
				sum.Records, sum.Kept, sum.Filtered, sum.Rejected, refSum.Records, refSum.Kept, refSum.Filtered, refSum.Rejected)
		}
		for _, pair := range [][2]string{{cfg.Out, ref.Out}, {cfg.FilteredOut, ref.FilteredOut}, {cfg.Rejects, ref.Rejects}} {
			if got, want := strings.Join(lines(t, pair[0]), "\n"), strings.Join(lines(t, pair[1]), "\n"); got != want {
				t.Errorf("crashes %v: %s differs from the uninterrupted run (%d vs %d bytes)", crashes, filepath.Base(pair[0]), len(got), len(want))
			}
		}
	}
}
