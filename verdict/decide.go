package verdict

import (
	"fmt"
	"math"
	"sort"

	"github.com/unspin-project/unspin/internal/logistic"
	"github.com/unspin-project/unspin/types"
)

// Decide turns the signals of a document in lang into a verdict, with the
// models fitted on that language. spinLang is the spinner's language (""
// when there is none): the likely source language of a text that looks
// translated or spun with foreign evidence.
func Decide(f map[string]float64, lang, spinLang string) types.Verdict {
	m := modelsFor(lang)
	pArt := m.artificial.P(f)
	pSpun := m.spun.P(f)
	pSame := m.sameLanguage(f)
	// Same-language evidence is a second way to be spun, independent of
	// the first model's: P(human) = (1 − P(artificial)) (1 − P(same)).
	p := map[types.Label]float64{
		types.Human:             round3((1 - pArt) * (1 - pSame)),
		types.MachineTranslated: round3(pArt * (1 - pSpun)),
		types.Spun:              round3(pArt*pSpun + (1-pArt)*pSame),
	}
	label := types.Human
	for _, l := range types.Labels {
		if p[l] > p[label] {
			label = l
		}
	}
	v := types.Verdict{Label: label, P: p, Features: f}
	sameLed := (1-pArt)*pSame > pArt*pSpun
	foreign := f["cross"] + f["untranslated"] + f["foreign_function"]
	if label != types.Human && spinLang != "" && foreign > 0 && !(label == types.Spun && sameLed) {
		v.SourceLang = spinLang
	}
	v.Evidence = evidence(m, f, label, sameLed)
	return v
}

// models are the verdict models of one text language: P(not human),
// P(spun | not human), and, where it was fitted, P(spun in its own
// language) from the same-language findings alone.
type models struct {
	artificial, spun logistic.Model
	same             *logistic.Model
}

// sameLanguage is the same-language model's probability above what it
// gives a text with no same-language finding, rescaled to [0, 1]: 0 for
// such a text (the verdict is then the two other models' alone), and
// for a text analysed without the same-language search.
func (m models) sameLanguage(f map[string]float64) float64 {
	if m.same == nil {
		return 0
	}
	p0 := m.same.P(nil) // no finding
	return max(0, (m.same.P(f)-p0)/(1-p0))
}

// modelsFor returns the models fitted on text of lang: English has its
// own (its typography and function words are not French ones); every other
// language gets the French models.
func modelsFor(lang string) models {
	if lang == "en" {
		return models{artificialModelEN, spunModelEN, nil}
	}
	return models{artificialModel, spunModel, &sameLanguageModel}
}

// evidence names the signals that pushed the verdict towards its label,
// strongest first.
//
// sameLed says that the same-language model, not the two others, made a
// spun verdict: its signals are then the evidence.
func evidence(m models, f map[string]float64, label types.Label, sameLed bool) []string {
	type term struct {
		name string
		v    float64
	}
	var terms []term
	add := func(c map[string]float64, sign float64) {
		for k, v := range c {
			terms = append(terms, term{k, sign * v})
		}
	}
	switch label {
	case types.Human:
		add(m.artificial.Contributions(f), -1)
	case types.MachineTranslated:
		add(m.artificial.Contributions(f), 1)
		add(m.spun.Contributions(f), -1)
	case types.Spun:
		if sameLed {
			add(m.same.Contributions(f), 1)
			break
		}
		add(m.artificial.Contributions(f), 1)
		add(m.spun.Contributions(f), 1)
	}
	// Each signal once, with its strongest push.
	best := map[string]float64{}
	for _, t := range terms {
		if v, ok := best[t.name]; !ok || t.v > v {
			best[t.name] = t.v
		}
	}
	terms = terms[:0]
	for k, v := range best {
		if v > 0.3 {
			terms = append(terms, term{k, v})
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		return terms[i].v > terms[j].v || terms[i].v == terms[j].v && terms[i].name < terms[j].name
	})
	var out []string
	for _, t := range terms {
		if len(out) == 4 {
			break
		}
		out = append(out, describe(t.name, f[t.name]))
	}
	return out
}

// signalText spells out each signal: a format and the scale of the value.
var signalText = map[string]struct {
	format string
	scale  float64
}{
	"cross":              {"words of the spinner's language standing for words of the text's: %.2f per 100 words (confidence-weighted)", 1},
	"realword":           {"valid words that break agreement or context where a homograph fits: %.2f per 100 words", 1},
	"tortured":           {"tortured phrases and same-language substitutions: %.2f per 100 words (confidence-weighted)", 1},
	"untranslated":       {"untranslated foreign words: %.2f per 100 words", 1},
	"mterror":            {"sentence fragments left by machine translation: %.2f per 100 words", 1},
	"foreign_function":   {"foreign function words: %.2f per 100 words", 1},
	"english_quotes":     {"English quotation marks: %.0f%% of quotation marks", 100},
	"tight_punctuation":  {"no space before : ; ! ?: %.0f%% of them", 100},
	"decimal_points":     {"decimal points instead of commas: %.0f%% of decimals", 100},
	"lm_mean":            {"language-model score per word: %.2f (log10)", 1},
	"lm_sd":              {"spread of sentence scores: %.2f (log10 per word)", 1},
	"unknown":            {"words unknown to the language: %.2f per 100 words", 1},
	"rare_share":         {"rare content words: %.0f%%", 100},
	"function_share":     {"function words: %.0f%% of words", 100},
	"sentence_length":    {"mean sentence length: %.1f words", 1},
	"sentence_length_sd": {"spread of sentence lengths: %.1f words", 1},
}

// describe spells out one signal.
func describe(name string, x float64) string {
	switch name {
	case "cross_count":
		return fmt.Sprintf("%.0f confident cross-lingual spin(s)", math.Pow(2, x)-1)
	case "realword_count":
		return fmt.Sprintf("%.0f confident real-word spin(s)", math.Pow(2, x)-1)
	case "tortured_count":
		return fmt.Sprintf("%.0f confident same-language substitution(s)", math.Pow(2, x)-1)
	case "tortured_page":
		return fmt.Sprintf("confident same-language substitutions: %.1f per 250 words", math.Pow(2, x)-1)
	case "log_words":
		return fmt.Sprintf("length: %.0f words", math.Pow(10, x))
	}
	if t, ok := signalText[name]; ok {
		return fmt.Sprintf(t.format, t.scale*x)
	}
	return fmt.Sprintf("%s: %.3f", name, x)
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
