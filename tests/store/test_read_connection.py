"""PostgreSQL: the connection a process keeps for its single-statement reads
(``store/postgres.py`` ``ReadConnection``). It must never make a read fail that the pool would
have served: not when its server process is killed under it, not when another thread is using
it, and it goes back to the pool when the ledger closes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg
import pytest
from test_erasure import AS_OF, OTHER, history

from antq_compliance import Ledger
from antq_compliance.domain.policy import SYSTEM
from builders import SUBJECT


def _reader(ledger: Ledger) -> Any:
    return ledger.log._app.recorder.reader  # type: ignore[attr-defined]


@pytest.fixture
def pg_store(store: str) -> str:
    if not store.startswith("postgres"):
        pytest.skip("PostgreSQL only: SQLite reads in-process")
    return store


def test_a_read_survives_its_kept_connection_being_killed(
    pg_store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(pg_store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([*history(), *history(OTHER)])
        before = ledger.status(SUBJECT, 2024, as_of=AS_OF[2024])
        kept = _reader(ledger)._conn
        assert kept is not None and not kept.closed
        pid = kept.info.backend_pid
        with psycopg.connect(pg_store.split("?")[0], autocommit=True) as admin:
            assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
        # The statement fails on the dead connection, which goes back to the pool; the read
        # runs again on a new one.
        assert ledger.status(SUBJECT, 2024, as_of=AS_OF[2024]) == before
        renewed = _reader(ledger)._conn
        assert renewed is not None and renewed is not kept
        assert renewed.info.backend_pid != pid
        assert ledger.status(OTHER, 2024, as_of=AS_OF[2024]).subject == OTHER


def test_a_read_while_another_thread_holds_the_kept_connection_uses_the_pool(
    pg_store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(pg_store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())
        expected = ledger.status(SUBJECT, 2024, as_of=AS_OF[2024])
        reader = _reader(ledger)
        kept = reader._conn
        got: list[object] = []
        with reader.connection() as held:  # this thread holds it...
            assert held is kept
            worker = threading.Thread(
                target=lambda: got.append(ledger.status(SUBJECT, 2024, as_of=AS_OF[2024]))
            )
            worker.start()
            worker.join(timeout=30)
        assert got == [expected]  # ...and the other thread read on a pooled one, not waiting
        assert reader._conn is kept


def test_the_kept_connection_goes_back_to_the_pool_on_close(
    pg_store: str, clock: Callable[[], datetime]
) -> None:
    ledger = Ledger(pg_store, clock=clock, actor=SYSTEM)
    ledger.record_many(history())
    ledger.status(SUBJECT, 2024, as_of=AS_OF[2024])
    reader = _reader(ledger)
    pool = ledger.log._app.recorder.datastore.pool  # type: ignore[attr-defined]
    assert reader._conn is not None
    out = pool.get_stats()["connections_num"] - pool.get_stats()["pool_available"]
    assert out >= 1  # checked out while kept
    ledger.close()
    assert reader._conn is None
