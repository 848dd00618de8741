"""PostgreSQL specifics of the event log: eventsourcing's recorder, sending a batch in chunks."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventsourcing.persistence import (
    StoredEvent,
)

from antq_compliance.store.vault.base import INSERT_KEY, KEYS, KeyRow

_PG_CHUNK = 2_000
"""Events per INSERT statement inside a batch's single transaction (a few hundred kB each)."""

_lazy: dict[str, type] = {}


def _insert_keys(curs: Any, schema: str, keys: list[KeyRow]) -> None:
    """Insert new personal-data key rows (in the transaction of the facts sealed under them)."""
    from psycopg import sql

    curs.execute(
        sql.SQL(
            "INSERT INTO {}.{} " + INSERT_KEY + " SELECT * FROM unnest("
            "%b::text[], %b::bytea[], %b::bytea[], %b::text[], %b::bytea[], %b::text[])"
        ).format(sql.Identifier(schema), sql.Identifier(KEYS)),
        [list(column) for column in zip(*keys, strict=True)],
    )


def _copy_events(
    curs: Any, schema: str, table: str, id_type: str, events: Sequence[StoredEvent]
) -> None:
    """Send ``events`` with one ``COPY ... FROM STDIN (FORMAT BINARY)``."""
    from psycopg import sql

    statement = sql.SQL(
        "COPY {}.{} (originator_id, originator_version, topic, state) FROM STDIN (FORMAT BINARY)"
    ).format(sql.Identifier(schema), sql.Identifier(table))
    with curs.copy(statement) as copy:
        copy.set_types([id_type, "int8", "text", "bytea"])
        write = copy.write_row
        for e in events:
            write((e.originator_id, e.originator_version, e.topic, e.state))


def _run(conn: Any, query: Any, params: Any, row_factory: Any, prepare: bool | None) -> list[Any]:
    cursor = conn.cursor() if row_factory is None else conn.cursor(row_factory=row_factory)
    return list(cursor.execute(query, params, prepare=prepare).fetchall())


