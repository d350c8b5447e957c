#!/usr/bin/env bash
# Alternates `unspin scan` runs of several binaries on one input and prints
# each run's wall time and each binary's median: the machine's speed drifts
# (up to 1.5x within minutes), so only binaries alternated in one run give
# ratios worth recording.
#   bash bench/alternate.sh INPUT ROUNDS BINARY...
# (WORKERS=2 and SCAN_ARGS="--lang fr" by default; PROBE=TESTBINARY, a
# test binary of the root package, prints the machine's speed before each
# round, see probe in median.sh)
set -euo pipefail
source "$(dirname "$0")/median.sh"
in=$1 rounds=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A times
for _ in $(seq "$rounds"); do
  if p=$(probe) && [ -n "$p" ]; then
    printf 'probe %s MB/s   ' "$p"
    probes="${probes:-} $p"
  fi
  for b in "$@"; do
    t=$(scan_seconds "$b" "$in" "$out/$(basename "$b").jsonl")
    times[$b]="${times[$b]:-} $t"
    printf '%s %s s   ' "$(basename "$b")" "$t"
  done
  echo
done
for b in "$@"; do
  printf '%s median %s s\n' "$(basename "$b")" "$(median "${times[$b]}")"
done
first=$(basename "$1")
for b in "${@:2}"; do
  cmp -s "$out/$first.jsonl" "$out/$(basename "$b").jsonl" && echo "$(basename "$b"): output identical to $first" || echo "$(basename "$b"): output differs from $first"
done
if [ -n "${probes:-}" ]; then
  printf 'probe median %s MB/s, range %s to %s\n' "$(median "$probes")" "$(tr ' ' '\n' <<<"$probes" | grep . | sort -n | head -1)" "$(tr ' ' '\n' <<<"$probes" | grep . | sort -n | tail -1)"
fi
