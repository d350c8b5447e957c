// Package pack reads and writes unspin language packs and keeps the
// registry of packs that language packages (lang/fr, lang/en, ...) embed.
//
// A pack is one binary file:
//
//	magic "UNSPINPK" | format version u32 | header length u32 | header JSON
//	section count u32 | per section: name [16]byte, offset u64, length u64, CRC-32C u32, pad u32
//	sections, each aligned to 8 bytes
//
// The header names the language and every source the pack was built from,
// with version, licence and SHA-256. Sections are decoded in place: a
// decoded Pack shares the bytes it was given and never copies them.
package pack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/unspin-project/unspin/association"
	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/thesaurus"
)

// Magic opens every pack.
const Magic = "UNSPINPK"

// FormatVersion is the version of the binary layout. Readers refuse other
// versions.
const FormatVersion = 1

// Section names.
const (
	SecLexicon   = "lexicon"
	SecThesaurus = "thesaurus"
	SecWordLM    = "wordlm"
	SecCharLM    = "charlm"
)

// ErrCorrupt reports a pack that does not decode.
var ErrCorrupt = errors.New("pack: corrupt")

// Source records one input of a pack build.
type Source struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
	SHA256  string `json:"sha256"`
	Bytes   int64  `json:"bytes"`
	Use     string `json:"use"`
}

// Header describes a pack.
type Header struct {
	Lang         string            `json:"lang"`
	SpinnerLang  string            `json:"spinner_lang"`
	DataVersion  string            `json:"data_version"`
	Sources      []Source          `json:"sources"`
	Stats        map[string]string `json:"stats"`
	HeldOutSplit string            `json:"held_out_split"`
}

