package unspin_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin-project/unspin"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/types"
)

const seedDir = "../shared/data/seed/"

type goldFile struct {
	Artifacts []struct {
		Observed   string  `json:"observed"`
		Start      int     `json:"start"`
		End        int     `json:"end"`
		Original   *string `json:"original"`
		Type       string  `json:"type"`
		Confidence string  `json:"confidence"`
	} `json:"artifacts"`
}

// byteOffset converts a code-point offset to a byte offset.
func byteOffset(s string, cp int) int {
	n := 0
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	return len(s)
}

// TestSeed checks the seed article against its gold annotations: every
// gold span found exactly, names left alone, and the repairs counted.
func TestSeed(t *testing.T) {
	text, err := os.ReadFile(seedDir + "blinken-fr.txt")
	if err != nil {
		t.Skipf("skipped: seed absent (%v)", err)
	}
	raw, err := os.ReadFile(seedDir + "blinken-fr.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.Analyze(string(text))
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for _, f := range r.Findings {
		if s[f.Start:f.End] != f.Text {
			t.Errorf("finding span [%d,%d) gives %q, finding says %q", f.Start, f.End, s[f.Start:f.End], f.Text)
		}
	}
	repaired, high, spans := 0, 0, 0
	for _, g := range gold.Artifacts {
		bs, be := byteOffset(s, g.Start), byteOffset(s, g.End)
		var hit *types.Finding
		for i := range r.Findings {
			if r.Findings[i].Start == bs && r.Findings[i].End == be {
				hit = &r.Findings[i]
			}
		}
		if hit == nil {
			t.Errorf("gold %s %q [%d,%d) not found with its exact span", g.Type, g.Observed, g.Start, g.End)
			continue
		}
		if g.Type != string(types.MTError) {
			spans++
		}
		if g.Confidence == "high" && g.Original != nil {
			high++
			if strings.EqualFold(hit.Suggestion, *g.Original) {
				repaired++
			} else {
				t.Logf("%q repaired to %q, gold %q", g.Observed, hit.Suggestion, *g.Original)
			}
		}
	}
	t.Logf("seed: %d of %d gold spins found exactly; %d of %d high-confidence ones repaired to the gold original", spans, 8, repaired, high)
	// The issue asks for 6 of 7. "events" -> "parties" stays out of reach:
	// no thesaurus links them (docs/EVALUATION.md).
	if repaired < 6 {
		t.Errorf("only %d of %d high-confidence spins repaired to the gold original (the issue asks 6)", repaired, high)
	}
	for _, name := range []string{"Blinken", "Lavrov", "Sergey", "Sergueï", "Przysucha", "Kuleba", "Suh", "Wook", "OSCE", "OTAN", "Biden", "Stockholm", "Minsk", "Poutine"} {
		for _, f := range r.Findings {
			if strings.Contains(f.Text, name) {
				t.Errorf("finding %q on the name %s", f.Text, name)
			}
		}
	}
	if len(r.Findings) > len(gold.Artifacts)+2 {
		t.Errorf("%d findings for %d gold artifacts: too many false alarms", len(r.Findings), len(gold.Artifacts))
	}
	// The document verdict: spun from English.
	if v := r.Verdict; v == nil || v.Label != types.Spun || v.P[types.Spun] < 0.9 || v.SourceLang != "en" {
		t.Errorf("verdict %+v, want spun with p >= 0.9 from en", r.Verdict)
	} else {
		t.Logf("verdict: spun p %.3f, source %s; %q", v.P[types.Spun], v.SourceLang, v.Evidence)
	}
	if !utf8.ValidString(r.Repaired) || !strings.Contains(r.Repaired, "le long de sa frontière") || !strings.Contains(r.Repaired, "la situation") {
		t.Errorf("repaired text lacks the expected repairs")
	}
}
