package detection

import (
	"strings"
	"sync"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/types"
)

// scratch is the per-call state that outlives a call: the word maps (what
// a worker learnt of words, without the locks of the shared cache) and
// the per-token buffers. A Cache pools them, so that each worker of a
// corpus run mostly reuses its own.
type scratch struct {
	// words holds the facts of the words this scratch has met, found by
	// their key without a map lookup (see wordTable).
	words wordTable
	gen   uint16                // the current doc's number, modulo 2^16 (see wordEntry.gen)
	lexes []*lexInfo            // the doc's word facts, by index (see doc.tl)
	lexF  []feats               // their agreement features (see doc.lexF)
	lexB  []wordBits            // and bits (see doc.lexB)
	hotLM [1 << hotLMBits]hotID // the language-model ids of other tokens, by a hash of their text
	cands map[candKey][]cand
	infl  map[inflKey][]form
	pairs map[string][]cand
	info  []wordInfo
	pos   []int
	used  []bool
	susp  []int8
	tl    []int32
	// The per-position buffers of prepare, wlp and quoted (see doc).
	ids, sent []int
	tokOf     []int32
	lex       []LexFlags
	lp        []float32
	// scoreExaminable's queries, their positions and answers.
	lpq     []languagemodel.Trigram
	lpp     []int32
	lpGot   []float32
	quote   []int
	items   []item           // a collector's gathering buffer, reused
	seen    map[string]int   // and its index
	reject  map[string]bool  // and the texts it refused
	candBuf []cand           // candidates' copy
	links   []thesaurus.Link // reverseCandidates' buffers
	second  []thesaurus.Link
	oneID   [1]int  // rank's one-word id list
	sortIdx []int32 // sortByScore's buffers
	sortTmp []cand
	// The topic's buffers (see topic.go).
	win  []int32
	vals []float64
}

// Bounds on a pooled scratch's maps: past them a map starts again empty.
// There is a scratch per worker, so they are small: a candidate list
// weighs about 10 KB, and 2,048 of them are 20 MB per worker, on top of
// the shared cache (docs/BENCHMARKS.md, memory).
const (
	maxScratchWords = 1 << 16
	maxScratchLists = 1 << 11
)

// hotLMBits is the log2 of the size of the table of other tokens'
// language-model ids.
const hotLMBits = 8

type hotID struct {
	w   string
	id  int32
	set bool
}

func newScratch(tokens int) *scratch {
	return &scratch{
		words: newWordTable(tokens),
		cands: map[candKey][]cand{}, infl: map[inflKey][]form{}, pairs: map[string][]cand{},
	}
}

// scratchPool hands out scratches; the zero value is ready.
type scratchPool struct{ p sync.Pool }

func (sp *scratchPool) get(tokens int) *scratch {
	s, _ := sp.p.Get().(*scratch)
	if s == nil {
		return newScratch(tokens)
	}
	if s.words.n > maxScratchWords {
		s.words.reset()
	}
	if len(s.cands) > maxScratchLists || len(s.infl) > maxScratchLists || len(s.pairs) > maxScratchLists {
		clear(s.cands)
		clear(s.infl)
		clear(s.pairs)
	}
	return s
}

func (sp *scratchPool) put(s *scratch) { sp.p.Put(s) }

// reuse returns buf with length n, its elements left as they are.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// grow returns buf with length n and every element zero.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// newDoc returns the per-call state for text, before prepare, on a
// pooled scratch when the detector shares a cache.
func (d *Detector) newDoc(text string, toks []types.Token) *doc {
	var s *scratch
	var shared *pairCache
	if d.cache != nil {
		s = d.cache.scratch.get(len(toks))
		if d.cache.texts.Add(1) > 1 {
			shared = d.cache
		}
	} else {
		s = newScratch(len(toks))
	}
	n := len(toks)
	s.info, s.pos, s.used, s.susp, s.tl = grow(s.info, n), grow(s.pos, n), grow(s.used, n), grow(s.susp, n), grow(s.tl, n)
	if s.gen++; s.gen == 0 { // wrapped: no entry may claim the new number
		s.words.reset()
		s.gen = 1
	}
	clear(s.lexes)
	if s.lexes = s.lexes[:0]; cap(s.lexes) < n/4 {
		s.lexes = make([]*lexInfo, 0, n/4) // most tokens are frequent words, met before
	}
	if s.lexF = s.lexF[:0]; cap(s.lexF) < n/4 {
		s.lexF = make([]feats, 0, n/4)
	}
	if s.lexB = s.lexB[:0]; cap(s.lexB) < n/4 {
		s.lexB = make([]wordBits, 0, n/4)
	}
	return &doc{d: d, common: shared, text: text, toks: toks, s: s, info: s.info, pos: s.pos, used: s.used, susp: s.susp, tl: s.tl, lexes: s.lexes, lexF: s.lexF, lexB: s.lexB,
		infl: s.infl, cands: s.cands, pairs: s.pairs}
}

// release returns the doc's scratch to the pool; the doc must not be used
// after.
func (dc *doc) release() {
	if dc.d.cache != nil && dc.s != nil {
		clear(dc.lexes)
		dc.s.lexes, dc.s.lexF, dc.s.lexB = dc.lexes[:0], dc.lexF[:0], dc.lexB[:0]
		dc.s.ids, dc.s.sent, dc.s.tokOf, dc.s.lex = dc.ids, dc.sent, dc.tokOf, dc.lex
		if dc.lp != nil {
			dc.s.lp = dc.lp
		}
		if dc.quote != nil {
			dc.s.quote = dc.quote
		}
		dc.d.cache.scratch.put(dc.s)
	}
	dc.s = nil
}

// keyOf copies a word taken from the text before it keys a map that
// outlives the text.
func keyOf(w string) string { return strings.Clone(w) }