// Pack is a decoded language pack. It is immutable and safe for concurrent use.
type Pack struct {
	Header    Header
	Lexicon   *lexicon.Lexicon
	Thesaurus *thesaurus.Thesaurus
	WordLM    *languagemodel.Model
	CharLM    *languagemodel.CharModel
	// Assoc is the language's association table (see RegisterAssoc), set
	// by Get when the language package embeds one; nil otherwise.
	Assoc *association.Table
	// AssocIndex maps the lexicon's word ids into Assoc (nil with it).
	AssocIndex *association.Index
	Size       int
	// Fingerprint identifies the pack's contents: a hash of its section
	// table (names, offsets, lengths and CRC-32C checksums), free to
	// compute at decode. Tables built from a pack record it.
	Fingerprint uint64
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Encode writes a pack. Sections are written in the order given.
func Encode(h Header, names []string, sections [][]byte) ([]byte, error) {
	if len(names) != len(sections) {
		return nil, errors.New("pack: names and sections differ in length")
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("pack: %w", err)
	}
	var w bin.Writer
	w.B = append(w.B, Magic...)
	w.U32(FormatVersion)
	w.Bytes(hj)
	w.U32(uint32(len(names)))
	w.Align(8)
	tableAt := len(w.B)
	w.B = append(w.B, make([]byte, 40*len(names))...)
	for i, s := range sections {
		w.Align(8)
		off := len(w.B)
		w.B = append(w.B, s...)
		var e bin.Writer
		name := make([]byte, 16)
		if len(names[i]) > 16 {
			return nil, fmt.Errorf("pack: section name %q too long", names[i])
		}
		copy(name, names[i])
		e.B = append(e.B, name...)
		e.U64(uint64(off))
		e.U64(uint64(len(s)))
		e.U32(crc32.Checksum(s, castagnoli))
		e.U32(0)
		copy(w.B[tableAt+40*i:], e.B)
	}
	w.Align(8)
	return w.B, nil
}

// ReadHeader decodes only the header of a pack.
func ReadHeader(data []byte) (Header, map[string][]byte, error) {
	h, secs, _, err := readHeader(data)
	return h, secs, err
}

// readHeader is ReadHeader that also returns the pack's fingerprint.
func readHeader(data []byte) (Header, map[string][]byte, uint64, error) {
	return readHeaderChecked(data, true)
}

// readHeaderChecked is readHeader; without sums it skips the sections'
// CRC-32C checksums (see decode).
func readHeaderChecked(data []byte, sums bool) (Header, map[string][]byte, uint64, error) {
	h, secs, table, err := readSections(data, sums)
	if err != nil {
		return h, nil, 0, err
	}
	fp := uint64(14695981039346656037) // FNV-1a, 64 bits
	for _, b := range table {
		fp = (fp ^ uint64(b)) * 1099511628211
	}
	return h, secs, fp, nil
}

// readSections reads the header and the section table, and checks each
// section's CRC-32C when sums is set.
func readSections(data []byte, sums bool) (Header, map[string][]byte, []byte, error) {
	var h Header
	if len(data) < len(Magic)+8 || string(data[:len(Magic)]) != Magic {
		return h, nil, nil, fmt.Errorf("%w: bad magic", ErrCorrupt)
	}
	r := &bin.Reader{B: data, Off: len(Magic)}
	if v := r.U32(); v != FormatVersion {
		return h, nil, nil, fmt.Errorf("pack: format version %d, this build reads %d", v, FormatVersion)
	}
	hj := r.Bytes()
	n := int(r.U32())
	r.Align(8)
	if r.Err != nil || n > 64 {
		return h, nil, nil, fmt.Errorf("%w: header", ErrCorrupt)
	}
	if err := json.Unmarshal(hj, &h); err != nil {
		return h, nil, nil, fmt.Errorf("%w: header JSON: %v", ErrCorrupt, err)
	}
	secs := map[string][]byte{}
	tableAt := r.Off
	for i := 0; i < n; i++ {
		name := string(bytes.TrimRight(r.Slice(16), "\x00"))
		off, size, sum := r.U64(), r.U64(), r.U32()
		r.U32()
		if r.Err != nil || off > uint64(len(data)) || size > uint64(len(data))-off {
			return h, nil, nil, fmt.Errorf("%w: section table", ErrCorrupt)
		}
		s := data[off : off+size : off+size]
		if sums && crc32.Checksum(s, castagnoli) != sum {
			return h, nil, nil, fmt.Errorf("%w: section %q checksum mismatch", ErrCorrupt, name)
		}
		secs[name] = s
	}
	return h, secs, data[tableAt:r.Off], nil
}

// Decode decodes a whole pack, sharing data, after checking every
// section's checksum.
func Decode(data []byte) (*Pack, error) { return decode(data, true) }

// decode is Decode; without sums it trusts the sections' bytes. Get
// decodes registered packs that way: they are embedded in the binary,
// whose other bytes are trusted alike, and reading the checksums of two
// packs (75 MB) was a third of a one-article run's time
// (docs/BENCHMARKS.md, "Start-up"). `unspin pack verify` and the tests
// (TestRegisteredPacksVerify) check the embedded packs' checksums.
func decode(data []byte, sums bool) (*Pack, error) {
	h, secs, fp, err := readHeaderChecked(data, sums)
	if err != nil {
		return nil, err
	}
	p := &Pack{Header: h, Size: len(data), Fingerprint: fp}
	for _, name := range []string{SecLexicon, SecThesaurus, SecWordLM, SecCharLM} {
		if _, ok := secs[name]; !ok {
			return nil, fmt.Errorf("%w: missing section %q", ErrCorrupt, name)
		}
	}
	if p.Lexicon, err = lexicon.Decode(secs[SecLexicon]); err != nil {
		return nil, fmt.Errorf("pack %s: %w", h.Lang, err)
	}
	if p.Thesaurus, err = thesaurus.Decode(secs[SecThesaurus]); err != nil {
		return nil, fmt.Errorf("pack %s: %w", h.Lang, err)
	}
	if p.WordLM, err = languagemodel.Decode(secs[SecWordLM]); err != nil {
		return nil, fmt.Errorf("pack %s: %w", h.Lang, err)
	}
	if p.CharLM, err = languagemodel.DecodeCharModel(secs[SecCharLM]); err != nil {
		return nil, fmt.Errorf("pack %s: %w", h.Lang, err)
	}
	return p, nil
}
