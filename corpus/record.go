package corpus

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// Record is one document of a corpus file, or one rejected record.
type Record struct {
	Source string // the file it came from
	Index  int64  // its number in the file, from 0, counting rejects
	Offset int64  // where it starts: byte offset in the decompressed stream
	ID     string // the id field, or WARC-Record-ID
	URL    string // WARC-Target-URI, or the JSONL url field if any
	Text   string
	// Raw is the record as read, for writing it back with fields added:
	// the JSON object of a JSONL line. Nil for WARC records.
	Raw []byte
	Err error // why the record is rejected; nil for a document
}

// Reader yields records until io.EOF.
type Reader interface {
	Next() (Record, error)
	// Consumed returns how many bytes of the underlying file were read,
	// for progress.
	Consumed() int64
	Close() error
}

// Recycler is a Reader that can reuse the memory of records' Raw once
// the caller is done with them (JSON Lines readers are).
type Recycler interface {
	Recycle(raw []byte)
}

// Options configure readers.
type Options struct {
	TextField string // JSONL text field (default "text")
	IDField   string // JSONL id field (default "id")
	URLField  string // JSONL url field (default "url")
	// MaxRecordBytes rejects larger records (default 8 MiB): one huge
	// record must not take the process's memory.
	MaxRecordBytes int
}

func (o Options) withDefaults() Options {
	if o.TextField == "" {
		o.TextField = "text"
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.URLField == "" {
		o.URLField = "url"
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = 8 << 20
	}
	return o
}

// Format is a corpus file format.
type Format int

// Formats.
const (
	JSONL Format = iota
	WARC
	Parquet
)

// FormatOf guesses a file's format from its name: .parquet is Parquet,
// .warc and .wet (with .gz) are WARC, anything else JSON Lines.
func FormatOf(path string) Format {
	if strings.HasSuffix(strings.ToLower(path), ".parquet") {
		return Parquet
	}
	p := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(path), ".gz"), ".zst")
	if strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".wet") || strings.HasSuffix(p, ".arc") {
		return WARC
	}
	return JSONL
}

// Open opens a corpus file by its name's format and compression.
func Open(path string, opt Options) (Reader, error) {
	opt = opt.withDefaults()
	if FormatOf(path) == Parquet {
		return openParquet(path, opt)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	cr := &countingReader{r: f}
	dec, closeDec, err := decompress(path, cr)
	if err != nil {
		f.Close()
		return nil, err
	}
	closeAll := func() error {
		closeDec()
		return f.Close()
	}
	if FormatOf(path) == WARC {
		return newWARCReader(path, dec, cr, closeAll, opt), nil
	}
	return newJSONLReader(path, dec, cr, closeAll, opt), nil
}

// decompress wraps r by the file name's extension.
func decompress(path string, r io.Reader) (io.Reader, func(), error) {
	switch {
	case strings.HasSuffix(path, ".gz"):
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: %s: not gzip: %w", path, err)
		}
		return z, func() { z.Close() }, nil
	case strings.HasSuffix(path, ".zst"):
		z, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<30))
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: %s: %w", path, err)
		}
		return z, z.Close, nil
	}
	return r, func() {}, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// truncated tells whether err means the stream ended early.
func truncated(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || err != nil && !errors.Is(err, io.EOF)
}

// stream is the state JSONL and WARC readers share: the buffered,
// decompressed input, where it is, and how many records were read.
type stream struct {
	path  string
	br    *bufio.Reader
	cr    *countingReader
	close func() error
	opt   Options
	index int64 // records read, rejects included
	off   int64 // bytes of the decompressed stream read
	done  bool
}

func newStream(path string, r io.Reader, cr *countingReader, close func() error, opt Options) stream {
	return stream{path: path, br: bufio.NewReaderSize(r, 1<<16), cr: cr, close: close, opt: opt}
}

func (s *stream) Consumed() int64 { return s.cr.n }
func (s *stream) Close() error    { return s.close() }

// reject returns the next record, rejected for err.
func (s *stream) reject(off int64, err error) Record {
	r := Record{Source: s.path, Index: s.index, Offset: off, Err: err}
	s.index++
	return r
}
