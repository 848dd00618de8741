"""The event log on eventsourcing. The only module that imports eventsourcing.

Each subject is one stream (originator id = UUID5 of the subject identifier); each fact is one
stored event at the next version of its subject's stream. A batch across many subjects is one
``insert_events`` call, which eventsourcing runs in one database transaction: all or nothing.
Two writers appending at the same version of a stream collide on the database's unique key
(optimistic concurrency); the loser gets :class:`StreamConflict` and retries from a fresh read.

Tamper evidence (``docs/integrity.md``): after each append the new rows are *sealed*: chained
by SHA-256 links (``_chain.py``) kept in a table of our own in the same database
(``antq_chain``, head in ``antq_chain_head``). :meth:`EventLog.verify` walks rows and links.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qs, unquote, urlparse
from uuid import UUID, uuid5

import attrs
from eventsourcing.application import Application
from eventsourcing.persistence import (
    ApplicationRecorder,
    IntegrityError,
    Mapper,
    StoredEvent,
    Transcoder,
)
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder

from ._chain import GENESIS, Seal, StoredRow, extend, paged, verify_chain
from ._codec import decode_fact, encode_fact
from .facts import Fact
from .integrity import VerifyReport

if TYPE_CHECKING:  # the postgres extra is optional; imported only for a PostgreSQL URL
    from eventsourcing.postgres import PostgresDatastore
    from psycopg import Cursor
    from psycopg.rows import DictRow

__all__ = ["EventLog", "StreamConflict", "is_postgres_url", "stream_id"]

_SCHEMA_LOCK = 0x616E7471  # "antq": advisory lock key for table creation
_NAMESPACE = UUID("6f1c5e2a-9a8e-4f53-bb6e-3c1d2a7e0b24")
_CHAIN = "antq_chain"
_CHAIN_HEAD = "antq_chain_head"
_BATCH = 2000
_log = logging.getLogger("antq_compliance")


def stream_id(subject: str) -> UUID:
    """The stream of a subject. Stable: it is how stored events find their subject."""
    return uuid5(_NAMESPACE, f"subject:{subject}")


class StreamConflict(Exception):
    """Another writer appended to one of the streams first."""


class _Envelope:
    """What eventsourcing's event store carries for us: a fact at a position in a stream."""

    __slots__ = ("fact", "originator_id", "originator_version")

    def __init__(self, originator_id: UUID, originator_version: int, fact: Fact) -> None:
        self.originator_id = originator_id
        self.originator_version = originator_version
        self.fact = fact


class _NoTranscoder(Transcoder):
    """Unused: the fact mapper encodes with the project's own converter."""

    def encode(self, obj: Any) -> bytes:
        raise NotImplementedError

    def decode(self, data: bytes) -> Any:
        raise NotImplementedError


class _FactMapper(Mapper[UUID]):
    """Maps facts to stored events with the project's converter (JSON via orjson).

    The application's compressor and cipher (``COMPRESSOR_TOPIC``, ``CIPHER_KEY``) still apply.
    """

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        envelope = cast(_Envelope, domain_event)
        topic, state = encode_fact(envelope.fact)
        if self.compressor:
            state = self.compressor.compress(state)
        if self.cipher:
            state = self.cipher.encrypt(state)
        return StoredEvent(
            originator_id=envelope.originator_id,
            originator_version=envelope.originator_version,
            topic=topic,
            state=state,
        )

    def decode(self, stored: StoredEvent) -> Fact:
        state = stored.state
        if self.cipher:
            state = self.cipher.decrypt(state)
        if self.compressor:
            state = self.compressor.decompress(state)
        return decode_fact(stored.topic, state)

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        return _Envelope(
            cast(UUID, stored_event.originator_id),
            stored_event.originator_version,
            self.decode(stored_event),
        )


class _LedgerApplication(Application[UUID]):
    name = "antq"

    def construct_mapper(self) -> Mapper[UUID]:
        return self.factory.mapper(transcoder=_NoTranscoder(), mapper_class=_FactMapper)


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _env_for(location: str) -> dict[str, str]:
    if location == ":memory:":
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if is_postgres_url(location):
        url = urlparse(location)
        query = parse_qs(url.query)
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": unquote(url.path.lstrip("/")) or "postgres",
            "POSTGRES_HOST": url.hostname or "localhost",
            "POSTGRES_PORT": str(url.port or 5432),
            "POSTGRES_USER": unquote(url.username or ""),
            "POSTGRES_PASSWORD": unquote(url.password or ""),
            "APPLICATION_RECORDER_TOPIC": f"{__name__}:BatchPostgresRecorder",
        }
        if "schema" in query:
            env["POSTGRES_SCHEMA"] = query["schema"][0]
        return env
    return {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(Path(location))}


