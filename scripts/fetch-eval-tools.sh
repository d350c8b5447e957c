#!/usr/bin/env bash
# Installs what the optional evaluations use: Apertium (English → Spanish →
# French machine translation, for `unspin eval --mt`) and the peers.
set -euo pipefail
pkgs=(apertium apertium-eng-spa apertium-fr-es hunspell hunspell-fr-classical grammalecte-cli)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "fetch-eval-tools: all present"; exit 0; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "fetch-eval-tools: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
