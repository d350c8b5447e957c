// Package packcheck verifies that a committed language pack matches its
// manifest, the current builder version and, when they are present, the
// sources it was built from.
package packcheck

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/packbuild"
)

// Problem is one way a pack is stale or inconsistent.
type Problem struct {
	Lang, What string
}

func (p Problem) String() string { return p.Lang + ": " + p.What }

// Check compares pack bytes with their manifest. dataDir, when not empty
// and present, is used to re-hash the sources; missing sources are
// reported in skipped, not as problems.
func Check(lang string, data, manifest []byte, dataDir string) (problems []Problem, skipped []string, err error) {
	var m packbuild.Manifest
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, nil, fmt.Errorf("packcheck: %s manifest: %w", lang, err)
	}
	add := func(format string, args ...any) {
		problems = append(problems, Problem{lang, fmt.Sprintf(format, args...)})
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != m.SHA256 {
		add("pack sha256 %s differs from manifest %s", got, m.SHA256)
	}
	if len(data) != m.Bytes {
		add("pack is %d bytes, manifest says %d", len(data), m.Bytes)
	}
	if m.FormatVersion != pack.FormatVersion {
		add("manifest format version %d, reader is %d", m.FormatVersion, pack.FormatVersion)
	}
	if m.Builder != packbuild.Version {
		add("built by builder %s, the builder is now %s: rebuild with `make packs`", m.Builder, packbuild.Version)
	}
	h, _, err := pack.ReadHeader(data)
	if err != nil {
		add("header: %v", err)
		return problems, nil, nil
	}
	if h.Lang != lang {
		add("header says language %q", h.Lang)
	}
	if len(h.Sources) != len(m.Sources) {
		add("header lists %d sources, manifest %d", len(h.Sources), len(m.Sources))
	}
	for i := range h.Sources {
		if i < len(m.Sources) && h.Sources[i] != m.Sources[i] {
			add("source %s differs between header and manifest", h.Sources[i].Name)
		}
	}
	for _, s := range m.Sources {
		path := s.Name
		p, ok := sourcePath(lang, s.Name, dataDir)
		if !ok {
			skipped = append(skipped, path)
			continue
		}
		got, err := fileSHA256(p)
		if err != nil {
			skipped = append(skipped, p)
			continue
		}
		if got != s.SHA256 {
			add("source %s (%s) changed since the pack was built: rebuild with `make packs`", s.Name, p)
		}
	}
	return problems, skipped, nil
}

func sourcePath(lang, name, dataDir string) (string, bool) {
	for _, s := range packbuild.SourcePaths(lang, dataDir) {
		if s[0] == name {
			if _, err := os.Stat(s[1]); err != nil {
				return s[1], false
			}
			return s[1], true
		}
	}
	return "", false
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
