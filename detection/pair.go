package detection

import (
	"math"
	"slices"
	"strings"

	"github.com/unspin-project/unspin/types"
)

// Tortured phrases are spun terms: a paraphrasing tool replaced both words
// of a term the language knows ("artificial intelligence") with synonyms
// ("counterfeit consciousness"). The observed pair is unknown to the
// language model; a pair of originals, one from each word's reverse
// thesaurus, is a strong pair of it.

// pairWidth is how many originals of each word are paired.
const pairWidth = 150

// minAssociation is the least log10 P(second | first) − log10 P(second)
// of a pair of originals: a term, not two words that happen to meet.
const minAssociation = 1.0

// pairCands returns the originals of token i's word worth pairing: from
// the text language's reverse thesaurus, the pairWidth with the best
// channel plus unigram probability (terms are made of common words).
// Cached per word, in the text and in the shared cache: the lists do not
// depend on the text, and callers only read them.
func (dc *doc) pairCands(i int) []cand {
	w := dc.toks[i].Norm
	if cs, ok := dc.pairs[w]; ok {
		return cs
	}
	if c := dc.common; c != nil {
		if cs, ok := c.pairs.get(w); ok {
			dc.pairs[keyOf(w)] = cs
			return cs
		}
	}
	c := dc.collector(w)
	c.indexed = true
	reverseCandidates(c, dc.d.text, w, false, dc.infl)
	lm := dc.d.text.WordLM
	for k := range c.out {
		c.out[k].score = c.out[k].channel + float64(lm.LogProb1(lm.ID(c.out[k].text)))
	}
	dc.sortByScore(c.out)
	cs := slices.Clone(c.out[:min(len(c.out), pairWidth)]) // not the gathered thousands
	dc.pairs[keyOf(w)] = cs
	if c := dc.common; c != nil {
		c.pairs.put(w, cs)
	}
	return cs
}

// pair tests tokens i and i+1 replaced together and returns the finding,
// if some pair of originals forms a term.
func (dc *doc) pair(i int) (types.Finding, bool) {
	left, right := dc.pairCands(i), dc.pairCands(i+1)
	if len(left) == 0 || len(right) == 0 {
		return types.Finding{}, false
	}
	lm := dc.d.text.WordLM
	rightIDs := make([]int, len(right))
	for k, r := range right {
		rightIDs[k] = lm.ID(r.text)
	}
	var cs []cand
	assoc := map[string]float64{}
	has := make([]bool, 0, len(right))
	for _, l := range left {
		li := lm.ID(l.text)
		if li == 0 {
			continue
		}
		has = lm.HasBigrams(has[:0], li, rightIDs)
		for k, r := range right {
			ri := rightIDs[k]
			if ri == 0 || !has[k] {
				continue
			}
			a := float64(lm.LogProb2(li, ri) - lm.LogProb1(ri))
			if a < minAssociation {
				continue
			}
			rv := r.via
			text := l.text + " " + r.text
			assoc[text] = a
			cs = append(cs, cand{text: text, via: l.via, via2: &rv, channel: l.channel + r.channel})
		}
	}
	if len(cs) == 0 {
		return types.Finding{}, false
	}
	a := dc.pos[i]
	dc.rank(cs, a, a+2)
	best := cs[0]
	c1, c2, _ := strings.Cut(best.text, " ")
	i1, i2 := lm.ID(c1), lm.ID(c2)
	o1, o2 := dc.ids[a], dc.ids[a+1]
	feats := map[string]float64{
		"delta":       best.delta,
		"lm":          best.lm,
		"channel":     best.channel,
		"association": assoc[best.text],
		"pairs":       float64(len(cs)),
		"term":        float64(lm.LogProb1(i1) + lm.LogProb2(i1, i2)),
		"cond":        float64(lm.LogProb2(i1, i2)),
		"observed":    float64(lm.LogProb1(o1) + lm.LogProb1(o2)),
		"surprise1":   dc.surprise(i),
		"surprise2":   dc.surprise(i + 1),
		"top":         topShare(cs),
		"nominal":     b2f(dc.info[i].nominal) + b2f(dc.info[i+1].nominal),
		"count1":      math.Log10(1 + float64(dc.count(i))),
		"count2":      math.Log10(1 + float64(dc.count(i+1))),
	}
	conf := torturedPairModel.P(feats)
	span, text := dc.span(i, i+2)
	return types.Finding{
		Span: span, Text: text, Kind: types.TorturedPhrase,
		Suggestion:   matchCase(best.text, text),
		Alternatives: alternatives(cs, text, 5),
		Confidence:   round3(conf),
		Evidence:     dc.withTopic([]string{best.evidence(), best.lmEvidence(dc.norm(i, i+2)), "the two words never occur together; the originals form a term"}, best, dc.norm(i, i+2), a, a+2),
		Features:     feats,
	}, true
}

// count returns the corpus count of token i's word in the text's lexicon.
func (dc *doc) count(i int) uint32 {
	li := dc.lexOf(dc.toks[i].Norm)
	if !li.ook {
		return 0
	}
	return dc.d.text.Lexicon.Count(li.oid)
}

// topShare is the probability of the best candidate among all, as in
// alternatives: a spun term has one clear original, a sound pair of
// words only a spread of weak ones.
func topShare(cs []cand) float64 {
	sum := 0.0
	for _, c := range cs {
		sum += math.Pow(10, c.score-cs[0].score)
	}
	return 1 / sum
}
