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
  RESULT[$label]="$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -1 | sed -E 's/=+ ?//g')"
  rm -f "$log"
  if [ "$status" -ne 0 ]; then
    echo "The $label run failed (pytest exit status $status)." >&2
    return "$status"
  fi
}

pg_cleanup() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_throwaway_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if { [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; } && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "No PostgreSQL server binaries; installing Debian's postgresql package."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "ERROR: no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin)." >&2
    echo "Install them (apt-get install postgresql) or set DATABASE_URL=postgres://... to a server." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "ERROR: running as root but there is no 'postgres' user to run PostgreSQL as." >&2
    exit 1
  fi
  PG_DIR=$(mktemp -d /tmp/newsarchive-pg.XXXXXX)
  trap pg_cleanup EXIT
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  local port; port=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2; echo "ERROR: initdb failed." >&2; exit 1; }
  # Durability is pointless for a throwaway test server; speed is not.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null || {
    cat "$PG_DIR/server.log" >&2; echo "ERROR: the throwaway PostgreSQL server did not start." >&2; exit 1; }
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/newsarchive"
  echo "Started a throwaway PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$port in $PG_DIR"
}

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
