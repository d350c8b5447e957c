package verdict

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// Input is what a verdict is made from.
type Input struct {
	Text     string
	Tokens   []types.Token
	Findings []types.Finding // all findings, whatever their confidence
	Pack     *pack.Pack      // the text's language
	Spinner  *pack.Pack      // the spinner's language, or nil
	// LM, if set, is the detector's view of the text (model ids and
	// sentence numbers), which saves looking every word up again.
	LM *detection.LMView
}

// Measure computes the document's signals. Rates are per 100 words.
func Measure(in Input) map[string]float64 {
	f := map[string]float64{}
	words := 0
	for i := range in.Tokens {
		if in.Tokens[i].Kind == types.Word {
			words++
		}
	}
	per100 := func(x float64) float64 { return 100 * x / float64(max(words, 1)) }
	f["log_words"] = math.Log10(float64(max(words, 1)))

	// Span findings, weighted by confidence.
	soft := map[types.Kind]float64{}
	count := map[types.Kind]float64{}
	sure := map[types.Kind]float64{} // findings of confidence 0.5 or more
	sureSoft := map[types.Kind]float64{}
	for _, fd := range in.Findings {
		soft[fd.Kind] += fd.Confidence
		count[fd.Kind]++
		if fd.Confidence >= 0.5 {
			sure[fd.Kind]++
			sureSoft[fd.Kind] += fd.Confidence
		}
	}
	// How many, whatever the length: a few sure spins make a spun page
	// (the seed has seven in 550 words).
	f["cross_count"] = math.Log2(1 + sure[types.CrossLingualSpin])
	f["realword_count"] = math.Log2(1 + sure[types.RealWordSpin])
	f["cross"] = per100(soft[types.CrossLingualSpin])
	f["realword"] = per100(soft[types.RealWordSpin])
	// Tortured phrases count once they are confident enough to report: the
	// pair search (WithSameLanguageSpin) proposes dozens of weak candidates
	// on a page of ordinary English, whose sum would outweigh one real
	// finding.
	f["tortured"] = per100(sureSoft[types.TorturedPhrase])
	f["tortured_count"] = math.Log2(1 + sure[types.TorturedPhrase])
	// The same count for a document of at most samePageWords words: false
	// alarms come at a rate per word, so a long page's one finding weighs
	// less; a short page's counts as it is (its rate would be inflated).
	f["tortured_page"] = math.Log2(1 + sure[types.TorturedPhrase]*samePageWords/math.Max(float64(words), samePageWords))
	// Untranslated words count once they are reported, as tortured phrases
	// do: a lone technical word ("phishing") is an unreported 0.45 in
	// clean modern news, while the leaks of a machine translation come in
	// confident runs.
	f["untranslated"] = per100(sure[types.Untranslated])
	f["mterror"] = per100(count[types.MTError])

	lexStats(f, in)
	typography(f, in.Text)
	lmStats(f, in)
	return f
}

// lexStats measures foreign function words and the text language's own
// function words, rare and unknown words.
func lexStats(f map[string]float64, in Input) {
	own := in.Pack.Lexicon
	var spin *lexicon.Lexicon
	if in.Spinner != nil {
		spin = in.Spinner.Lexicon
	}
	var view []detection.LexFlags
	if in.LM != nil && len(in.LM.Lex) == len(in.Tokens) {
		view = in.LM.Lex
	}
	var foreignFn, fn, unknown, rare, content, seen float64
	// Beyond maxWords words, every stride-th token stands for the rest.
	stride := (len(in.Tokens) + maxWords - 1) / maxWords
	for i := 0; i < len(in.Tokens); i += max(stride, 1) {
		if in.Tokens[i].Kind != types.Word {
			continue
		}
		seen++
		var lf detection.LexFlags
		if view != nil {
			lf = view[i]
		} else {
			lf = lexFlags(own, spin, &in.Tokens[i])
		}
		known, stop, upper := lf&detection.LexKnown != 0, lf&detection.LexStopword != 0, lf&detection.LexUpper != 0
		if known && stop {
			fn++
		}
		if !known || lf&detection.LexListed == 0 {
			if !upper {
				unknown++
			}
		} else if !stop {
			content++
			if lf&detection.LexRare != 0 {
				rare++
			}
		}
		if spin != nil && (!known || !stop) && lf&detection.LexSpinStopword != 0 && !upper {
			foreignFn++
		}
	}
	// Rates over the words seen, per 100 words.
	scale := func(x float64) float64 { return 100 * x / max(seen, 1) }
	f["foreign_function"] = scale(foreignFn)
	f["function_share"] = scale(fn) / 100
	f["unknown"] = scale(unknown)
	f["rare_share"] = rare / max(content, 1)
}

