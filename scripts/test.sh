#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh Debian machine, then run the whole suite:
# lint (ruff), types (mypy) and pytest including slow, browser (Playwright + Debian chromium),
# PostgreSQL and Dask tests. Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "== chromium not found and not root: browser tests will be skipped"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
echo "== installing civcas with its dev extras"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[dev]"

# The PostgreSQL tests use the server on 127.0.0.1:5432 (trust auth, database test); start it if
# this machine has one installed but stopped. They skip with a message when there is none.
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start 2>/dev/null || true
fi

export CIVCAS_HOME="${CIVCAS_HOME:-$(mktemp -d)}"
echo "== ruff"
.venv/bin/ruff check src tests bench
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest -m "" -p no:cacheprovider "$@"
