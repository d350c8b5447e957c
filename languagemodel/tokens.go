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
// (a line break, or the first word after a full stop). The first word after
// opening marks that began the sentence ("… 2021. (Photo du …", ". « Nous
// …") continues that sentence: the marks are its context, not a sentence
// of their own. Training and scoring must use the same rule.
func NewSentence(toks []types.Token, i int) bool {
	if i == 0 || finalPunct(toks[i-1]) {
		return true
	}
	if !toks[i].SentStart {
		return false
	}
	for j := i - 1; j >= 0 && toks[j].Kind == types.Punct && openingMark(toks[j].Text); j-- {
		if j == 0 || finalPunct(toks[j-1]) {
			return false
		}
	}
	return true
}

func finalPunct(t types.Token) bool {
	return t.Kind == types.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

// openingMark tells whether a punctuation token opens a bracket, a
// quotation or a line of dialogue.
func openingMark(s string) bool {
	switch s {
	case "(", "[", "{", "«", "“", "„", "‘", "\"", "'", "—", "–", "-":
		return true
	}
	return false
}
