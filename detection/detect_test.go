package detection

import (
	"github.com/unspin-project/unspin/lexicon"
	"math"
	"testing"

	"github.com/unspin-project/unspin/internal/logistic"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

func detector(t *testing.T, text, spin string) *Detector { return detectorSame(t, text, spin, false) }

func detectorSame(t *testing.T, text, spin string, same bool) *Detector {
	t.Helper()
	tp, err := pack.Get(text)
	if err != nil {
		t.Fatal(err)
	}
	var sp *pack.Pack
	if spin != "" {
		if sp, err = pack.Get(spin); err != nil {
			t.Fatal(err)
		}
	}
	return New(tp, sp, DefaultThresholds, same)
}

// testLexicon is a lexicon of a test's own forms.
func testLexicon(t *testing.T, tot lexicon.Totals, src []lexicon.Source) *lexicon.Lexicon {
	t.Helper()
	l, err := lexicon.Decode(lexicon.Encode(src, tot))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func detect(d *Detector, lang, text string) []types.Finding {
	return d.Detect(text, tokenization.Tokenize(text, tokenization.ForLang(lang)))
}

// Sentences written for these tests.
func TestTitlesAreNotSpins(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, tc := range []struct {
		text string
		spun string // a word that must be found, or ""
	}{
		{"Ce film canadien (titre original : Being at Home with Claude) est sorti en 1992.", ""},
		{"Le groupe a joué Songs for the Deaf devant une foule immense.", ""},
		{"Il habite depuis dix ans à Los Angeles nut Californie avec sa famille.", "nut"},
	} {
		var got []string
		for _, f := range detect(d, "fr", tc.text) {
			if f.Kind == types.CrossLingualSpin {
				got = append(got, f.Text)
			}
		}
		if tc.spun == "" && len(got) > 0 {
			t.Errorf("%q: spins %q inside a title", tc.text, got)
		}
		if tc.spun != "" && (len(got) != 1 || got[0] != tc.spun) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.spun)
		}
	}
}

func TestTorturedPairFindsTheTerm(t *testing.T) {
	d := detectorSame(t, "en", "", true)
	text := "Recent work in counterfeit consciousness has changed how software is written."
	for _, f := range detect(d, "en", text) {
		if f.Kind != types.TorturedPhrase || f.Text != "counterfeit consciousness" {
			continue
		}
		if f.Suggestion != "artificial intelligence" {
			t.Errorf("suggestion %q, want artificial intelligence", f.Suggestion)
		}
		if f.Features["lm"] < 3 {
			t.Errorf("language-model gain %.1f: the term should fit far better", f.Features["lm"])
		}
		return
	}
	t.Errorf("no tortured phrase on %q", text)
}

func TestCalibrationIsMonotone(t *testing.T) {
	for _, m := range []struct {
		name  string
		model logistic.Model
		feat  string
	}{{"cross-lingual", crossLingualModel, "delta"}, {"real-word", realWordModel, "margin"}, {"tortured pair", torturedPairModel, "delta"}} {
		prev := -1.0
		for x := -6.0; x <= 6; x++ {
			p := m.model.P(map[string]float64{m.feat: x})
			if p < prev || p < 0 || p > 1 || math.IsNaN(p) {
				t.Errorf("%s: P(%s=%v) = %v after %v", m.name, m.feat, x, p, prev)
			}
			prev = p
		}
	}
	// An original that is itself an English loanword explains a foreign
	// word less well.
	if crossLingualModel.P(map[string]float64{"delta": 0, "orig_borrowed": 1}) >= crossLingualModel.P(map[string]float64{"delta": 0}) {
		t.Error("orig_borrowed does not lower confidence")
	}
	// More foreign words elsewhere in the document make a spin more likely.
	lo := crossLingualModel.P(map[string]float64{"delta": 0, "doc_foreign": 0})
	hi := crossLingualModel.P(map[string]float64{"delta": 0, "doc_foreign": 1})
	if hi <= lo {
		t.Errorf("doc_foreign does not raise confidence: %v <= %v", hi, lo)
	}
}

func TestDocForeignRange(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, text := range []string{
		"Un texte tout à fait ordinaire, sans rien d'étrange.",
		"Le lengthy débat sur la state of affairs était however doable et les events nombreux.",
	} {
		toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
		dc := d.newDoc(text, toks)
		dc.prepare()
		v := dc.docForeign(0, 0)
		if v < 0 || v > 1 {
			t.Errorf("%q: docForeign %v out of [0, 1]", text, v)
		}
		if (dc.foreign > 0) != (v > 0) {
			t.Errorf("%q: %d foreign words but docForeign %v", text, dc.foreign, v)
		}
	}
}

// Spinners leave one-letter words alone: "snow" (slang for cocaine,
// hence "c" in a thesaurus) has no one-letter original, while a
// multi-word one ("a plus") stays possible.
func TestNoOneLetterOriginals(t *testing.T) {
	d := detector(t, "fr", "en")
	dc := d.newDoc("", nil)
	cs := dc.candidates(d.spin, "snow", true)
	if len(cs) == 0 {
		t.Fatal("no candidates for snow")
	}
	for _, c := range cs {
		if len([]rune(c.text)) < 2 {
			t.Errorf("one-letter original %q for snow", c.text)
		}
	}
	for _, tc := range []struct {
		orig, observed string
		want           bool
	}{{"c", "snow", true}, {"a plus", "advantage", false}, {"y", "y", false}, {"là", "there", false}} {
		if got := tooShort(tc.orig, tc.observed); got != tc.want {
			t.Errorf("tooShort(%q, %q) = %v", tc.orig, tc.observed, got)
		}
	}
}

// A French text written without accents is read as its accented words
// ("operations" is "opérations", not English), and its spins are still
// found. Sentences written for this test.
func TestTextWithoutAccents(t *testing.T) {
	d := detector(t, "fr", "en")
	clean := "Le ministre a presente jeudi les revisions du budget et les reformes prevues pour la region. " +
		"Les elus ont demande des precisions sur le calendrier des operations et sur les consequences pour les communes. " +
		"Selon le prefet, les decisions seront prises apres une consultation publique."
	if fs := detect(d, "fr", clean); len(fs) != 0 {
		t.Errorf("findings on a clean text without accents: %+v", fs)
	}
	spun := clean + " Le however de la reunion etait de trouver une solution durable le lengthy de la frontiere."
	found := map[string]bool{}
	for _, f := range detect(d, "fr", spun) {
		found[f.Text] = true
	}
	if !found["however"] || !found["lengthy"] || len(found) != 2 {
		t.Errorf("findings on the spun text without accents: %v, want however and lengthy", found)
	}
}
