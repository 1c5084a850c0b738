#!/usr/bin/env bash
# Run the whole test suite twice: on SQLite, then on PostgreSQL.
#
# PostgreSQL is the one DATABASE_URL names, if it names one; otherwise a
# throwaway server is initialised in a temporary directory, started on a free
# loopback port, and removed afterwards. If no server can be had, this fails
# loudly: the PostgreSQL run is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export PYTHONDONTWRITEBYTECODE=1
declare -A RESULT

run_suite() {  # $1 = label; remaining args go to pytest
  local label=$1; shift
  echo
  echo "================ $label ================"
  local log; log=$(mktemp)
  set +e
  $PY -m pytest "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  RESULT[$label]="$(grep -E '^=+ .*(passed|failed|error|skipped).* in [0-9.]+s' "$log" | tail -1 | sed -E 's/=+ ?//g' || true)"
  rm -f "$log"
  if [ "$status" -ne 0 ]; then
    echo "The $label run failed (pytest exit status $status)." >&2
    return "$status"
  fi
}

# pg_cleanup, as_pg and start_throwaway_postgres.
source scripts/throwaway-postgres.sh

# 1. SQLite, the embedded default.
POSTGRES_URL=${DATABASE_URL:-}
DATABASE_URL= run_suite "SQLite" "$@"

# 2. PostgreSQL.
case "$POSTGRES_URL" in
  postgres://*|postgresql://*|pgsql://*) export DATABASE_URL=$POSTGRES_URL; echo "Using PostgreSQL from DATABASE_URL." ;;
  *) start_throwaway_postgres ;;
esac
run_suite "PostgreSQL" "$@"

echo
echo "================ summary ================"
echo "SQLite:     ${RESULT[SQLite]}"
echo "PostgreSQL: ${RESULT[PostgreSQL]}"
