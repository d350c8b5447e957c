#!/usr/bin/env bash
# Load test of unspin serve on loopback: 5 KB French articles, within the
# concurrency limit and far past it (429s), with the server's memory.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
[ -f bench/out/fr-1mb.txt ] || go run ./bench/mkcorpus -o bench/out/fr-1mb.txt

go build -o bench/out/unspin ./cmd/unspin
go build -o bench/out/loadgen ./bench/loadgen
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(go version); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
bench/out/unspin serve --addr 127.0.0.1:8090 --max-concurrent 4 > bench/out/serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for i in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:8090/healthz && break; sleep 0.1; done
echo "== within the limit (4 analyses at once)"
bench/out/loadgen -c 4 -d 10s
bench/out/loadgen -c 8 -d 10s
echo "== far past it"
bench/out/loadgen -c 64 -d 10s
echo "server resident memory: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB, peak $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MB"
