#!/usr/bin/env bash
# Rebuilds the language packs from their sources into a temporary directory
# and fails if any differs from the committed pack: the packs are stale (a
# source or the builder changed) or the build is not reproducible.
set -euo pipefail
data=${1:-../shared/data}
if [ ! -d "$data" ]; then
  echo "verify-packs: $data absent, skipped"
  exit 0
fi
bash scripts/fetch-sources.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./internal/buildpacks -data "$data" -out "$tmp" 2>"$tmp/build.log" >/dev/null || { cat "$tmp/build.log"; exit 1; }
status=0
for l in fr en; do
  if cmp -s "$tmp/$l/$l.pack" "lang/$l/$l.pack"; then
    echo "verify-packs: $l pack reproduced byte for byte ($(sha256sum < "lang/$l/$l.pack" | cut -c1-16)…)"
  else
    echo "verify-packs: $l pack is STALE or not reproducible: rebuild with 'make packs' and commit"
    diff <(python3 -m json.tool "lang/$l/MANIFEST.json" 2>/dev/null || cat "lang/$l/MANIFEST.json") \
         <(python3 -m json.tool "$tmp/$l/MANIFEST.json" 2>/dev/null || cat "$tmp/$l/MANIFEST.json") | head -40 || true
    status=1
  fi
done
go run ./internal/buildlangid -data "$data" -out "$tmp/profiles.txt"
if cmp -s "$tmp/profiles.txt" languageid/profiles.txt; then
  echo "verify-packs: language identification profiles reproduced byte for byte"
else
  echo "verify-packs: languageid/profiles.txt is STALE or not reproducible: rebuild with 'make packs' and commit"
  status=1
fi
# same WHAT BUILT FILE MANIFEST: a rebuilt table and its manifest (under
# BUILT) against the committed ones (under lang/).
same() {
  if cmp -s "$2/$3" "lang/$3" && cmp -s "$2/$4" "lang/$4"; then
    echo "verify-packs: $1 lang/$3 reproduced byte for byte"
  else
    echo "verify-packs: lang/$3 or lang/$4 is STALE or not reproducible: rebuild with 'make packs' and commit"
    status=1
  fi
}
mkdir -p "$tmp/links"
go run ./internal/buildlinks -data "$data" -out "$tmp/links"
for t in fr/fr-en en/en-fr; do
  same "translation table" "$tmp/links" "$t.links" "$(dirname $t)/LINKS.json"
done
# The association tables are lemmatized with the packs: the freshly built
# ones, so that a pack change shows here too.
mkdir -p "$tmp/assoc"
go run ./internal/buildassoc -data "$data" -packs "$tmp" -out "$tmp/assoc" fr en
for l in fr en; do
  same "association table" "$tmp/assoc" "$l/$l.assoc" "$l/ASSOC.json"
done
# The confusion table is the detector's candidate search run over the
# freshly built packs.
mkdir -p "$tmp/conf"
go run ./internal/buildconf -packs "$tmp" -out "$tmp/conf" fr-en
same "confusion table" "$tmp/conf" "fr/fr-en.conf" "fr/CONF.json"
exit $status
