package detection

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/types"
)

// path is a thesaurus path from an original to the observed word, kept
// as parts and spelled out only for the evidence of a finding.
type path struct {
	orig, mid, base string // orig lists mid (if any), which lists base
	src             thesaurus.Source
	lemma           string // the lemma re-inflected into orig, if any
}

func (p path) String() string {
	var s string
	if p.mid == "" {
		s = fmt.Sprintf("%s lists %q as a synonym (%s)", p.orig, p.base, p.src)
	} else {
		s = fmt.Sprintf("%s lists %q, which lists %q (%s)", p.orig, p.mid, p.base, p.src)
	}
	if p.lemma != "" {
		s += " (" + p.lemma + ", inflected)"
	}
	return s
}

// cand is one proposed original.
type cand struct {
	text    string  // normalized, words separated by spaces
	via     path    // the strongest thesaurus path, for the evidence
	via2    *path   // the second word's path, for a pair
	note    string  // a further remark for the evidence
	channel float64 // log10 P(observed | original), summed over paths
	score   float64 // LMWeight × LM score of the window with the candidate, plus channel
	delta   float64 // score minus the observed window's
	lm      float64 // log10 LM ratio of the window with the candidate to the observed one
	// topic is the candidate's association with the words around it,
	// topicObs the reference it is compared with (see rankTopics).
	topic, topicObs float64
	tid             [2]int32 // association ids of its first two content words' lemmas (−1: none), once tidSet
	tidSet          bool
	lm1             int32 // the language-model id of its first word + 1; 0: not looked up (see setLM)
	own1            int32 // its id in the text's lexicon + 1, when it is one word and known; else 0
}

// firstLM returns the language-model id of c's first word.
func (c *cand) firstLM(lm *languagemodel.Model) int {
	if c.lm1 > 0 {
		return int(c.lm1 - 1)
	}
	first, _, _ := strings.Cut(c.text, " ")
	return lm.ID(first)
}

const (
	maxCandidates   = 4000 // gathered per span
	maxIntermediate = 25   // intermediate words followed in a two-step search
)

// LMWeight scales language-model log-ratios against the channel: the
// packs' corpora (debates, law, books, encyclopaedia) are not the news and
// web text that gets spun, so their language model is over-confident.
const LMWeight = 0.8

// twoStepWeight is the share of a spinner's choices that our thesauri
// explain only through an intermediate word (its thesaurus is not ours).
const twoStepWeight = 0.1

// collector gathers distinct candidates that are words of the text's
// language and accumulates the channel probability of each.
type collector struct {
	own     *lexicon.Lexicon
	seen    map[string]int
	items   []item // gathered, in order of first sight
	out     []cand // after finish: the kept candidates
	limit   int    // if > 0, finish keeps the limit with the most channel probability
	avoid   string
	reject  map[string]bool // texts already refused
	homog   bool            // keep only homographs of the spinner's language
	indexed bool            // test link directions with the in-memory synonym lists
	buf     *scratch        // if set, where items and seen come from and go back to
}

// item is a candidate while it is gathered: a search can gather
// thousands, of which a few dozen become cands.
type item struct {
	text       string
	via        path
	best, mass float64
}

// collector returns a collector for the text's language that gathers in
// the call's reusable buffers: a search gathers hundreds of candidates
// per word and keeps a few dozen.
func (dc *doc) collector(observed string) *collector {
	s := dc.s
	if s.seen == nil {
		s.seen, s.reject = map[string]int{}, map[string]bool{}
	}
	c := &collector{own: dc.d.text.Lexicon, seen: s.seen, reject: s.reject, items: s.items[:0], avoid: observed, buf: s}
	s.items, s.seen, s.reject = nil, nil, nil // lent out until finish
	return c
}

// tooShort tells whether a candidate original of one letter stands for a
// longer observed word: spinners leave one-letter words alone ("c" is no
// original of "snow"), and multi-word originals ("a plus") are longer.
func tooShort(orig, observed string) bool {
	return utf8.RuneCountInString(orig) < 2 && utf8.RuneCountInString(observed) >= 2
}

// ownWord is ownWord of the text's lexicon, and, when the collector keeps
// homographs only, also tells that s is a single homograph.
func (c *collector) ownWord(s string) bool {
	if !c.homog {
		return ownWord(c.own, s)
	}
	if strings.Contains(s, " ") {
		return false
	}
	id, ok := c.own.ID(s)
	return ok && c.ownID(id)
}

