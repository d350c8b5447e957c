package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/unspin-project/unspin/types"
)

// typography lists Grammalecte's error types about spaces, apostrophes,
// numbers and capitals: not what a spinner or a translation leaves.
var typography = map[string]bool{"nbsp": true, "esp": true, "typo": true, "apos": true, "num": true, "maj": true, "tu": true, "date": true}

// Grammalecte runs `grammalecte-cli -j` once over all texts (it starts
// slowly) and returns a finder that answers from its results: unknown
// words as "misspelled", grammar errors other than typography as
// "grammar" with Grammalecte's first suggestion.
func Grammalecte(ctx context.Context, texts []string) (Finder, error) {
	if _, err := exec.LookPath("grammalecte-cli"); err != nil {
		return nil, fmt.Errorf("eval: grammalecte-cli is not installed (apt-get install grammalecte-cli)")
	}
	dir, err := os.MkdirTemp("", "unspin-grammalecte")
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer os.RemoveAll(dir)
	// One paragraph per line: a text's lines follow the previous text's.
	type place struct{ text, line int }
	var lines []place
	var all strings.Builder
	for ti, t := range texts {
		for li, l := range strings.Split(t, "\n") {
			all.WriteString(l)
			all.WriteByte('\n')
			lines = append(lines, place{ti, li})
		}
	}
	path := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(path, []byte(all.String()), 0o600); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	cmd := exec.CommandContext(ctx, "grammalecte-cli", "-f", path, "-j")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("eval: grammalecte-cli: %w: %s", err, strings.TrimSpace(errb.String()))
	}
	var res struct {
		Data []struct {
			Paragraph int `json:"iParagraph"`
			Grammar   []struct {
				Start       int      `json:"nStart"`
				End         int      `json:"nEnd"`
				Type        string   `json:"sType"`
				Suggestions []string `json:"aSuggestions"`
			} `json:"lGrammarErrors"`
			Spelling []struct {
				Start int `json:"nStart"`
				End   int `json:"nEnd"`
			} `json:"lSpellingErrors"`
		} `json:"data"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("eval: grammalecte-cli output: %w", err)
	}
	found := make([][]types.Finding, len(texts))
	for _, p := range res.Data {
		if p.Paragraph < 1 || p.Paragraph > len(lines) {
			return nil, fmt.Errorf("eval: grammalecte-cli: paragraph %d of %d", p.Paragraph, len(lines))
		}
		at := lines[p.Paragraph-1]
		text := texts[at.text]
		lineStart := 0
		for k := 0; k < at.line; k++ {
			lineStart += strings.IndexByte(text[lineStart:], '\n') + 1
		}
		line := text[lineStart:]
		if e := strings.IndexByte(line, '\n'); e >= 0 {
			line = line[:e]
		}
		add := func(s, e int, kind types.Kind, sugg string) {
			bs, be := cpToByte(line, s), cpToByte(line, e)
			if bs < 0 || be < bs {
				return
			}
			f := types.Finding{Span: types.Span{Start: lineStart + bs, End: lineStart + be}, Kind: kind, Suggestion: sugg, Confidence: 1}
			f.Text = text[f.Start:f.End]
			found[at.text] = append(found[at.text], f)
		}
		for _, s := range p.Spelling {
			add(s.Start, s.End, "misspelled", "")
		}
		for _, g := range p.Grammar {
			if typography[g.Type] {
				continue
			}
			sugg := ""
			if len(g.Suggestions) > 0 {
				sugg = g.Suggestions[0]
			}
			add(g.Start, g.End, "grammar", sugg)
		}
	}
	byText := make(map[string][]types.Finding, len(texts))
	for i, t := range texts {
		byText[t] = found[i]
	}
	return func(text string) ([]types.Finding, error) {
		fs, ok := byText[text]
		if !ok {
			return nil, fmt.Errorf("eval: grammalecte: text not in the batch")
		}
		return fs, nil
	}, nil
}

// cpToByte converts a code-point offset in s to a byte offset, or -1.
func cpToByte(s string, cp int) int {
	if cp < 0 {
		return -1
	}
	b := 0
	for i := 0; i < cp; i++ {
		if b >= len(s) {
			return -1
		}
		_, n := utf8.DecodeRuneInString(s[b:])
		b += n
	}
	return b
}
