package corpus

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func zst(data []byte) []byte {
	var b bytes.Buffer
	w, _ := zstd.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func readAll(t *testing.T, path string, opt Options) (docs, rejects []Record) {
	t.Helper()
	r, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Err != nil {
			rejects = append(rejects, rec)
		} else {
			docs = append(docs, rec)
		}
	}
}

// Lines written for this test.
var jsonl = []byte(`{"id": "a1", "text": "Le maire a parlé.", "url": "https://example.org/a"}
{"id": 7, "text": "Deuxième document.", "meta": {"x": 1}}

not json at all
{"id": "no-text", "body": "x"}
{"id": "bad-type", "text": 12}
` + "{\"id\": \"latin1\", \"text\": \"caf\xe9\"}\n" + `{"id": "last", "text": "Sans fin de ligne."}`)

func TestJSONL(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{{"c.jsonl", jsonl}, {"c.jsonl.gz", gz(jsonl)}, {"c.jsonl.zst", zst(jsonl)}} {
		docs, rejects := readAll(t, write(t, tc.name, tc.data), Options{})
		if len(docs) != 3 || docs[0].ID != "a1" || docs[0].URL != "https://example.org/a" || docs[1].ID != "7" || docs[2].Text != "Sans fin de ligne." {
			t.Errorf("%s: docs %+v", tc.name, docs)
		}
		if len(rejects) != 4 {
			t.Errorf("%s: %d rejects, want 4: %+v", tc.name, len(rejects), rejects)
		}
		// Indexes count every non-empty line, rejects included.
		seen := map[int64]bool{}
		for _, r := range append(docs, rejects...) {
			seen[r.Index] = true
		}
		if len(seen) != 7 {
			t.Errorf("%s: indexes %v", tc.name, seen)
		}
		if !bytes.Equal(docs[0].Raw, bytes.SplitN(jsonl, []byte("\n"), 2)[0]) {
			t.Errorf("%s: raw line not kept", tc.name)
		}
	}
}

func TestJSONLTruncated(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{{"t.jsonl.gz", gz(jsonl)}, {"t.jsonl.zst", zst(bytes.Repeat(jsonl, 50))}} {
		cut := tc.data[:len(tc.data)*2/3]
		docs, rejects := readAll(t, write(t, tc.name, cut), Options{})
		last := rejects[len(rejects)-1]
		if !strings.Contains(last.Err.Error(), "ends early") {
			t.Errorf("%s: last reject %v; docs %d", tc.name, last.Err, len(docs))
		}
	}
}

func TestJSONLLimitsAndEmpty(t *testing.T) {
	big := fmt.Sprintf(`{"id": "big", "text": %q}`+"\n"+`{"id": "small", "text": "ok"}`+"\n", strings.Repeat("x", 300000))
	docs, rejects := readAll(t, write(t, "big.jsonl", []byte(big)), Options{MaxRecordBytes: 100000})
	if len(docs) != 1 || docs[0].ID != "small" || len(rejects) != 1 || !strings.Contains(rejects[0].Err.Error(), "exceeds the limit") {
		t.Errorf("docs %v rejects %v", docs, rejects)
	}
	docs, rejects = readAll(t, write(t, "empty.jsonl", nil), Options{})
	if len(docs)+len(rejects) != 0 {
		t.Error("records from an empty file")
	}
	docs, rejects = readAll(t, write(t, "junk.jsonl", []byte{0xff, 0x00, 0x13, '\n', 0x80, 0x81}), Options{})
	if len(docs) != 0 || len(rejects) != 2 {
		t.Errorf("binary junk: docs %d rejects %d", len(docs), len(rejects))
	}
	if _, err := Open(write(t, "notgz.jsonl.gz", []byte("plain text")), Options{}); err == nil {
		t.Error("a .gz file that is not gzip opened")
	}
}

// warcRecord builds one WARC record.
func warcRecord(typ, uri, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, typ+uri, uri, len(block), block)
}

func httpResponse(contentType, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + body
}

func TestWARC(t *testing.T) {
	latin1 := "<html><head><title>T</title><script>var x = 1;</script></head><body><p>Le caf\xe9 est ouvert.</p><p>Deux</p></body></html>"
	var w strings.Builder
	w.WriteString(warcRecord("warcinfo", "", "software: test"))
	w.WriteString(warcRecord("request", "https://a.example/", "GET / HTTP/1.1\r\n\r\n"))
	w.WriteString(warcRecord("response", "https://a.example/", httpResponse("text/html; charset=iso-8859-1", latin1)))
	w.WriteString(warcRecord("response", "https://a.example/img.png", httpResponse("image/png", "\x89PNG")))
	w.WriteString("garbage line between records\r\n")
	w.WriteString(warcRecord("conversion", "https://b.example/", "Texte déjà extrait.\nDeuxième ligne."))
	w.WriteString("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nope\r\n\r\n")
	w.WriteString(warcRecord("conversion", "https://c.example/", "Dernier."))
	data := []byte(w.String())
	for _, name := range []string{"x.warc", "x.warc.gz"} {
		d := data
		if strings.HasSuffix(name, ".gz") {
			d = gz(data)
		}
		path := write(t, name, d)
		docs, rejects := readAll(t, path, Options{})
		if len(docs) != 3 {
			t.Fatalf("%s: %d docs: %+v", name, len(docs), docs)
		}
		if docs[0].Text != "Le café est ouvert.\nDeux" || docs[0].URL != "https://a.example/" {
			t.Errorf("%s: html text %q url %q", name, docs[0].Text, docs[0].URL)
		}
		if docs[1].Text != "Texte déjà extrait.\nDeuxième ligne." || docs[2].Text != "Dernier." {
			t.Errorf("%s: conversion texts %q %q", name, docs[1].Text, docs[2].Text)
		}
		if len(rejects) != 2 {
			t.Errorf("%s: rejects %+v", name, rejects)
		}
		r, _ := Open(path, Options{})
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
		if s := r.(Skipper).Skipped(); s != 3 {
			t.Errorf("%s: skipped %d, want 3 (warcinfo, request, image)", name, s)
		}
		r.Close()
	}
	// A record cut short.
	cut := data[:len(data)-30]
	_, rejects := readAll(t, write(t, "cut.warc", cut), Options{})
	if last := rejects[len(rejects)-1]; !strings.Contains(last.Err.Error(), "cut short") {
		t.Errorf("truncated WARC: last reject %v", last.Err)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add(jsonl)
	f.Add([]byte{0xff, '\n', '{', '}'})
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "f.jsonl")
		os.WriteFile(p, data, 0o644)
		docs, rejects := readAll(t, p, Options{MaxRecordBytes: 1 << 12})
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if len(docs)+len(rejects) != lines {
			t.Fatalf("%d docs + %d rejects for %d non-empty lines", len(docs), len(rejects), lines)
		}
	})
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRecord("conversion", "https://b.example/", "Texte.")))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "f.warc")
		os.WriteFile(p, data, 0o644)
		readAll(t, p, Options{MaxRecordBytes: 1 << 12})
	})
}
