#!/usr/bin/env bash
# Refits verdict/model_samelanguage.go, the French verdict's third model:
# P(spun in its own language) from the confident same-language findings
# unspin check looks for (single words, in French). Dev split only, as
# docs/EVALUATION.md describes ("French spun with French synonyms").
# Apertium must be installed (the machine-translated human halves); a few
# minutes on two cores.
#   bash scripts/fit-samelanguage.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
o=${1:-$(mktemp -d)}
mkdir -p "$o"
go build -o "$o/unspin" ./cmd/unspin
u="$o/unspin eval --verdict --same-language-words fr --split dev"
t=../shared/data/treebanks
gsd=$t/UD_French-GSD__fr_gsd-ud-dev.conllu.gz
$u --mt --docs 400 --features "$o/v-mt.tsv" >/dev/null
$u --docs 100 --treebank "$gsd" --features "$o/v-gsd.tsv" >/dev/null
$u --docs 100 --treebank $t/UD_French-Sequoia__fr_sequoia-ud-dev.conllu.gz --features "$o/v-seq.tsv" >/dev/null
$u --docs 400 --treebank $t/UD_French-Sequoia__fr_sequoia-ud-train.conllu.gz --features "$o/v-seqtrain.tsv" >/dev/null
$u --lang fr --spinner fr --docs 400 --rate 0.3 --seed 11 --features "$o/v-frfr.tsv" >/dev/null
$u --lang fr --spinner fr --docs 100 --rate 0.3 --seed 11 --treebank "$gsd" --features "$o/v-frfr-gsd.tsv" >/dev/null
$u --lang fr --spinner fr --docs 400 --rate 0.1 --seed 13 --features "$o/v-frfr-r01.tsv" >/dev/null
# Human documents of every dev set against French documents spun in French.
awk -F'\t' -v OFS='\t' '$2=="doc-artificial" && $3==0 {$2="doc-samelang"; print}' "$o"/v-mt.tsv "$o"/v-gsd.tsv "$o"/v-seq.tsv "$o"/v-seqtrain.tsv "$o"/v-frfr.tsv "$o"/v-frfr-gsd.tsv >"$o/s-human.tsv"
awk -F'\t' -v OFS='\t' '$2=="doc-artificial" && $3==1 {$2="doc-samelang"; print}' "$o"/v-frfr.tsv "$o"/v-frfr-gsd.tsv "$o"/v-frfr-r01.tsv >"$o/s-spun.tsv"
go run ./internal/calibrate -l2 1 -prior 0.15 -package verdict -name sameLanguageModel -kind doc-samelang \
  -features tortured_page -out verdict/model_samelanguage.go "$o/s-human.tsv" "$o/s-spun.tsv"
echo "fitted from $o"
