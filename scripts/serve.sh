#!/usr/bin/env bash
# `make serve`: the archive in production mode (DEBUG off, gunicorn, whitenoise, hashed static files).
#
# Bound to loopback it serves plain HTTP, so the HTTPS-only settings
# (SSL redirect, secure cookies, HSTS) are turned off unless set in the
# environment; bound to any other address they stay on, as in production,
# and a TLS-terminating proxy belongs in front (TRUST_X_FORWARDED_PROTO=1).
# SECRET_KEY comes from the environment, else from var/secret-key, created
# once with a random key readable only by its owner.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

export DEBUG=0
if [ -z "${SECRET_KEY:-}" ]; then
  key_file=${NEWSARCHIVE_VAR_DIR:-var}/secret-key
  if [ ! -s "$key_file" ]; then
    mkdir -p "$(dirname "$key_file")"
    (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' >"$key_file")
  fi
  SECRET_KEY=$(cat "$key_file")
  export SECRET_KEY
fi
case "$HOST" in
  127.*|localhost|::1|\[::1\])
    export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-0} SESSION_COOKIE_SECURE=${SESSION_COOKIE_SECURE:-0}
    export CSRF_COOKIE_SECURE=${CSRF_COOKIE_SECURE:-0} SECURE_HSTS_SECONDS=${SECURE_HSTS_SECONDS:-0}
    export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost,[::1]}
    scheme=http ;;
  *)
    scheme=https ;;
esac
export CONN_MAX_AGE=${CONN_MAX_AGE:-60}
export GUNICORN_BIND=${GUNICORN_BIND:-$HOST:$PORT}
echo "Serving the archive in production mode on $scheme://$GUNICORN_BIND/ (gunicorn; Ctrl-C to stop)"
exec .venv/bin/gunicorn -c python:newsarchive.gunicorn
