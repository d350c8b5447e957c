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
	"path/filepath"

	"github.com/unspin-project/unspin/packbuild"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "lang", "directory holding the fr/ and en/ pack packages")
	maxDocs := flag.Int("max-docs", 0, "documents per corpus (0 = all; smaller for a quick trial build)")
	flag.Parse()
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	results, err := packbuild.Build(ctx, packbuild.Config{DataDir: *data, MaxDocs: *maxDocs, Log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "buildpacks:", err)
		os.Exit(1)
	}
	for _, r := range results {
		dir := filepath.Join(*out, r.Lang)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "buildpacks:", err)
			os.Exit(1)
		}
		if err := packbuild.Write(dir, r); err != nil {
			fmt.Fprintln(os.Stderr, "buildpacks:", err)
			os.Exit(1)
		}
		fmt.Printf("%s/%s.pack %d bytes sha256 %s\n", dir, r.Lang, r.Manifest.Bytes, r.Manifest.SHA256)
	}
}
