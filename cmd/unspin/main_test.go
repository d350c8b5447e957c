package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestLexiconCommand(t *testing.T) {
	code, out, _ := runCLI("lexicon", "impression", "long")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"impression [fr]", "NOUN impression f s", "homograph     also en", "long [fr]", "ADJ long m s", "en synonyms"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI("lexicon", "--lang", "en", "state of affairs")
	if code != exitOK || !strings.Contains(out, "replaces") || !strings.Contains(out, "situation") {
		t.Errorf("en lexicon for a phrase: exit %d\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{{}, {"nonsense"}, {"lexicon"}, {"lexicon", "--lang", "xx", "mot"}, {"pack"}, {"pack", "frobnicate"}}
	for _, args := range tests {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("unspin %v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestPackInfoAndVerify(t *testing.T) {
	code, out, _ := runCLI("pack", "info", "--lang", "fr")
	if code != exitOK || !strings.Contains(out, "grammalecte-fr-lexicon") || !strings.Contains(out, "lm_dev_perplexity") {
		t.Errorf("pack info: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("pack", "verify", "--data", "../../../shared/data")
	if code != exitOK {
		t.Errorf("pack verify: exit %d\n%s", code, out)
	}
}

func TestCheckAndFix(t *testing.T) {
	code, out, _ := runCLI("check", "../../examples/spun-fr.txt")
	if code != exitFindings || !strings.Contains(out, `"lengthy" -> "long"`) || !strings.Contains(out, "cross-lingual-spin") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("check", "--format", "json", "../../examples/spun-fr.txt")
	if code != exitFindings || !strings.Contains(out, `"schema": "unspin.report/v1"`) || !strings.Contains(out, `"char_start"`) {
		t.Errorf("check json: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("fix", "../../examples/spun-fr.txt")
	if code != exitFindings || !strings.Contains(out, "un plan long de trois ans") || !strings.Contains(out, "la situation des usagers") {
		t.Errorf("fix: exit %d\n%s", code, out)
	}
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<!DOCTYPE html><html><body><p>Le <b>however</b> de la r&eacute;union.</p><script>var however;</script></body></html>"), 0o644)
	if code, out, _ := runCLI("fix", page); code != exitFindings || !strings.Contains(out, "<p>Le <b>but</b> de la r&eacute;union.</p><script>var however;</script>") {
		t.Errorf("fix of an HTML page: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI("check", "--format", "json", page); code != exitFindings || !strings.Contains(out, `"start": 36`) {
		t.Errorf("check of an HTML page: exit %d, want the span of the page\n%s", code, out)
	}
	german := filepath.Join(t.TempDir(), "de.txt")
	os.WriteFile(german, []byte("Der Stadtrat hat gestern Abend lange über den neuen Haushalt gesprochen und ihn beschlossen.\n"), 0o644)
	if code, _, errOut := runCLI("check", german); code != exitUsage || !strings.Contains(errOut, "the text is in de") {
		t.Errorf("check of German text: exit %d, %q; want a clear refusal", code, errOut)
	}
	// JSON consumers still get a report: nothing analysed, and why.
	if code, out, _ := runCLI("check", "--format", "json", german); code != exitUsage || !strings.Contains(out, `"skipped": "the text is in de`) || !strings.Contains(out, `"verdict": null`) || !strings.Contains(out, `"lang": "de"`) {
		t.Errorf("check --format json of German text: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"check"}, {"check", "--format", "xml", "x"}, {"check", "/nonexistent/file"}, {"fix"}} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("unspin %v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestSpinCommand(t *testing.T) {
	gold := t.TempDir() + "/gold.json"
	code, out, _ := runCLI("spin", "--rate", "1", "--gold", gold, "../../examples/spun-fr.txt")
	if code != exitOK || out == "" {
		t.Fatalf("spin: exit %d", code)
	}
	code2, out2, _ := runCLI("spin", "--rate", "1", "../../examples/spun-fr.txt")
	if code2 != exitOK || out2 != out {
		t.Error("spin is not deterministic for a seed")
	}
	data, err := os.ReadFile(gold)
	if err != nil || !strings.Contains(string(data), `"original"`) {
		t.Errorf("gold file: %v %s", err, data)
	}
	if code, _, _ := runCLI("spin", "--rate", "2", "x"); code != exitUsage {
		t.Errorf("bad rate: exit %d", code)
	}
}
