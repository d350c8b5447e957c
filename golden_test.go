package unspin_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// render prints findings as spans with the text they cover.
func render(text string, r *unspin.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lang %s\n", r.Lang)
	for _, f := range r.Findings {
		if text[f.Start:f.End] != f.Text {
			fmt.Fprintf(&b, "SPAN MISMATCH ")
		}
		sug := "-"
		if f.Suggestion != "" {
			sug = fmt.Sprintf("%q", f.Suggestion)
		}
		fmt.Fprintf(&b, "[%d,%d) %q -> %s %s\n", f.Start, f.End, text[f.Start:f.End], sug, f.Kind)
	}
	fmt.Fprintf(&b, "repaired:\n%s", r.Repaired)
	return b.String()
}

// TestGolden runs the analyzer on texts written for these tests and
// compares the findings with testdata/golden/*.golden (go test -update
// rewrites them; review the diff).
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	a, err := unspin.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			r, err := a.Analyze(string(data))
			if err != nil {
				t.Fatal(err)
			}
			got := render(string(data), r)
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("findings differ from %s (-want +got):\n%s", golden, d)
			}
		})
	}
}
