package scan

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
)

// output is one output file: plain JSON Lines or zstd-compressed, cut
// into independent frames at every checkpoint.
type output struct {
	path string
	f    *os.File
	bw   *bufio.Writer
	zw   *zstd.Encoder
	pq   *parquet.GenericWriter[ParquetRow] // for .parquet outputs
}

// ParquetRow is one record of a Parquet output: the record's id, url and
// text, the verdict label and score, and the whole "unspin" object as
// JSON (or, in a rejects file, the reason).
type ParquetRow struct {
	ID     string  `parquet:"id"`
	URL    string  `parquet:"url"`
	Text   string  `parquet:"text"`
	Label  string  `parquet:"unspin_label"`
	Score  float64 `parquet:"unspin_score"`
	Unspin string  `parquet:"unspin"`
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
	if strings.HasSuffix(path, ".parquet") {
		if resume {
			f.Close()
			return nil, fmt.Errorf("scan: %s: a Parquet output cannot be resumed (its footer is written at the end); use JSON Lines outputs for long runs", path)
		}
		o.pq = parquet.NewGenericWriter[ParquetRow](f)
		return o, nil
	}
	if strings.HasSuffix(path, ".zst") {
		o.zw, err = zstd.NewWriter(f, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedFastest))
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
	if o.pq != nil {
		var rec struct {
			ID     json.RawMessage `json:"id"`
			URL    string          `json:"url"`
			Text   string          `json:"text"`
			Reason string          `json:"reason"`
			Unspin struct {
				Verdict *struct {
					Label string `json:"label"`
				} `json:"verdict"`
				Score *float64 `json:"score"`
			} `json:"unspin"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			return fmt.Errorf("scan: %s: %w", o.path, err)
		}
		var all map[string]json.RawMessage
		json.Unmarshal(line, &all)
		row := ParquetRow{ID: strings.Trim(string(rec.ID), `"`), URL: rec.URL, Text: rec.Text, Unspin: string(all["unspin"])}
		if rec.Reason != "" {
			row.Unspin = rec.Reason
		}
		if rec.Unspin.Verdict != nil {
			row.Label = rec.Unspin.Verdict.Label
		}
		if rec.Unspin.Score != nil {
			row.Score = *rec.Unspin.Score
		}
		if _, err := o.pq.Write([]ParquetRow{row}); err != nil {
			return fmt.Errorf("scan: %s: %w", o.path, err)
		}
		return nil
	}
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
	if o.pq != nil {
		return 0, nil // written whole at the end
	}
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
	if o.pq != nil {
		if err := o.pq.Close(); err != nil {
			o.f.Close()
			return fmt.Errorf("scan: %s: %w", o.path, err)
		}
		return o.f.Close()
	}
	if _, err := o.sync(); err != nil {
		o.f.Close()
		return err
	}
	return o.f.Close()
}
