// Command buildlinks writes the translation tables that source tracing
// reads: lang/fr/fr-en.links (French → English) and lang/en/en-fr.links
// (English → French), each with its manifest (LINKS.json beside it). The
// output is a deterministic function of the sources the manifests name.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "lang", "directory holding fr/ and en/")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "buildlinks:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	tables, err := packbuild.BuildLinks(data)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if err := packbuild.WriteTable(filepath.Join(out, t.From), t.File(), t.Data, "LINKS.json", t.Manifest); err != nil {
			return err
		}
	}
	return nil
}
