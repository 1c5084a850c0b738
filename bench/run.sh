#!/usr/bin/env bash
# `make bench`: run bench/run.py, with a throwaway PostgreSQL when one is needed and BENCH_DATABASE_URL names none.
#
# Arguments go to bench/run.py (--sizes, --databases, --repeat, --import-files, …; see bench/README.md).
# The throwaway server is started exactly as `make test` starts its own
# (scripts/throwaway-postgres.sh) and removed on exit; BENCH_PG_OPTS adds
# server options to it ("-c shared_buffers=1GB").
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export PYTHONDONTWRITEBYTECODE=1

databases="sqlite postgresql"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --databases) databases="${args[$((i + 1))]:-}" ;;
    --databases=*) databases="${args[$i]#--databases=}" ;;
    -h|--help) databases="" ;;
  esac
done

if [[ " ${databases//,/ } " == *" postgresql "* ]] && [ -z "${BENCH_DATABASE_URL:-}" ]; then
  # shellcheck source=../scripts/throwaway-postgres.sh
  source scripts/throwaway-postgres.sh
  PG_EXTRA_OPTS=${BENCH_PG_OPTS:-} start_throwaway_postgres
  export BENCH_DATABASE_URL=$DATABASE_URL
fi
unset DATABASE_URL

$PY -m bench.run "$@"