_PG_CHUNK = 2_000
"""Events per INSERT statement inside a batch's single transaction (a few hundred kB each)."""

_lazy: dict[str, type] = {}


def _batch_postgres_recorder() -> type:
    """eventsourcing's PostgreSQL recorder, inserting a batch without psycopg's pipeline mode.

    eventsourcing 9.5 sends a whole batch as one ``unnest(array)`` parameter inside a psycopg
    pipeline; psycopg 3.3 can stall sending such a message when it is larger than about 10 MB
    (seen with imports of 20,000 facts and more: the server waits in ClientRead, the client
    waits for the server). This recorder keeps everything else — the same statement, the
    EXCLUSIVE table lock that makes notification ids commit in order, NOTIFY, one transaction
    for the whole batch — and sends the batch in chunks of ``_PG_CHUNK`` events.
    """
    from eventsourcing.postgres import PostgresApplicationRecorder

    class BatchPostgresRecorder(PostgresApplicationRecorder):
        def insert_events(
            self, stored_events: Sequence[StoredEvent], **kwargs: Any
        ) -> Sequence[int] | None:
            if not stored_events:
                return []
            ids: list[int] = []
            with (
                self.datastore.get_connection() as conn,
                conn.transaction(),
                conn.cursor() as curs,
            ):
                self._lock_table(curs)
                self._notify_channel(curs)
                for start in range(0, len(stored_events), _PG_CHUNK):
                    rows = [
                        self.construct_pg_stored_event(
                            e.originator_id, e.originator_version, e.topic, e.state
                        )
                        for e in stored_events[start : start + _PG_CHUNK]
                    ]
                    curs.execute(self.insert_events_statement, (rows,))
                    ids += [row["notification_id"] for row in curs.fetchall()]
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


@contextlib.contextmanager
def _schema_lock(env: dict[str, str]) -> Iterator[None]:
    """On PostgreSQL, create the schema if missing and hold an advisory lock while
    eventsourcing creates its tables and functions: concurrent ``CREATE OR REPLACE FUNCTION``
    from several processes otherwise fails with "tuple concurrently updated"."""
    if env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres":
        yield
        return
    import psycopg  # the postgres extra; imported only when a PostgreSQL URL is used
    from psycopg import sql

    with psycopg.connect(
        dbname=env["POSTGRES_DBNAME"],
        host=env["POSTGRES_HOST"],
        port=int(env["POSTGRES_PORT"]),
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"],
        autocommit=True,
    ) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK,))
        try:
            schema = env.get("POSTGRES_SCHEMA")
            if schema:
                conn.execute(
                    sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema))
                )
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK,))


# --- tamper evidence: where the chain lives ------------------------------------------------


@attrs.frozen
class _Snapshot:
    """One consistent view of the events table and the chain, for a verification walk."""

    rows: Callable[[], Iterable[StoredRow]]
    seals: Callable[[], Iterable[Seal]]
    head: Seal | None


def _position(item: StoredRow | Seal) -> int:
    return item.position


class _Chain:
    """The chain table of one store. ``seal`` chains every row after the last link."""

    def seal(self) -> int:
        raise NotImplementedError

    def snapshot(self) -> contextlib.AbstractContextManager[_Snapshot]:
        raise NotImplementedError

    def close(self) -> None:
        return None

    @staticmethod
    def _extend(
        last: Seal | None,
        head: Seal | None,
        rows_after: Callable[[int], list[StoredRow]],
        write: Callable[[list[Seal]], object],
    ) -> tuple[int, Seal]:
        """Seal the rows after ``last`` (the chain's last link). Nothing is sealed while the
        head record disagrees with it: extending an edited or truncated chain would turn the
        evidence into a consistent-looking chain (``verify`` reports it instead)."""
        if head != last:
            _log.warning(
                "the chain head record (%s) disagrees with the chain's last link (%s): not "
                "sealing; run `antq verify`",
                head.position if head else None,
                last.position if last else None,
            )
            return 0, last or Seal(0, GENESIS)
        end = last or Seal(0, GENESIS)
        sealed = 0
        while rows := rows_after(end.position):
            seals = extend(end, rows)
            write(seals)
            end = seals[-1]
            sealed += len(seals)
            if len(rows) < _BATCH:
                break
        return sealed, end


def _sqlite_stream(value: object) -> object:
    """eventsourcing stores a stream id as 32 hex digits; only that exact text is the id."""
    if isinstance(value, str) and len(value) == 32:
        try:
            stream = UUID(hex=value)
        except ValueError:
            return value
        if stream.hex == value:
            return stream
    return value


