package unspin

import "testing"

// A text too long for 32-bit positions is refused with an input error
// rather than analysed with positions that wrap (the check is made on
// the length alone: no such text needs to exist).
func TestCheckLength(t *testing.T) {
	for _, c := range []struct {
		n    int
		fail bool
	}{{0, false}, {1 << 20, false}, {MaxTextBytes, false}, {MaxTextBytes + 1, true}} {
		err := checkLength(c.n)
		if (err != nil) != c.fail || err != nil && KindOf(err) != KindInput {
			t.Errorf("checkLength(%d) = %v, want failure %v of kind input", c.n, err, c.fail)
		}
	}
}
