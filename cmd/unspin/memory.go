package main

import (
	"os"
	"runtime/debug"

	"github.com/unspin-project/unspin/internal/hugeheap"
)

// tuneGC trades memory for time in a batch run or a one-text check: the
// collector runs when the heap has grown fivefold instead of doubled,
// under a soft limit that keeps the process well below the 1 GB ceiling.
// GOGC and GOMEMLIMIT, when set, win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
}

// hugePages marks the heap for huge pages where Linux leaves them to the
// program (see internal/hugeheap): a first touch of heap memory then
// costs a page fault per 2 MB instead of per 4 KB. Large jobs call it
// before they start, after tuneGC if they call it: a corpus scan, the
// service, an evaluation, the check or fix of a long text. A short text
// is left alone: marking costs about 5 ms, more than it saves there.
// UNSPIN_HUGEPAGES=0 turns it off; a failure only leaves the heap as it
// was.
func hugePages() { hugeheap.Enable(heapReserve) }

// heapReserve is the most heap address space marked (Enable caps it at
// half the memory limit): more than the heap of a corpus scan of two
// workers (300 MB at most on 2 GB of input under its 768 MB limit, which
// caps the reserve at 384 MB) or of the check of a 1 MB text (60 MB);
// untouched, it costs no memory.
const heapReserve = 512 << 20

// bigInput is the size from which check and fix mark the heap.
const bigInput = 256 << 10
