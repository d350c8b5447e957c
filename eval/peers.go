package eval

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"

	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// Hunspell returns a finder that flags every word `hunspell -l -d dict`
// reports as misspelled, the way a user would screen a text with a spell
// checker: no suggestion, kind "misspelled".
func Hunspell(dict string) (Finder, error) {
	if _, err := exec.LookPath("hunspell"); err != nil {
		return nil, fmt.Errorf("eval: hunspell is not installed (apt-get install hunspell hunspell-fr-classical)")
	}
	return func(text string) ([]types.Finding, error) {
		cmd := exec.Command("hunspell", "-l", "-d", dict)
		cmd.Stdin = strings.NewReader(text)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("eval: hunspell: %w: %s", err, strings.TrimSpace(errb.String()))
		}
		bad := map[string]bool{}
		for _, w := range strings.Fields(out.String()) {
			// hunspell keeps a sentence's final stop on the word ("Blinken.").
			bad[strings.TrimRight(w, ".,;:!?…)»”\"'")] = true
		}
		var fs []types.Finding
		for _, t := range tokenization.Tokenize(text, tokenization.Options{}) {
			if t.Kind == types.Word && bad[t.Text] {
				fs = append(fs, types.Finding{Span: t.Span, Text: t.Text, Kind: "misspelled", Confidence: 1})
			}
		}
		return fs, nil
	}, nil
}
