"""Shared fixtures: a ledger on each store (SQLite file, PostgreSQL schema) and a fake clock.

The suite is in four tiers, one folder each, each with its marker (``pytest -m store``...):

* ``tests/domain``: the pure core (domain, regulation, audit, codec, the spec report): no
  database, no process; a test there may not ask for a store;
* ``tests/store``: the ledger on SQLite and PostgreSQL (every test that takes ``store``,
  ``ledger`` or ``open_ledger`` runs once per store), crashes, concurrency, erasure, reports;
* ``tests/cli``: the ``antq`` command line, the documentation's examples, the benchmark script;
* ``tests/features``: the Vietnamese specifications (pytest-bdd), on both stores.

PostgreSQL tests use ``ANTQ_TEST_POSTGRES`` (default
``postgresql://antq:antq@127.0.0.1:5432/antq_test``). Outside CI they are skipped, with the
reason printed, when no server answers; in CI (``CI`` set) an unreachable server is an error.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from antq_compliance import Ledger, catalogue
from antq_compliance.domain.policy import SYSTEM

POSTGRES_URL = os.environ.get(
    "ANTQ_TEST_POSTGRES", "postgresql://antq:antq@127.0.0.1:5432/antq_test"
)
STORES = ["sqlite", "postgres"]


def pytest_configure(config: pytest.Config) -> None:
    # `antq` speaks the locale's language when --lang is not given: the suite expects the
    # default (Vietnamese), whatever the developer's locale; tests of the locale set their own.
    for name in ("LC_ALL", "LC_MESSAGES"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    # Every clause id of the catalogue is a registered marker, so feature files can tag
    # scenarios with clause ids under --strict-markers and an unknown id fails collection.
    for clause_id, item in catalogue().items():
        config.addinivalue_line("markers", f"{clause_id}: {item.title_en}")


TIERS = ("domain", "store", "cli", "features")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tier (the folder it is in); a domain test may not use a store."""
    root = Path(__file__).resolve().parent
    for item in items:
        tier = item.path.resolve().relative_to(root).parts[0]
        if tier not in TIERS:
            raise pytest.UsageError(f"{item.nodeid}: tests live in one of the folders {TIERS}")
        item.add_marker(getattr(pytest.mark, tier))
        if tier == "domain" and "store" in getattr(item, "fixturenames", ()):
            raise pytest.UsageError(f"{item.nodeid}: a domain test may not use a store")


class FakeClock:
    """A settable recording clock (UTC). Tests move it; the library only reads it."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2025, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def set(self, value: str | datetime) -> None:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        self.now = value


def _postgres_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return None
    except Exception as exc:  # any failure means "not available here"
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}".splitlines()[0]


_PG_PROBLEM: list[str | None] = []


def postgres_problem() -> str | None:
    if not _PG_PROBLEM:
        _PG_PROBLEM.append(_postgres_available())
    return _PG_PROBLEM[0]


def _drop_schema(schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store location for each test, on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "antq.sqlite3")
        return
    problem = postgres_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {problem}")
        pytest.skip(f"{problem} (set CI=1 to make this an error)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield f"{POSTGRES_URL}?schema={schema}"
    _drop_schema(schema)


@pytest.fixture
def open_ledger(store: str, clock: FakeClock) -> Iterator[Callable[[], Ledger]]:
    """Open (more) ledgers on the test's store; all are closed at the end."""
    opened: list[Ledger] = []

    def factory() -> Ledger:
        ledger = Ledger(store, clock=clock, actor=SYSTEM)  # writes name their actor
        opened.append(ledger)
        return ledger

    yield factory
    for ledger in opened:
        ledger.close()


@pytest.fixture
def ledger(open_ledger: Callable[[], Ledger]) -> Ledger:
    return open_ledger()
