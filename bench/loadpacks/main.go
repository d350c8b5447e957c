// Command loadpacks measures what loading both embedded language packs
// costs: wall time to decode them and resident memory after touching
// every section, as a fresh process would see it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/pack"
)

func rss() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			return strings.TrimSpace(strings.TrimPrefix(sc.Text(), "VmRSS:"))
		}
	}
	return "n/a"
}

func main() {
	before := rss()
	start := time.Now()
	var total int
	for _, l := range []string{"fr", "en"} {
		p, err := pack.Get(l)
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadpacks:", err)
			os.Exit(1)
		}
		total += p.Size
	}
	loaded := time.Since(start)
	afterLoad := rss()
	// Touch every byte, as a long-running service eventually does.
	sum := byte(0)
	for _, l := range []string{"fr", "en"} {
		raw, _ := pack.Raw(l)
		for i := 0; i < len(raw); i += 4096 {
			sum ^= raw[i]
		}
	}
	fmt.Printf("packs %d bytes; load (decode) %v; RSS before %s, after load %s, after touching all pages %s (%d)\n",
		total, loaded, before, afterLoad, rss(), sum)
}
