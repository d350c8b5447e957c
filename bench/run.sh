#!/usr/bin/env bash
# Runs the benchmarks recorded in docs/BENCHMARKS.md and prints the
# machine they ran on. Inputs and results go to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(go version)"
  echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
} | tee bench/out/machine.txt
echo "== inputs (held-out French, dev split)"
[ -f bench/out/fr-1mb.txt ] || go run ./bench/mkcorpus -o bench/out/fr-1mb.txt
head -c 5120 bench/out/fr-1mb.txt > bench/out/fr-5kb.txt
head -c 100000 bench/out/fr-1mb.txt > bench/out/fr-100kb.txt
head -c 300000 bench/out/fr-1mb.txt > bench/out/fr-300kb.txt
[ -f bench/out/en-300kb.txt ] || go run ./bench/mkcorpus -lang en -bytes 300000 -o bench/out/en-300kb.txt
echo "== pack sizes"
ls -l lang/fr/fr.pack lang/en/en.pack | awk '{print $5, $9}' | tee bench/out/sizes.txt
echo "== load: fresh process, both packs (3 runs)"
go build -o bench/out/loadpacks ./bench/loadpacks
for i in 1 2 3; do bench/out/loadpacks; done | tee bench/out/load.txt
echo "== lookups and language model (go test -bench, 5 runs)"
go test -run '^$' -bench . -benchtime 1s -count 5 ./lang/all ./tokenization | tee bench/out/packs.txt
echo "== analysis, one core (go test -bench, 3 runs)"
go test -run '^$' -bench 'Analyze' -benchtime 5x -count 3 -cpu 1 . | tee bench/out/analyze.txt
echo "== unspin vs hunspell -l on 1 MB"
bash bench/throughput.sh | tee bench/out/throughput.txt
