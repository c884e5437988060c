#!/usr/bin/env bash
# Fetches the browser libraries of the web UI from the npm registry (build time only, never at run
# time) and copies their dist files into $2 (target/classes/web/vendor): Leaflet (BSD-2), Cytoscape.js with its fcose layout
# (cytoscape-fcose, cose-base, layout-base; all MIT), topojson-client (ISC) and world-atlas 2.0.2 countries-50m.json (Natural Earth, public domain).
# Kept files are not fetched again; npm is asked for its cache first, so rebuilds work offline.
set -euo pipefail

scratch="${1:?usage: fetch-web-vendor.sh SCRATCH_DIR VENDOR_DIR}"
vendor="${2:?usage: fetch-web-vendor.sh SCRATCH_DIR VENDOR_DIR}"
mkdir -p "$scratch" "$vendor"

# package file -> vendor file
FILES=(
  "leaflet@1.9.4|package/dist/leaflet.js|leaflet.js"
  "leaflet@1.9.4|package/dist/leaflet.css|leaflet.css"
  "leaflet@1.9.4|package/LICENSE|leaflet.LICENSE"
  "cytoscape@3.30.4|package/dist/cytoscape.min.js|cytoscape.min.js"
  "cytoscape@3.30.4|package/LICENSE|cytoscape.LICENSE"
  "layout-base@2.0.1|package/layout-base.js|layout-base.js"
  "layout-base@2.0.1|package/LICENSE|layout-base.LICENSE"
  "cose-base@2.2.0|package/cose-base.js|cose-base.js"
  "cose-base@2.2.0|package/LICENSE|cose-base.LICENSE"
  "cytoscape-fcose@2.2.0|package/cytoscape-fcose.js|cytoscape-fcose.js"
  "cytoscape-fcose@2.2.0|package/LICENSE|cytoscape-fcose.LICENSE"
  "world-atlas@2.0.2|package/countries-50m.json|countries-50m.json"
  "world-atlas@2.0.2|package/LICENSE|world-atlas.LICENSE"
  "topojson-client@3.1.0|package/dist/topojson-client.min.js|topojson-client.min.js"
  "topojson-client@3.1.0|package/LICENSE|topojson-client.LICENSE"
)

tarball() { # tarball PKG: the npm pack file of PKG in $scratch, fetched when missing
  local pkg="$1" name version f
  name="${pkg%@*}"; version="${pkg##*@}"
  f="$scratch/${name//\//-}-$version.tgz"
  if [ ! -s "$f" ]; then
    echo "[web] fetching $pkg (npm cache or registry)" >&2
    (cd "$scratch" && { npm pack --offline --silent "$pkg" >/dev/null 2>&1 \
        || npm pack --prefer-offline --silent "$pkg" >/dev/null; })
  fi
  echo "$f"
}

for entry in "${FILES[@]}"; do
  IFS='|' read -r pkg inside out <<<"$entry"
  if [ ! -s "$vendor/$out" ]; then
    tgz="$(tarball "$pkg")"
    tar -xzf "$tgz" -O "$inside" > "$vendor/$out.part"
    mv "$vendor/$out.part" "$vendor/$out"
  fi
done
