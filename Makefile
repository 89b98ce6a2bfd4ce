# caspian: two commands on a fresh machine with Python 3.11 and make:
#   make run    create .venv, install, ingest the sample corpus, show what was found
#   make test   install the development dependencies and run the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= caspian.db
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test check bench install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP) $@

install: $(STAMP)
install-dev: $(DEVSTAMP)

run: $(STAMP)
	$(BIN)/caspian --db $(DB) ingest corpus
	$(BIN)/caspian --db $(DB) facts

test: $(DEVSTAMP)
	$(BIN)/python -m pytest

check: $(DEVSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
