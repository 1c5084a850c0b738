#!/usr/bin/env bash
# `make load`: bench/load.py with locust in its own virtualenv and a throwaway PostgreSQL unless BENCH_DATABASE_URL names one.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export PYTHONDONTWRITEBYTECODE=1

if [ ! -x .venv-load/bin/locust ] || [ bench/requirements-load.txt -nt .venv-load/.installed ]; then
  python3.11 -m venv .venv-load
  if ! .venv-load/bin/pip install --quiet --disable-pip-version-check -r bench/requirements-load.txt >.venv-load/pip.log 2>&1; then
    grep -v "^WARNING: Location" .venv-load/pip.log >&2; exit 1
  fi
  touch .venv-load/.installed
fi
if [ -z "${BENCH_DATABASE_URL:-}" ]; then
  # shellcheck source=../scripts/throwaway-postgres.sh
  source scripts/throwaway-postgres.sh
  PG_EXTRA_OPTS=${BENCH_PG_OPTS:-} start_throwaway_postgres
  export BENCH_DATABASE_URL=$DATABASE_URL
fi
unset DATABASE_URL
$PY -m bench.load "$@"
