// Package serve is unspin's HTTP service: a JSON API (analyze, fix,
// health, Prometheus metrics, an OpenAPI document), an endpoint that
// follows LanguageTool's public HTTP API so that existing LanguageTool
// clients and editor plugins can point at unspin, and a web page served
// from the binary with no asset from elsewhere.
//
// Limits: a maximum body size, a per-request timeout, and a concurrency
// limit answered with 429 beyond it.
package serve
