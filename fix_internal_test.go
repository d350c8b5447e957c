package unspin

import (
	"strings"
	"testing"
)

// fixRounds decides the text's language in its first round and reads the
// repaired texts of the later rounds in it: a repair cannot turn the
// text into another language halfway through a fix.
func TestFixRoundsKeepLanguage(t *testing.T) {
	var asked []string
	analyse := func(text, lang string) (*Report, error) {
		asked = append(asked, lang)
		r := &Report{Lang: lang, Repaired: text}
		if lang == "" {
			r.Lang = "fr" // what identification decided
		}
		if r.Lang != "fr" {
			return nil, &Error{Kind: KindLanguage, Err: &LanguageError{Lang: r.Lang}}
		}
		if strings.Count(text, "+") < 3 {
			r.Repaired = text + "+" // a repair each round, for three rounds
		}
		return r, nil
	}
	got, err := fixRounds("mot", analyse)
	if err != nil {
		t.Fatal(err)
	}
	if got != "mot+++" {
		t.Errorf("fixed text %q, want %q", got, "mot+++")
	}
	if want := []string{"", "fr", "fr", "fr"}; strings.Join(asked, ",") != strings.Join(want, ",") {
		t.Errorf("rounds asked for languages %q, want %q", asked, want)
	}
}
