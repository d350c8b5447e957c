package source

import (
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/zstd"
	"github.com/unspin-project/unspin/internal/bin"
	"github.com/unspin-project/unspin/pack"
)

// fileMagic and fileVersion open a saved index.
const (
	fileMagic   = "UNSPINSX"
	fileVersion = 1
)

// maxFile bounds a saved index once decompressed (4 GiB).
const maxFile = 4 << 30

// Save writes the index, zstd-compressed, so that a large collection of
// sources is read once and searched many times (Load).
func (ix *Index) Save(w io.Writer) error {
	var b bin.Writer
	b.B = append(b.B, fileMagic...)
	b.U32(fileVersion)
	b.Bytes([]byte(ix.lang))
	b.U32(uint32(len(ix.docs)))
	for _, d := range ix.docs {
		b.Bytes([]byte(d.ID))
		b.Bytes([]byte(d.URL))
		b.Bytes([]byte(d.Title))
		b.F32(d.length)
	}
	b.U32(uint32(len(ix.keys)))
	for id, k := range ix.keys {
		b.Bytes([]byte(k))
		ps := ix.post[id]
		b.U32(uint32(len(ps)))
		for _, p := range ps {
			b.U32(uint32(p.doc))
			b.F32(p.tf)
		}
	}
	zw, err := zstd.NewWriter(w)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	if _, err := zw.Write(b.B); err != nil {
		zw.Close()
		return fmt.Errorf("source: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	return nil
}

// Load reads an index written by Save. Its sources' language must have a
// registered pack.
func Load(r io.Reader) (*Index, error) {
	zr, err := zstd.NewReader(r, zstd.WithDecoderMaxMemory(maxFile))
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(io.LimitReader(zr, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("source: reading the index: %w", err)
	}
	if len(data) > maxFile {
		return nil, errors.New("source: index larger than 4 GiB")
	}
	return decodeIndex(data)
}

// maxWeight bounds a key weight or a document length read from a file:
// far above any real one, far below what would overflow a score.
const maxWeight = 1e9

var errCorrupt = errors.New("source: not an index, or a damaged one")

func decodeIndex(data []byte) (*Index, error) {
	r := &bin.Reader{B: data}
	if string(r.Slice(len(fileMagic))) != fileMagic {
		return nil, errCorrupt
	}
	if v := r.U32(); r.Err == nil && v != fileVersion {
		return nil, fmt.Errorf("source: index format %d, want %d", v, fileVersion)
	}
	lang := string(r.Bytes())
	// Every count is checked against the bytes left before anything is
	// allocated for it: a damaged file must not ask for gigabytes.
	left := func(n uint32, each int) bool { return r.Err == nil && int(n) <= (len(r.B)-r.Off)/each }
	nd := r.U32()
	if !left(nd, 16) {
		return nil, errCorrupt
	}
	ix := &Index{lang: lang, ids: map[string]int32{}, docs: make([]docInfo, nd)}
	var total float64
	for i := range ix.docs {
		d := &ix.docs[i]
		d.ID, d.URL, d.Title = string(r.Bytes()), string(r.Bytes()), string(r.Bytes())
		d.length = r.F32()
		if r.Err != nil || !(d.length >= 0 && d.length <= maxWeight) {
			return nil, errCorrupt
		}
		total += float64(d.length)
	}
	nk := r.U32()
	if !left(nk, 8) {
		return nil, errCorrupt
	}
	ix.keys, ix.post = make([]string, nk), make([][]posting, nk)
	for id := range ix.keys {
		k := string(r.Bytes())
		np := r.U32()
		if len(k) < 3 || !left(np, 8) {
			return nil, errCorrupt
		}
		if _, dup := ix.ids[k]; dup || typeWeight[k[:2]] == 0 {
			return nil, errCorrupt
		}
		ps := make([]posting, np)
		for j := range ps {
			ps[j] = posting{doc: int32(r.U32()), tf: r.F32()}
			if ps[j].doc < 0 || int(ps[j].doc) >= len(ix.docs) || j > 0 && ps[j].doc <= ps[j-1].doc || !(ps[j].tf > 0 && ps[j].tf <= maxWeight) {
				return nil, errCorrupt
			}
		}
		ix.keys[id], ix.post[id], ix.ids[k] = k, ps, int32(id)
	}
	if r.Err != nil || r.Off != len(r.B) || total == 0 && nk > 0 {
		return nil, errCorrupt
	}
	p, err := pack.Get(lang)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	ix.p = p
	if len(ix.docs) > 0 {
		ix.avg = total / float64(len(ix.docs))
	}
	return ix, nil
}
