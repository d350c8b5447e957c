#!/usr/bin/env bash
# Alternates one Go benchmark across several test binaries (built with
# `go test -c -o NAME .` at the commits to compare) and prints each run's
# ns/op, each binary's median and minimum, and in how many rounds each
# later binary beat the first: the machine's speed drifts (and sometimes
# flips between two modes within minutes), so only binaries alternated in
# one run give ratios worth recording.
#   bash bench/alternate-bench.sh BENCH ROUNDS TESTBINARY...
# (BENCHTIME=10x by default; PROBE=TESTBINARY prints the machine's speed
# before each round, see probe in median.sh.) Run from the repository
# root (the benchmarks read bench/out).
set -euo pipefail
source "$(dirname "$0")/median.sh"
bench=$1 rounds=$2
shift 2
declare -A times wins
first=$1
for _ in $(seq "$rounds"); do
  declare -A round=()
  if p=$(probe) && [ -n "$p" ]; then
    printf 'probe %s MB/s   ' "$p"
    probes="${probes:-} $p"
  fi
  for b in "$@"; do
    ns=$("$b" -test.run '^$' -test.bench "^${bench}\$" -test.benchtime "${BENCHTIME:-10x}" -test.cpu 1 | awk '/^Benchmark/ && !n++ {print $3}')
    times[$b]="${times[$b]:-} $ns"
    round[$b]=$ns
    printf '%s %s ns/op   ' "$(basename "$b")" "$ns"
  done
  for b in "${@:2}"; do
    if [ "${round[$b]}" -lt "${round[$first]}" ]; then wins[$b]=$(( ${wins[$b]:-0} + 1 )); fi
  done
  echo
done
for b in "$@"; do
  printf '%s median %s ns/op, min %s ns/op\n' "$(basename "$b")" "$(median "${times[$b]}")" "$(tr ' ' '\n' <<<"${times[$b]}" | grep . | sort -n | head -1)"
done
for b in "${@:2}"; do
  printf '%s faster than %s in %d of %d rounds\n' "$(basename "$b")" "$(basename "$first")" "${wins[$b]:-0}" "$rounds"
done
if [ -n "${probes:-}" ]; then
  printf 'probe median %s MB/s, range %s to %s\n' "$(median "$probes")" "$(tr ' ' '\n' <<<"$probes" | grep . | sort -n | head -1)" "$(tr ' ' '\n' <<<"$probes" | grep . | sort -n | tail -1)"
fi
