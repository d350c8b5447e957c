package verdict

import (
	"fmt"
	"math"
	"sort"

	"github.com/unspin-project/unspin/types"
)

// Decide turns a document's signals into a verdict. spinLang is the
// spinner's language ("" when there is none): the likely source language
// of a text that looks translated or spun with foreign evidence.
func Decide(f map[string]float64, spinLang string) types.Verdict {
	pArt := artificialModel.P(f)
	pSpun := spunModel.P(f)
	p := map[types.Label]float64{
		types.Human:             round3(1 - pArt),
		types.MachineTranslated: round3(pArt * (1 - pSpun)),
		types.Spun:              round3(pArt * pSpun),
	}
	label := types.Human
	for _, l := range types.Labels {
		if p[l] > p[label] {
			label = l
		}
	}
	v := types.Verdict{Label: label, P: p, Features: f}
	foreign := f["cross"] + f["untranslated"] + f["foreign_function"]
	if label != types.Human && spinLang != "" && foreign > 0 {
		v.SourceLang = spinLang
	}
	v.Evidence = evidence(f, label)
	return v
}

// evidence names the signals that pushed the verdict towards its label,
// strongest first.
func evidence(f map[string]float64, label types.Label) []string {
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
		add(artificialModel.Contributions(f), -1)
	case types.MachineTranslated:
		add(artificialModel.Contributions(f), 1)
		add(spunModel.Contributions(f), -1)
	case types.Spun:
		add(artificialModel.Contributions(f), 1)
		add(spunModel.Contributions(f), 1)
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

// describe spells out one signal.
func describe(name string, x float64) string {
	switch name {
	case "cross":
		return fmt.Sprintf("words of the spinner's language standing for words of the text's: %.2f per 100 words (confidence-weighted)", x)
	case "cross_count":
		return fmt.Sprintf("%.0f confident cross-lingual spin(s)", math.Pow(2, x)-1)
	case "realword_count":
		return fmt.Sprintf("%.0f confident real-word spin(s)", math.Pow(2, x)-1)
	case "realword":
		return fmt.Sprintf("valid words that break agreement or context where a homograph fits: %.2f per 100 words", x)
	case "tortured":
		return fmt.Sprintf("tortured phrases: %.2f per 100 words", x)
	case "untranslated":
		return fmt.Sprintf("untranslated foreign words: %.2f per 100 words", x)
	case "mterror":
		return fmt.Sprintf("sentence fragments left by machine translation: %.2f per 100 words", x)
	case "foreign_function":
		return fmt.Sprintf("foreign function words: %.2f per 100 words", x)
	case "english_quotes":
		return fmt.Sprintf("English quotation marks: %.0f%% of quotation marks", 100*x)
	case "tight_punctuation":
		return fmt.Sprintf("no space before : ; ! ?: %.0f%% of them", 100*x)
	case "decimal_points":
		return fmt.Sprintf("decimal points instead of commas: %.0f%% of decimals", 100*x)
	case "lm_mean":
		return fmt.Sprintf("language-model score per word: %.2f (log10)", x)
	case "lm_sd":
		return fmt.Sprintf("spread of sentence scores: %.2f (log10 per word)", x)
	case "unknown":
		return fmt.Sprintf("words unknown to the language: %.2f per 100 words", x)
	case "rare_share":
		return fmt.Sprintf("rare content words: %.0f%%", 100*x)
	case "function_share":
		return fmt.Sprintf("function words: %.0f%% of words", 100*x)
	case "sentence_length", "sentence_length_sd":
		return fmt.Sprintf("sentence length %s: %.1f words", map[string]string{"sentence_length": "mean", "sentence_length_sd": "spread"}[name], x)
	case "log_words":
		return fmt.Sprintf("length: %.0f words", math.Pow(10, x))
	}
	return fmt.Sprintf("%s: %.3f", name, x)
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
