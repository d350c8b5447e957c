#!/usr/bin/env bash
# Samples `unspin scan` of several binaries on one input at intervals
# over a stretch of time: each sample scans once with each binary, in
# turn (the first binary first in odd samples, last in even ones), and
# the script prints each binary's median wall time over the stretch and
# in how many samples each later binary beat the first. This machine's
# speed drifts between spells (docs/BENCHMARKS.md), so a throughput
# target is judged on the median over a session's spells, not on one
# run (bench/sample.sh does the same for a Go benchmark). Each sample
# starts with an untimed scan: on this machine the first scan after a
# pause ran 10–20% slower than the next, whichever binary ran it
# (session 17), which without it favoured whichever binary went second.
#   bash bench/sample-scan.sh INPUT SAMPLES INTERVAL_SECONDS BINARY...
# (WORKERS=2 and SCAN_ARGS="--lang fr" by default; PROBE=TESTBINARY, a
# test binary of the root package, prints the machine's speed before
# each sample, see probe in median.sh.) Run from the repository root.
set -euo pipefail
source "$(dirname "$0")/median.sh"
in=$1 samples=$2 interval=$3
shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A times wins
first=$1
for k in $(seq "$samples"); do
  line="$(date +%H:%M:%S)"
  if p=$(probe) && [ -n "$p" ]; then
    line="$line probe $p MB/s"
  fi
  order=("$@")
  if ((k % 2 == 0)); then
    order=()
    for ((i = $#; i >= 1; i--)); do order+=("${!i}"); done
  fi
  declare -A round=()
  scan_seconds "${order[0]}" "$in" "$out/warm-up.jsonl" >/dev/null
  for b in "${order[@]}"; do
    t=$(scan_seconds "$b" "$in" "$out/$(basename "$b").jsonl" 3)
    times[$b]="${times[$b]:-} $t"
    round[$b]=$t
  done
  for b in "$@"; do
    line="$line   $(basename "$b") ${round[$b]} s"
  done
  for b in "${@:2}"; do
    if awk -v x="${round[$b]}" -v y="${round[$first]}" 'BEGIN { exit !(x < y) }'; then wins[$b]=$(( ${wins[$b]:-0} + 1 )); fi
  done
  echo "$line"
  [ "$k" -lt "$samples" ] && sleep "$interval"
done
bytes=$(stat -c %s "$in")
for b in "$@"; do
  m=$(median "${times[$b]}")
  printf '%s median %s s (%s MB/s) over %s samples\n' "$(basename "$b")" "$m" "$(awk -v b="$bytes" -v m="$m" 'BEGIN { printf "%.1f", b / 1e6 / m }')" "$samples"
done
for b in "${@:2}"; do
  printf '%s faster than %s in %d of %d samples\n' "$(basename "$b")" "$(basename "$first")" "${wins[$b]:-0}" "$samples"
done
