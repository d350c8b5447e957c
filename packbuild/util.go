package packbuild

import (
	"os"
	"path/filepath"
	"sort"
)

func sortSlice[T any](s []T, less func(a, b T) bool) {
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// WriteTable writes a built table and its manifest into dir (made if
// missing): the file name and the manifest's name are the table's own.
func WriteTable(dir, file string, data []byte, manifestName string, manifest []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, file), data, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, manifestName), manifest, 0o644)
}
