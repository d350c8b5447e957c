#!/usr/bin/env bash
# Counts the instructions one benchmark iteration executes (valgrind's
# cachegrind, no cache simulation) for several test binaries built with
# `go test -c -o NAME .`, alternated ROUNDS times, and prints each
# binary's median. Unlike wall time on this shared machine, most runs of
# one binary agree within 0.1%; a run in four or five comes out a few per
# cent lower (the garbage collector's cycles fall differently), which the
# median ignores. Instructions are not time (cache misses, which dominate
# language-model lookups, are not counted): confirm a gain with
# bench/alternate-bench.sh before recording it as a speed-up.
#   bash bench/instructions.sh BENCH ROUNDS TESTBINARY...
# (BENCHTIME=1x by default; the count includes start-up and the
# benchmark's set-up: the difference between a 3x and a 1x run, divided
# by the iterations it adds, is the cost of one iteration.)
# Run from the repository root; installs valgrind when missing.
set -euo pipefail
source "$(dirname "$0")/median.sh"
bench=$1 rounds=$2
shift 2
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
declare -A counts
for _ in $(seq "$rounds"); do
  for b in "$@"; do
    n=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$b" -test.run '^$' -test.bench "^${bench}\$" -test.benchtime "${BENCHTIME:-1x}" -test.cpu 1 2>&1 | awk '/I *refs:/ {gsub(",", "", $NF); print $NF}')
    counts[$b]="${counts[$b]:-} $n"
    printf '%s %s   ' "$(basename "$b")" "$n"
  done
  echo
done
for b in "$@"; do
  printf '%s median %s instructions\n' "$(basename "$b")" "$(median "${counts[$b]}")"
done
