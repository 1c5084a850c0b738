"""gunicorn settings for serving the archive in production mode (`make serve`, or `gunicorn -c python:newsarchive.gunicorn`).

Every value can be changed from the environment without editing this file:
GUNICORN_BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (worker processes,
default 2 × cores + 1), GUNICORN_THREADS (threads per worker, default 2),
GUNICORN_TIMEOUT (seconds, default 30). Searches are bounded well inside the
timeout by SEARCH_STATEMENT_TIMEOUT_MS on PostgreSQL.
"""

import multiprocessing
import os

wsgi_app = "newsarchive.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 10
# A worker is recycled now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Django reads settings at import; loading the app once in the master makes a bad setting fail at start-up.
preload_app = True
