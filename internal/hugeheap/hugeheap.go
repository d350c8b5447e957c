// Package hugeheap asks Linux to back the Go heap with transparent huge
// pages (2 MB) where the system leaves that to each program, its
// "madvise" mode. The Go runtime does not ask for them, so on such
// systems every 4 KB of heap costs a page fault the first time it is
// touched; on the virtual machines unspin was measured on a fault costs
// about 12 µs, 3 ms per megabyte, and they were a seventh of a corpus
// scan's CPU time (docs/BENCHMARKS.md, "Huge pages").
//
// It is for programs, not libraries: the setting is the whole process's.
// The unspin command calls Enable at start.
package hugeheap

// Result says what Enable found and did.
type Result struct {
	// Mode is the system's setting: "always", "madvise" or "never"; ""
	// where there is none (not Linux, or not readable).
	Mode string
	// Bytes is how much heap address space was marked for huge pages: 0
	// unless Mode is "madvise".
	Bytes int
}

// Off is the environment variable that, set to "0", keeps Enable from
// doing anything.
const Off = "UNSPIN_HUGEPAGES"
