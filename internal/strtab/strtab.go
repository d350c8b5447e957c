// Package strtab is a read-only string table with a built-in hash index:
// strings get dense ids 0..n-1 in the order they were added, and lookups
// from string to id cost one hash and, usually, one probe.
package strtab

import (
	"errors"
	"fmt"
	"math/bits"
	"unsafe"

	"github.com/unspin-project/unspin/internal/bin"
)

// Table maps strings to dense ids and back. The zero Table is empty.
type Table struct {
	n     int
	offs  bin.U32s // n+1 offsets into blob
	slots bin.U32s // 2 values per slot: tag, id+1 (0 = empty)
	nslot uint64
	blob  []byte
}

// Len returns the number of strings.
func (t *Table) Len() int { return t.n }

// String returns the string with id i, or "" when i is out of range. The
// string shares the table's bytes (no copy): tables are decoded from
// immutable pack data, which must not be modified after Decode.
func (t *Table) String(i int) string {
	if i < 0 || i >= t.n {
		return ""
	}
	a, b := t.offs.At(i), t.offs.At(i+1)
	if a >= b || int(b) > len(t.blob) {
		return ""
	}
	return unsafe.String(&t.blob[a], int(b-a))
}

func (t *Table) bytesAt(i int) []byte {
	if i < 0 || i >= t.n {
		return nil
	}
	a, b := t.offs.At(i), t.offs.At(i+1)
	if a > b || int(b) > len(t.blob) {
		return nil
	}
	return t.blob[a:b]
}

// Lookup returns the id of s.
func (t *Table) Lookup(s string) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	h := bin.Hash(s)
	return t.probeFrom(slotOf(h, t.nslot), uint32(h>>32), s)
}

// probeFrom looks s, whose hash has the given tag, up from slot i on.
func (t *Table) probeFrom(i uint64, tag uint32, s string) (int, bool) {
	if i >= t.nslot {
		i = 0
	}
	for probes := uint64(0); probes < t.nslot; probes++ {
		id := t.slots.At(int(2*i + 1))
		if id == 0 {
			return 0, false
		}
		if t.slots.At(int(2*i)) == tag && int(id) <= t.n && string(t.bytesAt(int(id-1))) == s {
			return int(id - 1), true
		}
		if i++; i == t.nslot {
			i = 0
		}
	}
	return 0, false
}

// slotOf maps a hash to [0, n) by multiplication (no power-of-two sizes).
func slotOf(h, n uint64) uint64 {
	hi, _ := bits.Mul64(h*0x9e3779b97f4a7c15, n)
	return hi
}

// Builder collects strings; Add returns the id of a string, adding it once.
type Builder struct {
	ids  map[string]int
	strs []string
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{ids: map[string]int{}} }

// Add returns the id of s, adding it if new.
func (b *Builder) Add(s string) int {
	if id, ok := b.ids[s]; ok {
		return id
	}
	id := len(b.strs)
	b.ids[s] = id
	b.strs = append(b.strs, s)
	return id
}

// ID returns the id of s if it was added.
func (b *Builder) ID(s string) (int, bool) { id, ok := b.ids[s]; return id, ok }

// Len returns the number of strings added.
func (b *Builder) Len() int { return len(b.strs) }

// Strings returns the strings in id order.
func (b *Builder) Strings() []string { return b.strs }

// Encode appends the table to w. The bytes depend only on the strings and
// their order.
func (b *Builder) Encode(w *bin.Writer) {
	n := len(b.strs)
	nslots := n + n/3 + 1 // load factor 3/4
	w.U32(uint32(n))
	w.U32(uint32(nslots))
	off := uint32(0)
	w.U32(0)
	for _, s := range b.strs {
		off += uint32(len(s))
		w.U32(off)
	}
	slots := make([]uint32, 2*nslots)
	for id, s := range b.strs {
		h := bin.Hash(s)
		i := slotOf(h, uint64(nslots))
		for slots[2*i+1] != 0 {
			if i++; i == uint64(nslots) {
				i = 0
			}
		}
		slots[2*i] = uint32(h >> 32)
		slots[2*i+1] = uint32(id + 1)
	}
	for _, v := range slots {
		w.U32(v)
	}
	for _, s := range b.strs {
		w.B = append(w.B, s...)
	}
	w.Align(8)
}

// Decode reads a table written by Encode, sharing r's bytes.
func Decode(r *bin.Reader) (*Table, error) {
	n := int(r.U32())
	nslots := int(r.U32())
	if r.Err != nil {
		return nil, fmt.Errorf("strtab: %w", r.Err)
	}
	if nslots <= n || n > len(r.B) || nslots > 2*len(r.B) {
		return nil, errors.New("strtab: corrupt header")
	}
	t := &Table{n: n, nslot: uint64(nslots)}
	t.offs = r.U32s(n + 1)
	t.slots = r.U32s(2 * nslots)
	if r.Err != nil {
		return nil, fmt.Errorf("strtab: %w", r.Err)
	}
	size := int(t.offs.At(n))
	t.blob = r.Slice(size)
	r.Align(8)
	if r.Err != nil {
		return nil, fmt.Errorf("strtab: %w", r.Err)
	}
	return t, nil
}
