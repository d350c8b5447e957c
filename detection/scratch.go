package detection

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"

	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/types"
)

// scratch is the per-call state that outlives a call: the word maps (what
// a worker learnt of words, without the locks of the shared cache) and
// the per-token buffers. A Cache pools them, so that each worker of a
// corpus run mostly reuses its own.
type scratch struct {
	// hot holds the words met last, by a cheap hash of their text: most
	// tokens are frequent words found here without a map lookup.
	hot   []hotWord             // smallHot words at first, bigHot once the scratch has read hotGrowTokens tokens
	bits  int                   // log2 of len(hot)
	read  int                   // tokens of the texts this scratch has served
	gen   uint32                // the current doc's number, for hotWord.gen
	lexes []*lexInfo            // the doc's word facts, by index (see doc.tl)
	hotLM [1 << hotLMBits]hotID // the language-model ids of other tokens, likewise
	lex   map[string]*lexInfo
	feat  map[string]feats
	cands map[candKey][]cand
	infl  map[inflKey][]form
	pairs map[string][]cand
	info  []wordInfo
	pos   []int
	used  []bool
	susp  []int8
	tl    []int32
	// The per-position buffers of prepare, wlp and quoted (see doc).
	ids, sent     []int
	ownID, spinID []int32
	lp            []float32
	quote         []int
	items         []item           // a collector's gathering buffer, reused
	seen          map[string]int   // and its index
	reject        map[string]bool  // and the texts it refused
	candBuf       []cand           // candidates' copy
	links         []thesaurus.Link // reverseCandidates' buffers
	second        []thesaurus.Link
	oneID         [1]int  // rank's one-word id list
	sortIdx       []int32 // sortByScore's buffers
	sortTmp       []cand
	// The topic's buffers (see topic.go).
	topicWords []topicWord
	win        []int32
	vals       []float64
}

// Bounds on a pooled scratch's maps: past them a map starts again empty.
// There is a scratch per worker, so they are small: a candidate list
// weighs about 10 KB, and 2,048 of them are 20 MB per worker, on top of
// the shared cache (docs/BENCHMARKS.md, memory).
const (
	maxScratchWords = 1 << 16
	maxScratchLists = 1 << 11
)

// The hot table holds 2^smallHotBits words for a scratch's first texts
// and 2^bigHotBits once it has read hotGrowTokens tokens: a worker of a
// corpus scan gains from the larger table (15 MB on two workers: -7%),
// a first short text would pay for clearing it.
const (
	smallHotBits  = 11
	bigHotBits    = 13
	hotGrowTokens = 1 << 15
	hotLMBits     = 8
)

// hotWord is a hot table entry. A word of at most 16 bytes is compared
// by its key (see wordKey) without reading its bytes, which live
// elsewhere in the heap: a hit costs no second memory access.
type hotWord struct {
	a, b uint64
	li   *lexInfo
	n    uint32 // the word's length
	// idx is li's index in doc.lexes plus one, when gen is the doc's.
	idx int32
	gen uint32
}

// hit tells whether the entry holds the word whose key is a, b.
func (h *hotWord) hit(w string, a, b uint64) bool {
	return h.a == a && h.b == b && h.n == uint32(len(w)) && h.li != nil &&
		(len(w) <= maxKeyed || h.li.word == w)
}

// maxKeyed is the longest word that wordKey identifies.
const maxKeyed = 16

type hotID struct {
	w   string
	id  int32
	set bool
}

// wordKey returns two words of w's bytes: with its length they identify
// a word of at most 16 bytes (its first and last eight bytes, or all of
// a shorter word's), and they make the hash of a longer one.
func wordKey(w string) (a, b uint64) {
	switch n := len(w); {
	case n >= 8:
		a, b = binary.LittleEndian.Uint64([]byte(w[:8])), binary.LittleEndian.Uint64([]byte(w[n-8:]))
	case n >= 4:
		a = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<32
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return a, b
}

// keySlot returns the slot of a word's key in a table of 2^lg slots: a
// multiplicative hash (a cache slot needs no more: the entry is compared).
func keySlot(a, b uint64, n, lg int) int {
	x := (a ^ bits.RotateLeft64(b, 29) ^ uint64(n)<<56) * 0x9e3779b97f4a7c15
	return int(x >> (64 - lg))
}

// hotSlot returns the slot of a word in a table of 2^lg slots.
func hotSlot(w string, lg int) int {
	a, b := wordKey(w)
	return keySlot(a, b, len(w), lg)
}

func newScratch(tokens int) *scratch {
	return &scratch{
		lex: make(map[string]*lexInfo, min(tokens/4, 1<<14)), feat: map[string]feats{},
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
	if len(s.lex) > maxScratchWords || len(s.feat) > maxScratchWords {
		clear(s.lex)
		clear(s.feat)
		clear(s.hot)
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
	if s.read += n; s.hot == nil || s.read >= hotGrowTokens && s.bits < bigHotBits {
		s.bits = smallHotBits
		if s.read >= hotGrowTokens {
			s.bits = bigHotBits
		}
		s.hot = make([]hotWord, 1<<s.bits)
	}
	if s.gen++; s.gen == 0 { // wrapped: no entry may claim the new number
		clear(s.hot)
		s.gen = 1
	}
	clear(s.lexes)
	if s.lexes = s.lexes[:0]; cap(s.lexes) < n/4 {
		s.lexes = make([]*lexInfo, 0, n/4) // most tokens are frequent words, met in the hot table
	}
	return &doc{d: d, common: shared, text: text, toks: toks, s: s, info: s.info, pos: s.pos, used: s.used, susp: s.susp, tl: s.tl, lexes: s.lexes,
		infl: s.infl, cands: s.cands, feat: s.feat, lex: s.lex, pairs: s.pairs}
}

// release returns the doc's scratch to the pool; the doc must not be used
// after.
func (dc *doc) release() {
	if dc.d.cache != nil && dc.s != nil {
		if dc.topicBuilt {
			dc.s.topicWords = dc.topicWords[:0]
		}
		clear(dc.lexes)
		dc.s.lexes = dc.lexes[:0]
		dc.s.ids, dc.s.sent, dc.s.ownID, dc.s.spinID = dc.ids, dc.sent, dc.ownID, dc.spinID
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
