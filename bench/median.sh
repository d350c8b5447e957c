# Sourced by the bench scripts: median prints the median of the numbers in
# its argument (separated by spaces).
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
