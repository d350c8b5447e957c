// Package bin holds the little-endian encoding helpers shared by the pack
// writers and readers. Readers never panic on short or corrupt data: they
// return an error that names the section.
package bin

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"
)

// ErrShort reports data that ends before a declared length.
var ErrShort = errors.New("bin: data too short")

// Writer appends little-endian values to a byte slice.
type Writer struct{ B []byte }

// U8 appends a byte.
func (w *Writer) U8(v uint8) { w.B = append(w.B, v) }

// U16 appends a uint16.
func (w *Writer) U16(v uint16) { w.B = binary.LittleEndian.AppendUint16(w.B, v) }

// U32 appends a uint32.
func (w *Writer) U32(v uint32) { w.B = binary.LittleEndian.AppendUint32(w.B, v) }

// U64 appends a uint64.
func (w *Writer) U64(v uint64) { w.B = binary.LittleEndian.AppendUint64(w.B, v) }

// F32 appends a float32.
func (w *Writer) F32(v float32) { w.U32(math.Float32bits(v)) }

// Bytes appends a length-prefixed byte string.
func (w *Writer) Bytes(b []byte) { w.U32(uint32(len(b))); w.B = append(w.B, b...) }

// Align pads with zeros to a multiple of n.
func (w *Writer) Align(n int) {
	for len(w.B)%n != 0 {
		w.B = append(w.B, 0)
	}
}

// Reader consumes little-endian values; the first failure sticks in Err.
type Reader struct {
	B   []byte
	Off int
	Err error
}

func (r *Reader) need(n int) bool {
	if r.Err != nil {
		return false
	}
	if n < 0 || r.Off+n > len(r.B) || r.Off+n < r.Off {
		r.Err = fmt.Errorf("%w: need %d bytes at offset %d of %d", ErrShort, n, r.Off, len(r.B))
		return false
	}
	return true
}

// U8 reads a byte.
func (r *Reader) U8() uint8 {
	if !r.need(1) {
		return 0
	}
	v := r.B[r.Off]
	r.Off++
	return v
}

// U16 reads a uint16.
func (r *Reader) U16() uint16 {
	if !r.need(2) {
		return 0
	}
	v := binary.LittleEndian.Uint16(r.B[r.Off:])
	r.Off += 2
	return v
}

// U32 reads a uint32.
func (r *Reader) U32() uint32 {
	if !r.need(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(r.B[r.Off:])
	r.Off += 4
	return v
}

// U64 reads a uint64.
func (r *Reader) U64() uint64 {
	if !r.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(r.B[r.Off:])
	r.Off += 8
	return v
}

// F32 reads a float32.
func (r *Reader) F32() float32 { return math.Float32frombits(r.U32()) }

// Slice returns the next n bytes without copying.
func (r *Reader) Slice(n int) []byte {
	if !r.need(n) {
		return nil
	}
	v := r.B[r.Off : r.Off+n : r.Off+n]
	r.Off += n
	return v
}

// Bytes reads a length-prefixed byte string without copying.
func (r *Reader) Bytes() []byte { return r.Slice(int(r.U32())) }

// U32s returns a view of n little-endian uint32 values. On little-endian
// machines, with the data 4-byte aligned, the view shares the bytes;
// otherwise the values are decoded into a new slice.
func (r *Reader) U32s(n int) U32s {
	if n < 0 || n > len(r.B) {
		r.need(-1)
		return U32s{}
	}
	b := r.Slice(4 * n)
	if len(b) == 0 {
		return U32s{}
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return U32s{unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)}
	}
	u := make([]uint32, n)
	for i := range u {
		u[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return U32s{u}
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// Align skips padding to a multiple of n.
func (r *Reader) Align(n int) {
	for r.Err == nil && r.Off%n != 0 {
		r.U8()
	}
}

// U32s is a read-only view of uint32 values.
type U32s struct{ u []uint32 }

// Len returns the number of values.
func (s U32s) Len() int { return len(s.u) }

// At returns value i; the caller guarantees 0 <= i < Len().
func (s U32s) At(i int) uint32 { return s.u[i] }

// Hash is FNV-1a over a string, 64 bits. Packs depend on it: changing it
// changes the pack format version.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Mix finalises a 64-bit value into a well-spread hash (splitmix64).
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
