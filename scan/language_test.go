package scan_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/scan"
)

// Documents in a language without a pack are kept, marked and unjudged:
// never filtered as machine-made, never lost.
func TestScanOtherLanguages(t *testing.T) {
	dir := t.TempDir()
	german := "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer zu erneuern, weil sie für Lastwagen zu schwach geworden ist."
	var b strings.Builder
	for i, text := range []string{clean[0], german, spun[0], german, clean[1]} {
		fmt.Fprintf(&b, `{"id": "r%d", "text": %q}`+"\n", i, text)
	}
	in := filepath.Join(dir, "mixed.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := scan.Config{Inputs: []string{in}, Out: filepath.Join(dir, "kept.jsonl"), FilteredOut: filepath.Join(dir, "filtered.jsonl"), Filter: 0.5,
		Rejects: filepath.Join(dir, "rejects.jsonl"), Workers: 2}
	sum, err := scan.Run(context.Background(), analyzer(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Records != 5 || sum.Rejected != 0 || sum.Filtered != 1 || sum.Kept != 4 || sum.Langs["de"] != 2 {
		t.Fatalf("summary %+v: want 5 records, 4 kept (2 German), 1 filtered, none rejected", sum)
	}
	german0 := 0
	for _, l := range lines(t, cfg.Out) {
		var rec struct {
			Unspin struct {
				Lang    string          `json:"lang"`
				Verdict json.RawMessage `json:"verdict"`
				Score   *float64        `json:"score"`
				Skipped string          `json:"skipped"`
			} `json:"unspin"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Unspin.Lang != "de" {
			continue
		}
		german0++
		if rec.Unspin.Score != nil || string(rec.Unspin.Verdict) != "null" || !strings.Contains(rec.Unspin.Skipped, "de") {
			t.Errorf("German record judged: %s", l)
		}
	}
	if german0 != 2 {
		t.Errorf("%d German records kept, want 2", german0)
	}
}
