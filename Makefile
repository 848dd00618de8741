# Quick start on a fresh machine: `make demo`, `make test`. Each creates .venv by itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONUTF8 := 1

.PHONY: demo test lint unit bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## import the Trà Vinh example into a fresh SQLite file and print the boards
	$(VENV)/bin/antq demo

test: lint unit  ## lint, types, then the whole suite (SQLite and PostgreSQL)

unit: $(STAMP)
	$(VENV)/bin/pytest

lint: $(STAMP)  ## ruff and mypy --strict
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)  ## import and full-status rates next to eventsourcing baselines, same run
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache antq.sqlite3*
