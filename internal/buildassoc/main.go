// Command buildassoc writes the association tables that rank a
// detector's candidate originals by their sentence's topic:
// lang/fr/fr.assoc and lang/en/en.assoc, each with its manifest
// (ASSOC.json beside it). The corpora are lemmatized with the packs the
// -packs directory holds (the committed ones by default), so the output is
// a deterministic function of those packs and the sources the manifests
// name.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	packs := flag.String("packs", "lang", "directory holding fr/fr.pack and en/en.pack, whose lexicons lemmatize the corpora")
	out := flag.String("out", "lang", "directory holding fr/ and en/")
	flag.Parse()
	if err := run(*data, *packs, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "buildassoc:", err)
		os.Exit(1)
	}
}

func run(data, packs, out string, langs []string) error {
	if len(langs) == 0 {
		langs = []string{"fr", "en"}
	}
	for _, lang := range langs {
		raw, err := os.ReadFile(filepath.Join(packs, lang, lang+".pack"))
		if err != nil {
			return err
		}
		p, err := pack.Decode(raw)
		if err != nil {
			return err
		}
		h := sha256.Sum256(raw)
		a, err := packbuild.BuildAssoc(data, lang, p.Lexicon, hex.EncodeToString(h[:]))
		if err != nil {
			return err
		}
		if err := packbuild.WriteTable(filepath.Join(out, lang), a.File(), a.Data, "ASSOC.json", a.Manifest); err != nil {
			return err
		}
	}
	return nil
}
