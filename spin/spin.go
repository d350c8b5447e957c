// Package spin simulates a content farm's synonym spinner, to measure
// unspin on text whose every substitution is known. It treats the text as
// if it were in the spinner's language, as real spinners do: a word that
// is also a word of the spinner's language may be replaced by one of its
// synonyms there, chosen with probability growing with the synonym's
// frequency; inflection and capitalisation are carried over and "a"
// becomes "an" before a vowel.
//
// A Spinner is immutable; Spin is deterministic for a given seed.
package spin

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// Artifact is one substitution, in the format of the seed's gold file:
// code-point offsets into the spun text.
type Artifact struct {
	Observed   string `json:"observed"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Original   string `json:"original"`
	Type       string `json:"type"`
	Confidence string `json:"confidence"`
}

// Spinner replaces words with synonyms from one language's thesaurus.
type Spinner struct {
	text, syn *pack.Pack
	forward   map[int][]int // term id -> synonym term ids (syn's thesaurus)
	rate      float64
}

// New returns a spinner for texts in text's language using syn's
// thesaurus; rate is the share of eligible words replaced.
func New(text, syn *pack.Pack, rate float64) *Spinner {
	th := syn.Thesaurus
	fwd := map[int][]int{}
	var buf []thesaurus.Link
	for j := 0; j < th.Len(); j++ {
		buf = th.ReverseID(buf[:0], j)
		for _, l := range buf {
			fwd[l.ID] = append(fwd[l.ID], j)
		}
	}
	return &Spinner{text: text, syn: syn, forward: fwd, rate: rate}
}

// eligible returns the synonym lemma source for a token: the token itself
// or its lemma in the spinner's language, with the analysis to re-inflect.
func (s *Spinner) eligible(t types.Token) (term int, want types.Analysis, ok bool) {
	th, lex := s.syn.Thesaurus, s.syn.Lexicon
	id, known := lex.ID(t.Norm)
	if !known || lex.Flags(id)&lexicon.InDictionary == 0 || lex.Flags(id)&lexicon.Stopword != 0 {
		return 0, want, false
	}
	// Spinners key their thesauri on common lower-case words: not on
	// acronyms or names that happen to share the spelling ("LE", "Mars").
	if lex.PerMillion(id) < 1 || lex.CapsShare(id) > 0.5 {
		return 0, want, false
	}
	if tid, ok := th.ID(t.Norm); ok && len(s.forward[tid]) > 0 {
		return tid, want, true
	}
	for _, a := range lex.Analyses(nil, id) {
		if a.Lemma == t.Norm {
			continue
		}
		if tid, ok := th.ID(a.Lemma); ok && len(s.forward[tid]) > 0 {
			return tid, types.Analysis{POS: a.POS, Number: a.Number, Form: a.Form}, true
		}
	}
	return 0, want, false
}

// pick chooses a synonym of term, weighted by the square root of its
// frequency in the spinner's language.
func (s *Spinner) pick(r *rand.Rand, term int, want types.Analysis) (string, bool) {
	th, lex := s.syn.Thesaurus, s.syn.Lexicon
	type opt struct {
		text string
		w    float64
	}
	var opts []opt
	total := 0.0
	for _, sid := range s.forward[term] {
		syn := th.Term(sid)
		forms := []string{syn}
		if want.POS != types.POSUnknown {
			forms = lex.Inflect(syn, want)
			if len(forms) == 0 {
				continue
			}
		}
		f := 1.0
		if id, ok := lex.ID(forms[0]); ok {
			f += float64(lex.Count(id))
		}
		w := math.Sqrt(f)
		opts = append(opts, opt{forms[0], w})
		total += w
	}
	if len(opts) == 0 {
		return "", false
	}
	sort.Slice(opts, func(i, j int) bool { return opts[i].text < opts[j].text })
	x := r.Float64() * total
	for _, o := range opts {
		if x -= o.w; x <= 0 {
			return o.text, true
		}
	}
	return opts[len(opts)-1].text, true
}

// Edit is one replacement the spinner made: a byte span of its input and
// the text put there.
type Edit struct {
	Start, End int
	Repl       string
}

// Spin returns the spun text and its artifacts.
func (s *Spinner) Spin(text string, seed uint64) (string, []Artifact) {
	out, arts, _ := s.SpinEdits(text, seed)
	return out, arts
}

// SpinEdits is Spin that also returns the edits, in input order, so that
// other annotations of the input can be carried over to the output.
func (s *Spinner) SpinEdits(text string, seed uint64) (string, []Artifact, []Edit) {
	return s.spinEdits(text, seed, nil)
}

// spinEdits is SpinEdits leaving alone the words for which skip (if not
// nil) is true of their byte span.
func (s *Spinner) spinEdits(text string, seed uint64, skip func(start, end int) bool) (string, []Artifact, []Edit) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	toks := tokenization.Tokenize(text, tokenization.ForLang(s.text.Header.Lang))
	var edits []edit
	for i, t := range toks {
		if t.Kind != types.Word || (tokenization.IsCapitalized(t.Text) && !t.SentStart) || skip != nil && skip(t.Start, t.End) {
			continue
		}
		term, want, ok := s.eligible(t)
		if !ok || r.Float64() >= s.rate {
			continue
		}
		syn, ok := s.pick(r, term, want)
		if !ok || syn == t.Norm {
			continue
		}
		syn = matchCase(syn, t.Text)
		kind := "cross-lingual-spin"
		switch {
		case s.text == s.syn:
			kind = "tortured-phrase"
		case ownWord(s.text.Lexicon, syn):
			kind = "real-word-spin"
		}
		e := edit{start: t.Start, end: t.End, repl: syn, orig: t.Text, kind: kind}
		// "a" before a vowel becomes "an", as English spinners fix articles.
		if i >= 2 && toks[i-1].Norm == "a" && startsWithVowel(syn) && toks[i-1].End+1 == t.Start &&
			(len(edits) == 0 || edits[len(edits)-1].end <= toks[i-1].Start) && (skip == nil || !skip(toks[i-1].Start, toks[i-1].End)) {
			e = edit{start: toks[i-1].Start, end: t.End, repl: toks[i-1].Text + "n " + syn, orig: text[toks[i-1].Start:t.End], kind: kind}
		}
		edits = append(edits, e)
	}
	return apply(text, edits)
}

// ownWord tells whether every word of s is a dictionary word of l.
func ownWord(l *lexicon.Lexicon, s string) bool {
	for _, w := range strings.Fields(tokenization.Normalize(s)) {
		id, ok := l.ID(w)
		if !ok || l.Flags(id)&lexicon.InDictionary == 0 {
			return false
		}
	}
	return true
}

func startsWithVowel(s string) bool {
	return s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0]))
}

func matchCase(s, like string) string {
	if tokenization.IsCapitalized(like) {
		r, size := utf8.DecodeRuneInString(s)
		return strings.ToUpper(string(r)) + s[size:]
	}
	return s
}
