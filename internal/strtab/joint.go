package strtab

import "github.com/unspin-project/unspin/internal/bin"

// MaxJoint is the most tables LookupJoint takes.
const MaxJoint = 4

// LookupJoint looks s up in each of ts, as Lookup does, and sets ids[k]
// and oks[k] for ts[k] (nil tables find nothing). The lookups are
// interleaved: each table's first slot is read before any is tested,
// then each candidate's offsets, then its bytes, so that the memory
// system fetches the tables' lines together rather than one table
// after the other (the tables are far larger than the CPU caches).
func LookupJoint(ts []*Table, s string, ids []int, oks []bool) {
	n := min(len(ts), MaxJoint, len(ids), len(oks))
	h := bin.Hash(s)
	tag := uint32(h >> 32)
	var slot [MaxJoint]uint64
	var tags, vals [MaxJoint]uint32
	for k := 0; k < n; k++ {
		if t := ts[k]; t != nil && t.n > 0 {
			i := slotOf(h, t.nslot)
			slot[k], tags[k], vals[k] = i, t.slots.At(int(2*i)), t.slots.At(int(2*i+1))
		}
	}
	var a, b [MaxJoint]uint32
	for k := 0; k < n; k++ {
		if id := vals[k]; id != 0 && tags[k] == tag && int(id) <= ts[k].n {
			a[k], b[k] = ts[k].offs.At(int(id-1)), ts[k].offs.At(int(id))
		}
	}
	for k := 0; k < n; k++ {
		ids[k], oks[k] = 0, false
		t := ts[k]
		if t == nil || t.n == 0 {
			continue
		}
		if id := vals[k]; id != 0 && tags[k] == tag && int(id) <= t.n && a[k] <= b[k] && int(b[k]) <= len(t.blob) && string(t.blob[a[k]:b[k]]) == s {
			ids[k], oks[k] = int(id-1), true
			continue
		}
		if vals[k] != 0 {
			ids[k], oks[k] = t.probeFrom(slot[k]+1, tag, s) // a collision: probe on
		}
	}
}
