package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/serve"
)

func init() {
	register(command{"serve", "run the HTTP API, the LanguageTool-compatible endpoint and the web page", runServe})
}

const serveHelp = `usage: unspin serve [--addr 127.0.0.1:8080] [flags]

Serves POST /v1/analyze and /v1/fix (JSON), POST /v1/source (which of the
sources given with --sources (or --sources-index) a text was copied from; as unspin source
--format json), GET /healthz, /metrics
(Prometheus) and /openapi.json, LanguageTool's POST /v2/check and
GET /v2/languages, and a web page at /. Binds to loopback unless --addr
says otherwise. Stops gracefully on SIGTERM or Ctrl-C.

`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	maxBody := fs.Int64("max-body", 1<<20, "largest request body in bytes")
	timeout := fs.Duration("timeout", 10*time.Second, "longest analysis of one request")
	maxConc := fs.Int("max-concurrent", 8, "analyses at once; more requests get 429")
	src := addSourceFlags(fs, "candidate sources for /v1/source, as unspin source reads them (repeatable)")
	fs.Usage = func() { fmt.Fprint(stderr, serveHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil || fs.NArg() != 0 {
		return exitUsage
	}
	cfg := serve.Config{MaxBody: *maxBody, Timeout: *timeout, MaxConcurrent: *maxConc, Version: unspin.Version}
	var ok bool
	if cfg.Sources, cfg.SourcesRejected, ok = src.index(stderr); !ok {
		return exitUsage
	}
	if cfg.Sources != nil {
		fmt.Fprintf(stdout, "unspin: %d sources indexed for /v1/source\n", cfg.Sources.Len())
	}
	hugePages()
	srv, err := serve.New(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: *timeout + 30*time.Second, IdleTimeout: 2 * time.Minute}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	fmt.Fprintf(stdout, "unspin: serving on http://%s/\n", ln.Addr())
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), *timeout+5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			fmt.Fprintln(stderr, "unspin: shutdown:", err)
			return exitUsage
		}
		fmt.Fprintln(stdout, "unspin: stopped")
	}
	return exitOK
}
