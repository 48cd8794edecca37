#!/usr/bin/env bash
# Re-create src/civcas/web/static/vendor/ from the npm registry (the only network access needed;
# civcas serves every file itself at run time: no CDN, no tile server).
#
# Packages, pinned versions and licences (each LICENSE is copied next to its files):
#   leaflet          1.9.4   BSD-2-Clause  map (dist/leaflet.js, dist/leaflet.css)
#   topojson-client  3.1.0   ISC           TopoJSON -> GeoJSON (dist/topojson-client.min.js)
#   world-atlas      2.0.2   ISC           country outlines (countries-50m.json, countries-110m.json),
#                                          derived from Natural Earth (public domain)
#   uplot            1.6.32  MIT           timeline and tally charts (dist/uPlot.iife.min.js, uPlot.min.css)
#   swagger-ui-dist  5.35.0  Apache-2.0    offline /api/docs (swagger-ui-bundle.js, swagger-ui.css)
#
# Usage: scripts/vendor_assets.sh   (from the repository root; needs npm and tar)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/civcas/web/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fetch() {  # fetch NAME VERSION -> unpacked into $TMP/NAME/package
  local name="$1" version="$2"
  mkdir -p "$TMP/$name"
  (cd "$TMP/$name" && npm pack --silent "$name@$version" >/dev/null && tar xzf ./*.tgz)
}

copy() {  # copy NAME FILE... (paths relative to the package root) into $DEST/NAME/
  local name="$1"; shift
  mkdir -p "$DEST/$name"
  for f in "$@"; do cp "$TMP/$name/package/$f" "$DEST/$name/"; done
}

rm -rf "$DEST"
mkdir -p "$DEST"

fetch leaflet 1.9.4
copy leaflet dist/leaflet.js dist/leaflet.css LICENSE

fetch topojson-client 3.1.0
copy topojson-client dist/topojson-client.min.js LICENSE

fetch world-atlas 2.0.2
copy world-atlas countries-50m.json countries-110m.json LICENSE

fetch uplot 1.6.32
copy uplot dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE

fetch swagger-ui-dist 5.35.0
copy swagger-ui-dist swagger-ui-bundle.js swagger-ui.css LICENSE

cat > "$DEST/VERSIONS.txt" <<'TXT'
leaflet 1.9.4 BSD-2-Clause
topojson-client 3.1.0 ISC
world-atlas 2.0.2 ISC (data: Natural Earth, public domain)
uplot 1.6.32 MIT
swagger-ui-dist 5.35.0 Apache-2.0
TXT
echo "vendored into $DEST"
