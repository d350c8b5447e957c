package verdict_test

import (
	"math"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/detection"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
	"github.com/unspin-project/unspin/verdict"
)

func measure(t *testing.T, text string) map[string]float64 {
	t.Helper()
	fr, err := pack.Get("fr")
	if err != nil {
		t.Fatal(err)
	}
	en, err := pack.Get("en")
	if err != nil {
		t.Fatal(err)
	}
	toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
	fs := detection.New(fr, en, detection.DefaultThresholds, false).Detect(text, toks)
	return verdict.Measure(verdict.Input{Text: text, Tokens: toks, Findings: fs, Pack: fr, Spinner: en})
}

// Texts written for these tests.
const (
	human = "Le conseil municipal s'est réuni hier soir pour examiner le budget de l'année prochaine. " +
		"Les élus ont longuement débattu de la rénovation de l'école primaire : certains jugent les travaux trop coûteux, " +
		"d'autres rappellent que le bâtiment n'a pas été entretenu depuis vingt ans. Le maire a promis une décision avant l'été ! " +
		"Les habitants pourront donner leur avis lors d'une réunion publique, le mois prochain, à la salle des fêtes."
	spun = "Le conseil municipal s'est réuni hier soir pour examiner le budget de l'année prochaine. " +
		"Les élus ont lengthy débattu de la rénovation de l'école primaire: certains jugent les travaux trop coûteux, " +
		"d'autres rappellent que le bâtiment n'a pas été entretenu depuis vingt ans. Le maire a promis une decision avant l'été! " +
		"Les habitants pourront donner leur avis lors d'une réunion public, le mois prochain, à la state of affairs des fêtes. " +
		"Le however de la réunion était de trouver une solution doable pour les deux events."
)

func TestMeasureTypography(t *testing.T) {
	h, s := measure(t, human), measure(t, spun)
	if h["tight_punctuation"] >= s["tight_punctuation"] {
		t.Errorf("tight punctuation: human %.2f, spun %.2f", h["tight_punctuation"], s["tight_punctuation"])
	}
	if h["cross"] != 0 || s["cross"] <= 0 || s["cross_count"] < 2 {
		t.Errorf("cross: human %.2f, spun %.2f (%v sure)", h["cross"], s["cross"], s["cross_count"])
	}
	q := measure(t, "Il a dit “bonjour” puis « au revoir » et “merci”.")
	if q["english_quotes"] <= 0.3 {
		t.Errorf("english quotes %.2f", q["english_quotes"])
	}
	d := measure(t, "La hausse atteint 3.5 % contre 2.1 % l'an passé.")
	if d["decimal_points"] <= 0.3 {
		t.Errorf("decimal points %.2f", d["decimal_points"])
	}
}

func TestDecide(t *testing.T) {
	for _, tc := range []struct {
		text string
		want types.Label
	}{{human, types.Human}, {spun, types.Spun}} {
		v := verdict.Decide(measure(t, tc.text), "fr", "en")
		sum := 0.0
		for _, l := range types.Labels {
			p := v.P[l]
			if p < 0 || p > 1 || math.IsNaN(p) {
				t.Errorf("P(%s) = %v", l, p)
			}
			sum += p
			if p > v.P[v.Label]+1e-9 {
				t.Errorf("label %s but P(%s) = %v is higher", v.Label, l, p)
			}
		}
		if math.Abs(sum-1) > 0.01 {
			t.Errorf("probabilities sum to %v", sum)
		}
		if v.Label != tc.want {
			t.Errorf("%.40q…: %s (%v), want %s; evidence %q", tc.text, v.Label, v.P, tc.want, v.Evidence)
		}
		if (v.SourceLang == "en") != (tc.want != types.Human) {
			t.Errorf("%s: source language %q", tc.want, v.SourceLang)
		}
		if tc.want != types.Human && len(v.Evidence) == 0 {
			t.Error("no evidence for a spun verdict")
		}
	}
}

