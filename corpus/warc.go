package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// warcReader reads WARC records: response records whose payload is HTML
// (text extracted) and conversion records (WET: text already), each as a
// document. Other record types (request, metadata, warcinfo…) are skipped
// and counted in Skipped.
type warcReader struct {
	stream
	skipped int64
}

func newWARCReader(path string, r io.Reader, cr *countingReader, close func() error, opt Options) *warcReader {
	return &warcReader{stream: newStream(path, r, cr, close, opt)}
}

// Skipped returns how many records were not documents (requests,
// metadata, non-HTML responses…).
func (w *warcReader) Skipped() int64 { return w.skipped }

// Skipper is implemented by readers that skip records that are not
// documents.
type Skipper interface{ Skipped() int64 }

func (w *warcReader) line() (string, error) {
	s, err := w.br.ReadString('\n')
	w.off += int64(len(s))
	return strings.TrimRight(s, "\r\n"), err
}

// Next returns the next document or rejected record.
func (w *warcReader) Next() (Record, error) {
	for !w.done {
		start := w.off
		// The version line, after any blank lines between records.
		ver, err := w.line()
		for err == nil && ver == "" {
			start = w.off
			ver, err = w.line()
		}
		if err != nil && ver == "" {
			w.done = true
			if truncated(err) {
				return w.reject(start, fmt.Errorf("input ends early: %v", err)), nil
			}
			return Record{}, io.EOF
		}
		if !strings.HasPrefix(ver, "WARC/") {
			// Not at a record: resynchronise on the next version line.
			w.resync()
			return w.reject(start, fmt.Errorf("expected a WARC version line, found %q", clip(ver, 40))), nil
		}
		hdr := map[string]string{}
		for {
			l, err := w.line()
			if l == "" || err != nil {
				if err != nil {
					w.done = true
					return w.reject(start, fmt.Errorf("WARC header cut short: %v", err)), nil
				}
				break
			}
			if k, v, ok := strings.Cut(l, ":"); ok {
				hdr[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
		n, err := strconv.ParseInt(hdr["content-length"], 10, 64)
		if err != nil || n < 0 {
			w.resync()
			return w.reject(start, fmt.Errorf("bad Content-Length %q", hdr["content-length"])), nil
		}
		if n > int64(w.opt.MaxRecordBytes) {
			if _, err := io.CopyN(io.Discard, w.br, n); err != nil {
				w.done = true
			}
			w.off += n
			return w.reject(start, fmt.Errorf("record of %d bytes exceeds the limit of %d bytes", n, w.opt.MaxRecordBytes)), nil
		}
		body := make([]byte, n)
		got, err := io.ReadFull(w.br, body)
		w.off += int64(got)
		if err != nil {
			w.done = true
			return w.reject(start, fmt.Errorf("record body cut short (%d of %d bytes): %v", got, n, err)), nil
		}
		rec, ok := w.document(start, hdr, body)
		if ok {
			return rec, nil
		}
		w.skipped++
	}
	return Record{}, io.EOF
}

// resync skips to the line before the next "WARC/" line.
func (w *warcReader) resync() {
	for {
		b, err := w.br.Peek(5)
		if err != nil {
			return
		}
		if string(b) == "WARC/" {
			return
		}
		if _, err := w.line(); err != nil {
			return
		}
	}
}

// document turns a record into a document, or reports it is not one.
func (w *warcReader) document(off int64, hdr map[string]string, body []byte) (Record, bool) {
	rec := Record{Source: w.path, Offset: off, ID: hdr["warc-record-id"], URL: hdr["warc-target-uri"]}
	switch strings.ToLower(hdr["warc-type"]) {
	case "conversion":
		rec.Index = w.index
		w.index++
		if !utf8.Valid(body) {
			body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		rec.Text = string(body)
		return rec, true
	case "response":
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(body)), nil)
		if err != nil {
			rec.Index = w.index
			w.index++
			rec.Err = fmt.Errorf("response record: bad HTTP payload: %v", err)
			return rec, true
		}
		defer resp.Body.Close()
		ct := resp.Header.Get("Content-Type")
		mt, _, _ := mime.ParseMediaType(ct)
		if mt != "text/html" && mt != "application/xhtml+xml" {
			return Record{}, false // images, scripts, redirects without HTML
		}
		payload, err := io.ReadAll(resp.Body)
		if err != nil && len(payload) == 0 {
			rec.Index = w.index
			w.index++
			rec.Err = fmt.Errorf("response record: unreadable body: %v", err)
			return rec, true
		}
		rec.Index = w.index
		w.index++
		text, err := htmlText(payload, ct)
		if err != nil {
			rec.Err = fmt.Errorf("response record: %v", err)
			return rec, true
		}
		rec.Text = text
		return rec, true
	}
	return Record{}, false
}

// decodeHTML converts an HTML payload to UTF-8 using the Content-Type
// charset, a <meta> declaration or a byte-order mark, as browsers do.
func decodeHTML(payload []byte, contentType string) ([]byte, error) {
	r, err := charset.NewReader(bytes.NewReader(payload), contentType)
	if err != nil {
		return nil, fmt.Errorf("charset: %v", err)
	}
	return io.ReadAll(r)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
