package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/unspin-project/unspin/internal/freelist"
)

type jsonlReader struct {
	stream
	free *freelist.List // line buffers handed back by Recycle
}

func newJSONLReader(path string, r io.Reader, cr *countingReader, close func() error, opt Options) *jsonlReader {
	return &jsonlReader{stream: newStream(path, r, cr, close, opt), free: freelist.New(maxFree, maxRecycled)}
}

// Recycle hands back the Raw of a record this reader returned, once the
// caller is done with it: a later line is read into its memory. Neither
// the record's Raw nor anything sliced from it may be used after.
// Records' other fields are copies and stay valid. It is safe to call
// from any goroutine.
func (j *jsonlReader) Recycle(raw []byte) { j.free.Put(raw) }

// How many line buffers a reader keeps, and the largest it keeps.
const (
	maxFree     = 64
	maxRecycled = 1 << 20
)

// Next returns the next non-empty line as a record.
func (j *jsonlReader) Next() (Record, error) {
	for {
		if j.done {
			return Record{}, io.EOF
		}
		line, size, tooLong, err := j.readLine()
		start := j.off
		j.off += int64(size)
		if err != nil && size == 0 {
			j.done = true
			if truncated(err) {
				rec := j.reject(start, fmt.Errorf("input ends early: %v", err))
				return rec, nil
			}
			return Record{}, io.EOF
		}
		if err != nil {
			j.done = true
			if truncated(err) {
				return j.reject(start, fmt.Errorf("input ends early in this record: %v", err)), nil
			}
		}
		if tooLong {
			return j.reject(start, fmt.Errorf("record of %d bytes exceeds the limit of %d bytes", size, j.opt.MaxRecordBytes)), nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return j.parse(start, line), nil
	}
}

// readLine reads one line; past the size limit it keeps reading to the
// end of the line but returns no data.
func (j *jsonlReader) readLine() (line []byte, size int, tooLong bool, err error) {
	buf := j.free.Get()
	for {
		chunk, e := j.br.ReadSlice('\n')
		size += len(chunk)
		if !tooLong {
			if len(buf)+len(chunk) > j.opt.MaxRecordBytes {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return buf, size, tooLong, e
	}
}

func (j *jsonlReader) parse(off int64, line []byte) Record {
	rec := ParseLine(line, j.opt)
	rec.Source, rec.Index, rec.Offset = j.path, j.index, off
	j.index++
	return rec
}

// ParseLine reads one JSON Lines record (a line without its newline): its
// text, id and url fields, or why it is rejected. Source, Index and
// Offset are left for the caller.
func ParseLine(line []byte, opt Options) Record {
	opt = opt.withDefaults()
	var rec Record
	if len(line) > opt.MaxRecordBytes {
		rec.Err = fmt.Errorf("record of %d bytes exceeds the limit of %d bytes", len(line), opt.MaxRecordBytes)
		return rec
	}
	// One pass checks the JSON and its strings' UTF-8; invalid UTF-8
	// anywhere is the reason given, as when it was checked first.
	check := validJSON(line)
	if check == utf8Bad || check == jsonBad && !utf8.Valid(line) {
		rec.Err = fmt.Errorf("line is not valid UTF-8")
		return rec
	}
	if check == jsonBad {
		var obj map[string]json.RawMessage
		err := json.Unmarshal(line, &obj) // for its message
		rec.Err = fmt.Errorf("not a JSON object: %v", err)
		return rec
	}
	keys := []string{opt.TextField, opt.IDField, opt.URLField}
	vals, ok, slow := topFields(line, keys)
	if slow {
		vals, ok = slowFields(line, keys)
	}
	if !ok {
		rec.Err = fmt.Errorf("not a JSON object: %s", clip(string(line), 40))
		return rec
	}
	if vals[0] == nil {
		rec.Err = fmt.Errorf("no %q field", opt.TextField)
		return rec
	}
	if rec.Text, ok = jsonString(vals[0]); !ok {
		rec.Err = fmt.Errorf("field %q is not a string", opt.TextField)
		return rec
	}
	rec.ID = scalar(vals[1])
	rec.URL = scalar(vals[2])
	rec.Raw = line
	return rec
}

// slowFields is topFields for lines whose keys hold escapes: a full
// decoding.
func slowFields(line []byte, keys []string) ([][]byte, bool) {
	var obj map[string]json.RawMessage
	if json.Unmarshal(line, &obj) != nil {
		return nil, false
	}
	vals := make([][]byte, len(keys))
	for k, key := range keys {
		vals[k] = obj[key]
	}
	return vals, true
}

// scalar renders a JSON string or number as text ("" otherwise).
func scalar(raw []byte) string {
	if len(raw) == 0 {
		return ""
	}
	if s, ok := jsonString(raw); ok {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
