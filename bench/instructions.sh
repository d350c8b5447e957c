#!/usr/bin/env bash
# Counts the instructions one benchmark iteration executes (valgrind's
# cachegrind, no cache simulation) for several test binaries built with
# `go test -c -o NAME .`: unlike wall time on this shared machine, the
# count repeats to within a fraction of a percent, so it can tell changes
# of a few per cent apart. Instructions are not time (cache misses, which
# dominate language-model lookups, are not counted): confirm a gain with
# bench/alternate-bench.sh before recording it.
#   bash bench/instructions.sh BENCH TESTBINARY...
# Run from the repository root; installs valgrind when missing.
set -euo pipefail
bench=$1
shift
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
for b in "$@"; do
  n=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$b" -test.run '^$' -test.bench "^${bench}\$" -test.benchtime 1x -test.cpu 1 2>&1 | awk '/I *refs:/ {gsub(",", "", $NF); print $NF}')
  printf '%s %s instructions\n' "$(basename "$b")" "$n"
done
