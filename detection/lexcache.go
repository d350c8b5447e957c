package detection

import (
	"sync"

	"github.com/unspin-project/unspin/internal/wordkey"
)

// lexShards is the shared cache's table of lexicon facts by word: shards
// of word-keyed tables (see wordkey.Map), each behind its own lock. A
// word of at most 16 bytes is found by comparing its key in the table's
// slot, without reading the stored word from elsewhere in the heap as a
// map of strings does; a worker looks up every word it has not met.
type lexShards struct {
	s   [nShards]lexShard
	max int // words per shard
}

type lexShard struct {
	mu sync.RWMutex
	m  wordkey.Map[*lexInfo]
}

func (s *lexShards) init(max int) { s.max = max/nShards + 1 }

// shard picks k's shard by a hash other than the one its table's slots
// use (wordkey.Slot's top bits): with the same, a shard's words would all
// share their slots' top bits and crowd a 64th of its table.
func (s *lexShards) shard(k string) *lexShard {
	a, b := wordkey.Key(k)
	x := (a*0xff51afd7ed558ccd ^ b*0xc4ceb9fe1a85ec53 ^ uint64(len(k))) * 0x9e3779b97f4a7c15
	return &s.s[x>>(64-nShardBits)]
}

func (s *lexShards) get(k string) (*lexInfo, bool) {
	sh := s.shard(k)
	sh.mu.RLock()
	v, ok := sh.m.Get(k)
	sh.mu.RUnlock()
	return v, ok
}

// putOwned records the facts of k, a copy of its own that the table keeps,
// unless the shard is full.
func (s *lexShards) putOwned(k string, v *lexInfo) {
	sh := s.shard(k)
	sh.mu.Lock()
	if sh.m.Len() < s.max {
		sh.m.Put(k, v)
	}
	sh.mu.Unlock()
}
