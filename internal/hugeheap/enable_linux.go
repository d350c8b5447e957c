package hugeheap

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	madvHugePage = 14 // MADV_HUGEPAGE
)

// Enable marks the heap for huge pages when the system's mode is
// "madvise" and the environment says neither UNSPIN_HUGEPAGES=0 nor
// GODEBUG=disablethp=1. The runtime maps the heap as it grows, so Enable
// first makes it grow by reserve bytes (an allocation it never touches,
// which costs no memory) and frees them; it then marks the whole mappings
// that hold that space (with the heap mapped before it, when the kernel
// merged them), which later allocations reuse. Memory the heap needs
// beyond them keeps 4 KB pages. Call it early, once.
func Enable(reserve int) (Result, error) {
	var r Result
	if os.Getenv(Off) == "0" || strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return r, nil // turned off, or the runtime told to keep huge pages away
	}
	r.Mode = mode("/sys/kernel/mm/transparent_hugepage/enabled")
	reserve = capReserve(reserve, debug.SetMemoryLimit(-1))
	if r.Mode != "madvise" || reserve <= 0 {
		return r, nil
	}
	b := make([]byte, reserve)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	end := start + uintptr(len(b))
	runtime.KeepAlive(b)
	b = nil
	// A collection now frees the reserve: one that began while it was
	// live would keep it for the run, and the heap would grow elsewhere.
	runtime.GC()
	spans, err := mappings("/proc/self/maps", start, end)
	if err != nil {
		return r, err
	}
	for _, s := range spans {
		lo, hi := alignUp(s[0]), s[1]&^(hugePage-1)
		if lo >= hi {
			continue
		}
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvHugePage); e != 0 {
			return r, fmt.Errorf("hugeheap: madvise: %w", e)
		}
		r.Bytes += int(hi - lo)
	}
	return r, nil
}

// capReserve is reserve under a memory limit: at most half of it.
func capReserve(reserve int, limit int64) int { return int(min(int64(reserve), limit/2)) }

func alignUp(x uintptr) uintptr { return (x + hugePage - 1) &^ (hugePage - 1) }

// mode returns the bracketed word of the kernel's setting file
// ("always [madvise] never"), or "".
func mode(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return parseMode(string(data))
}

func parseMode(s string) string {
	_, rest, ok := strings.Cut(s, "[")
	if !ok {
		return ""
	}
	m, _, ok := strings.Cut(rest, "]")
	if !ok {
		return ""
	}
	return m
}

// mappings returns the private writable anonymous mappings of a maps
// file that overlap [start, end), whole.
func mappings(path string, start, end uintptr) ([][2]uintptr, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("hugeheap: %w", err)
	}
	defer f.Close()
	var out [][2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s, ok := parseMapping(sc.Text()); ok && s[0] < end && start < s[1] {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("hugeheap: %s: %w", path, err)
	}
	return out, nil
}

// parseMapping reads a line of /proc/self/maps ("lo-hi perms offset dev
// inode [path]"): the range of a private writable anonymous mapping.
func parseMapping(line string) ([2]uintptr, bool) {
	f := strings.Fields(line)
	anon := len(f) == 5 || len(f) > 5 && strings.HasPrefix(f[5], "[anon:") // named by the runtime where the kernel allows
	if !anon || f[1] != "rw-p" || f[4] != "0" {
		return [2]uintptr{}, false
	}
	lo, hi, ok := strings.Cut(f[0], "-")
	if !ok {
		return [2]uintptr{}, false
	}
	a, err1 := strconv.ParseUint(lo, 16, 64)
	b, err2 := strconv.ParseUint(hi, 16, 64)
	if err1 != nil || err2 != nil || a >= b {
		return [2]uintptr{}, false
	}
	return [2]uintptr{uintptr(a), uintptr(b)}, true
}
