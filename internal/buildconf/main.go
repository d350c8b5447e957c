// Command buildconf writes the confusion tables that spare the detector
// its costliest search on a first text (see package confusion):
// lang/fr/fr-en.conf, the real-word candidate lists of French words spun
// from English, with its manifest (CONF.json beside it). The lists are the
// detector's own, worked out from the packs the -packs directory holds
// (the committed ones by default), so the output is a deterministic
// function of those packs and of the detector's code.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	packs := flag.String("packs", "lang", "directory holding <lang>/<lang>.pack for both languages")
	out := flag.String("out", "lang", "directory holding <lang>/ for the text's language")
	flag.Parse()
	pairs := flag.Args()
	if len(pairs) == 0 {
		pairs = []string{"fr-en"}
	}
	for _, pair := range pairs {
		if err := run(*packs, *out, pair); err != nil {
			fmt.Fprintln(os.Stderr, "buildconf:", err)
			os.Exit(1)
		}
	}
}

func run(packs, out, pair string) error {
	if len(pair) != 5 || pair[2] != '-' {
		return fmt.Errorf("pair %q: want TEXT-SPINNER, e.g. fr-en", pair)
	}
	text, err := os.ReadFile(filepath.Join(packs, pair[:2], pair[:2]+".pack"))
	if err != nil {
		return err
	}
	spin, err := os.ReadFile(filepath.Join(packs, pair[3:], pair[3:]+".pack"))
	if err != nil {
		return err
	}
	c, err := packbuild.BuildConf(text, spin)
	if err != nil {
		return err
	}
	return packbuild.WriteTable(filepath.Join(out, c.Text), c.File(), c.Data, "CONF.json", c.Manifest)
}
