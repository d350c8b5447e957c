package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
)

// parquetReader reads the rows of a Parquet file (Hugging Face datasets):
// the text, id and url columns by name; every flat column is kept in Raw,
// as a JSON object, so that the record is written back whole.
type parquetReader struct {
	path    string
	f       *os.File
	file    *parquet.File
	opt     Options
	names   []string // leaf column names by index (dotted paths)
	text    int      // column indexes, -1 when absent
	id, url int
	group   int
	rows    parquet.Rows
	buf     []parquet.Row
	n, at   int
	index   int64
	size    int64
	read    int64 // rows read, for progress
	total   int64
}

func openParquet(path string, opt Options) (Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("corpus: %w", err)
	}
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("corpus: %s: not a readable Parquet file: %w", path, err)
	}
	r := &parquetReader{path: path, f: f, file: pf, opt: opt, text: -1, id: -1, url: -1, size: st.Size(), total: pf.NumRows(), buf: make([]parquet.Row, 64)}
	for i, p := range pf.Schema().Columns() {
		name := strings.Join(p, ".")
		r.names = append(r.names, name)
		switch name {
		case opt.TextField:
			r.text = i
		case opt.IDField:
			r.id = i
		case opt.URLField:
			r.url = i
		}
	}
	if r.text < 0 {
		f.Close()
		return nil, fmt.Errorf("corpus: %s: no %q column (columns: %s)", path, opt.TextField, strings.Join(r.names, ", "))
	}
	return r, nil
}

func (r *parquetReader) Close() error { return r.f.Close() }

// Consumed estimates the bytes read from the share of rows read.
func (r *parquetReader) Consumed() int64 {
	if r.total == 0 {
		return r.size
	}
	return r.size * r.read / r.total
}

func (r *parquetReader) Next() (Record, error) {
	for r.at >= r.n {
		if r.rows == nil {
			groups := r.file.RowGroups()
			if r.group >= len(groups) {
				return Record{}, io.EOF
			}
			r.rows = groups[r.group].Rows()
			r.group++
		}
		n, err := r.rows.ReadRows(r.buf)
		r.n, r.at = n, 0
		if err != nil {
			r.rows.Close()
			r.rows = nil
			if !errors.Is(err, io.EOF) {
				// The rest of this row group is unreadable: one reject.
				rec := Record{Source: r.path, Index: r.index, Offset: r.index, Err: fmt.Errorf("row group %d unreadable: %v", r.group-1, err)}
				r.index++
				r.n = 0
				return rec, nil
			}
		}
	}
	row := r.buf[r.at]
	r.at++
	r.read++
	return r.record(row), nil
}

// record turns a row into a record.
func (r *parquetReader) record(row parquet.Row) Record {
	rec := Record{Source: r.path, Index: r.index, Offset: r.index}
	r.index++
	fields := map[string]any{}
	for _, v := range row {
		c := v.Column()
		if c < 0 || c >= len(r.names) || v.IsNull() {
			continue
		}
		var x any
		switch v.Kind() {
		case parquet.Boolean:
			x = v.Boolean()
		case parquet.Int32:
			x = v.Int32()
		case parquet.Int64:
			x = v.Int64()
		case parquet.Float:
			x = v.Float()
		case parquet.Double:
			x = v.Double()
		default:
			b := v.ByteArray()
			if !utf8.Valid(b) {
				if c == r.text {
					rec.Err = fmt.Errorf("column %q is not valid UTF-8", r.opt.TextField)
					return rec
				}
				continue
			}
			x = string(b)
		}
		if _, dup := fields[r.names[c]]; dup {
			continue // repeated values: keep the first
		}
		fields[r.names[c]] = x
		switch c {
		case r.text:
			s, ok := x.(string)
			if !ok {
				rec.Err = fmt.Errorf("column %q is not text", r.opt.TextField)
				return rec
			}
			rec.Text = s
		case r.id:
			rec.ID = fmt.Sprint(x)
		case r.url:
			rec.URL = fmt.Sprint(x)
		}
	}
	if _, ok := fields[r.opt.TextField]; !ok {
		rec.Err = fmt.Errorf("no %q value", r.opt.TextField)
		return rec
	}
	if len(rec.Text) > r.opt.MaxRecordBytes {
		rec.Err = fmt.Errorf("record of %d bytes exceeds the limit of %d bytes", len(rec.Text), r.opt.MaxRecordBytes)
		rec.Text = ""
		return rec
	}
	rec.Raw, _ = json.Marshal(fields)
	return rec
}
