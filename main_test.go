package unspin_test

import (
	"os"
	"testing"

	"github.com/unspin-project/unspin/internal/hugeheap"
)

// TestMain runs the package's tests and benchmarks with the heap as the
// unspin command runs its large jobs: marked for huge pages where Linux
// leaves them to the program (internal/hugeheap; UNSPIN_HUGEPAGES=0 turns
// it off, to measure without).
func TestMain(m *testing.M) {
	hugeheap.Enable(256 << 20)
	os.Exit(m.Run())
}
