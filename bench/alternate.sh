#!/usr/bin/env bash
# Alternates `unspin scan` runs of several binaries on one input and prints
# each run's wall time and each binary's median: the machine's speed drifts
# (up to 1.5x within minutes), so only binaries alternated in one run give
# ratios worth recording.
#   bash bench/alternate.sh INPUT ROUNDS BINARY...
# (WORKERS=2 and SCAN_ARGS="--lang fr" by default)
set -euo pipefail
source "$(dirname "$0")/median.sh"
in=$1 rounds=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A times
for _ in $(seq "$rounds"); do
  for b in "$@"; do
    s=$(date +%s.%N)
    "$b" scan --quiet --workers "${WORKERS:-2}" ${SCAN_ARGS:---lang fr} --out "$out/$(basename "$b").jsonl" "$in" >/dev/null
    e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }')
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
