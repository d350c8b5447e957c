#!/usr/bin/env bash
# unspin scan throughput, scaling and memory, and the Beam pipeline on
# prism beside it. Inputs: JSON records of ~5 KB of the dev split (held
# out). BIG=1 also scans a 2 GB input for the memory ceiling (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out/scan
go build -o bench/out/unspin ./cmd/unspin
[ -f bench/out/fr-unique.jsonl ] || { go run ./bench/mkcorpus -jsonl -bytes 7400000 -o bench/out/fr-unique.jsonl >/dev/null; }
[ -f bench/out/fr-fresh15.jsonl ] || { go run ./bench/mkcorpus -jsonl -splits dev,test -bytes 15000000 -o bench/out/fr-fresh15.jsonl >/dev/null; }
[ -f bench/out/fr-50mb.jsonl ] || go run ./bench/mkcorpus -jsonl -bytes 50000000 -o bench/out/fr-50mb.jsonl >/dev/null
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(go version); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
run() { # name input workers extra...  (CORES=0 pins the process to one core)
  local name=$1 in=$2 w=$3; shift 3
  local bytes; bytes=$(stat -c %s "$in")
  local pin=()
  [ -n "${CORES:-}" ] && pin=(taskset -c "$CORES")
  /usr/bin/time -f "%e %M" -o bench/out/scan/time.txt "${pin[@]}" bench/out/unspin scan --quiet --workers "$w" --out "bench/out/scan/$name.jsonl.zst" "$@" "$in" >/dev/null
  read -r sec kb < bench/out/scan/time.txt
  awk -v n="$name" -v b="$bytes" -v s="$sec" -v k="$kb" -v w="$w" 'BEGIN { printf "%-28s workers %d: %6.1f MB in %6.2f s = %5.2f MB/s, max RSS %d MB\n", n, w, b/1e6, s, b/1e6/s, k/1024 }'
}
echo "== fresh text (7.4 MB, every document new), French given"
run unique-w1 bench/out/fr-unique.jsonl 1 --lang fr
run unique-w2 bench/out/fr-unique.jsonl 2 --lang fr
echo "== fresh text (15 MB: the dev split, then the test split), French given"
run fresh15-w2 bench/out/fr-fresh15.jsonl 2 --lang fr
echo "== language detected per document"
run unique-w2-detect bench/out/fr-unique.jsonl 2
echo "== 50 MB (the dev split repeated with new ids)"
CORES=0 run 50mb-1core bench/out/fr-50mb.jsonl 1 --lang fr
run 50mb-w1 bench/out/fr-50mb.jsonl 1 --lang fr
run 50mb-w2 bench/out/fr-50mb.jsonl 2 --lang fr
echo "== Beam pipeline on prism, same fresh text in 4 shards"
rm -rf bench/out/beam && mkdir -p bench/out/beam/in
split -n l/4 -d --additional-suffix=.jsonl bench/out/fr-unique.jsonl bench/out/beam/in/part-
(cd beam && go build -o ../bench/out/unspin-beam ./cmd/unspin-beam)
s=$(date +%s.%N)
bench/out/unspin-beam --input "$PWD/bench/out/beam/in/*.jsonl" --output "$PWD/bench/out/beam/scan" --lang fr >/dev/null 2>&1
e=$(date +%s.%N)
awk -v b="$(stat -c %s bench/out/fr-unique.jsonl)" -v s="$s" -v e="$e" 'BEGIN { printf "unspin-beam (prism, 2 cores): %6.1f MB in %6.2f s = %5.2f MB/s (start-up included)\n", b/1e6, e-s, b/1e6/(e-s) }'
if [ "${BIG:-0}" = 1 ]; then
  echo "== 2 GB input, memory ceiling"
  [ -f bench/out/fr-2gb.jsonl.zst ] || { go run ./bench/mkcorpus -jsonl -bytes 2000000000 -o bench/out/fr-2gb.jsonl >/dev/null && zstd -q -f --rm bench/out/fr-2gb.jsonl; }
  run 2gb-w2 bench/out/fr-2gb.jsonl.zst 2 --lang fr
fi