class ReadConnection:
    """One of the pool's connections kept for this process's single-statement reads (a
    stream, a batch of keys, the erasure counter), in autocommit mode as the pool gives it.

    The pool hands its connections out in turn; each new server process answers its first
    statements slowly (2-3 ms on this machine: its catalog caches are cold) and prepares a
    statement for itself. Reading through one connection pays that once, not once per pooled
    connection. A read that finds the kept connection busy (another thread reading) takes one
    from the pool as before. A kept connection that turns out closed or broken (the server
    restarted, the backend was terminated) is given back to the pool, which drops it, and the
    read runs once more on a new one: a read is a single statement, safe to repeat. It is
    checked first when the store asks the pool to (``POSTGRES_PRE_PING``)."""

    def __init__(self, datastore: Any) -> None:
        self._datastore = datastore
        self._lock = threading.Lock()
        self._conn: Any = None

    def fetch(
        self, query: Any, params: Any, *, row_factory: Any = None, prepare: bool | None = None
    ) -> list[Any]:
        """The rows of one read-only statement (the connection's row factory unless one is
        given)."""
        for attempt in (1, 2):
            with self.connection() as conn:
                try:
                    return _run(conn, query, params, row_factory, prepare)
                except Exception:
                    if attempt == 2 or not (conn.closed or conn.broken):
                        raise
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def connection(self) -> Iterator[Any]:
        if not self._lock.acquire(blocking=False):  # in use by another thread: the pool's
            with self._datastore.get_connection() as conn:
                yield conn
            return
        try:
            conn = self._conn
            if conn is None or conn.closed or conn.broken:
                self._give_back()
                timeout = self._datastore.pool_open_timeout
                self._datastore.pool.open(timeout is not None, timeout or 30.0)  # as eventsourcing
                conn = self._conn = self._datastore.pool.getconn()
            elif getattr(self._datastore, "pre_ping", False):  # POSTGRES_PRE_PING, as the pool
                try:
                    self._datastore.pool.check_connection(conn)
                except Exception:
                    self._give_back()
                    conn = self._conn = self._datastore.pool.getconn()
            try:
                yield conn
            finally:
                if conn.closed or conn.broken:  # the pool drops it; the next read gets another
                    self._give_back()
        finally:
            self._lock.release()

    def _give_back(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._datastore.pool.putconn(conn)

    def close(self) -> None:
        """Give the connection back to the pool (before the pool is closed)."""
        with self._lock:
            self._give_back()


def read_fetcher(recorder: Any) -> Any:
    """``fetch(query, params, row_factory=None, prepare=None)`` for ``recorder``'s
    single-statement reads: through its kept connection (:class:`ReadConnection`), else on
    one of its pool's connections (eventsourcing's own recorder)."""
    reader = getattr(recorder, "reader", None)
    if reader is not None:
        return reader.fetch

    def fetch(
        query: Any, params: Any, *, row_factory: Any = None, prepare: bool | None = None
    ) -> list[Any]:
        with recorder.datastore.get_connection() as conn:
            return _run(conn, query, params, row_factory, prepare)

    return fetch


def _send_part(
    recorder: Any, curs: Any, events: Sequence[StoredEvent], returning: bool
) -> list[int]:
    """One statement of ``recorder``'s (``BatchPostgresRecorder``): up to ``_PG_CHUNK`` events."""
    if returning:
        rows = [
            recorder.construct_pg_stored_event(
                e.originator_id, e.originator_version, e.topic, e.state
            )
            for e in events
        ]
        curs.execute(recorder.insert_events_statement, (rows,))
        return [row["notification_id"] for row in curs.fetchall()]
    store = recorder.datastore
    _copy_events(curs, store.schema, recorder.events_table_name, store.originator_id_type, events)
    return []


def _batch_postgres_recorder() -> type:
    """eventsourcing's PostgreSQL recorder, inserting a batch without psycopg's pipeline mode.

    eventsourcing 9.5 sends a whole batch as one ``unnest(array)`` parameter inside a psycopg
    pipeline; psycopg 3.3 can stall sending such a message when it is larger than about 10 MB
    (seen with imports of 20,000 facts and more: the server waits in ClientRead, the client
    waits for the server). This recorder keeps everything else — the same statement, the
    EXCLUSIVE table lock that makes notification ids commit in order, NOTIFY, one transaction
    for the whole batch — and sends the batch in chunks of ``_PG_CHUNK`` events.

    The bulk path (``insert_chunks``, every write of the ledger) sends each part as
    ``COPY ... FROM STDIN (FORMAT BINARY)``: no statement text to parse, no composite array to
    unpack, the bytes of ``state`` sent as they are. ``insert_events`` (eventsourcing's own
    API, which returns the notification ids) keeps the ``INSERT ... RETURNING`` statement.
    """
    from eventsourcing.postgres import PostgresApplicationRecorder

    class BatchPostgresRecorder(PostgresApplicationRecorder):
        def insert_events(
            self, stored_events: Sequence[StoredEvent], **kwargs: Any
        ) -> Sequence[int] | None:
            if not stored_events:
                return []
            chunk = (stored_events, kwargs.get("antq_keys") or [])
            return self._insert([chunk], returning=True)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.reader = ReadConnection(self.datastore)
            """The connection this process reads single statements with."""

        def insert_chunks(
            self, chunks: Iterable[tuple[Sequence[StoredEvent], list[KeyRow]]]
        ) -> None:
            """Each chunk's key rows and events, in one transaction (all or none; an
            exception raised by ``chunks``, a generator that may read the store meanwhile,
            rolls back the chunks already sent). The table lock is taken at the first chunk
            and held to the commit, as eventsourcing holds it for one batch."""
            self._insert(chunks, returning=False)

        def _insert(
            self,
            chunks: Iterable[tuple[Sequence[StoredEvent], list[KeyRow]]],
            *,
            returning: bool,
        ) -> list[int]:
            ids: list[int] = []
            with (
                self.datastore.get_connection() as conn,
                conn.transaction(),
                conn.cursor() as curs,
            ):
                locked = False
                for events, keys in chunks:
                    if not locked:
                        self._lock_table(curs)
                        self._notify_channel(curs)
                        locked = True
                    if keys:  # the new keys of these facts, in their transaction
                        _insert_keys(curs, self.datastore.schema, keys)
                    for start in range(0, len(events), _PG_CHUNK):
                        part = events[start : start + _PG_CHUNK]
                        ids += _send_part(self, curs, part, returning)
            return ids

    BatchPostgresRecorder.__module__ = __name__
    return BatchPostgresRecorder


def __getattr__(name: str) -> type:
    # Resolved by eventsourcing from APPLICATION_RECORDER_TOPIC; built on first use so that the
    # PostgreSQL extra (psycopg) is imported only by deployments that use PostgreSQL.
    if name == "BatchPostgresRecorder":
        if name not in _lazy:
            _lazy[name] = _batch_postgres_recorder()
        return _lazy[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
