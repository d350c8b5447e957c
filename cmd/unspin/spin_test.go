package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/unspin-project/unspin/mt"
)

// Text written for this test: English news for the machine-translation
// step, with words Apertium does not know ("commuters").
const spinSourceEN = "The transport minister presented a long plan to modernise the regional railway lines. " +
	"According to him, the goal of the reform is to reduce delays, which weigh on the daily situation of commuters. " +
	"Both parties in the council support the project, and the public health authorities welcomed the decision."

// Text written for this test: French with strong two-word terms.
const spinSourceFR = "Le conseil municipal a voté un plan contre le changement climatique. " +
	"Pour le premier adjoint, la santé publique reste la priorité, et la dette publique pèse sur le budget. " +
	"La guerre mondiale avait laissé une situation difficile dans toute la région."

type spinGold struct {
	Kind      string `json:"kind"`
	Source    string `json:"source_lang"`
	Steps     []string
	Artifacts []struct {
		Observed, Original, Type string
		Start, End               int
	}
}

func TestSpinSteps(t *testing.T) {
	dir := t.TempDir()
	en, fr := filepath.Join(dir, "en.txt"), filepath.Join(dir, "fr.txt")
	if err := os.WriteFile(en, []byte(spinSourceEN), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fr, []byte(spinSourceFR), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		args      []string
		kind      string
		needMT    bool
		wantTypes []string // artifact types that must occur
	}{
		{"words", []string{"--rate", "0.5", fr}, "spun", false, []string{"cross-lingual-spin"}},
		{"words and terms", []string{"--rate", "0.3", "--terms", "--term-rate", "1", fr}, "spun", false, []string{"tortured-phrase"}},
		{"terms only", []string{"--rate", "0", "--terms", "--term-rate", "1", fr}, "spun", false, []string{"tortured-phrase"}},
		{"nothing", []string{"--rate", "0", fr}, "clean", false, nil},
		{"machine translation only", []string{"--mt", "--rate", "0", en}, "mt", true, []string{"untranslated"}},
		{"machine translation, then spun", []string{"--mt", "--rate", "0.5", en}, "spun-mt", true, []string{"untranslated", "cross-lingual-spin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.needMT && !mt.Available() {
				t.Skip(mt.ErrNoApertium)
			}
			gold := filepath.Join(dir, "gold.json")
			args := append([]string{"spin", "--seed", "4", "--gold", gold}, tc.args...)
			code, out, errs := runCLI(args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			data, err := os.ReadFile(gold)
			if err != nil {
				t.Fatal(err)
			}
			var g spinGold
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			if g.Kind != tc.kind {
				t.Errorf("kind %q, want %q", g.Kind, tc.kind)
			}
			if tc.needMT && (g.Source != "en" || out == spinSourceEN) {
				t.Errorf("source %q; output untranslated: %v", g.Source, out == spinSourceEN)
			}
			if tc.kind == "clean" && (out != spinSourceFR || len(g.Artifacts) != 0) {
				t.Errorf("no step changed the text: %q, %d artifacts", out, len(g.Artifacts))
			}
			runes := []rune(out)
			seen := map[string]bool{}
			for i, a := range g.Artifacts {
				seen[a.Type] = true
				if a.Start < 0 || a.End > len(runes) || string(runes[a.Start:a.End]) != a.Observed {
					t.Errorf("artifact %+v does not match the output", a)
				}
				if i > 0 && g.Artifacts[i-1].End > a.Start {
					t.Errorf("artifacts overlap or are out of order at %+v", a)
				}
			}
			for _, want := range tc.wantTypes {
				if !seen[want] {
					t.Errorf("no %s artifact in %s", want, data)
				}
			}
		})
	}
	if code, _, _ := runCLI("spin", "--mt", "--lang", "en", en); code != exitUsage {
		t.Errorf("--mt with --lang en: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI("spin", "--terms", "--term-rate", "2", fr); code != exitUsage {
		t.Errorf("bad term rate: exit %d, want %d", code, exitUsage)
	}
}
