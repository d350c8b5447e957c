// Package wordkey finds words in memory without reading their bytes
// twice. A word of at most 16 bytes is identified by two machine words
// (Key) and its length; tables keyed that way compare a word in one
// memory access where a map of strings reads the key's bytes from
// elsewhere in the heap. The detector's per-worker word table and
// language identification's profiles use it.
package wordkey

import (
	"encoding/binary"
	"math/bits"
)

// MaxKeyed is the longest word that Key identifies.
const MaxKeyed = 16

// Key returns two words of w's bytes: with its length they identify a
// word of at most MaxKeyed bytes (its first and last eight bytes, or all
// of a shorter word's), and they make the hash of a longer one.
func Key(w string) (a, b uint64) {
	switch n := len(w); {
	case n >= 8:
		a, b = binary.LittleEndian.Uint64([]byte(w[:8])), binary.LittleEndian.Uint64([]byte(w[n-8:]))
	case n >= 4:
		a = uint64(binary.LittleEndian.Uint32([]byte(w[:4]))) | uint64(binary.LittleEndian.Uint32([]byte(w[n-4:])))<<32
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return a, b
}

// Slot returns the slot of a key and length in a table of 2^lg slots
// (0 < lg < 64): a multiplicative hash.
func Slot(a, b uint64, n, lg int) int {
	x := (a ^ bits.RotateLeft64(b, 29) ^ uint64(n)<<56) * 0x9e3779b97f4a7c15
	return int(x >> (64 - lg))
}
