#!/usr/bin/env bash
# Real-browser test of the web page: Debian's chromium driven by
# playwright-core (npm). Installs both, starts unspin serve on a free
# loopback port, runs serve/browser/test.mjs (saves a screenshot), then
# serve/browser/lt-client.mjs: the LanguageTool endpoint read by a
# LanguageTool client library from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
if ! command -v chromium >/dev/null; then
  echo "browser-test: installing chromium (Debian package)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
(cd serve/browser && { [ -d node_modules/playwright-core ] && [ -d node_modules/languagetool-api ]; } || npm install --no-audit --no-fund --silent)
mkdir -p bench/out
go build -o bench/out/unspin ./cmd/unspin
bench/out/unspin serve --addr 127.0.0.1:0 --sources source/testdata/sources > bench/out/browser-serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
url=""
for i in $(seq 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' bench/out/browser-serve.log || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "browser-test: the server did not start"; cat bench/out/browser-serve.log; exit 1; }
node serve/browser/test.mjs "$url" examples/spun-fr.txt bench/out/browser-screenshot.png source/testdata/query-fr.txt
node serve/browser/lt-client.mjs "$url"
