package detection

import (
	"unicode"
	"unicode/utf8"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/types"
)

// maxFragmentStart is the highest log10 probability of a fragment's
// first word as a sentence opener: above it, the fragment is a writer's.
const maxFragmentStart = -4.0

func isStop(t types.Token) bool {
	return t.Kind == types.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?")
}

// fragments finds one- or two-word lower-case "sentences" after a full
// stop ("... de Minsk. traiter."): machine translation splitting a
// sentence at the wrong place.
func (dc *doc) fragments() {
	for i := 0; i+1 < len(dc.toks); i++ {
		if !isStop(dc.toks[i]) || dc.toks[i].Text != "." {
			continue
		}
		// A full stop right after a word, not an ellipsis or a dot inside a
		// file name, followed by a space.
		if i == 0 || !dc.info[i-1].word || dc.toks[i-1].End != dc.toks[i].Start {
			continue
		}
		// Not after an abbreviation ("Mr.", "M.", "Dr.", "p.").
		if prev := dc.toks[i-1].Text; startsUpper(prev) && utf8.RuneCountInString(prev) <= 3 || utf8.RuneCountInString(prev) <= 2 {
			continue
		}
		k := i + 1
		if !dc.info[k].word || dc.used[k] || dc.toks[k].Start == dc.toks[i].End {
			continue
		}
		r, _ := utf8.DecodeRuneInString(dc.toks[k].Text)
		if !unicode.IsLower(r) {
			continue
		}
		// The fragment ends at the next stop or line break.
		words, end := 0, k
		for end < len(dc.toks) && !isStop(dc.toks[end]) && !lineBreakBefore(dc.text, dc.toks, end, k) {
			if dc.info[end].word {
				words++
			} else if dc.toks[end].Kind != types.Punct {
				words = 99
			}
			end++
		}
		// It must end with a full stop of its own.
		if words == 0 || words > 2 || end >= len(dc.toks) || dc.toks[end].Text != "." {
			continue
		}
		last := end - 1
		for last > k && !dc.info[last].word {
			last--
		}
		// Not a word that opens sentences of its own ("oui.", "oh.",
		// "bref.", "no."): people write those; a machine's split leaves a
		// word that rarely starts one ("traiter.").
		if dc.pos[k] >= 0 && dc.d.text.WordLM.WordLogProb(languagemodel.BOS, languagemodel.BOS, dc.ids[dc.pos[k]]) > maxFragmentStart {
			continue
		}
		// Not over a span already reported (a spun word in the fragment).
		overlaps := false
		for x := k; x <= last; x++ {
			overlaps = overlaps || dc.used[x]
		}
		if overlaps {
			continue
		}
		conf := 0.6
		if dc.isInfinitive(k) {
			conf = 0.85
		}
		span, text := dc.span(k, last+1)
		dc.out = append(dc.out, types.Finding{
			Span: span, Text: text, Kind: types.MTError, Confidence: conf,
			Evidence: []string{"a lower-case fragment of one or two words after a full stop: a sentence split by machine translation"},
		})
		dc.mark(k, last+1)
	}
}

func lineBreakBefore(text string, toks []types.Token, j, from int) bool {
	if j == from || j == 0 {
		return false
	}
	for _, c := range []byte(text[toks[j-1].End:toks[j].Start]) {
		if c == '\n' {
			return true
		}
	}
	return false
}

func (dc *doc) isInfinitive(i int) bool {
	lex := dc.d.text.Lexicon
	id, ok := lex.ID(dc.toks[i].Norm)
	if !ok {
		return false
	}
	for _, a := range lex.Analyses(nil, id) {
		if a.POS == types.Verb && a.Form == types.Infinitive {
			return true
		}
	}
	return false
}
