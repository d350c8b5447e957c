package association

import (
	"math"
	"slices"
	"sort"

	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/internal/strtab"
)

// Options bound what a table keeps.
type Options struct {
	MinCount int     // sentences a lemma must occur in to be counted
	MinPair  int     // sentences a pair must share to be kept
	Discount float64 // subtracted from a pair's count before its association is computed
	MinPMI   float64 // weakest association kept, in bits
	MaxWords int     // distinct lemmas counted per sentence (the first ones)
}

// DefaultOptions are the options the embedded tables are built with.
var DefaultOptions = Options{MinCount: 20, MinPair: 4, Discount: 1.5, MinPMI: 1, MaxWords: 40}

// Builder counts lemmas and the sentences they share.
type Builder struct {
	lang  string
	o     Options
	ids   map[string]uint32
	words []string
	count []uint32 // sentences holding each lemma
	flat  []uint32 // the sentences' distinct lemma ids, one after another
	ends  []uint32 // where each sentence ends in flat
	seen  map[uint32]bool
}

// NewBuilder returns an empty builder for a language that keeps what o
// allows.
func NewBuilder(lang string, o Options) *Builder {
	return &Builder{lang: lang, o: o, ids: map[string]uint32{}, seen: map[uint32]bool{}}
}

// Sentence counts one sentence given as its content lemmas (repeats and
// empty strings are ignored). Sentences without two distinct lemmas count
// towards no pair but still towards the total.
func (b *Builder) Sentence(lemmas []string) {
	clear(b.seen)
	start := len(b.flat)
	for _, l := range lemmas {
		if l == "" {
			continue
		}
		id, ok := b.ids[l]
		if !ok {
			id = uint32(len(b.words))
			b.ids[l] = id
			b.words = append(b.words, l)
			b.count = append(b.count, 0)
		}
		if b.seen[id] {
			continue
		}
		b.seen[id] = true
		b.count[id]++
		if b.o.MaxWords <= 0 || len(b.flat)-start < b.o.MaxWords {
			b.flat = append(b.flat, id)
		}
	}
	b.ends = append(b.ends, uint32(len(b.flat)))
}

// pair is one kept association while the table is assembled.
type pair struct {
	partner uint32
	q       uint8
}

// shards splits the pair count so that its keys fit in memory.
const shards = 8

// Encode writes the table. The bytes depend only on the sentences counted
// (as multisets of lemmas), not on their order.
func (b *Builder) Encode() []byte {
	o := b.o
	// The vocabulary, in lemma order, so ids do not depend on input order.
	var vocab []string
	for i, w := range b.words {
		if int(b.count[i]) >= o.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	newID := make([]int32, len(b.words))
	for i := range newID {
		newID[i] = -1
	}
	for i, w := range vocab {
		newID[b.ids[w]] = int32(i)
	}
	cnt := make([]float64, len(vocab))
	for i, w := range vocab {
		cnt[i] = float64(b.count[b.ids[w]])
	}
	n := float64(len(b.ends))
	per := make([][]pair, len(vocab))
	var keys []uint64
	var ids []uint32
	for s := uint32(0); s < shards; s++ {
		keys = keys[:0]
		start := uint32(0)
		for _, end := range b.ends {
			ids = ids[:0]
			for _, old := range b.flat[start:end] {
				if v := newID[old]; v >= 0 {
					ids = append(ids, uint32(v))
				}
			}
			start = end
			slices.Sort(ids)
			for i, x := range ids {
				if x%shards != s {
					continue
				}
				for _, y := range ids[i+1:] {
					keys = append(keys, uint64(x)<<32|uint64(y))
				}
			}
		}
		slices.Sort(keys)
		for i := 0; i < len(keys); {
			j := i + 1
			for j < len(keys) && keys[j] == keys[i] {
				j++
			}
			c := j - i
			x, y := uint32(keys[i]>>32), uint32(keys[i])
			i = j
			if c < o.MinPair {
				continue
			}
			pmi := math.Log2((float64(c) - o.Discount) * n / (cnt[x] * cnt[y]))
			if pmi < o.MinPMI {
				continue
			}
			q := uint8(min(255, math.Round(pmi*scale)))
			per[x] = append(per[x], pair{y, q}) // x < y: each pair once
		}
	}
	st := strtab.NewBuilder()
	for _, w := range vocab {
		st.Add(w)
	}
	var w bin.Writer
	w.B = append(w.B, Magic...)
	w.U32(FormatVersion)
	w.Bytes([]byte(b.lang))
	w.U32(uint32(len(b.ends)))
	w.Align(8)
	st.Encode(&w)
	off := uint32(0)
	w.U32(0)
	for _, ps := range per {
		// Keys came sorted, so each list is in partner order already.
		off += uint32(len(ps))
		w.U32(off)
	}
	for _, ps := range per {
		for _, p := range ps {
			w.U32(p.partner<<8 | uint32(p.q))
		}
	}
	return w.B
}
