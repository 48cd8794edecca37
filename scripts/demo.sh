#!/usr/bin/env bash
# Set up civcas, run the whole pipeline on the bundled sample corpus into SQLite (civcas.db),
# print what it found, then serve the dashboard on http://127.0.0.1:8000 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
DB="sqlite:///civcas.db"
.venv/bin/civcas run examples/sample --db "$DB"
.venv/bin/civcas incidents --db "$DB" --format table --limit 15
.venv/bin/civcas tallies --db "$DB" --format table
if [ "${CIVCAS_NO_SERVE:-}" = "1" ]; then
  exit 0
fi
echo "Dashboard: http://127.0.0.1:8000  (Ctrl-C to stop)"
exec .venv/bin/civcas serve --db "$DB" --host 127.0.0.1 --port 8000
