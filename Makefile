# Quick start on a fresh machine: `make demo`, `make test`. Each creates .venv by itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONUTF8 := 1

.PHONY: demo demo-province docs test lint unit test-domain test-store test-cli test-features spec-check spec-report bench bench-full clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## import the Trà Vinh example into a fresh SQLite file and print the boards
	$(VENV)/bin/antq demo

# A province-sized log (examples/tra_vinh/generate.py, seeded) into a fresh SQLite file under
# build/, then the 2022 report of Trà Vinh as it was (it is part of Vĩnh Long since 01/07/2025).
demo-province: $(STAMP)  ## generate the Trà Vinh province log, import it, print the 2022 report
	mkdir -p build
	rm -f build/province.sqlite3 build/province.sqlite3-wal build/province.sqlite3-shm
	$(PY) examples/tra_vinh/generate.py --out build/tra_vinh_province.jsonl
	$(VENV)/bin/antq --db build/province.sqlite3 --role system import build/tra_vinh_province.jsonl
	$(VENV)/bin/antq --db build/province.sqlite3 report province "Trà Vinh" --former --year 2022

test: lint spec-check unit  ## lint, types, spec coverage, then the whole suite (SQLite and PostgreSQL)

unit: $(STAMP)  ## the whole suite: every tier below
	$(VENV)/bin/pytest

test-domain: $(STAMP)  ## the pure core, no database (tests/domain)
	$(VENV)/bin/pytest -m "domain and not slow"

test-store: $(STAMP)  ## the ledger on SQLite and PostgreSQL (tests/store)
	$(VENV)/bin/pytest -m "store and not slow"

test-cli: $(STAMP)  ## the antq command line, the docs' examples (tests/cli)
	$(VENV)/bin/pytest -m "cli and not slow"

test-features: $(STAMP)  ## the Vietnamese specifications on both stores (tests/features)
	$(VENV)/bin/pytest -m "features and not slow"

lint: $(STAMP)  ## ruff and mypy --strict
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

spec-check: $(STAMP)  ## static and fast: each clause of the rulebook has its rule, a passing and a failing scenario
	$(VENV)/bin/antq spec-report --check

# The report is written even when a scenario fails (it shows which); the target then fails too.
# The reviewer's copy of the official text, shown beside the paraphrases when the file exists
# (the repository ships none; override with make spec-report OFFICIAL=path).
OFFICIAL ?= ../shared/regulation/official/tt124-2021.vi.md
spec-report: $(STAMP)  ## run the features, then write reports/spec.md and reports/spec.html
	mkdir -p reports
	status=0; $(VENV)/bin/pytest tests/features -q --cucumberjson=reports/cucumber.json || status=$$?; \
	set -- ; if [ -f "$(OFFICIAL)" ]; then set -- --official "$(OFFICIAL)"; fi; \
	$(VENV)/bin/antq spec-report --cucumber reports/cucumber.json --out reports/ "$$@" && exit $$status

BENCH_JSON ?= reports/bench.json
BENCH_FULL_JSON ?= reports/bench-full.json

bench: $(STAMP)  ## quick (~5 min): every figure next to its eventsourcing baseline, SQLite and PostgreSQL
	mkdir -p $(dir $(BENCH_JSON))
	$(PY) benchmarks/bench.py --json $(BENCH_JSON) $(BENCH_ARGS)

bench-full: $(STAMP)  ## 10^6 events per store, rebuild memory at 10^5, 10^6 and 10^7 events (hours)
	mkdir -p $(dir $(BENCH_FULL_JSON))
	$(PY) benchmarks/bench.py --units 50000 --import-timeout 3600 --writer-units 500 \
		--memory-events 100000,1000000,10000000 --json $(BENCH_FULL_JSON) $(BENCH_ARGS)

# The site: docs/*.md, the API reference from the docstrings, the CLI reference from the parser.
# --strict: any warning (a broken link, an unknown anchor, a docstring griffe cannot read) fails.
DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[docs]'
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)  ## build the docs site into site/ (mkdocs build --strict: no warning)
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf site $(VENV) .mypy_cache .ruff_cache .pytest_cache antq.sqlite3* reports
