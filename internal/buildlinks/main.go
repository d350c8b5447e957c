// Command buildlinks writes lang/fr/fr-en.links, the French → English
// translation table that source tracing reads, and its manifest
// lang/fr/LINKS.json. The output is a deterministic function of the
// sources the manifest names.
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
	out := flag.String("out", "lang/fr", "output directory")
	flag.Parse()
	links, manifest, err := packbuild.BuildLinks(*data)
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, "fr-en.links"), links, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(*out, "LINKS.json"), manifest, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "buildlinks:", err)
		os.Exit(1)
	}
}