// ownID is ownWord for the single word with id in the text's lexicon.
func (c *collector) ownID(id int) bool {
	if c.own.Flags(id)&lexicon.InDictionary == 0 && c.own.Count(id) < 20 {
		return false
	}
	if !c.homog {
		return true
	}
	return c.own.IsHomograph(id)
}

// ownWord tells whether every word of s is an established word of the
// text's language.
func ownWord(l *lexicon.Lexicon, s string) bool {
	words := 0
	for rest := s; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "" {
			continue
		}
		words++
		id, ok := l.ID(w)
		if !ok {
			return false
		}
		if l.Flags(id)&lexicon.InDictionary == 0 && l.Count(id) < 20 {
			return false
		}
	}
	return words > 0
}

// evidence spells out the candidate's thesaurus path.
func (c cand) evidence() string {
	s := c.via.String()
	if c.via2 != nil {
		s += "; " + c.via2.String()
	}
	if c.note != "" {
		s += "; " + c.note
	}
	return s
}

// form is an inflected form and its id in the lexicon that made it.
type form struct {
	text string
	id   int
}

func inflect(lex *lexicon.Lexicon, lemma string, want types.Analysis) []form {
	var buf [16]int
	ids := lex.InflectIDs(buf[:0], lemma, want)
	if len(ids) == 0 {
		return nil
	}
	out := make([]form, len(ids))
	for k, id := range ids {
		out[k] = form{lex.Form(id), id}
	}
	return out
}

// add records a candidate; weight computes its path probability, only for
// candidates that pass the filters (it is the costly part). id is the
// text's id in the text's own lexicon when the caller knows it (a form
// that lexicon inflected), else −1.
func (c *collector) add(text string, id int, via path, weight func() float64) {
	if text == c.avoid || c.reject[text] {
		return
	}
	i, ok := c.seen[text]
	if !ok {
		own := false
		if len(c.items) < maxCandidates && !tooShort(text, c.avoid) {
			if id >= 0 {
				own = c.ownID(id)
			} else {
				own = c.ownWord(text)
			}
		}
		if !own {
			if c.reject == nil {
				c.reject = map[string]bool{}
			}
			c.reject[text] = true
			return
		}
	}
	p := weight()
	if p <= 0 {
		return
	}
	if ok {
		c.items[i].mass += p
		if p > c.items[i].best {
			c.items[i].best, c.items[i].via = p, via
		}
		return
	}
	c.seen[text] = len(c.items)
	c.items = append(c.items, item{text: text, via: via, best: p, mass: p})
}

// finish turns the gathered items into candidates: all of them in order
// of first sight, or, beyond limit, the limit with the most channel
// probability, most first (stable among equals).
func (c *collector) finish() {
	items := c.items
	if c.limit > 0 && len(items) > c.limit {
		top := topByMass(items, c.limit)
		kept := make([]item, len(top))
		for k, i := range top {
			kept[k] = items[i]
		}
		items = kept
	}
	c.out = make([]cand, len(items))
	for i, it := range items {
		c.out[i] = cand{text: it.text, via: it.via, channel: math.Log10(it.mass)}
	}
	if c.buf != nil {
		clear(c.items)
		clear(c.seen)
		clear(c.reject)
		c.buf.items, c.buf.seen, c.buf.reject = c.items[:0], c.seen, c.reject
	}
	c.items, c.seen, c.reject = nil, nil, nil
}

