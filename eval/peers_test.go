package eval

import (
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
