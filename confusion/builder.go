package confusion

import (
	"fmt"
	"math"

	"github.com/unspin-project/unspin/internal/bin"
)

// Builder collects lists in ascending order of observed id.
type Builder struct {
	ids  []uint32
	offs []uint32
	recs []uint32
}

// Add appends the list of the observed word id, which must be greater
// than every id added before.
func (b *Builder) Add(id int, es []Entry) error {
	if id < 0 || id > math.MaxUint32 || len(b.ids) > 0 && uint32(id) <= b.ids[len(b.ids)-1] {
		return fmt.Errorf("confusion: id %d out of order", id)
	}
	if len(b.offs) == 0 {
		b.offs = append(b.offs, 0)
	}
	for _, e := range es {
		if e.Cand < 0 || e.Base < 0 || e.Base > maxID || e.Lemma < -1 || e.Lemma > maxID {
			return fmt.Errorf("confusion: entry %+v out of range", e)
		}
		bits := math.Float64bits(e.Channel)
		b.recs = append(b.recs, uint32(e.Cand), uint32(e.Base), uint32(e.Lemma+1)|uint32(e.Src)<<24, uint32(bits), uint32(bits>>32))
	}
	b.ids = append(b.ids, uint32(id))
	b.offs = append(b.offs, uint32(len(b.recs)/words))
	return nil
}

// Len returns the number of words added.
func (b *Builder) Len() int { return len(b.ids) }

// Entries returns the number of entries added.
func (b *Builder) Entries() int { return len(b.recs) / words }

// Encode returns the table. The bytes depend only on h and what was added.
func (b *Builder) Encode(h Header) []byte {
	var w bin.Writer
	w.B = append(w.B, Magic...)
	w.U32(FormatVersion)
	w.Bytes([]byte(h.Text))
	w.Bytes([]byte(h.Spin))
	w.Bytes([]byte(h.Builder))
	w.Align(8)
	w.U64(h.TextPrint)
	w.U64(h.SpinPrint)
	w.U32(uint32(len(b.ids)))
	for _, v := range b.ids {
		w.U32(v)
	}
	offs := b.offs
	if len(offs) == 0 {
		offs = []uint32{0}
	}
	for _, v := range offs {
		w.U32(v)
	}
	for _, v := range b.recs {
		w.U32(v)
	}
	w.Align(8)
	return w.B
}
