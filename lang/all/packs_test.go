package all_test

import (
	"strings"
	"testing"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

func mustPack(t testing.TB, lang string) *pack.Pack {
	t.Helper()
	p, err := pack.Get(lang)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFrenchGender(t *testing.T) {
	fr := mustPack(t, "fr")
	tests := []struct {
		form   string
		gender types.Gender
	}{{"impression", types.Fem}, {"impact", types.Masc}, {"situation", types.Fem}, {"but", types.Masc}}
	for _, tc := range tests {
		e, ok := fr.Lexicon.Lookup(tc.form)
		if !ok {
			t.Errorf("%q missing from the French lexicon", tc.form)
			continue
		}
		found := false
		for _, a := range e.Analyses {
			if a.POS == types.Noun && a.Gender == tc.gender && a.Number == types.Sing {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %v singular noun reading in %+v", tc.form, tc.gender, e.Analyses)
		}
	}
}

func TestHomographs(t *testing.T) {
	fr := mustPack(t, "fr")
	for _, w := range []string{"long", "but", "parties", "son", "possible", "impact", "photo", "plus", "un"} {
		e, ok := fr.Lexicon.Lookup(w)
		if !ok || e.Count == 0 || e.OtherCount == 0 {
			t.Errorf("%q: want a homograph with counts in both languages, got fr %d en %d (found %v)", w, e.Count, e.OtherCount, ok)
		}
	}
	for _, w := range []string{"maison", "réunion", "lengthy", "however"} {
		if e, _ := fr.Lexicon.Lookup(w); e.OtherCount != 0 {
			t.Errorf("%q marked as a French-English homograph (en count %d)", w, e.OtherCount)
		}
	}
	if fr.Lexicon.OtherLang() != "en" {
		t.Errorf("French homographs refer to %q", fr.Lexicon.OtherLang())
	}
	// IsHomograph is Homograph without the count, for every form.
	for _, lang := range []string{"fr", "en"} {
		lex, n := mustPack(t, lang).Lexicon, 0
		for id := -1; id <= lex.Len(); id++ {
			_, want := lex.Homograph(id)
			if got := lex.IsHomograph(id); got != want {
				t.Fatalf("%s form %d: IsHomograph %v, Homograph %v", lang, id, got, want)
			}
			if want {
				n++
			}
		}
		if n != lex.Homographs() || n < 10000 {
			t.Errorf("%s: %d homographs found by id, %d listed", lang, n, lex.Homographs())
		}
	}
}

func TestReverseIndex(t *testing.T) {
	en := mustPack(t, "en")
	tests := []struct{ observed, original string }{
		{"lengthy", "long"},
		{"however", "but"},
		{"doable", "possible"},
		{"state of affairs", "situation"},
		{"photograph", "photo"},
		{"boy", "son"},
		{"united nations", "un"},
	}
	for _, tc := range tests {
		found := false
		for _, l := range en.Thesaurus.Reverse(tc.observed) {
			if l.Term == tc.original {
				found = true
			}
		}
		if !found {
			t.Errorf("reverse(%q) lacks %q", tc.observed, tc.original)
		}
	}
	if en.Thesaurus.Reverse("zzzqx") != nil {
		t.Error("reverse index answers for an unknown term")
	}
}

func score(p *pack.Pack, sentence string) float64 {
	lp, _ := p.WordLM.ScoreSentence(strings.Fields(sentence))
	return lp
}

func TestFrenchLMPrefersOriginal(t *testing.T) {
	fr := mustPack(t, "fr")
	tests := []struct{ original, spun string }{
		{"le long de sa frontière", "le lengthy de sa frontière"},
		{"le but de la réunion", "le however de la réunion"},
		{"l' univers du possible", "l' univers du doable"},
		{"la situation est grave", "la state of affairs est grave"},
	}
	for _, tc := range tests {
		o, s := score(fr, tc.original), score(fr, tc.spun)
		// log10: the original must be at least 100 times more likely.
		if o-s < 2 {
			t.Errorf("LM: %q %.2f vs %q %.2f: margin %.2f < 2", tc.original, o, tc.spun, s, o-s)
		}
	}
}

func TestAgreement(t *testing.T) {
	fr := mustPack(t, "fr")
	if got := fr.Lexicon.AdjNoun("fort", "impression"); got != lexicon.Disagree {
		t.Errorf("fort impression: %v, want disagree", got)
	}
	if got := fr.Lexicon.AdjNoun("fort", "impact"); got != lexicon.Agree {
		t.Errorf("fort impact: %v, want agree", got)
	}
	if got := fr.Lexicon.AdjNoun("forte", "impression"); got != lexicon.Agree {
		t.Errorf("forte impression: %v, want agree", got)
	}
}

func TestInflection(t *testing.T) {
	en := mustPack(t, "en")
	got := en.Lexicon.Inflect("party", types.Analysis{POS: types.Noun, Number: types.Plur})
	if len(got) != 1 || got[0] != "parties" {
		t.Errorf("plural of party: %v", got)
	}
	e, _ := en.Lexicon.Lookup("events")
	found := false
	for _, a := range e.Analyses {
		if a.Lemma == "event" && a.Number == types.Plur {
			found = true
		}
	}
	if !found {
		t.Errorf("events: no plural reading of event in %+v", e.Analyses)
	}
}

func TestCharModelTellsLanguages(t *testing.T) {
	fr, en := mustPack(t, "fr"), mustPack(t, "en")
	for _, w := range []string{"lengthy", "however", "doable", "weighty", "throughout"} {
		if en.CharLM.LogProb(w) <= fr.CharLM.LogProb(w) {
			t.Errorf("%q looks more French than English", w)
		}
	}
	for _, w := range []string{"réunion", "frontière", "désamorcer", "aujourd'hui", "envahir"} {
		if fr.CharLM.LogProb(w) <= en.CharLM.LogProb(w) {
			t.Errorf("%q looks more English than French", w)
		}
	}
}

func TestHeldOutPerplexity(t *testing.T) {
	for _, l := range []string{"fr", "en"} {
		p := mustPack(t, l)
		ppl, n := p.WordLM.HeldOut()
		if n < 100000 || ppl < 5 || ppl > 1000 {
			t.Errorf("%s: held-out perplexity %.1f over %d tokens", l, ppl, n)
		}
		t.Logf("%s: held-out (dev split) perplexity %.1f over %d tokens", l, ppl, n)
	}
}
