package all_test

import (
	"testing"

	"github.com/unspin-project/unspin/pack"
)

// pack.Get trusts embedded packs and skips their section checksums; this
// test is where the checksums of every registered pack are checked.
func TestRegisteredPacksVerify(t *testing.T) {
	langs := pack.Languages()
	if len(langs) < 2 {
		t.Fatalf("registered packs: %v, want fr and en at least", langs)
	}
	for _, l := range langs {
		raw, ok := pack.Raw(l)
		if !ok {
			t.Fatalf("%s: no raw bytes", l)
		}
		if _, _, err := pack.ReadHeader(raw); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
}
