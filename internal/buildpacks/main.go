// Command buildpacks builds the French and English language packs into
// lang/fr and lang/en. Run it through `make packs` or `go generate ./lang`,
// after scripts/fetch-sources.sh has installed the Debian sources.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "lang", "directory holding the fr/ and en/ pack packages")
	maxDocs := flag.Int("max-docs", 0, "documents per corpus (0 = all; smaller for a quick trial build)")
	flag.Parse()
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	if err := packbuild.BuildAndWrite(ctx, packbuild.Config{DataDir: *data, MaxDocs: *maxDocs, Log: os.Stderr}, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "buildpacks:", err)
		os.Exit(1)
	}
}
