package pack

import (
	"bytes"
	"errors"
	"testing"
)

// ReadHeader and Decode refuse a pack whose section bytes changed;
// readHeaderChecked without sums (what Get uses for embedded packs) reads
// the same sections without checking them.
func TestChecksums(t *testing.T) {
	data, err := Encode(Header{Lang: "xx"}, []string{"one", "two"}, [][]byte{[]byte("first section"), []byte("second section")})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadHeader(data); err != nil {
		t.Fatalf("intact pack: %v", err)
	}
	bad := append([]byte(nil), data...)
	bad[bytes.Index(bad, []byte("second section"))] = 'S'
	if _, _, err := ReadHeader(bad); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("changed section: error %v, want ErrCorrupt", err)
	}
	if _, err := Decode(bad); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Decode of a changed section: error %v, want ErrCorrupt", err)
	}
	_, got, fp, err := readHeaderChecked(bad, false)
	if err != nil || string(got["two"]) != "Second section" {
		t.Fatalf("unchecked read: section %q, error %v", got["two"], err)
	}
	if _, _, want, _ := readHeader(data); fp != want {
		t.Fatal("the fingerprint depends on whether the sums were checked")
	}
	// The section table is still checked: a truncated pack is refused.
	if _, _, _, err := readHeaderChecked(bad[:len(bad)/2], false); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("truncated pack read unchecked: error %v, want ErrCorrupt", err)
	}
}
