# Quick start on a fresh machine: `make demo`, `make test`. Each creates .venv by itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONUTF8 := 1

.PHONY: demo test lint unit spec-check spec-report bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## import the Trà Vinh example into a fresh SQLite file and print the boards
	$(VENV)/bin/antq demo

test: lint spec-check unit  ## lint, types, spec coverage, then the whole suite (SQLite and PostgreSQL)

unit: $(STAMP)
	$(VENV)/bin/pytest

lint: $(STAMP)  ## ruff and mypy --strict
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

spec-check: $(STAMP)  ## static and fast: each clause of the rulebook has its rule, a passing and a failing scenario
	$(VENV)/bin/antq spec-report --check

# The report is written even when a scenario fails (it shows which); the target then fails too.
spec-report: $(STAMP)  ## run the features, then write reports/spec.md and reports/spec.html
	mkdir -p reports
	status=0; $(VENV)/bin/pytest tests/features -q --cucumberjson=reports/cucumber.json || status=$$?; \
	$(VENV)/bin/antq spec-report --cucumber reports/cucumber.json --out reports/ && exit $$status

bench: $(STAMP)  ## import and full-status rates next to eventsourcing baselines, same run
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache antq.sqlite3* reports
