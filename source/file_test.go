package source

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/klauspost/compress/zstd"
	_ "github.com/unspin-project/unspin/lang/all"
)

func testIndex(t testing.TB) *Index {
	t.Helper()
	b, err := NewBuilder("en")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/sources/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Add(Document{ID: filepath.Base(f), URL: "https://example.org/" + filepath.Base(f), Title: "t", Text: string(data)}); err != nil {
			t.Fatal(err)
		}
	}
	return b.Index()
}

// A saved index searches as the one it was saved from.
func TestSaveLoad(t *testing.T) {
	ix := testIndex(t)
	var buf bytes.Buffer
	if err := ix.Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != ix.Len() || got.Lang() != "en" || got.avg != ix.avg {
		t.Fatalf("loaded %d sources in %s (avg %v), saved %d (avg %v)", got.Len(), got.Lang(), got.avg, ix.Len(), ix.avg)
	}
	q, err := os.ReadFile("testdata/query-fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ix.Search(context.Background(), string(q), "fr", 4)
	have, _ := got.Search(context.Background(), string(q), "fr", 4)
	if !reflect.DeepEqual(want, have) {
		t.Errorf("search differs after loading:\n%+v\n%+v", want, have)
	}
	if _, err := Load(bytes.NewReader([]byte("not zstd at all"))); err == nil {
		t.Error("junk loaded")
	}
}

func FuzzDecodeIndex(f *testing.F) {
	b, err := NewBuilder("en")
	if err != nil {
		f.Fatal(err)
	}
	b.Add(Document{ID: "a", Text: "Ortega met Lavrov in 2021 to sign a deal."})
	b.Add(Document{ID: "b", Text: "The harvest was good."})
	var buf bytes.Buffer
	if err := b.Index().Save(&buf); err != nil {
		f.Fatal(err)
	}
	ix, err := Load(&buf)
	if err != nil {
		f.Fatal(err)
	}
	raw := encodeForTest(ix)
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := decodeIndex(data)
		if err != nil {
			return
		}
		ms, err := ix.Search(context.Background(), "Ortega et Lavrov en 2021", "fr", 3)
		if err != nil {
			return
		}
		for _, m := range ms {
			if !(m.Score > 0) || m.Confidence < 0 || m.Confidence > 1 {
				t.Fatalf("match %+v", m)
			}
		}
	})
}

// encodeForTest returns the decompressed bytes Save writes.
func encodeForTest(ix *Index) []byte {
	var buf bytes.Buffer
	ix.Save(&buf)
	data, _ := decompressForTest(buf.Bytes())
	return data
}

func decompressForTest(b []byte) ([]byte, error) {
	zr, err := zstd.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

func TestDecodeTruncated(t *testing.T) {
	raw := encodeForTest(testIndex(t))
	if _, err := decodeIndex(raw); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(raw); n += 13 {
		if _, err := decodeIndex(raw[:n]); err == nil {
			t.Fatalf("an index cut to %d of %d bytes decoded", n, len(raw))
		}
	}
}
