package hugeheap

import (
	"errors"
	"math"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

func TestParseMode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"always [madvise] never\n", "madvise"},
		{"[always] madvise never\n", "always"},
		{"always madvise [never]\n", "never"},
		{"", ""},
		{"always madvise never", ""},
		{"[unterminated", ""},
	} {
		if got := parseMode(tc.in); got != tc.want {
			t.Errorf("parseMode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseMapping(t *testing.T) {
	for _, tc := range []struct {
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"25609ec00000-2560a2c00000 rw-p 00000000 00:00 0", 0x25609ec00000, 0x2560a2c00000, true},
		{"7f76a2000000-7f76a4800000 rw-p 00000000 00:00 0 [anon: Go: heap]", 0x7f76a2000000, 0x7f76a4800000, true},
		{"0140f000-06eae000 rw-p 0100f000 fe:00 9978705 /usr/bin/unspin", 0, 0, false}, // a file's data
		{"7f76a4800000-7f76b92c1000 ---p 00000000 00:00 0", 0, 0, false},               // reserved, not mapped
		{"7ffd1c5e2000-7ffd1c603000 rw-p 00000000 00:00 0 [stack]", 0, 0, false},
		{"zz-10 rw-p 00000000 00:00 0", 0, 0, false},
		{"20-10 rw-p 00000000 00:00 0", 0, 0, false},
		{"", 0, 0, false},
	} {
		s, ok := parseMapping(tc.line)
		if ok != tc.ok || ok && (s[0] != tc.lo || s[1] != tc.hi) {
			t.Errorf("parseMapping(%q) = %x, %v; want %x-%x, %v", tc.line, s, ok, tc.lo, tc.hi, tc.ok)
		}
	}
}

// On a system in "madvise" mode, Enable marks the heap's mappings: the
// kernel then lists them with the "hg" flag, and a new allocation lies in
// one of them.
func TestEnable(t *testing.T) {
	t.Setenv(Off, "")
	r, err := Enable(64 << 20)
	if errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.ENOSYS) {
		t.Skipf("madvise refused here: %v", err) // a sandbox's filter
	}
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != "madvise" {
		if r.Bytes != 0 {
			t.Fatalf("mode %q, but %d bytes marked", r.Mode, r.Bytes)
		}
		t.Skipf("transparent huge pages are %q here, not madvise", r.Mode)
	}
	if r.Bytes < 32<<20 {
		t.Fatalf("%d bytes marked for a 64 MB reserve", r.Bytes)
	}
	b := make([]byte, 8<<20)
	at := uintptr(unsafe.Pointer(&b[0]))
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	var in, marked bool
	for _, line := range strings.Split(string(smaps), "\n") {
		if s, ok := parseMapping(line); ok {
			in = s[0] <= at && at < s[1]
		} else if in && strings.HasPrefix(line, "VmFlags:") {
			marked = strings.Contains(line, " hg")
			break
		}
	}
	if !marked {
		t.Errorf("the mapping of a new 8 MB allocation at %#x is not marked for huge pages", at)
	}
	t.Setenv(Off, "0")
	if r, _ := Enable(64 << 20); r.Bytes != 0 || r.Mode != "" {
		t.Errorf("with %s=0: %+v, want nothing done", Off, r)
	}
	t.Setenv(Off, "")
	t.Setenv("GODEBUG", "disablethp=1")
	if r, _ := Enable(64 << 20); r.Bytes != 0 || r.Mode != "" {
		t.Errorf("with GODEBUG=disablethp=1: %+v, want nothing done", r)
	}
}

func TestCapReserve(t *testing.T) {
	for _, tc := range []struct {
		reserve int
		limit   int64
		want    int
	}{
		{512 << 20, math.MaxInt64, 512 << 20}, // no limit
		{512 << 20, 768 << 20, 384 << 20},     // the scan's
		{512 << 20, 2 << 30, 512 << 20},
		{512 << 20, 100 << 20, 50 << 20},
		{512 << 20, 0, 0},
	} {
		if got := capReserve(tc.reserve, tc.limit); got != tc.want {
			t.Errorf("capReserve(%d, %d) = %d, want %d", tc.reserve, tc.limit, got, tc.want)
		}
	}
}
