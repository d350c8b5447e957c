#!/usr/bin/env bash
# Times unspin, hunspell -l and grammalecte-cli -j on the same 1 MB of
# held-out French (one core each, 3 runs, best time) and prints MB/s and
# the ratios. Installs the peers (scripts/fetch-eval-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-sources.sh >/dev/null
bash scripts/fetch-eval-tools.sh >/dev/null
mkdir -p bench/out
[ -f bench/out/fr-1mb.txt ] || go run ./bench/mkcorpus -o bench/out/fr-1mb.txt
go build -o bench/out/unspin ./cmd/unspin
f=bench/out/fr-1mb.txt
bytes=$(stat -c %s "$f")
best() { # best wall time in seconds of 3 runs of "$@"
  local b=999
  for i in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    b=$(echo "$e $s $b" | awk '{t=$1-$2; print (t<$3)?t:$3}')
  done
  echo "$b"
}
u=$(best taskset -c 0 bench/out/unspin check --lang fr --format json "$f")
h=$(best taskset -c 0 sh -c "hunspell -l -d fr_FR < $f")
g=$(best taskset -c 0 grammalecte-cli -f "$f" -j)
echo "input: $f, $bytes bytes"
awk -v b="$bytes" -v u="$u" -v h="$h" -v g="$g" 'BEGIN {
  printf "unspin check (whole analysis, incl. start-up and pack load): %.3f s = %.2f MB/s\n", u, b/u/1e6
  printf "hunspell -l -d fr_FR (spelling only):                       %.3f s = %.2f MB/s\n", h, b/h/1e6
  printf "grammalecte-cli -f -j (spelling and grammar):               %.3f s = %.2f MB/s\n", g, b/g/1e6
  printf "ratio unspin/hunspell throughput: %.2f\n", h/u
  printf "ratio unspin/grammalecte throughput: %.2f\n", g/u
}'