func FuzzMeasure(f *testing.F) {
	f.Add(human)
	f.Add("“x” 3.5: ; ! ? «»")
	f.Add("")
	fr, err := pack.Get("fr")
	if err != nil {
		f.Fatal(err)
	}
	en, _ := pack.Get("en")
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
		x := verdict.Measure(verdict.Input{Text: text, Tokens: toks, Pack: fr, Spinner: en})
		for k, v := range x {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s = %v", k, v)
			}
		}
		v := verdict.Decide(x, "fr", "en")
		sum := 0.0
		for _, p := range v.P {
			sum += p
		}
		if math.Abs(sum-1) > 0.01 {
			t.Fatalf("probabilities sum to %v", sum)
		}
	})
}

// Weak tortured-phrase candidates, which the pair search proposes by the
// dozen on ordinary English, do not make a page spun; a reported one
// counts.
func TestTorturedCountsOnlyReportedFindings(t *testing.T) {
	en, err := pack.Get("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "The council met on Monday to discuss the new budget for the public library and the sports hall."
	toks := tokenization.Tokenize(text, tokenization.ForLang("en"))
	tortured := func(conf ...float64) float64 {
		var fs []types.Finding
		for _, c := range conf {
			fs = append(fs, types.Finding{Kind: types.TorturedPhrase, Confidence: c})
		}
		return verdict.Measure(verdict.Input{Text: text, Tokens: toks, Findings: fs, Pack: en})["tortured"]
	}
	weak := []float64{0.2, 0.1, 0.3, 0.05, 0.45, 0.2, 0.1, 0.3}
	if got := tortured(weak...); got != 0 {
		t.Errorf("eight weak candidates give tortured = %v, want 0", got)
	}
	if got := tortured(append(weak, 0.9)...); got <= 0 {
		t.Errorf("a reported tortured phrase gives tortured = %v, want > 0", got)
	}
	weakP := verdict.Decide(map[string]float64{"tortured": tortured(weak...)}, "en", "")
	if weakP.Label != types.Human {
		t.Errorf("weak candidates alone: verdict %v, want human", weakP.Label)
	}
}

// French text spun with French synonyms: confident same-language
// substitutions make it spun, and none leaves the verdict of the two
// other models as it was.
func TestSameLanguageSpinVerdict(t *testing.T) {
	base := measure(t, human)
	before := verdict.Decide(base, "fr", "en")
	withIn := func(n, conf, words float64) types.Verdict {
		f := map[string]float64{}
		for k, v := range base {
			f[k] = v
		}
		f["tortured_count"] = math.Log2(1 + n)
		f["tortured_page"] = math.Log2(1 + n*250/math.Max(words, 250))
		f["tortured"] = 100 * n * conf / words
		return verdict.Decide(f, "fr", "en")
	}
	with := func(n, conf float64) types.Verdict { return withIn(n, conf, math.Pow(10, base["log_words"])) }
	// On a long page one finding is what false alarms give at their rate
	// per word; several are not.
	if v := withIn(1, 0.6, 1000); v.Label != types.Human {
		t.Errorf("one finding in 1000 words: %s %v, want human", v.Label, v.P)
	}
	if v := withIn(4, 0.6, 1000); v.Label != types.Spun {
		t.Errorf("four findings in 1000 words: %s %v, want spun", v.Label, v.P)
	}
	if v := with(0, 0); v.Label != before.Label || v.P[types.Human] != before.P[types.Human] {
		t.Errorf("no finding: %v, want %v", v.P, before.P)
	}
	// One confident single-word substitution is already strong evidence
	// (99% of them are right on dev; 4 of 596 human dev documents hold
	// one), more make it stronger.
	one, three := with(1, 0.6), with(3, 0.7)
	if one.Label != types.Spun || three.P[types.Spun] <= one.P[types.Spun] {
		t.Errorf("one finding: %s %v; three: %v; want spun, and surer with more", one.Label, one.P, three.P)
	}
	v := three
	if v.Label != types.Spun || v.SourceLang != "" {
		t.Errorf("three same-language findings: %s %v (source %q), want spun from the text's own language", v.Label, v.P, v.SourceLang)
	}
	found := false
	for _, e := range v.Evidence {
		found = found || strings.Contains(e, "same-language") || strings.Contains(e, "tortured")
	}
	if !found {
		t.Errorf("evidence %q does not name the same-language findings", v.Evidence)
	}
	// English has its own models, fitted with these signals inside.
	if en := verdict.Decide(map[string]float64{"tortured_count": 2}, "en", "en"); en.P[types.Human] == 0 {
		t.Errorf("English: %v", en.P)
	}
}