class _SQLiteChain(_Chain):
    """``antq_chain`` and ``antq_chain_head`` in the SQLite file, through a connection of our
    own. Sealing runs in ``BEGIN IMMEDIATE``: it holds SQLite's single write lock, so it sees
    every committed row and no writer can commit meanwhile (rowids are handed out and
    committed in order). ``synchronous=NORMAL`` for the chain only: a link lost to a power
    cut is re-made by the next seal."""

    def __init__(self, db_name: str, events_table: str) -> None:
        self._events = events_table
        self._conn = sqlite3.connect(
            db_name, uri=True, isolation_level=None, timeout=30.0, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {_CHAIN} "
            "(position INTEGER PRIMARY KEY, link BLOB NOT NULL)"
        )
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {_CHAIN_HEAD} (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "position INTEGER NOT NULL, link BLOB NOT NULL)"
        )

    def _rows(self, after: int) -> list[StoredRow]:
        cursor = self._conn.execute(
            "SELECT rowid, originator_id, originator_version, topic, state "
            f"FROM {self._events} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, _BATCH),
        )
        return [StoredRow(p, _sqlite_stream(o), v, t, s) for p, o, v, t, s in cursor]

    def _seals(self, after: int) -> list[Seal]:
        cursor = self._conn.execute(
            f"SELECT position, link FROM {_CHAIN} WHERE position > ? ORDER BY position LIMIT ?",
            (after, _BATCH),
        )
        return [Seal(p, bytes(k)) for p, k in cursor]

    def _head(self) -> Seal | None:
        found = self._conn.execute(f"SELECT position, link FROM {_CHAIN_HEAD}").fetchone()
        return Seal(found[0], bytes(found[1])) if found else None

    def _write(self, seals: list[Seal]) -> None:
        self._conn.executemany(f"INSERT INTO {_CHAIN} (position, link) VALUES (?, ?)", seals)

    def seal(self) -> int:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                found = self._conn.execute(
                    f"SELECT position, link FROM {_CHAIN} ORDER BY position DESC LIMIT 1"
                ).fetchone()
                last = Seal(found[0], bytes(found[1])) if found else None
                sealed, end = self._extend(last, self._head(), self._rows, self._write)
                if sealed:
                    self._conn.execute(
                        f"INSERT INTO {_CHAIN_HEAD} (id, position, link) VALUES (1, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                        "link = excluded.link",
                        end,
                    )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return sealed

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._lock:
            self._conn.execute("BEGIN")  # a read transaction: one WAL snapshot for the walk
            try:
                yield _Snapshot(
                    rows=lambda: paged(self._rows, _position),
                    seals=lambda: paged(self._seals, _position),
                    head=self._head(),
                )
            finally:
                self._conn.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _PostgresChain(_Chain):
    """``<schema>.antq_chain`` and ``<schema>.antq_chain_head``, through eventsourcing's
    connection pool. A seal takes ``EXCLUSIVE`` on the chain table (one sealer at a time;
    readers are not blocked) and ``SHARE`` on the events table: that waits for inserting
    transactions in flight and holds new ones back until the seal commits, so the rows it
    reads are every row that will ever have those notification ids. (eventsourcing 9.5 already
    serialises inserts with an ``EXCLUSIVE`` table lock, so ids commit in order, but not when
    ``POSTGRES_ENABLE_DB_FUNCTIONS`` is on; the ``SHARE`` lock makes either safe.) A chain
    commit is not waited for (``synchronous_commit = off``): a lost link is re-made."""

    def __init__(self, datastore: PostgresDatastore, events_table: str) -> None:
        from psycopg import sql

        self._ds = datastore
        schema = sql.Identifier(datastore.schema)
        events = sql.SQL("{}.{}").format(schema, sql.Identifier(events_table))
        chain = sql.SQL("{}.{}").format(schema, sql.Identifier(_CHAIN))
        head = sql.SQL("{}.{}").format(schema, sql.Identifier(_CHAIN_HEAD))
        # One round trip each: lock, read the chain's end, read rows, write links and head.
        self._begin = sql.SQL(
            "SET LOCAL synchronous_commit = off; LOCK TABLE {} IN EXCLUSIVE MODE; "
            "LOCK TABLE {} IN SHARE MODE"
        ).format(chain, events)
        self._select_rows = sql.SQL(
            "SELECT notification_id, originator_id, originator_version, topic, state "
            "FROM {} WHERE notification_id > %s ORDER BY notification_id LIMIT %s"
        ).format(events)
        self._select_seals = sql.SQL(
            "SELECT position, link FROM {} WHERE position > %s ORDER BY position LIMIT %s"
        ).format(chain)
        self._select_ends = sql.SQL(
            "SELECT c.position AS last_position, c.link AS last_link, "
            "h.position AS head_position, h.link AS head_link FROM (SELECT 1) AS one "
            "LEFT JOIN LATERAL (SELECT position, link FROM {} ORDER BY position DESC LIMIT 1) "
            "AS c ON true LEFT JOIN {} AS h ON true"
        ).format(chain, head)
        self._select_head = sql.SQL("SELECT position, link FROM {}").format(head)
        self._write = sql.SQL(
            "WITH added AS (INSERT INTO {} (position, link) "
            "SELECT * FROM unnest(%s::bigint[], %s::bytea[])) "
            "INSERT INTO {} (id, position, link) VALUES (1, %s, %s) ON CONFLICT (id) "
            "DO UPDATE SET position = excluded.position, link = excluded.link"
        ).format(chain, head)
        with self._ds.transaction(commit=True) as cursor:
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} "
                    "(position bigint PRIMARY KEY, link bytea NOT NULL)"
                ).format(chain)
            )
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (id smallint PRIMARY KEY CHECK (id = 1), "
                    "position bigint NOT NULL, link bytea NOT NULL)"
                ).format(head)
            )

    def _rows(self, cursor: Cursor[DictRow], after: int) -> list[StoredRow]:
        cursor.execute(self._select_rows, (after, _BATCH))
        return [
            StoredRow(
                r["notification_id"],
                r["originator_id"],
                r["originator_version"],
                r["topic"],
                None if r["state"] is None else bytes(r["state"]),
            )
            for r in cursor.fetchall()
        ]

    def _head(self, cursor: Cursor[DictRow]) -> Seal | None:
        cursor.execute(self._select_head)
        found = cursor.fetchone()
        return Seal(found["position"], bytes(found["link"])) if found else None

    def _seals(self, cursor: Cursor[DictRow], after: int) -> list[Seal]:
        cursor.execute(self._select_seals, (after, _BATCH))
        return [Seal(r["position"], bytes(r["link"])) for r in cursor.fetchall()]

    def seal(self) -> int:
        with self._ds.transaction(commit=True) as cursor:
            cursor.execute(self._begin)
            cursor.execute(self._select_ends)
            ends = cursor.fetchone()
            assert ends is not None  # one row, always

            def seal_of(position: int | None, link: bytes | None) -> Seal | None:
                return None if position is None or link is None else Seal(position, bytes(link))

            def write(seals: list[Seal]) -> None:
                positions, links = [s.position for s in seals], [s.link for s in seals]
                cursor.execute(self._write, (positions, links, *seals[-1]))

            sealed, _ = self._extend(
                seal_of(ends["last_position"], ends["last_link"]),
                seal_of(ends["head_position"], ends["head_link"]),
                lambda after: self._rows(cursor, after),
                write,
            )
            return sealed

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._ds.get_connection() as conn, conn.transaction(force_rollback=True):
            cursor = conn.cursor()
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _Snapshot(
                rows=lambda: paged(lambda after: self._rows(cursor, after), _position),
                seals=lambda: paged(lambda after: self._seals(cursor, after), _position),
                head=self._head(cursor),
            )


