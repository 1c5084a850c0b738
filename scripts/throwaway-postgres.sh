# Functions to start a throwaway PostgreSQL server; sourced by test-both-databases.sh and bench/run.sh.
#
# start_throwaway_postgres initialises a server in a temporary directory, starts
# it on a free loopback port (as the `postgres` user when run as root), exports
# DATABASE_URL for it, and removes it on exit. The caller sets PY (the Python
# used to find a free port). PG_EXTRA_OPTS, if set, adds server options
# ("-c shared_buffers=1GB"); unset, the server is started exactly as before.

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
    -o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off${PG_EXTRA_OPTS:+ $PG_EXTRA_OPTS}" start >/dev/null || {
    cat "$PG_DIR/server.log" >&2; echo "ERROR: the throwaway PostgreSQL server did not start." >&2; exit 1; }
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/newsarchive"
  # The fault tests restart this server mid-import; they need to know where it lives.
  export NEWSARCHIVE_TEST_PGDATA="$PG_DIR/data" NEWSARCHIVE_TEST_PGBIN="$PG_BIN"
  echo "Started a throwaway PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$port in $PG_DIR"
}
