package detection

import (
	"math"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// surprise returns how much less likely token i is in its context than
// on its own: log10 P(w | two predecessors) − log10 P(w). Words that the
// context supports score near or above zero.
func (dc *doc) surprise(i int) float64 {
	p := dc.pos[i]
	if p < 0 {
		return 0
	}
	lm := dc.d.text.WordLM
	if dc.ids[p] == languagemodel.Unk {
		u, v := dc.context(p)
		return float64(lm.LogProb(u, v, dc.ids[p]) - lm.LogProb1(dc.ids[p]))
	}
	return float64(dc.wlp(p) - lm.LogProb1(dc.ids[p]))
}

// suspect tells whether token i is a known content word worth testing for
// a real-word substitution.
func (dc *doc) suspect(i int) bool {
	if dc.used[i] {
		return false
	}
	if dc.susp[i] == 0 {
		dc.susp[i] = -1
		if dc.isSuspect(i) {
			dc.susp[i] = 1
		}
	}
	return dc.susp[i] > 0
}

func (dc *doc) isSuspect(i int) bool {
	if !dc.examinable(i) {
		return false
	}
	// A word after an article left unelided is examined even when the
	// model does not know it ("la exhaustion": a dictionary word French
	// text never uses).
	if dc.unelided(i) >= 0 {
		return true
	}
	if dc.ids[dc.pos[i]] == 0 {
		return false
	}
	return dc.surprise(i) < dc.d.th.Surprise || dc.disagrees(i)
}

// stranded tells whether token i, a known content word more frequent in
// the spinner's language than in the text's, stands between two words the
// language model never saw it beside ("pas ainsi square cruauté" for "par
// cruauté"): a spinner's word that the left context alone does not make
// surprising. Such words get the real-word test too; its margin still
// decides (docs/EVALUATION.md, "Stranded words").
func (dc *doc) stranded(i int) bool {
	if !dc.examinable(i) || dc.info[i].spinPM <= dc.info[i].ownPM {
		return false
	}
	p := dc.pos[i]
	if p <= 0 || p+1 >= len(dc.ids) || dc.ids[p] == 0 || dc.sent[p-1] != dc.sent[p] || dc.sent[p+1] != dc.sent[p] {
		return false
	}
	lm := dc.d.text.WordLM
	return !lm.HasBigram(dc.ids[p-1], dc.ids[p]) && !lm.HasBigram(dc.ids[p], dc.ids[p+1])
}

// realWord finds words of the text's language that a spinner put in place
// of another word of it which is also a word of the spinner's language.
// Words the confusion table gives no original are not examined: the test
// could only come back empty.
func (dc *doc) realWord() {
	dc.scoreExaminable()
	for i := range dc.toks {
		if !dc.info[i].realWord || !dc.suspect(i) && !dc.stranded(i) {
			continue
		}
		dc.substitution(i, dc.d.spin, types.RealWordSpin, dc.d.th.RealWord, dc.d.th.RealWordAlone, true)
	}
}

// scoreExaminable looks up together, in batches whose memory reads
// overlap (see languagemodel.WordLogProbs), the probabilities wlp gives
// the positions of the words realWord may examine, which suspect reads one
// by one: the same numbers, found sooner.
func (dc *doc) scoreExaminable() {
	dc.initLP()
	q, ps := dc.s.lpq[:0], dc.s.lpp[:0]
	for i := range dc.toks {
		if !dc.info[i].realWord || !dc.examinable(i) {
			continue
		}
		p := dc.pos[i]
		if dc.ids[p] == languagemodel.Unk || dc.lp[p] == dc.lp[p] {
			continue
		}
		u, v := dc.context(p)
		q = append(q, languagemodel.Trigram{U: u, V: v, W: dc.ids[p]})
		ps = append(ps, int32(p))
	}
	got := reuse(dc.s.lpGot, len(q))
	dc.d.text.WordLM.WordLogProbs(got, q)
	for k, p := range ps {
		dc.lp[p] = got[k]
	}
	dc.s.lpq, dc.s.lpp, dc.s.lpGot = q, ps, got
}

// tortured finds same-language substitutions: two adjacent content words
// that never occur together where a pair of originals does ("counterfeit
// consciousness" for "artificial intelligence"), when asked, then single
// surprising words. Pairs go first: a planted term is one finding, not a
// single word of it.
func (dc *doc) tortured() {
	if dc.d.pairs {
		dc.torturedPairs()
	}
	for i := range dc.toks {
		if dc.suspect(i) {
			dc.substitution(i, dc.d.text, types.TorturedPhrase, dc.d.th.Tortured, dc.d.th.Tortured, false)
		}
	}
}

// torturedPairs runs the pair search at every place where two content
// words never seen together stand, then keeps the most confident pairs
// first, without overlap ("un grand neuf aimable": "neuf aimable" is the
// spun term, not "grand neuf").
func (dc *doc) torturedPairs() {
	var found []types.Finding
	for i := 0; i+1 < len(dc.toks); i++ {
		if dc.examinable(i) && dc.examinable(i+1) && (dc.info[i].nominal || dc.info[i+1].nominal) && !dc.info[i+1].upper && dc.pos[i+1] == dc.pos[i]+1 && dc.sent[dc.pos[i]] == dc.sent[dc.pos[i+1]] &&
			dc.ids[dc.pos[i]] != 0 && dc.ids[dc.pos[i+1]] != 0 && !dc.d.text.WordLM.HasBigram(dc.ids[dc.pos[i]], dc.ids[dc.pos[i+1]]) {
			if f, ok := dc.pair(i); ok {
				found = append(found, f)
			}
		}
	}
	// Tortured phrases come in numbers (a paraphrased paper holds many):
	// how many other places have an original term clearly better counts.
	strong := 0
	for _, f := range found {
		if f.Features["delta"] >= 1 {
			strong++
		}
	}
	for k := range found {
		f := &found[k]
		self := 0
		if f.Features["delta"] >= 1 {
			self = 1
		}
		f.Features["doc_pairs"] = math.Log2(1 + float64(strong-self))
		f.Confidence = round3(torturedPairModel.P(f.Features))
	}
	sort.SliceStable(found, func(a, b int) bool { return found[a].Confidence > found[b].Confidence })
	for _, f := range found {
		i := dc.tokenAt(f.Start)
		if dc.used[i] || dc.used[i+1] {
			continue
		}
		dc.out = append(dc.out, f)
		dc.mark(i, i+2)
	}
}

// tokenAt returns the index of the token starting at byte offset b.
func (dc *doc) tokenAt(b int) int {
	return sort.Search(len(dc.toks), func(i int) bool { return dc.toks[i].Start >= b })
}

// examinable tells whether token i is a word the substitution tests may
// examine: a content word of the text's own dictionary, in the language
// model's view, not a name, not foreign, not already in a finding. The
// single-word tests and the pair search (for each half) start from it.
func (dc *doc) examinable(i int) bool {
	wi := dc.info[i]
	return wi.word && !dc.used[i] && !wi.name && !wi.foreign && wi.ownDict && wi.content && dc.pos[i] >= 0
}

// substitution tests token i against originals from src's reverse
// thesaurus and emits a finding of kind when one wins by the margin.
func (dc *doc) substitution(i int, src *pack.Pack, kind types.Kind, withAgreement, alone float64, homographOnly bool) bool {
	w := dc.toks[i].Norm
	a := dc.pos[i]
	// Even an original with probability one and the strongest channel
	// cannot win when the observed window is likely enough: skip the search.
	need := alone
	disagrees := dc.disagrees(i)
	if disagrees {
		need = withAgreement - agreementBonus
	}
	if LMWeight*-dc.observed(a, a+1)+maxChannel < need {
		return false
	}
	c := &collector{out: dc.candidates(src, w, homographOnly)}
	if len(c.out) == 0 {
		return false
	}
	dc.rank(c.out, a, a+1)
	bestK, bestV, bestWhy, bestNeed := -1, 0.0, "", 0.0
	for k, x := range c.out {
		var bonus float64
		var why string
		if disagrees {
			bonus, why = dc.agreement(i, x.text)
		}
		v := x.delta + bonus
		if (bonus > 0 && v >= withAgreement) || x.delta >= alone {
			if bestK < 0 || v > bestV {
				bestK, bestV, bestWhy, bestNeed = k, v, why, alone
				if bonus > 0 {
					bestNeed = withAgreement
				}
			}
		}
		if k >= 40 {
			break
		}
	}
	if bestK < 0 {
		return false
	}
	best := c.out[bestK]
	c.out[0], c.out[bestK] = c.out[bestK], c.out[0]
	span, text := dc.span(i, i+1)
	ev := dc.withTopic([]string{best.evidence(), best.lmEvidence(w)}, best, w, a, a+1)
	if bestWhy != "" {
		ev = append(ev, bestWhy)
	}
	feats := map[string]float64{
		"margin":      bestV - bestNeed,
		"agreement":   b2f(bestWhy != ""),
		"doc_foreign": dc.docForeign(i, i+1),
		"topic":       best.topic - best.topicObs, // recorded for refits; no model reads it yet
	}
	conf := sigmoid(1.2 * (bestV - withAgreement))
	if kind == types.RealWordSpin {
		conf = realWordModel.P(feats)
	}
	dc.out = append(dc.out, types.Finding{
		Span: span, Text: text, Kind: kind,
		Suggestion:   matchCase(best.text, text),
		Alternatives: alternatives(c.out, text, 5),
		Confidence:   round3(conf),
		Evidence:     ev,
		Features:     feats,
	})
	dc.mark(i, i+1)
	return true
}

// candidates returns a copy of the originals of w from src's reverse
// thesaurus (homographs of the spinner's language only, when asked), the
// 60 with the most channel probability, in a buffer the call reuses: the
// copy is valid until the next call. Real-word lists come from the
// detector's confusion table when it holds the word; others are worked
// out and cached for the rest of the text (words repeat).
func (dc *doc) candidates(src *pack.Pack, w string, homographOnly bool) []cand {
	k := candKey{src.Header.Lang, w, homographOnly}
	stored := func() candKey { return candKey{k.lang, keyOf(k.word), k.homographOnly} }
	cs, ok := dc.cands[k]
	if !ok && homographOnly && dc.d.conf != nil && src == dc.d.spin {
		if cs, ok = dc.fromTable(w); ok {
			dc.setLM(cs)
			dc.cands[stored()] = cs
		}
	}
	var shared *shards[[]cand]
	if dc.common != nil {
		shared = &dc.common.cands[b2i(src != dc.d.text)][b2i(homographOnly)]
	}
	if !ok && shared != nil {
		cs, ok = shared.get(w)
		if ok {
			dc.cands[stored()] = cs
		}
	}
	if !ok {
		c := dc.collector(w)
		c.homog = homographOnly
		c.limit = 60
		reverseCandidates(c, src, w, false, dc.infl)
		cs = c.out
		dc.setLM(cs)
		dc.cands[stored()] = cs
		if shared != nil {
			shared.put(w, cs) // complete: lists in the cache are read, never written
		}
	}
	clear(dc.s.candBuf) // the last copy's strings, not to be kept alive
	dc.s.candBuf = append(dc.s.candBuf[:0], cs...)
	return dc.s.candBuf
}

// setLM records each candidate's first word's language-model id, which
// ranking reads at every occurrence of the observed word.
func (dc *doc) setLM(cs []cand) {
	lm := dc.d.text.WordLM
	for i := range cs {
		first, _, _ := strings.Cut(cs[i].text, " ")
		cs[i].lm1 = int32(lm.ID(first)) + 1
	}
}

type candKey struct {
	lang, word    string
	homographOnly bool
}
