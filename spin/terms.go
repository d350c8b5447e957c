package spin

import (
	"math/rand/v2"
	"strings"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// TermOptions control Terms.
type TermOptions struct {
	// Rate is the share of eligible two-word terms replaced.
	Rate float64
	// MinAssociation is how much more likely, in log10, the second word
	// of a term is after the first than on its own; pairs below it are
	// not terms.
	MinAssociation float64
}

// DefaultTermOptions plant a tortured phrase in about half of the terms.
var DefaultTermOptions = TermOptions{Rate: 0.5, MinAssociation: 2}

// Terms plants tortured phrases: it finds two-word terms of the text (two
// adjacent content words that the text language's model knows as a
// strong pair: "artificial intelligence", "breast cancer") and replaces
// both words with synonyms from the spinner's thesaurus, as the
// paraphrasing tools behind "counterfeit consciousness" do. A replacement
// pair that the language model already knows as a pair is a fluent
// paraphrase, not a tortured phrase, and is not used. Each artifact spans
// the two words. Deterministic for a given seed.
func (s *Spinner) Terms(text string, seed uint64, opt TermOptions) (string, []Artifact) {
	out, arts, _ := s.terms(text, seed, opt, nil)
	return out, arts
}

// terms is Terms, also returning the edits, and leaving alone the terms
// for which skip (if not nil) is true of their byte span.
func (s *Spinner) terms(text string, seed uint64, opt TermOptions, skip func(start, end int) bool) (string, []Artifact, []Edit) {
	r := rand.New(rand.NewPCG(seed, 0x7e4a5))
	toks := tokenization.Tokenize(text, tokenization.ForLang(s.text.Header.Lang))
	lm := s.text.WordLM
	var edits []edit
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if a.Kind != types.Word || b.Kind != types.Word || a.End+1 != b.Start || text[a.End] != ' ' ||
			tokenization.IsCapitalized(a.Text) || tokenization.IsCapitalized(b.Text) || !s.content(a.Norm) || !s.content(b.Norm) ||
			skip != nil && skip(a.Start, b.End) {
			continue
		}
		ia, ib := lm.ID(a.Norm), lm.ID(b.Norm)
		if ia == 0 || ib == 0 || !lm.HasBigram(ia, ib) || float64(lm.LogProb2(ia, ib)-lm.LogProb1(ib)) < opt.MinAssociation {
			continue
		}
		ta, wa, oka := s.eligible(a)
		tb, wb, okb := s.eligible(b)
		if !oka || !okb || r.Float64() >= opt.Rate {
			continue
		}
		sa, ok1 := s.pick(r, ta, wa)
		sb, ok2 := s.pick(r, tb, wb)
		if !ok1 || !ok2 || sa == a.Norm || sb == b.Norm || strings.Contains(sa, " ") || strings.Contains(sb, " ") {
			continue
		}
		if ja, jb := lm.ID(sa), lm.ID(sb); ja != 0 && jb != 0 && lm.HasBigram(ja, jb) {
			continue
		}
		edits = append(edits, edit{start: a.Start, end: b.End, repl: sa + " " + sb, orig: text[a.Start:b.End], kind: string(types.TorturedPhrase)})
		i++ // terms do not overlap
	}
	return apply(text, edits)
}

// content tells whether w is a noun or adjective of the text's language,
// not a function word: terms are noun phrases.
func (s *Spinner) content(w string) bool {
	lex := s.text.Lexicon
	id, ok := lex.ID(w)
	if !ok || lex.Flags(id)&lexicon.Stopword != 0 {
		return false
	}
	for _, a := range lex.Analyses(nil, id) {
		if a.POS == types.Noun || a.POS == types.Adj {
			return true
		}
	}
	return false
}
