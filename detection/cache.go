package detection

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
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
	lex   lexShards
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

type shards[V any] struct {
	seed maphash.Seed
	s    [nShards]shard[V]
	max  int // per shard
}

type shard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

func (s *shards[V]) init(max int) {
	s.seed = maphash.MakeSeed()
	s.max = max/nShards + 1
	for i := range s.s {
		s.s[i].m = map[string]V{}
	}
}

func (s *shards[V]) shard(k string) *shard[V] {
	return &s.s[maphash.String(s.seed, k)%nShards]
}

func (s *shards[V]) get(k string) (V, bool) {
	sh := s.shard(k)
	sh.mu.RLock()
	v, ok := sh.m[k]
	sh.mu.RUnlock()
	return v, ok
}

func (s *shards[V]) put(k string, v V) {
	// A copy: the caller's key is often a slice of its text, which the
	// cache would otherwise keep alive whole.
	s.putOwned(strings.Clone(k), v)
}

// putOwned is put for a key that is already a copy of its own.
func (s *shards[V]) putOwned(k string, v V) {
	sh := s.shard(k)
	sh.mu.Lock()
	if len(sh.m) < s.max {
		sh.m[k] = v
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
