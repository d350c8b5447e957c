package scan_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/unspin-project/unspin/scan"
)

// TestBadInputs runs one scan over every kind of bad input at once: the
// run finishes, every bad record is a reject with a clear reason, and
// records = kept + filtered + rejected.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := `{"id": "ok", "text": "Le conseil municipal a voté le budget de l'école."}` + "\n"
	var mb strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&mb, `{"id": "m%d", "text": "Le conseil numéro %d a voté le budget %x de l'école."}`+"\n", i, i*7919, i*104729)
	}
	many := mb.String()
	put := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	gw.Write([]byte(many))
	gw.Close()
	var zs bytes.Buffer
	zw, _ := zstd.NewWriter(&zs)
	zw.Write([]byte(many))
	zw.Close()
	big := bytes.Repeat([]byte("a"), 50<<20)
	inputs := []string{
		put("truncated.jsonl.gz", gz.Bytes()[:gz.Len()/2]),
		put("truncated.jsonl.zst", zs.Bytes()[:zs.Len()/2]),
		put("invalid.jsonl", []byte(good+"{\"id\": 1, \"text\": \n[1,2]\n\"just a string\"\n"+good)),
		put("latin1.jsonl", []byte(good+"{\"id\": \"x\", \"text\": \"caf\xe9\"}\n")),
		put("junk.jsonl", []byte{0x00, 0x01, 0xfe, 0xff, '\n', 0x1b, '[', '2', 'J', '\n'}),
		put("big.jsonl", append(append([]byte(`{"id": "big", "text": "`), big...), []byte("\"}\n"+good)...)),
		put("empty.jsonl", nil),
		put("broken.warc", []byte("WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 12\r\n\r\nDu texte.\r\n\r\n\r\nWARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 99999\r\n\r\ncut here")),
	}
	cfg := scan.Config{Inputs: inputs, Out: filepath.Join(dir, "out.jsonl"), Rejects: filepath.Join(dir, "rejects.jsonl"), Workers: 2}
	sum, err := scan.Run(context.Background(), analyzer(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Records != sum.Kept+sum.Filtered+sum.Rejected || sum.Files != len(inputs) {
		t.Fatalf("summary %+v breaks records = kept + filtered + rejected", sum)
	}
	rej := lines(t, cfg.Rejects)
	if int64(len(rej)) != sum.Rejected {
		t.Errorf("%d reject lines, summary says %d", len(rej), sum.Rejected)
	}
	reasons := map[string][]string{}
	for _, l := range rej {
		var r struct{ Source, Reason string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		reasons[filepath.Base(r.Source)] = append(reasons[filepath.Base(r.Source)], r.Reason)
	}
	want := map[string]string{
		"truncated.jsonl.gz":  "ends early",
		"truncated.jsonl.zst": "ends early",
		"invalid.jsonl":       "not a JSON object",
		"latin1.jsonl":        "not valid UTF-8",
		"junk.jsonl":          "UTF-8",
		"big.jsonl":           "exceeds the limit",
		"broken.warc":         "cut short",
	}
	for file, frag := range want {
		found := false
		for _, r := range reasons[file] {
			found = found || strings.Contains(r, frag)
		}
		if !found {
			t.Errorf("%s: no reject saying %q (got %q)", file, frag, reasons[file])
		}
	}
	if len(reasons["empty.jsonl"]) != 0 {
		t.Errorf("an empty file gave rejects: %q", reasons["empty.jsonl"])
	}
	if sum.Kept < 1000 {
		t.Errorf("kept %d: the good records around the bad ones were lost", sum.Kept)
	}
}