// topByMass returns the indices of the k items with the most mass, most
// first, the earlier first among equals: what a stable sort by mass
// would put first, without sorting them all (a search gathers up to
// maxCandidates and keeps 60).
func topByMass(items []item, k int) []int32 {
	top := make([]int32, 0, k)
	for i := range items {
		m := items[i].mass
		if len(top) == k && m <= items[top[k-1]].mass {
			continue // not better than the last kept: an equal came first
		}
		// The first place whose item has less mass: equals stay before.
		at := sort.Search(len(top), func(j int) bool { return items[top[j]].mass < m })
		if len(top) < k {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = int32(i)
	}
	return top
}

// linkWeight is the probability that a spinner holding original id picks
// the synonym obsID: uniform over the original's synonyms, with links that
// several thesauri assert, or that run both ways, counted more.
//
// With indexed, the test of the reverse direction uses the thesaurus's
// in-memory synonym lists (built once, ~0.1 s for English: worth it only
// for the many words of a same-language search); otherwise it scans the
// original's reverse links.
func linkWeight(th *thesaurus.Thesaurus, id int, src thesaurus.Source, obsID int, indexed bool) float64 {
	w := float64(bits.OnesCount8(uint8(src)))
	if obsID >= 0 && hasLink(th, obsID, id, indexed) {
		w *= 2
	}
	return w / float64(max(th.Degree(id), 1))
}

// reverseCandidates proposes originals of observed from the spinner's (or
// the text's own) reverse thesaurus: the observed term itself, and its
// lemma with the original re-inflected like the observed form. With
// twoStep it also follows one more reverse link, at twoStepWeight.
func reverseCandidates(c *collector, src *pack.Pack, observed string, twoStep bool, cache map[inflKey][]form) {
	th, lex := src.Thesaurus, src.Lexicon
	sameLex := lex == c.own // forms of the text's own lexicon: their ids are known
	type base struct {
		term string
		want types.Analysis // inflection to carry over; POS 0 = none
	}
	bases := []base{{term: observed}}
	if id, ok := lex.ID(observed); ok {
		for _, a := range lex.Analyses(nil, id) {
			if a.Lemma != observed && (a.Number == types.Plur || a.Form != types.FormNone) {
				bases = append(bases, base{a.Lemma, types.Analysis{POS: a.POS, Number: a.Number, Form: a.Form}})
			}
		}
	}
	emit := func(term string, via path, want types.Analysis, p func() float64) {
		if want.POS == types.POSUnknown {
			c.add(term, -1, via, p)
			return
		}
		via.lemma = term
		k := inflKey{src.Header.Lang, term, want}
		forms, ok := cache[k]
		if !ok {
			forms = inflect(lex, term, want)
			cache[k] = forms
		}
		for _, f := range forms {
			via.orig = f.text
			id := -1
			if sameLex {
				id = f.id
			}
			c.add(f.text, id, via, p)
		}
	}
	var links, second []thesaurus.Link
	if c.buf != nil {
		links, second = c.buf.links[:0], c.buf.second[:0]
		defer func() {
			// Keep the buffers, not the terms they point to.
			clear(links)
			clear(second)
			c.buf.links, c.buf.second = links[:0], second[:0]
		}()
	}
	for _, b := range bases {
		id, ok := th.ID(b.term)
		if !ok {
			continue
		}
		links = th.ReverseID(links[:0], id)
		for _, l := range links {
			// One weight per link, however many forms it inflects to.
			w := -1.0
			emit(l.Term, path{orig: l.Term, base: b.term, src: l.Sources}, b.want, func() float64 {
				if w < 0 {
					w = linkWeight(th, l.ID, l.Sources, id, c.indexed)
				}
				return w
			})
		}
		if !twoStep {
			continue
		}
		weights := make([]float64, len(links))
		for k, l := range links {
			weights[k] = linkWeight(th, l.ID, l.Sources, id, c.indexed)
		}
		// Follow only the strongest intermediate links: the rest add
		// little probability and much work.
		order := make([]int, len(links))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(x, y int) bool { return weights[order[x]] > weights[order[y]] })
		if len(order) > maxIntermediate {
			order = order[:maxIntermediate]
		}
		for _, k := range order {
			l, step := links[k], weights[k]
			second = th.ReverseID(second[:0], l.ID)
			for _, s := range second {
				emit(s.Term, path{orig: s.Term, mid: l.Term, base: b.term, src: s.Sources}, b.want, func() float64 {
					return twoStepWeight * step * linkWeight(th, s.ID, s.Sources, -1, false)
				})
			}
		}
	}
	c.finish()
}

func hasLink(th *thesaurus.Thesaurus, a, b int, indexed bool) bool {
	if indexed {
		return th.Lists(a, b)
	}
	_, ok := th.HasID(a, b)
	return ok
}

// maxChannel bounds the channel score: six for three sources both ways,
// over a degree of at least one.
var maxChannel = math.Log10(6)

// inflKey caches inflections within one call of Detect.
type inflKey struct {
	lang, lemma string
	want        types.Analysis
}

