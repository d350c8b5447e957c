package languagemodel

import "github.com/unspin-project/unspin/types"

// TokenWord maps a token to the word the language model sees, or "" for
// tokens it skips. Training and scoring must use the same mapping.
func TokenWord(t types.Token) string {
	switch t.Kind {
	case types.Word, types.Elision:
		return t.Norm
	case types.Num:
		return "<num>"
	case types.URL:
		return "<url>"
	case types.Punct:
		switch t.Text {
		case "“", "”", "«", "»", "„", "\"", "‘", "’", "'":
			return "\""
		case "–", "—":
			return "-"
		}
		return t.Norm
	}
	return ""
}

// NewSentence reports whether token i opens a sentence for the language
// model: it follows sentence-final punctuation, or the tokenizer marked it
// (a line break). Training and scoring must use the same rule.
func NewSentence(toks []types.Token, i int) bool {
	if i == 0 || toks[i].SentStart {
		return true
	}
	p := toks[i-1]
	return p.Kind == types.Punct && (p.Text == "." || p.Text == "!" || p.Text == "?" || p.Text == "…")
}
