# The two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test venv migrate samples static serve clean chromium

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(VENV)/.installed

migrate: venv
	DEBUG=1 $(PY) manage.py migrate --noinput

samples: migrate
	DEBUG=1 $(PY) manage.py import_articles samples/reference --source "Reference sample"
	DEBUG=1 $(PY) manage.py import_articles samples/whitehouse-briefing-room --source "White House Briefing Room"

## Set up and serve the archive with the sample articles on http://$(HOST):$(PORT)/
run: samples
	@echo "Serving the archive on http://$(HOST):$(PORT)/ (admin at /admin/; Ctrl-C to stop)"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## Serve in production mode (gunicorn, DEBUG off, hashed static files) on http://$(HOST):$(PORT)/; see README
serve: samples static
	HOST=$(HOST) PORT=$(PORT) scripts/serve.sh

static: venv
	SECRET_KEY=collectstatic-only $(PY) manage.py collectstatic --noinput --verbosity 0

# The browser tests drive Debian's Chromium; Playwright never downloads a browser.
CHROMIUM := /usr/bin/chromium
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then \
	    echo "No $(CHROMIUM); installing Debian's chromium package for the browser tests."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "ERROR: the browser tests need $(CHROMIUM): run 'apt-get install chromium' as root." >&2; exit 1; \
	  fi; \
	fi

## The whole suite on SQLite and on a real PostgreSQL (a throwaway one unless DATABASE_URL names one)
test: venv static chromium
	scripts/test-both-databases.sh

## Measure import and search at archive scale (SIZES="10000", DATABASES="sqlite postgresql", REPEAT=30, IMPORT_FILES=2000); see bench/README.md
.PHONY: bench
bench: venv static
	bench/run.sh --sizes "$(or $(SIZES),10000)" --databases "$(or $(DATABASES),sqlite postgresql)" \
	  --repeat "$(or $(REPEAT),30)" --import-files "$(or $(IMPORT_FILES),2000)" $(BENCH_ARGS)

## 50 readers for 60 s against `make serve`'s gunicorn on PostgreSQL at 100,000 articles while an import runs; see bench/README.md
.PHONY: load
load: venv static
	bench/load.sh --size "$(or $(SIZE),100000)" --users "$(or $(USERS),50)" --seconds "$(or $(DURATION),60)" \
	  --import-files "$(or $(IMPORT_FILES),2000)" $(LOAD_ARGS)

clean:
	rm -rf $(VENV) .venv-load staticfiles .pytest_cache test-artifacts
