package eval

import (
	"context"
	"os/exec"
	"testing"
)

func TestHunspellPeer(t *testing.T) {
	if _, err := exec.LookPath("hunspell"); err != nil {
		t.Skip("skipped: hunspell not installed")
	}
	find, err := Hunspell("fr_FR")
	if err != nil {
		t.Fatal(err)
	}
	text := "Le maire a présenté un projet lengthy pour le port de Przysucha."
	fs, err := find(text)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range fs {
		if text[f.Start:f.End] != f.Text {
			t.Errorf("span [%d,%d) is %q, finding says %q", f.Start, f.End, text[f.Start:f.End], f.Text)
		}
		got[f.Text] = true
	}
	if !got["lengthy"] || !got["Przysucha"] || got["maire"] {
		t.Errorf("hunspell findings %v", got)
	}
}

func TestGrammalectePeer(t *testing.T) {
	if _, err := exec.LookPath("grammalecte-cli"); err != nil {
		t.Skip("skipped: grammalecte-cli not installed")
	}
	texts := []string{
		"Le maire a présenté un projet lengthy pour le port.\nDeuxième ligne : les chat mange.",
		"Une phrase à l'écart, sans faute, où l'été dure.\n\nPuis une ligne après une ligne vide avec événements lengthy.",
	}
	find, err := Grammalecte(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]string{{"lengthy": "misspelled", "chat": "grammar"}, {"lengthy": "misspelled"}}
	for i, text := range texts {
		fs, err := find(text)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, f := range fs {
			if text[f.Start:f.End] != f.Text {
				t.Errorf("span [%d,%d) is %q, finding says %q", f.Start, f.End, text[f.Start:f.End], f.Text)
			}
			got[f.Text] = string(f.Kind)
		}
		for w, k := range want[i] {
			if got[w] != k {
				t.Errorf("text %d: %q is %q, want %q (all: %v)", i, w, got[w], k, got)
			}
		}
	}
	if _, err := find("not in the batch"); err == nil {
		t.Error("a text outside the batch was answered")
	}
}