class _MemoryChain(_Chain):
    """For ``:memory:``: the chain in a list, beside eventsourcing's in-memory store."""

    def __init__(self, recorder: ApplicationRecorder) -> None:
        self._recorder = recorder
        self._seals: list[Seal] = []
        self._head: Seal | None = None
        self._lock = threading.Lock()

    def _rows(self, after: int, stop: int | None = None) -> list[StoredRow]:
        return [
            StoredRow(n.id, n.originator_id, n.originator_version, n.topic, n.state)
            for n in self._recorder.select_notifications(
                start=after, limit=_BATCH, stop=stop, inclusive_of_start=False
            )
        ]

    def seal(self) -> int:
        with self._lock:
            last = self._seals[-1] if self._seals else None
            sealed, end = self._extend(last, self._head, self._rows, self._seals.extend)
            if sealed:
                self._head = end
            return sealed

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._lock:
            seals, head = list(self._seals), self._head
            stop = self._recorder.max_notification_id() or 0
            yield _Snapshot(
                rows=lambda: paged(lambda after: self._rows(after, stop), _position),
                seals=lambda: iter(seals),
                head=head,
            )


def _open_chain(recorder: ApplicationRecorder) -> _Chain:
    if isinstance(recorder, SQLiteApplicationRecorder):
        pool = recorder.datastore.pool
        if pool.is_sqlite_memory_mode:  # a private in-memory database: no second connection
            return _MemoryChain(recorder)
        return _SQLiteChain(pool.db_name, recorder.events_table_name)
    if isinstance(recorder, POPOApplicationRecorder):
        return _MemoryChain(recorder)
    postgres = sys.modules.get("eventsourcing.postgres")
    if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
        return _PostgresChain(recorder.datastore, recorder.events_table_name)
    raise TypeError(f"no tamper-evidence chain for the recorder {type(recorder).__qualname__}")