// lexFlags looks word token t up in the text's lexicon and the spinner's
// (nil: none), for a text without the detector's view: the flags the
// detector gives it (see detection.LexFlags).
func lexFlags(own, spin *lexicon.Lexicon, t *types.Token) detection.LexFlags {
	lf := detection.LexWord
	if id, ok := own.ID(t.Norm); ok {
		lf |= detection.LexKnown
		if own.Flags(id)&lexicon.Stopword != 0 {
			lf |= detection.LexStopword
		}
		if own.Flags(id)&lexicon.InDictionary != 0 || own.Count(id) >= 3 {
			lf |= detection.LexListed
		}
		if own.PerMillion(id) < 1 && own.SubsPerMillion(id) < 1 {
			lf |= detection.LexRare
		}
	}
	if spin != nil {
		if id, ok := spin.ID(t.Norm); ok && spin.Flags(id)&lexicon.Stopword != 0 {
			lf |= detection.LexSpinStopword
		}
	}
	if startsUpper(t.Text) {
		lf |= detection.LexUpper
	}
	return lf
}

// maxWords bounds the tokens lexStats looks up.
const maxWords = 20000

// typography measures marks of another language's typography: English
// quotation marks where French uses « », no space before : ; ! ? (French
// puts one), decimal points where French uses commas.
func typography(f map[string]float64, text string) {
	var enQuotes, frQuotes, tight, spaced, points, commas float64
	for i := 0; i < len(text); i++ {
		// Most bytes (letters, spaces, the rest of a rune) are skipped
		// here, in a loop that keeps nothing else in registers.
		for i < len(text) && !typoByte[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		switch c {
		case 0xE2: // “ ” are E2 80 9C, E2 80 9D
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D) {
				enQuotes++
			}
		case 0xC2: // « » are C2 AB, C2 BB
			if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
				frQuotes++
			}
		case ':', ';', '!', '?':
			// Ignore URLs ("http:") and runs ("?!").
			prev := prevRune(text, i)
			if prev != ':' && prev != ';' && prev != '!' && prev != '?' && !strings.HasPrefix(text[i:], "://") {
				if unicode.IsSpace(prev) {
					spaced++
				} else if unicode.IsLetter(prev) || prev == ')' || prev == '"' || prev == '»' {
					tight++
				}
			}
		case '.', ',':
			if unicode.IsDigit(prevRune(text, i)) {
				next, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsDigit(next) {
					if c == '.' {
						points++
					} else {
						commas++
					}
				}
			}
		}
	}
	f["english_quotes"] = enQuotes / (enQuotes + frQuotes + 2)
	f["tight_punctuation"] = tight / (tight + spaced + 2)
	f["decimal_points"] = points / (points + commas + 2)
}

// typoByte marks the bytes typography looks at: the punctuation it counts
// and the lead bytes of the quotation marks.
var typoByte = func() (t [256]bool) {
	for _, c := range []byte{':', ';', '!', '?', '.', ',', 0xE2, 0xC2} {
		t[c] = true
	}
	return t
}()

