package detection

import (
	"hash/maphash"
	"sync"
)

// Cache keeps what the detector works out about words — lexicon facts and
// candidate originals — across texts, so that a corpus pays for each word
// once. It is safe for concurrent use and bounded: once full, it stops
// taking new words (the first words met are mostly the frequent ones).
type Cache struct {
	lex   shards[*lexInfo]
	cands shards[[]cand]
	feats shards[feats]
}

// NewCache returns an empty cache holding up to about maxWords words of
// each sort (0: 200,000 lexicon entries and agreement features, and 20,000
// candidate lists: about 300 MB at most).
func NewCache(maxWords int) *Cache {
	lexMax, candMax := 200000, 20000
	if maxWords > 0 {
		lexMax, candMax = maxWords, maxWords/10+1
	}
	c := &Cache{}
	c.lex.init(lexMax)
	c.cands.init(candMax)
	c.feats.init(lexMax)
	return c
}

const nShards = 64

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
	x.cache = c
	return &x
}
