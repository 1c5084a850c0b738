# The two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test venv migrate samples static serve clean

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

static: venv
	SECRET_KEY=collectstatic-only $(PY) manage.py collectstatic --noinput --verbosity 0

## The whole suite on SQLite and on a real PostgreSQL (a throwaway one unless DATABASE_URL names one)
test: venv static
	scripts/test-both-databases.sh

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
