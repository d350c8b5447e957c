package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/unspin-project/unspin"
	_ "github.com/unspin-project/unspin/lang/all"
)

func readLines(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".zst") {
		r, err := zstd.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if data, err = io.ReadAll(r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return string(data)
}

// TestResumeAfterCrash stops runs at many points as a killed process
// would (outputs written past the last checkpoint, then a torn line), and
// checks that resuming gives exactly the outputs of an uninterrupted run.
func TestResumeAfterCrash(t *testing.T) {
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var b bytes.Buffer
	for i := 0; i < 90; i++ {
		text := "Le conseil municipal a voté le budget de l'école, et les travaux dureront deux ans."
		if i%4 == 3 {
			text = "Le however de la réunion était de trouver une solution doable le lengthy de la frontière."
		}
		fmt.Fprintf(&b, `{"id": "r%d", "text": %q}`+"\n", i, text)
		if i%13 == 12 {
			b.WriteString("{torn\n")
		}
	}
	in1 := filepath.Join(dir, "a.jsonl")
	os.WriteFile(in1, b.Bytes(), 0o644)
	var z bytes.Buffer
	zw, _ := zstd.NewWriter(&z)
	zw.Write(b.Bytes())
	zw.Close()
	in2 := filepath.Join(dir, "b.jsonl.zst")
	os.WriteFile(in2, z.Bytes(), 0o644)
	mk := func(sub string) Config {
		d := filepath.Join(dir, sub)
		os.MkdirAll(d, 0o755)
		return Config{Inputs: []string{in1, in2}, Out: filepath.Join(d, "kept.jsonl.zst"), FilteredOut: filepath.Join(d, "filtered.jsonl"),
			Filter: 0.5, Rejects: filepath.Join(d, "rejects.jsonl"), Workers: 3, CheckpointEvery: 11}
	}
	ref := mk("ref")
	refSum, err := Run(context.Background(), a, ref)
	if err != nil {
		t.Fatal(err)
	}
	if refSum.Filtered == 0 || refSum.Rejected == 0 {
		t.Fatalf("reference run %+v: the test needs all three outputs", refSum)
	}
	for _, crashes := range [][]int64{{1}, {5}, {23}, {60, 61}, {103}, {150, 160, 190}} {
		cfg := mk(fmt.Sprint("crash", crashes))
		for k, at := range crashes {
			cfg.crashAfter, cfg.Resume = at, k > 0
			if _, err := Run(context.Background(), a, cfg); !errors.Is(err, errCrash) {
				t.Fatalf("crash at %d: %v", at, err)
			}
			// A torn record after the crash point.
			for _, p := range []string{cfg.Out, cfg.FilteredOut, cfg.Rejects} {
				f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0o644)
				f.Write([]byte(`{"half a rec`))
				f.Close()
			}
		}
		cfg.crashAfter, cfg.Resume = 0, true
		sum, err := Run(context.Background(), a, cfg)
		if err != nil {
			t.Fatalf("crashes %v: resume: %v", crashes, err)
		}
		if sum.Records != refSum.Records || sum.Kept != refSum.Kept || sum.Filtered != refSum.Filtered || sum.Rejected != refSum.Rejected {
			t.Errorf("crashes %v: resumed %d/%d/%d/%d, uninterrupted %d/%d/%d/%d", crashes,
				sum.Records, sum.Kept, sum.Filtered, sum.Rejected, refSum.Records, refSum.Kept, refSum.Filtered, refSum.Rejected)
		}
		for _, pair := range [][2]string{{cfg.Out, ref.Out}, {cfg.FilteredOut, ref.FilteredOut}, {cfg.Rejects, ref.Rejects}} {
			if got, want := readLines(t, pair[0]), readLines(t, pair[1]); got != want {
				t.Errorf("crashes %v: %s differs from the uninterrupted run (%d vs %d bytes)", crashes, filepath.Base(pair[0]), len(got), len(want))
			}
		}
	}
}
