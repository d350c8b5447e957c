package languagemodel

// batch is how many lookups WordLogProbs begins before it finishes any:
// enough to keep the memory system's outstanding misses busy, few enough
// that their slots are still in the first-level cache when finished.
const batch = 32

// Trigram is one query of WordLogProbs: the log10 probability of word W
// after the words U and V.
type Trigram struct{ U, V, W int }

// WordLogProbs sets dst[k] to WordLogProb(q[k].U, q[k].V, q[k].W) for
// every query; dst must be at least as long as q.
//
// The results are bit for bit WordLogProb's, but the lookups of a batch
// of queries read their first slots before any is tested, so that their
// cache misses overlap instead of waiting one after the other (the tables
// are far larger than the CPU caches): the trigrams' first, then the
// bigrams' of those whose trigram is not in its first slot (three
// lookups in five on French text; the others need no bigram, and reading
// theirs anyway cost a scan 3% more CPU).
func (m *Model) WordLogProbs(dst []float32, q []Trigram) {
	dst = dst[:len(q)]
	if m.tri.n == 0 || m.bi.n == 0 || m.bi.b == nil {
		for k, t := range q {
			dst[k] = m.WordLogProb(t.U, t.V, t.W)
		}
		return
	}
	var ls [batch]lookup
	pen := m.UnkPenalty()
	for lo := 0; lo < len(q); lo += batch {
		part := q[lo:min(lo+batch, len(q))]
		for k, t := range part {
			m.slots(&ls[k], t.U, t.V, t.W)
		}
		for k := range part {
			m.loadTrigram(&ls[k])
		}
		for k := range part {
			m.loadBigrams(&ls[k])
		}
		for k, t := range part {
			lp := m.finish(&ls[k], t.V, t.W)
			if t.W == Unk {
				lp += pen
			}
			dst[lo+k] = lp
		}
	}
}
