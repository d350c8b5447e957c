package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/mt"
	"github.com/unspin-project/unspin/spin"
)

// evalSource measures source tracing: held-out pieces make the index, and
// some of them, machine-translated by chain (whole, spun, or cut to a
// paragraph), are searched for; pieces left out of the index, translated
// the same way, are searched for too (their best match is always wrong,
// which the confidence must say).
func evalSource(opt eval.SourceOptions, chain mt.Chain, sp *spin.Spinner, features string, stdout, stderr io.Writer) int {
	if !mt.Available() {
		fmt.Fprintln(stderr, "unspin: eval --source needs Apertium (bash scripts/fetch-eval-tools.sh)")
		return exitUsage
	}
	s, err := eval.RunSource(context.Background(), opt, chain.TranslateMarked, sp)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	s.Print(stdout)
	if features != "" {
		f, err := os.Create(features)
		if err == nil {
			err = s.WriteFeatures(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	}
	return exitOK
}