// prevRune returns the rune before byte i (a space at the start).
func prevRune(text string, i int) rune {
	if i == 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// samePageWords is the length the same-language model was fitted on:
// held-out pieces of about 250 words.
const samePageWords = 250

// maxSentences bounds the sentences lmStats scores: beyond it, sentences
// evenly spread over the text stand for the rest (a mean and a spread are
// well estimated from a few hundred).
const maxSentences = 256

// lmStats scores the sentences with the text language's model: the mean
// and spread of per-word log-probabilities over sentences, and the mean
// sentence length.
func lmStats(f map[string]float64, in Input) {
	if in.LM != nil && len(in.LM.IDs) == len(in.LM.Sentence) {
		lmStatsIDs(f, in.Pack.WordLM, in.LM)
		return
	}
	lm := in.Pack.WordLM
	var starts []int
	for i := range in.Tokens {
		if languagemodel.NewSentence(in.Tokens, i) {
			starts = append(starts, i)
		}
	}
	stride := (len(starts) + maxSentences - 1) / maxSentences
	var scores, lengths []float64
	var words []string
	for k := 0; k < len(starts); k += max(stride, 1) {
		end := len(in.Tokens)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		words = words[:0]
		for _, t := range in.Tokens[starts[k]:end] {
			if w := languagemodel.TokenWord(t); w != "" {
				words = append(words, w)
			}
		}
		if len(words) >= 3 {
			s, n := lm.ScoreSentence(words)
			scores = append(scores, s/float64(n))
			lengths = append(lengths, float64(len(words)))
		}
	}
	sentenceStats(f, scores, lengths)
}

// lmStatsIDs is lmStats over the detector's model ids: the same
// sentences, scored the same way (see languagemodel.ScoreSentence).
func lmStatsIDs(f map[string]float64, lm *languagemodel.Model, v *detection.LMView) {
	sentences, longest, run := 0, 0, 0
	for i := range v.IDs {
		if i == 0 || v.Sentence[i] != v.Sentence[i-1] {
			sentences++
			run = 0
		}
		run++
		longest = max(longest, run)
	}
	stride := max((sentences+maxSentences-1)/maxSentences, 1)
	scores, lengths := make([]float64, 0, maxSentences), make([]float64, 0, maxSentences)
	// The buffers hold the longest sentence's queries and its end's.
	q, got := make([]languagemodel.Trigram, 0, longest+1), make([]float32, 0, longest+1)
	for start, k := 0, 0; start < len(v.IDs); k++ {
		end := start + 1
		for end < len(v.IDs) && v.Sentence[end] == v.Sentence[start] {
			end++
		}
		if n := end - start; k%stride == 0 && n >= 3 {
			var sum float64
			sum, q, got = sentenceLogProb(lm, v, start, end, q, got)
			scores = append(scores, sum/float64(n+1))
			lengths = append(lengths, float64(n))
		}
		start = end
	}
	sentenceStats(f, scores, lengths)
}

// sentenceLogProb returns the log10 probability of the sentence at
// positions [start, end) of v, its end included: the detector's
// probabilities where it has them, the others looked up together (see
// languagemodel.WordLogProbs), summed in position order. q and got are
// buffers kept from one sentence to the next; it returns them, grown.
func sentenceLogProb(lm *languagemodel.Model, v *detection.LMView, start, end int, q []languagemodel.Trigram, got []float32) (float64, []languagemodel.Trigram, []float32) {
	have := func(p int) bool { return p < len(v.LogProb) && v.LogProb[p] == v.LogProb[p] }
	q = q[:0]
	u, w := languagemodel.BOS, languagemodel.BOS
	for p := start; p < end; p++ {
		if !have(p) {
			q = append(q, languagemodel.Trigram{U: u, V: w, W: v.IDs[p]})
		}
		u, w = w, v.IDs[p]
	}
	q = append(q, languagemodel.Trigram{U: u, V: w, W: languagemodel.EOS})
	got = slices.Grow(got[:0], len(q))[:len(q)]
	lm.WordLogProbs(got, q)
	sum, k := 0.0, 0
	for p := start; p < end; p++ {
		if have(p) {
			sum += float64(v.LogProb[p])
		} else {
			sum += float64(got[k])
			k++
		}
	}
	return sum + float64(got[k]), q, got
}

// sentenceStats records the mean and spread of the sentences' per-word
// scores and lengths.
func sentenceStats(f map[string]float64, scores, lengths []float64) {
	f["lm_mean"], f["lm_sd"] = meanSD(scores)
	f["sentence_length"], f["sentence_length_sd"] = meanSD(lengths)
}

func meanSD(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, math.Sqrt(v / float64(len(xs)))
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
