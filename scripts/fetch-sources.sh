#!/usr/bin/env bash
# Installs the Debian packages the language-pack builder reads (and the
# peers the benchmarks compare against). Safe to run again: it installs
# only what is missing. Needs root (or sudo) and Debian's package mirror.
set -euo pipefail
pkgs=(hunspell hunspell-tools hunspell-fr hunspell-fr-classical hunspell-en-us mythes-fr mythes-en-us wordnet-base)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "fetch-sources: all Debian sources present"
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "fetch-sources: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
