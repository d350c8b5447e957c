package hugeheap_test

import (
	"fmt"
	"os"

	"github.com/unspin-project/unspin/internal/hugeheap"
)

// A program about to work through a large input marks its heap first.
func ExampleEnable() {
	r, err := hugeheap.Enable(256 << 20)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huge pages:", err) // the heap stays as it was
	}
	if r.Bytes > 0 {
		fmt.Fprintf(os.Stderr, "%d MB of heap marked for huge pages (system mode %q)\n", r.Bytes>>20, r.Mode)
	}
}
