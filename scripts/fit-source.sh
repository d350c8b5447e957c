#!/usr/bin/env bash
# Refits source/model_match.go, the confidence that the best match of
# `unspin source` is the text's source, on the dev split (docs/EVALUATION.md,
# "Source tracing"). Apertium must be installed (bash
# scripts/fetch-eval-tools.sh); a few minutes.
#   bash scripts/fit-source.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
o=${1:-$(mktemp -d)}
mkdir -p "$o"
go build -o "$o/unspin" ./cmd/unspin
"$o/unspin" eval --source 150 --absent 150 --docs 5000 --split dev --features "$o/source-dev.tsv" >/dev/null
go run ./internal/calibrate -l2 1 -package source -name matchModel -kind source-top \
  -features lead,coverage -out source/model_match.go "$o/source-dev.tsv"
echo "fitted from $o"
