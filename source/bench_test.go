package source_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/source"
)

// benchDocs cuts bench/out/en-300kb.txt (held-out English, made by
// go run ./bench/mkcorpus) into documents of about 2 KB.
func benchDocs(b *testing.B) []source.Document {
	data, err := os.ReadFile("../bench/out/en-300kb.txt")
	if err != nil {
		b.Skip("bench/out/en-300kb.txt absent (go run ./bench/mkcorpus)")
	}
	text := string(data)
	var docs []source.Document
	for len(text) > 0 {
		n := min(len(text), 2000)
		if k := strings.IndexByte(text[n:], '\n'); k >= 0 {
			n += k + 1
		} else {
			n = len(text)
		}
		docs = append(docs, source.Document{ID: fmt.Sprint(len(docs)), Text: text[:n]})
		text = text[n:]
	}
	return docs
}

// BenchmarkIndex indexes 300 KB of English sources.
func BenchmarkIndex(b *testing.B) {
	docs := benchDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		bl, err := source.NewBuilder("en")
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := bl.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		bl.Index()
	}
}

// BenchmarkSearch searches a 5 KB French text among 3 MB of English
// sources (the 300 KB ten times over, under new ids).
func BenchmarkSearch(b *testing.B) {
	docs := benchDocs(b)
	q, err := os.ReadFile("../bench/out/fr-5kb.txt")
	if err != nil {
		b.Skip("bench/out/fr-5kb.txt absent")
	}
	bl, err := source.NewBuilder("en")
	if err != nil {
		b.Fatal(err)
	}
	for r := 0; r < 10; r++ {
		for _, d := range docs {
			d.ID = fmt.Sprintf("%d/%s", r, d.ID)
			if err := bl.Add(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	ix := bl.Index()
	b.SetBytes(int64(len(q)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(context.Background(), string(q), "fr", 5); err != nil {
			b.Fatal(err)
		}
	}
}
