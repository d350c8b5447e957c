# Sourced by the bench scripts: median prints the median of the numbers in
# its argument (separated by spaces).
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# probe prints the machine's speed now, in MB/s of cache-resident
# tokenizing (BenchmarkMachineProbe), using the test binary in $PROBE, or
# nothing when PROBE is unset or the binary lacks the benchmark. This
# machine's cores sometimes run at about 0.6 of their usual speed for
# minutes; rounds measured in such a spell show a low probe. (The awk
# programs of these scripts read their input to the end: one that exits
# at its first line can kill the benchmark with SIGPIPE, which pipefail
# turns into the script's exit, a round short.)
probe() {
  [ -n "${PROBE:-}" ] || return 0
  "$PROBE" -test.run '^$' -test.bench '^BenchmarkMachineProbe$' -test.benchtime 2000x -test.cpu 1 2>/dev/null | awk '/^BenchmarkMachineProbe/ && !n++ {print $(NF-1)}'
}

# scan_seconds BINARY INPUT OUT [DECIMALS] runs one `unspin scan` of
# INPUT into OUT (WORKERS=2 and SCAN_ARGS="--lang fr" by default) and
# prints its wall time in seconds, with DECIMALS places (2 by default).
scan_seconds() {
  local s e
  s=$(date +%s.%N)
  "$1" scan --quiet --workers "${WORKERS:-2}" ${SCAN_ARGS:---lang fr} --out "$3" "$2" >/dev/null
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" -v d="${4:-2}" 'BEGIN { printf "%.*f", d, e - s }'
}
