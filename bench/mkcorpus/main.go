// Command mkcorpus writes about N bytes of held-out French running text
// (the dev split of the pack corpora, which no pack was trained on) to a
// file, for throughput benchmarks against other tools. With -jsonl it
// writes one JSON record per document ({"id", "url", "text"}, documents of
// about 5 KB), repeating the split with new ids until the size is reached,
// for `unspin scan` benchmarks. -splits dev,test reads the test split
// after the dev split: twice the fresh text (neither trains a pack; speed
// is not tuned on either).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data directory")
	lang := flag.String("lang", "fr", "language")
	size := flag.Int("bytes", 1<<20, "bytes to write")
	out := flag.String("o", "bench/out/fr-1mb.txt", "output file")
	jsonl := flag.Bool("jsonl", false, "write JSON Lines records of about 5 KB")
	splits := flag.String("splits", "dev", "held-out splits to read, in order (dev, test), for -jsonl")
	flag.Parse()
	if *jsonl {
		var ss []string
		for _, name := range strings.Split(*splits, ",") {
			switch name {
			case packbuild.Dev, packbuild.Test:
				ss = append(ss, name)
			default:
				fmt.Fprintf(os.Stderr, "mkcorpus: unknown split %q (dev, test)\n", name)
				os.Exit(2)
			}
		}
		if err := writeJSONL(*data, *lang, ss, *size, *out); err != nil {
			fmt.Fprintln(os.Stderr, "mkcorpus:", err)
			os.Exit(1)
		}
		return
	}
	var b strings.Builder
	err := packbuild.ReadSplit(*data, *lang, packbuild.Dev, 0, func(d packbuild.Doc) {
		if b.Len() >= *size {
			return
		}
		for _, l := range d.Lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
	text := b.String()
	if len(text) > *size {
		cut := strings.LastIndexByte(text[:*size], '\n')
		text = text[:cut+1]
	}
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d bytes\n", *out, len(text))
}

// writeJSONL writes records of about 5 KB of the splits, in order, until
// size bytes are written (repeating them when they run out).
func writeJSONL(data, lang string, splits []string, size int, out string) error {
	var docs []string
	var cur strings.Builder
	for _, sp := range splits {
		err := packbuild.ReadSplit(data, lang, sp, 0, func(d packbuild.Doc) {
			for _, l := range d.Lines {
				cur.WriteString(l)
				cur.WriteByte('\n')
				if cur.Len() >= 5000 {
					docs = append(docs, cur.String())
					cur.Reset()
				}
			}
		})
		if err != nil {
			return err
		}
	}
	if len(docs) == 0 {
		return fmt.Errorf("no %s dev text", lang)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	written := 0
	for n := 0; written < size; n++ {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc%d", n), "url": fmt.Sprintf("https://site%d.example/%d", n%50, n), "text": docs[n%len(docs)]})
		w.Write(rec)
		w.WriteByte('\n')
		written += len(rec) + 1
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	fmt.Printf("%s: %d bytes\n", out, written)
	return f.Close()
}
