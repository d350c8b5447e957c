package unspin

import (
	"fmt"
	"slices"
	"strings"

	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// LanguageError says a text is in a language that no registered pack
// analyses: unspin refuses to judge it rather than read it as French or
// English (every word would look foreign, the text machine-made).
type LanguageError struct {
	Lang   string // the language identified; "" when none of languageid.Profiled
	Reason string
}

func (e *LanguageError) Error() string {
	if e.Lang == "" {
		return "the text is in none of the languages unspin recognises (" + e.Reason + ")"
	}
	return fmt.Sprintf("the text is in %s, which no language pack analyses (packs: %s)", e.Lang, strings.Join(pack.Languages(), ", "))
}

// Thresholds of the language decision, in log10 units per word of the
// identification profiles (docs/EVALUATION.md, "Language").
const (
	// minRefuseWords: shorter texts (captions, names) are never refused.
	minRefuseWords = 10
	// otherLead: how far a language without a pack must lead every pack
	// language for the text to be refused.
	otherLead = 0.3
	// overrideWords and overrideLead: a given language yields to another
	// only in a text this long that the other language explains this much
	// better (English text in a French corpus; spun or machine-translated
	// French stays French: its least lead over English on the held-out
	// splits is above −0.2, from tables and markup). Half of those words
	// must be longer than one letter: a run of initials and labels
	// ("A C Y A") is not a text that can outvote the caller.
	overrideWords = 20
	overrideLead  = 0.5
)

// chooseLanguage returns the language to analyse toks in: the given one
// (if any) unless the text is clearly in another, else the pack language
// under which its words are most frequent. It returns "" for a text with
// no word and a *LanguageError (in an *Error) for a text in a language
// without a pack.
func chooseLanguage(given string, toks []types.Token) (string, error) {
	g := languageid.Identify(toks)
	packs := pack.Languages()
	refuse := func(lang, reason string) error {
		return &Error{Kind: KindLanguage, Err: &LanguageError{Lang: lang, Reason: reason}}
	}
	other := g.Lang != "" && !slices.Contains(packs, g.Lang)
	if given != "" {
		// A text in none of the profiled languages keeps the given one:
		// markup, tables of codes and names are not a reason to refuse
		// what the caller says is French.
		if g.Words < overrideWords || 2*g.Long < overrideWords || g.Lang == given || g.Lang == "" {
			return given, nil
		}
		if s, ok := g.Scores[given]; !ok || g.Scores[g.Lang]-s < overrideLead {
			return given, nil
		}
		if other {
			return "", refuse(g.Lang, "")
		}
		return g.Lang, nil
	}
	if g.Words == 0 {
		return "", nil
	}
	if g.Words >= minRefuseWords {
		bestPack, bestPackScore := "", 0.0
		for _, l := range packs {
			if s, ok := g.Scores[l]; ok && (bestPack == "" || s > bestPackScore) {
				bestPack, bestPackScore = l, s
			}
		}
		if g.Lang == "" {
			return "", refuse("", g.Reasons)
		}
		if other && (bestPack == "" || g.Scores[g.Lang]-bestPackScore >= otherLead) {
			return "", refuse(g.Lang, "")
		}
	}
	var ps []*pack.Pack
	for _, l := range packs {
		p, err := pack.Get(l)
		if err != nil {
			return "", &Error{Kind: KindPack, Err: err}
		}
		ps = append(ps, p)
	}
	l, _, err := languageid.Detect(toks, ps)
	if err != nil {
		return "", &Error{Kind: KindLanguage, Err: err}
	}
	return l, nil
}