// rank scores candidates for the LM positions [a, b) and sorts them best
// first; it returns the observed window's score.
//
// Long lists are first cut by a cheap score — the candidate's first word
// given its left context, plus the channel — and only the best fullRank
// get the whole window scored; the others keep the cheap score shifted
// below every fully scored one.
func (dc *doc) rank(cs []cand, a, b int) float64 {
	obs := dc.observed(a, b)
	base := LMWeight * obs
	topical := dc.d.text.Assoc != nil && len(cs) > 0
	known := false
	topics := func(n int) {
		var ref float64
		ref, known = dc.rankTopics(cs, n, a, b)
		base += TopicWeight * ref
	}
	if len(cs) > fullRank {
		lm := dc.d.text.WordLM
		u, v := dc.context(a)
		for i := range cs {
			cs[i].score = LMWeight*float64(lm.WordLogProb(u, v, cs[i].firstLM(lm))) + cs[i].channel
		}
		if topical {
			// The topic is worked out for the best topicRank by the
			// cheap score; the others get the reference.
			dc.sortByScore(cs)
			topics(min(len(cs), topicRank))
			for i := range cs {
				cs[i].score += TopicWeight * cs[i].topic
			}
		}
		dc.sortByScore(cs)
		for i := fullRank; i < len(cs); i++ {
			cs[i].score -= 1000
			cs[i].delta = cs[i].score - base
		}
	} else if topical {
		topics(len(cs))
	}
	for i := range cs[:min(len(cs), fullRank)] {
		var ids []int
		if cs[i].lm1 > 0 && !strings.Contains(cs[i].text, " ") {
			ids = append(dc.s.oneID[:0], int(cs[i].lm1-1))
		} else {
			ids = dc.lmIDs(strings.Fields(cs[i].text))
		}
		w := dc.score(a, b, ids)
		cs[i].lm = w - obs
		cs[i].score = LMWeight*w + cs[i].channel + TopicWeight*cs[i].topic
		cs[i].delta = cs[i].score - base
	}
	dc.sortByScore(cs)
	// Observed words the table does not know have no topic to compare
	// with: the margins are measured against the best candidate's topic,
	// so that its margin is its language model's and channel's alone.
	if topical && !known {
		shift := TopicWeight * (cs[0].topic - cs[0].topicObs)
		for i := range cs {
			cs[i].delta -= shift
			cs[i].topicObs = cs[0].topic
		}
	}
	return obs
}

// sortByScore orders candidates best first, stably, moving indices rather
// than the (large) candidates, in buffers the call reuses.
func (dc *doc) sortByScore(cs []cand) {
	idx := dc.s.sortIdx[:0]
	for i := range cs {
		idx = append(idx, int32(i))
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return cmp.Compare(cs[j].score, cs[i].score) })
	tmp := append(dc.s.sortTmp[:0], cs...)
	for k, i := range idx {
		cs[k] = tmp[i]
	}
	clear(tmp) // the buffer outlives the call: keep no strings alive
	dc.s.sortIdx, dc.s.sortTmp = idx, tmp[:0]
}

// lmEvidence spells out the language-model comparison of a candidate.
func (c cand) lmEvidence(observed string) string {
	return fmt.Sprintf("language model: the context with %q is 10^%.1f times as likely as with %q", c.text, c.lm, observed)
}

// fullRank is how many candidates get their whole window scored.
const fullRank = 8

// topicRank is how many candidates, the best by the cheap score, get a
// topic score (see rank).
const topicRank = 32

// alternatives turns the best candidates into probabilities.
func alternatives(cs []cand, observed string, n int) []types.Alternative {
	if len(cs) == 0 {
		return nil
	}
	top := cs[0].score
	sum := 0.0
	for _, c := range cs {
		sum += math.Pow(10, c.score-top)
	}
	var out []types.Alternative
	for i, c := range cs {
		if i == n {
			break
		}
		out = append(out, types.Alternative{Text: matchCase(c.text, observed), P: round3(math.Pow(10, c.score-top) / sum)})
	}
	return out
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// matchCase gives s the capitalisation of like: all capitals, a capital
// first letter, or unchanged.
func matchCase(s, like string) string {
	if allUpper(like) && utf8.RuneCountInString(like) > 1 {
		return strings.ToUpper(s)
	}
	if startsUpper(like) {
		r, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[size:]
	}
	return s
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}
