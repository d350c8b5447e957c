#!/usr/bin/env bash
# Samples one Go benchmark of several test binaries at intervals over a
# stretch of time, with the machine's probe before each sample, and
# prints each binary's median over the stretch: this machine's speed
# drifts between spells (docs/BENCHMARKS.md), so a target is judged on
# the median over a session's spells, not on one run.
#   bash bench/sample.sh BENCH SAMPLES INTERVAL_SECONDS TESTBINARY...
# (BENCHTIME=5x by default; the probe is the first binary's
# BenchmarkMachineProbe, see median.sh.) Run from the repository root.
set -euo pipefail
source "$(dirname "$0")/median.sh"
bench=$1 samples=$2 interval=$3
shift 3
declare -A times
for k in $(seq "$samples"); do
  PROBE=$1
  p=$(probe)
  line="$(date +%H:%M:%S) probe $p MB/s"
  for b in "$@"; do
    ns=$("$b" -test.run '^$' -test.bench "^${bench}\$" -test.benchtime "${BENCHTIME:-5x}" -test.cpu 1 | awk '/^Benchmark/ && !n++ {print $3}')
    times[$b]="${times[$b]:-} $ns"
    line="$line   $(basename "$b") $ns ns/op"
  done
  echo "$line"
  [ "$k" -lt "$samples" ] && sleep "$interval"
done
for b in "$@"; do
  printf '%s median %s ns/op over %s samples\n' "$(basename "$b")" "$(median "${times[$b]}")" "$samples"
done
