package main

import (
	"fmt"
	"io"

	"github.com/unspin-project/unspin"

	"github.com/unspin-project/unspin/pack"
)

func init() {
	register(command{name: "version", summary: "print the version and the embedded language packs", run: runVersion})
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "unspin %s (pack format %d)\n", unspin.Version, pack.FormatVersion)
	for _, l := range pack.Languages() {
		raw, _ := pack.Raw(l)
		h, _, err := pack.ReadHeader(raw)
		if err != nil {
			fmt.Fprintf(stdout, "  %s: %v\n", l, err)
			continue
		}
		fmt.Fprintf(stdout, "  %s: %d bytes, data version %s, %d sources\n", l, len(raw), h.DataVersion, len(h.Sources))
	}
	return exitOK
}
