package main

import (
	"os"
	"strings"
	"testing"
)

// The README shows what `unspin check examples/spun-fr.txt` prints: the
// block must be that output, word for word.
func TestReadmeExampleOutput(t *testing.T) {
	t.Chdir("../..")
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const open = "```\nexamples/spun-fr.txt: language fr"
	s := string(readme)
	i := strings.Index(s, open)
	if i < 0 {
		t.Fatal("README: the example's output block is missing")
	}
	j := strings.Index(s[i+4:], "```")
	if j < 0 {
		t.Fatal("README: the example's output block is not closed")
	}
	want := s[i+4 : i+4+j]
	code, got, errOut := runCLI("check", "examples/spun-fr.txt")
	if code != exitFindings {
		t.Fatalf("check: exit %d %s", code, errOut)
	}
	if got != want {
		t.Errorf("README block differs from the output; update it to:\n%s", got)
	}
}
