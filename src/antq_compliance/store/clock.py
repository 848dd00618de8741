"""The recording clock of a log never runs backwards (``docs/reliability.md``).

Each append reads the last recording instant of the log (of its last fact or erasure record)
and records nothing earlier: a fact whose ``recorded_at`` is before it is recorded at that
instant plus one microsecond (clamped, with a warning), so ``--known-at``, ``history`` and
``audit`` never see a fact known "before" one recorded ahead of it in the log. Appends are
serialised while they read and write (:func:`append_lock`): on PostgreSQL by an advisory
lock, on a SQLite file by an exclusive ``flock`` on ``<file>.antq-lock``, in memory by a
thread lock. On PostgreSQL the ledger's default clock is the database's
(``clock_timestamp()``), one clock for every writer (:func:`database_clock`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder

__all__ = ["EPSILON", "append_lock", "database_clock"]

EPSILON = timedelta(microseconds=1)
_APPEND_LOCK = 0x616E7472  # "antr": advisory lock key of appends


def _postgres(recorder: ApplicationRecorder) -> Any:
    postgres = sys.modules.get("eventsourcing.postgres")
    if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
        return recorder
    return None


@contextlib.contextmanager
def append_lock(recorder: ApplicationRecorder, private: threading.Lock) -> Iterator[None]:
    """Hold the log's append lock (every process, every thread) for the block; ``private``
    is the lock of a store only this process sees (in memory)."""
    pg = _postgres(recorder)
    if pg is not None:
        with pg.datastore.get_connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_APPEND_LOCK,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_APPEND_LOCK,))
        return
    if isinstance(recorder, SQLiteApplicationRecorder):
        pool = recorder.datastore.pool
        if not pool.is_sqlite_memory_mode and os.name == "posix":
            import fcntl

            # A new open file description per acquisition: threads exclude each other too.
            fd = os.open(f"{pool.db_name}.antq-lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # releases the lock
            return
    with private:
        yield


def database_clock(recorder: ApplicationRecorder) -> Callable[[], datetime] | None:
    """The database's clock on PostgreSQL; ``None`` elsewhere (the process's clock)."""
    pg = _postgres(recorder)
    if pg is None:
        return None

    def now() -> datetime:
        with pg.datastore.transaction(commit=False) as cursor:
            cursor.execute("SELECT clock_timestamp() AS now")
            found = cursor.fetchone()
        assert found is not None
        return datetime.fromtimestamp(found["now"].timestamp(), UTC)

    return now
