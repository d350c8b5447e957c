package detection

import (
	"fmt"
	"strings"

	"github.com/unspin-project/unspin/types"
)

// wordRun returns the end of the run of consecutive Word tokens from i
// that satisfy ok, looking no further than limit.
func (dc *doc) wordRun(i, limit int, ok func(int) bool) int {
	j := i
	for j < min(len(dc.toks), limit) && dc.info[j].word && ok(j) {
		j++
	}
	return j
}

func (dc *doc) span(i, j int) (types.Span, string) {
	s := types.Span{Start: dc.toks[i].Start, End: dc.toks[j-1].End}
	return s, dc.text[s.Start:s.End]
}

func (dc *doc) norm(i, j int) string {
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, dc.toks[k].Norm)
	}
	return strings.Join(parts, " ")
}

func (dc *doc) mark(i, j int) {
	for k := i; k < j; k++ {
		dc.used[k] = true
	}
}

// crossLingual finds words and phrases of the spinner's language.
func (dc *doc) crossLingual() {
	quoted, spans := dc.quoted()
	dc.quote = quoted
	dc.foreignQuotes(spans)
	dc.foreignSentences()
	maxW := dc.d.spin.Thesaurus.MaxWords()
	for i := 0; i < len(dc.toks); i++ {
		if !dc.info[i].word || dc.used[i] || dc.info[i].name {
			continue
		}
		run := dc.wordRun(i, len(dc.toks), func(k int) bool { return dc.info[k].foreign })
		if run-i >= 4 || (run-i >= 2 && quoted[i] > 0) {
			if quoted[i] == 0 {
				dc.untranslated(i, run, "a run of "+fmt.Sprint(run-i)+" words of "+dc.d.spin.Header.Lang+" that are not "+dc.d.text.Header.Lang)
			}
			dc.mark(i, run)
			i = run - 1
			continue
		}
		// Phrases of the spinner's thesaurus holding at least one foreign
		// word, longest first, within the run of words that are not names.
		done := false
		end := dc.wordRun(i, i+maxW, func(k int) bool { return !dc.info[k].name })
		first := i // the first foreign word of the window, if any
		for first < end && !dc.info[first].foreign {
			first++
		}
		for j := end; j >= i+2 && first < j && !done; j-- {
			if _, ok := dc.d.spin.Thesaurus.ID(dc.norm(i, j)); !ok {
				continue
			}
			done = dc.spinSpan(i, j, false)
		}
		if done {
			continue // the tokens of the finding are marked used
		}
		if !dc.info[i].foreign {
			continue
		}
		if !dc.spinSpan(i, i+1, true) {
			dc.untranslated(i, i+1, fmt.Sprintf("%q is a word of %s (%.1f per million), not of %s (%.1f per million), and no original fits",
				dc.toks[i].Norm, dc.d.spin.Header.Lang, dc.info[i].spinPM, dc.d.text.Header.Lang, dc.info[i].ownPM))
		}
		dc.mark(i, i+1)
	}
}

// spinFloor is the lowest score margin at which a foreign span is
// reported as spun rather than untranslated.
const spinFloor = -3

// spinSpan evaluates tokens [i, j) as a spun span and emits a finding when
// an original fits better than the observed words. Single words that have
// no one-step original fitting well get a two-step search when allowed.
func (dc *doc) spinSpan(i, j int, twoStep bool) bool {
	observed := dc.norm(i, j)
	first := i // i moves to the article when "an" joins the span
	a, b := dc.pos[i], dc.pos[j-1]+1
	c := dc.collector(observed)
	c.limit = 400
	reverseCandidates(c, dc.d.spin, observed, false, dc.infl)
	dc.rank(c.out, a, b)
	// A spinner's thesaurus is not ours: when no direct link explains the
	// word, follow one intermediate word.
	if twoStep && (len(c.out) == 0 || c.out[0].delta < -2) {
		c = dc.collector(observed)
		c.limit = 400
		reverseCandidates(c, dc.d.spin, observed, true, dc.infl)
		dc.rank(c.out, a, b)
	}
	// "an" before the span: spinners turn "a plus" into "an advantage".
	article := false
	if i > 0 && dc.toks[i-1].Norm == "an" && dc.info[i-1].word && !dc.used[i-1] && dc.pos[i-1] == a-1 && len(c.out) > 0 {
		ext := make([]cand, len(c.out))
		for k, x := range c.out {
			ext[k] = cand{text: "a " + x.text, via: x.via, note: `"a" restored from "an"`, channel: x.channel}
		}
		dc.rank(ext, a-1, b)
		if ext[0].delta > c.out[0].delta {
			c.out, article, i = ext, true, i-1
		}
	}
	// A foreign word is an artefact either way; it is a spin when some
	// original explains it nearly as well as keeping it.
	if len(c.out) == 0 || c.out[0].delta <= spinFloor {
		return false
	}
	// A rare word of the spinner's language (dialect, archaisms in old
	// books) must be clearly explained by an original; so must a word that
	// French speakers use (it occurs in French subtitles: "story",
	// "fashion"), whose prior of being spun is lower.
	if j-first == 1 && (dc.info[first].spinPM < 1 && c.out[0].delta < 0 || dc.info[first].used && c.out[0].delta < 1) {
		return false
	}
	// A word of the text's language missing an accent ("precautions") is
	// a spelling slip, not a spin, unless an original is clearly better.
	if j-first == 1 && c.out[0].delta < 1 {
		if _, ok := unaccented(dc.d.text.Lexicon, observed); ok {
			return false
		}
	}
	best := c.out[0]
	span, text := dc.span(i, j)
	ev := []string{
		fmt.Sprintf("%q is %s, not %s (%.1f vs %.1f per million)", observed, dc.d.spin.Header.Lang, dc.d.text.Header.Lang, dc.spinPM(i, j), dc.ownPM(i, j)),
		best.evidence(),
		best.lmEvidence(observed),
	}
	ev = dc.withTopic(ev, best, observed, dc.pos[i], dc.pos[j-1]+1)
	if article {
		ev = append(ev, `the article "an" was changed with the noun`)
	}
	feats := dc.spinFeatures(first, j, best)
	dc.out = append(dc.out, types.Finding{
		Span: span, Text: text, Kind: types.CrossLingualSpin,
		Suggestion:   matchCase(best.text, text),
		Alternatives: alternatives(c.out, text, 5),
		Confidence:   round3(crossLingualConfidence(feats)),
		Evidence:     ev,
		Features:     feats,
	})
	dc.mark(i, j)
	return true
}

func (dc *doc) spinPM(i, j int) float64 {
	m := 0.0
	for k := i; k < j; k++ {
		m = max(m, float64(dc.info[k].spinPM))
	}
	return m
}

func (dc *doc) ownPM(i, j int) float64 {
	m := 0.0
	for k := i; k < j; k++ {
		if dc.info[k].foreign {
			m = max(m, float64(dc.info[k].ownPM))
		}
	}
	return m
}

func (dc *doc) untranslated(i, j int, why string) {
	span, text := dc.span(i, j)
	// One foreign word with no original is weak evidence (writers borrow
	// words): below the default threshold, shown on request. Runs are not.
	conf := 0.45
	switch {
	case j-i >= 4:
		conf = 0.9
	case j-i >= 2:
		conf = 0.7
	}
	dc.out = append(dc.out, types.Finding{Span: span, Text: text, Kind: types.Untranslated, Confidence: conf, Evidence: []string{why}})
}
