package scan

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// output is one output file: plain JSON Lines or zstd-compressed, cut
// into independent frames at every checkpoint.
type output struct {
	path string
	f    *os.File
	bw   *bufio.Writer
	zw   *zstd.Encoder
}

// openOutput creates path, or with resume reopens it cut back to size.
func openOutput(path string, resume bool, size int64) (*output, error) {
	if path == "" {
		return nil, nil
	}
	flags := os.O_CREATE | os.O_WRONLY
	if !resume {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	if resume {
		if err := f.Truncate(size); err != nil {
			f.Close()
			return nil, fmt.Errorf("scan: %s: %w", path, err)
		}
		if _, err := f.Seek(size, 0); err != nil {
			f.Close()
			return nil, fmt.Errorf("scan: %s: %w", path, err)
		}
	}
	o := &output{path: path, f: f}
	if strings.HasSuffix(path, ".zst") {
		o.zw, err = zstd.NewWriter(f, zstd.WithEncoderConcurrency(1))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("scan: %w", err)
		}
		o.bw = bufio.NewWriterSize(o.zw, 1<<16)
	} else {
		o.bw = bufio.NewWriterSize(f, 1<<16)
	}
	return o, nil
}

func (o *output) write(line []byte) error {
	if _, err := o.bw.Write(line); err != nil {
		return fmt.Errorf("scan: %s: %w", o.path, err)
	}
	if err := o.bw.WriteByte('\n'); err != nil {
		return fmt.Errorf("scan: %s: %w", o.path, err)
	}
	return nil
}

// sync makes everything written so far durable and returns the file's
// size: the point a resumed run cuts back to.
func (o *output) sync() (int64, error) {
	if err := o.bw.Flush(); err != nil {
		return 0, fmt.Errorf("scan: %s: %w", o.path, err)
	}
	if o.zw != nil {
		if err := o.zw.Close(); err != nil { // ends the frame
			return 0, fmt.Errorf("scan: %s: %w", o.path, err)
		}
		o.zw.Reset(o.f)
	}
	if err := o.f.Sync(); err != nil {
		return 0, fmt.Errorf("scan: %s: %w", o.path, err)
	}
	st, err := o.f.Stat()
	if err != nil {
		return 0, fmt.Errorf("scan: %s: %w", o.path, err)
	}
	return st.Size(), nil
}

func (o *output) close() error {
	if _, err := o.sync(); err != nil {
		o.f.Close()
		return err
	}
	return o.f.Close()
}
