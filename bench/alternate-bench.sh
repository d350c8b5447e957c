#!/usr/bin/env bash
# Alternates one Go benchmark across several test binaries (built with
# `go test -c -o NAME .` at the commits to compare) and prints each run's
# ns/op and each binary's median: the machine's speed drifts, so only
# binaries alternated in one run give ratios worth recording.
#   bash bench/alternate-bench.sh BENCH ROUNDS TESTBINARY...
# Run from the repository root (the benchmarks read bench/out).
set -euo pipefail
source "$(dirname "$0")/median.sh"
bench=$1 rounds=$2
shift 2
declare -A times
for _ in $(seq "$rounds"); do
  for b in "$@"; do
    ns=$("$b" -test.run '^$' -test.bench "^${bench}\$" -test.benchtime "${BENCHTIME:-10x}" -test.cpu 1 | awk '/^Benchmark/ {print $3; exit}')
    times[$b]="${times[$b]:-} $ns"
    printf '%s %s ns/op   ' "$(basename "$b")" "$ns"
  done
  echo
done
for b in "$@"; do
  printf '%s median %s ns/op\n' "$(basename "$b")" "$(median "${times[$b]}")"
done
