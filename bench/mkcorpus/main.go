// Command mkcorpus writes about N bytes of held-out French running text
// (the dev split of the pack corpora, which no pack was trained on) to a
// file, for throughput benchmarks against other tools.
package main

import (
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
	flag.Parse()
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
