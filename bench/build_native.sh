#!/bin/sh
# Opt-in native build of the extractor: compile a COPY of src/civcas/extract with mypyc (the tree
# itself stays pure Python, so editing a rule never meets a stale compiled module).
#
#   bench/build_native.sh /tmp/civcas_native        # about 5-15 minutes of C compilation
#   PYTHONPATH=/tmp/civcas_native/src python bench/extract_bench.py --n 3000
#
# The compiled modules give the same figures as the sources (checked byte for byte on the dev sets
# and 2,000 synthetic documents); rebuild after every change to src/. MYPYC names the mypyc
# executable (default: the one next to PYTHON, else on PATH).
set -eu
OUT=${1:?usage: bench/build_native.sh OUT_DIR}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
MYPYC=${MYPYC:-$(dirname "$(command -v "$PYTHON")")/mypyc}
[ -x "$MYPYC" ] || MYPYC=mypyc
rm -rf "$OUT"
mkdir -p "$OUT"
cp -R "$ROOT/src" "$OUT/src"
find "$OUT/src" -name "*.so" -delete
cd "$OUT/src"
"$MYPYC" --ignore-missing-imports civcas/extract/
