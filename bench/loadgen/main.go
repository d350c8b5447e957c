// Command loadgen sends POST /v1/analyze requests to an unspin server from
// a number of concurrent clients for a while and prints requests per
// second, latency percentiles of the successful requests and the status
// codes.
//
//	go run ./bench/loadgen -url http://127.0.0.1:8090 -file bench/out/fr-1mb.txt -c 8 -d 10s
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"time"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8090", "server")
	file := flag.String("file", "bench/out/fr-1mb.txt", "texts: cut into pieces of -size bytes, sent in turn")
	size := flag.Int("size", 5120, "bytes per request text")
	lang := flag.String("lang", "fr", "language field")
	conc := flag.Int("c", 8, "concurrent clients")
	dur := flag.Duration("d", 10*time.Second, "duration")
	flag.Parse()
	text, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
	var bodies [][]byte
	for i := 0; i+*size <= len(text); i += *size {
		piece := bytes.ToValidUTF8(text[i:i+*size], nil)
		b, _ := json.Marshal(map[string]string{"text": string(piece), "lang": *lang})
		bodies = append(bodies, b)
	}
	if len(bodies) == 0 {
		fmt.Fprintln(os.Stderr, "loadgen: file shorter than -size")
		os.Exit(1)
	}
	var next int
	var nmu sync.Mutex
	body := func() []byte {
		nmu.Lock()
		defer nmu.Unlock()
		next++
		return bodies[next%len(bodies)]
	}
	tr := &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc}
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	var mu sync.Mutex
	var lat []time.Duration
	codes := map[int]int{}
	errs := 0
	deadline := time.Now().Add(*dur)
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < *conc; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				t0 := time.Now()
				res, err := client.Post(*url+"/v1/analyze", "application/json", bytes.NewReader(body()))
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					errs++
					mu.Unlock()
					continue
				}
				codes[res.StatusCode]++
				if res.StatusCode == 200 {
					lat = append(lat, d)
				}
				mu.Unlock()
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	total := errs
	for _, n := range codes {
		total += n
	}
	fmt.Printf("%d clients, %v, %d different %d-byte texts: %d requests, %.0f req/s (%.0f successful/s); p50 %v, p90 %v, p99 %v; status %v; errors %d\n",
		*conc, el.Round(time.Millisecond), len(bodies), *size, total, float64(total)/el.Seconds(), float64(len(lat))/el.Seconds(),
		pct(0.5).Round(10*time.Microsecond), pct(0.9).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), codes, errs)
}
