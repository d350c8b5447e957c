package detection

import (
	"testing"
	"unsafe"
)

// A word table slot is one cache line: a lookup that compares a slot
// reads one line, and a slot never straddles two.
func TestWordEntryIsOneCacheLine(t *testing.T) {
	if got := unsafe.Sizeof(wordEntry{}); got != 64 {
		t.Errorf("wordEntry is %d bytes, want 64", got)
	}
}