class EventLog:
    """Append and read facts. ``location``: a SQLite file path, a PostgreSQL URL, or
    ``:memory:``. ``env`` adds eventsourcing settings (``CIPHER_KEY``, ``COMPRESSOR_TOPIC``...)."""

    def __init__(self, location: str | os.PathLike[str], env: dict[str, str] | None = None):
        self.location = str(location)
        settings = _env_for(self.location)
        # eventsourcing reads the process environment too; what is passed here wins over it,
        # and the caller's explicit ``env`` wins over what the location implies.
        settings = {**settings, **(env or {})}
        with _schema_lock(settings):
            self._app = _LedgerApplication(env=settings)
            self._chain = _open_chain(self._app.recorder)
        self._mapper = cast(_FactMapper, self._app.mapper)

    @property
    def is_postgres(self) -> bool:
        return is_postgres_url(self.location)

    def read(self, subject: str) -> list[Fact]:
        """Every fact of one subject, in stream order."""
        return [
            self._mapper.decode(s) for s in self._app.recorder.select_events(stream_id(subject))
        ]

    def append(self, batches: Sequence[tuple[str, int, Sequence[Fact]]]) -> None:
        """Append facts to several streams atomically. Each item: (subject, version the
        stream is expected to be at, facts). Raises :class:`StreamConflict` if any stream moved."""
        envelopes = [
            _Envelope(stream_id(subject), version + offset, fact)
            for subject, version, facts in batches
            for offset, fact in enumerate(facts, start=1)
        ]
        if not envelopes:
            return
        try:
            self._app.events.put(cast(Any, envelopes))
        except IntegrityError as exc:
            raise StreamConflict(str(exc)) from exc
        try:
            self.seal()
        except Exception:  # the facts are committed: the next write or verify seals them
            _log.warning("the log could not be sealed after an append", exc_info=True)

    def seal(self) -> int:
        """Chain every row after the chain head; the number of rows sealed. Run after each
        append; safe to run from several processes at once."""
        return self._chain.seal()

    def verify(self, *, seal: bool = True) -> VerifyReport:
        """Walk every stored row against the hash chain (see ``docs/integrity.md``). With
        ``seal`` (the default) rows not yet chained are sealed first; without it they are
        counted as ``unsealed`` and the walk writes nothing."""
        if seal:
            self.seal()
        with self._chain.snapshot() as snapshot:
            report = verify_chain(snapshot.rows, snapshot.seals, snapshot.head)
        problem = report.problem
        if problem is not None and problem.stream is not None:
            subject = self._subject_of(UUID(problem.stream))
            if subject is not None:
                report = attrs.evolve(report, problem=attrs.evolve(problem, subject=subject))
        return report

    def _subject_of(self, stream: UUID) -> str | None:
        """The subject of a stream, from the first of its rows that still decodes."""
        try:
            stored = self._app.recorder.select_events(stream)
        except Exception:  # a tampered row may not even load; the stream id is named anyway
            return None
        for event in stored:
            try:
                return self._mapper.decode(event).subject
            except Exception:
                continue
        return None

    def scan(
        self, topics: Sequence[str] = (), *, start: int = 1, batch: int = 2000
    ) -> Iterator[tuple[int, Fact]]:
        """Every stored fact in recording order (the notification log), optionally filtered
        by stored topic, as (position, fact)."""
        position = start
        while True:
            rows = self._app.recorder.select_notifications(
                start=position, limit=batch, topics=topics, inclusive_of_start=True
            )
            for row in rows:
                yield row.id, self._mapper.decode(row)
            if len(rows) < batch:
                return
            position = rows[-1].id + 1

    def scan_raw(self, *, batch: int = 2000) -> Iterator[int]:
        """Notification ids only, without decoding: the raw read rate for benchmarks."""
        position = 1
        while True:
            rows = self._app.recorder.select_notifications(start=position, limit=batch)
            for row in rows:
                yield row.id
            if len(rows) < batch:
                return
            position = rows[-1].id + 1

    def head(self) -> int:
        return self._app.recorder.max_notification_id() or 0

    def close(self) -> None:
        self._chain.close()
        self._app.close()
