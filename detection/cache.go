package detection

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/unspin-project/unspin/internal/wordkey"
)

// Cache keeps what the detector works out about words — lexicon facts and
// candidate originals — across texts, so that a corpus pays for each word
// once. It is safe for concurrent use and bounded: once full, it stops
// taking new words (the first words met are mostly the frequent ones).
type Cache struct {
	lexMax, candMax int
	mu              sync.Mutex
	pairs           map[[2]string]*pairCache // by text and spinner language
}

// pairCache is the part of a Cache for one pair of languages, keyed by
// the word alone.
type pairCache struct {
	lex   shards[*lexInfo]
	cands [2][2]shards[[]cand] // [from the spinner's thesaurus][homographs only]
	pairs shards[[]cand]       // pairCands lists (150 originals each: fewer kept)
	// scratch pools per-call state: a worker's own word maps and buffers.
	scratch scratchPool
	// texts counts the texts begun: the maps above are consulted and
	// filled from the second on (see doc.common).
	texts atomic.Int64
}

// NewCache returns an empty cache holding up to about maxWords words of
// each sort per language pair (0: 200,000 lexicon entries, which hold
// their agreement features, 20,000 candidate lists and 2,000 pair-search
// lists: about 350 MB at most).
func NewCache(maxWords int) *Cache {
	c := &Cache{lexMax: 200000, candMax: 20000, pairs: map[[2]string]*pairCache{}}
	if maxWords > 0 {
		c.lexMax, c.candMax = maxWords, maxWords/10+1
	}
	return c
}

// pair returns the cache of a language pair, made on first use.
func (c *Cache) pair(text, spin string) *pairCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := [2]string{text, spin}
	p := c.pairs[k]
	if p == nil {
		p = &pairCache{}
		p.lex.init(c.lexMax)
		for i := range p.cands {
			for j := range p.cands[i] {
				p.cands[i][j].init(c.candMax)
			}
		}
		p.pairs.init(c.candMax/10 + 1)
		c.pairs[k] = p
	}
	return p
}

const (
	nShards    = 64
	nShardBits = 6 // log2 of nShards
)

// shards is a table of words in shards, each behind its own lock: a
// word-keyed table (see wordkey.Map), which finds a word of at most 16
// bytes by comparing its key in the slot, without reading the stored word
// from elsewhere in the heap as a map of strings does (a worker looks up
// every word it has not met: as string maps, the lexicon facts' lookups
// were 5% of a scan).
type shards[V any] struct {
	s   [nShards]shard[V]
	max int // per shard
}

type shard[V any] struct {
	mu sync.RWMutex
	m  wordkey.Map[V]
}

func (s *shards[V]) init(max int) { s.max = max/nShards + 1 }

// shard picks k's shard by a hash other than the one its table's slots
// use (wordkey.Slot's top bits): with the same, a shard's words would all
// share their slots' top bits and crowd a 64th of its table.
func (s *shards[V]) shard(k string) *shard[V] {
	a, b := wordkey.Key(k)
	x := (a*0xff51afd7ed558ccd ^ b*0xc4ceb9fe1a85ec53 ^ uint64(len(k))) * 0x9e3779b97f4a7c15
	return &s.s[x>>(64-nShardBits)]
}

func (s *shards[V]) get(k string) (V, bool) {
	sh := s.shard(k)
	sh.mu.RLock()
	v, ok := sh.m.Get(k)
	sh.mu.RUnlock()
	return v, ok
}

func (s *shards[V]) put(k string, v V) {
	// A copy: the caller's key is often a slice of its text, which the
	// cache would otherwise keep alive whole.
	s.putOwned(strings.Clone(k), v)
}

// putOwned is put for a key that is already a copy of its own, unless
// the shard is full.
func (s *shards[V]) putOwned(k string, v V) {
	sh := s.shard(k)
	sh.mu.Lock()
	if sh.m.Len() < s.max {
		sh.m.Put(k, v)
	}
	sh.mu.Unlock()
}

// WithCache returns a detector that shares c with others.
func (d *Detector) WithCache(c *Cache) *Detector {
	x := *d
	spin := ""
	if d.spin != nil {
		spin = d.spin.Header.Lang
	}
	x.cache = c.pair(d.text.Header.Lang, spin)
	return &x
}
