package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/source"
)

// The sources and texts are source/testdata's, written for the tests.
func TestSourceCommand(t *testing.T) {
	dir := filepath.Join("..", "..", "source", "testdata")
	code, out, errOut := runCLI("source", "--sources", filepath.Join(dir, "sources"), "--format", "json", filepath.Join(dir, "query-fr.txt"))
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var r source.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.Schema != "unspin.source/v1" || r.Lang != "fr" || r.SourcesLang != "en" || r.Indexed != 4 || len(r.Matches) == 0 {
		t.Fatalf("report %+v", r)
	}
	best := r.Matches[0]
	if !strings.HasSuffix(best.ID, "election.txt") || best.Confidence == nil || *best.Confidence < 0.5 {
		t.Errorf("best match %+v", best)
	}
	for _, m := range r.Matches[1:] {
		if m.Confidence != nil {
			t.Errorf("confidence on a match other than the best: %+v", m)
		}
	}

	// A story no source tells: exit 1, and the text output says so.
	code, out, _ = runCLI("source", "--sources", filepath.Join(dir, "sources", "*.txt"), filepath.Join(dir, "absent-fr.txt"))
	if code != exitFindings || !strings.Contains(out, "probably not the source") {
		t.Errorf("absent source: exit %d\n%s", code, out)
	}

	// Sources in a JSON Lines corpus, one record broken.
	tmp := t.TempDir()
	var lines []string
	for _, n := range []string{"harbour", "election", "bridge"} {
		data, err := os.ReadFile(filepath.Join(dir, "sources", n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(map[string]string{"id": n, "url": "https://example.org/" + n, "text": string(data)})
		lines = append(lines, string(b))
	}
	lines = append(lines, `{"id": "broken", "text": `)
	corpusFile := filepath.Join(tmp, "sources.jsonl")
	if err := os.WriteFile(corpusFile, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI("source", "--sources", corpusFile, filepath.Join(dir, "query-fr.txt"))
	if code != exitOK || !strings.Contains(out, "1. election <https://example.org/election>") || !strings.Contains(out, "rejected records: 1") || !strings.Contains(errOut, "skipped") {
		t.Errorf("corpus sources: exit %d\n%s\n%s", code, out, errOut)
	}

	// Index once, search many times.
	saved := filepath.Join(tmp, "sources.idx")
	if code, _, errOut := runCLI("source", "--sources", filepath.Join(dir, "sources"), "--save-index", saved); code != exitOK || !strings.Contains(errOut, "4 sources indexed") {
		t.Fatalf("--save-index: exit %d: %s", code, errOut)
	}
	code, out, errOut = runCLI("source", "--index", saved, filepath.Join(dir, "query-fr.txt"))
	if code != exitOK || !strings.Contains(out, "1. source/testdata/sources/election.txt") && !strings.Contains(out, "election.txt  score") {
		t.Errorf("--index: exit %d\n%s\n%s", code, out, errOut)
	}

	for _, args := range [][]string{
		{"source", "--sources", corpusFile, "--index", saved, filepath.Join(dir, "query-fr.txt")},     // both
		{"source", "--index", filepath.Join(dir, "query-fr.txt"), filepath.Join(dir, "query-fr.txt")}, // not an index
		{"source", filepath.Join(dir, "query-fr.txt")},                                                // no --sources
		{"source", "--sources", filepath.Join(tmp, "none.jsonl"), filepath.Join(dir, "query-fr.txt")}, // missing file
		{"source", "--sources", corpusFile, "--format", "xml", filepath.Join(dir, "query-fr.txt")},
	} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// unspin scan --sources names each document's source: the French text is
// a translated copy of one of source/testdata's English stories, the
// other French record of none.
func TestScanWithSources(t *testing.T) {
	dir := filepath.Join("..", "..", "source", "testdata")
	tmp := t.TempDir()
	var lines []string
	for _, n := range []string{"query-fr", "absent-fr"} {
		data, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(map[string]string{"id": n, "text": string(data)})
		lines = append(lines, string(b))
	}
	in := filepath.Join(tmp, "in.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "out.jsonl")
	code, stdout, errOut := runCLI("scan", "--quiet", "--lang", "fr", "--sources", filepath.Join(dir, "sources"), "--out", out, in)
	if code != exitOK || !strings.Contains(stdout, "1 documents with a source among the 4 given") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r struct {
			ID     string `json:"id"`
			Unspin struct {
				Source *struct {
					ID         string  `json:"id"`
					Confidence float64 `json:"confidence"`
				} `json:"source"`
			} `json:"unspin"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.Unspin.Source == nil {
			t.Fatalf("%s: no source object: %s", r.ID, l)
		}
		if r.ID == "query-fr" && !strings.HasSuffix(r.Unspin.Source.ID, "election.txt") {
			t.Errorf("query-fr: source %s", r.Unspin.Source.ID)
		}
		got[r.ID] = r.Unspin.Source.Confidence
	}
	if got["query-fr"] < 0.5 || got["absent-fr"] >= 0.5 {
		t.Errorf("source confidences %v, want query-fr ≥ 0.5 and absent-fr < 0.5", got)
	}
}
