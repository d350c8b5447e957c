// Package mt runs a real machine-translation engine, Apertium (Debian
// packages apertium, apertium-eng-spa, apertium-fr-es), to make
// machine-translated text with a known source for evaluation: English →
// Spanish → French, the way content farms launder English articles.
package mt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// ErrNoApertium is returned when the apertium command is not installed.
var ErrNoApertium = errors.New("mt: apertium is not installed (apt-get install apertium apertium-eng-spa apertium-fr-es)")

// Chain is a sequence of Apertium modes applied in turn, e.g.
// {"eng-spa", "es-fr"}.
type Chain []string

// EnglishToFrench goes through Spanish: Debian has no direct pair.
var EnglishToFrench = Chain{"eng-spa", "es-fr"}

// FrenchToEnglish goes through Spanish too: machine-translated English
// with a known French source.
var FrenchToEnglish = Chain{"fr-es", "spa-eng"}

// Available reports whether apertium can be run.
func Available() bool {
	_, err := exec.LookPath("apertium")
	return err == nil
}

// Translate runs text through every mode of the chain. Unknown words are
// passed through without Apertium's marks (-u).
func (c Chain) Translate(ctx context.Context, text string) (string, error) {
	if !Available() {
		return "", ErrNoApertium
	}
	cur := text
	for _, mode := range c {
		cmd := exec.CommandContext(ctx, "apertium", "-u", mode)
		cmd.Stdin = strings.NewReader(cur)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("mt: apertium %s: %w: %s", mode, err, strings.TrimSpace(errb.String()))
		}
		cur = out.String()
	}
	return cur, nil
}

// Unknown is a word the engine could not translate and left as it was: a
// byte span into the translated text.
type Unknown struct {
	Start, End int
	Word       string
}

// TranslateMarked is Translate, but it also returns the words the last
// mode did not know (source-language words that went through every step
// untranslated), found from Apertium's unknown-word marks (*), which are
// removed from the text.
func (c Chain) TranslateMarked(ctx context.Context, text string) (string, []Unknown, error) {
	if len(c) == 0 {
		return text, nil, nil
	}
	cur, err := c[:len(c)-1].Translate(ctx, text)
	if err != nil {
		return "", nil, err
	}
	cmd := exec.CommandContext(ctx, "apertium", c[len(c)-1])
	cmd.Stdin = strings.NewReader(cur)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", nil, fmt.Errorf("mt: apertium %s: %w: %s", c[len(c)-1], err, strings.TrimSpace(errb.String()))
	}
	clean, unknown := stripMarks(out.String())
	return clean, unknown, nil
}

// stripMarks removes Apertium's marks: * (unknown word), @ (no
// translation of the lemma), # (no generated form), and records the
// spans of the marked words in the cleaned text.
func stripMarks(s string) (string, []Unknown) {
	var b strings.Builder
	var unknown []Unknown
	for i := 0; i < len(s); {
		c := s[i]
		if (c == '*' || c == '@' || c == '#') && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '(' || s[i-1] == '\'' || s[i-1] == '"') {
			j := i + 1
			for j < len(s) && !strings.ContainsRune(" \n\t.,;:!?()\"", rune(s[j])) {
				j++
			}
			start := b.Len()
			b.WriteString(s[i+1 : j])
			if c == '*' {
				unknown = append(unknown, Unknown{Start: start, End: b.Len(), Word: s[i+1 : j]})
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), unknown
}
