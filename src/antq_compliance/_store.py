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
import functools
import hashlib
import logging
import os
import re
import sqlite3
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast
from urllib.parse import parse_qs, unquote, urlparse
from uuid import UUID, uuid5

import attrs
import orjson
from eventsourcing.application import Application
from eventsourcing.persistence import (
    ApplicationRecorder,
    InfrastructureFactory,
    IntegrityError,
    Mapper,
    StoredEvent,
    Tracking,
    Transcoder,
)
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteTrackingRecorder
from eventsourcing.utils import Environment

from ._chain import _TAG as _LINK_TAG
from ._chain import GENESIS, Seal, StoredRow, extend, link, paged, verify_chain
from ._codec import ERASURE_TOPIC, decode_erasure, decode_fact, encode_erasure, encode_fact
from ._fastcodec import encode_trusted, trusted_decoder
from ._personal import (
    PersonalData,
    Vault,
    open_memory_vault,
    open_postgres_vault,
    open_sqlite_vault,
)
from .errors import InvalidQuery, KeyRequired, StoreConfigurationError, UnreadableRow, WrongKey
from .facts import Fact
from .integrity import VerifyReport
from .privacy import Erasure

if TYPE_CHECKING:  # the postgres extra is optional; imported only for a PostgreSQL URL
    from eventsourcing.postgres import PostgresDatastore
    from psycopg import Cursor
    from psycopg.rows import DictRow

__all__ = [
    "EventLog",
    "StatusViewStore",
    "StreamConflict",
    "ViewConflict",
    "ViewRow",
    "is_postgres_url",
    "stream_id",
]

_SCHEMA_LOCK = 0x616E7471  # "antq": advisory lock key for table creation
_NAMESPACE = UUID("6f1c5e2a-9a8e-4f53-bb6e-3c1d2a7e0b24")
_CHAIN = "antq_chain"
_CHAIN_HEAD = "antq_chain_head"
_BATCH = 2000
_log = logging.getLogger("antq_compliance")


@functools.lru_cache(maxsize=1 << 16)
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

    payloads: _Payloads | None = None

    def decode(self, stored: StoredEvent) -> Fact:
        if self.payloads is not None:
            state, erased = self.payloads.open(stored.topic, stored.state)
            fact = decode_fact(stored.topic, state)
            return self.payloads.personal.patch(fact) if erased else fact
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
    # A writer waits up to 30 s for SQLite's single write lock, as the chain's seal does
    # (eventsourcing's default is 5 s, which 8 busy writers on 2 cores exceeded:
    # "database is locked"; tests/test_multiprocess.py, docs/reliability.md).
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(Path(location)),
        "SQLITE_LOCK_TIMEOUT": "30",
    }


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
        rows_after: Callable[[int], Sequence[Sequence[Any]]],
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
            seals = _extend_fast(end, rows)
            write(seals)
            end = seals[-1]
            sealed += len(seals)
            if len(rows) < _BATCH:
                break
        return sealed, end


_HEX32 = re.compile("[0-9a-f]{32}")


def _extend_fast(prev: Seal, rows: Sequence[Sequence[Any]]) -> list[Seal]:
    """``_chain.extend`` for rows as read for sealing: (position, stream, version, topic,
    state), the stream as a UUID or SQLite's 32 hex digits. The same links, computed without
    building a UUID per row; any value of an unexpected type goes through ``_chain.link``."""
    out = []
    last = prev.link
    sha256 = hashlib.sha256
    for position, stream, version, topic, state in rows:
        if type(stream) is str and _HEX32.fullmatch(stream):
            stream_field = b"\x02" + bytes.fromhex(stream)
        elif type(stream) is UUID:
            stream_field = b"\x02" + stream.bytes
        else:
            stream_field = b""
        if (
            stream_field
            and type(position) is int
            and type(version) is int
            and type(topic) is str
            and type(state) is bytes
        ):
            text = topic.encode("utf-8", "surrogatepass")
            last = sha256(
                b"".join(
                    (
                        _LINK_TAG,
                        last,
                        b"\x01" + position.to_bytes(8, "big", signed=True),
                        stream_field,
                        b"\x01" + version.to_bytes(8, "big", signed=True),
                        b"\x04" + len(text).to_bytes(8, "big") + text,
                        b"\x03" + len(state).to_bytes(8, "big") + state,
                    )
                )
            ).digest()
        else:
            last = link(last, StoredRow(position, _sqlite_stream(stream), version, topic, state))
        out.append(Seal(position, last))
    return out


def _check_extend_fast() -> None:
    """The fast links are the chain's links (checked at import, on both stream forms)."""
    stream = uuid5(_NAMESPACE, "check")
    rows = [StoredRow(7, stream, 3, "antq:Thử:v1", b'{"x":"\xc3\xa1"}')]
    expected = extend(Seal(6, GENESIS), rows)
    raw = [(7, stream.hex, 3, "antq:Thử:v1", b'{"x":"\xc3\xa1"}')]
    for form in (rows, raw):
        if _extend_fast(Seal(6, GENESIS), form) != expected:
            raise RuntimeError("the fast chain links differ from _chain.link")


_check_extend_fast()


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
        return [StoredRow(p, _sqlite_stream(o), v, t, s) for p, o, v, t, s in self._raw(after)]

    def _raw(self, after: int) -> list[tuple[int, object, object, object, object]]:
        cursor = self._conn.execute(
            "SELECT rowid, originator_id, originator_version, topic, state "
            f"FROM {self._events} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, _BATCH),
        )
        return cursor.fetchall()

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
                sealed, end = self._extend(last, self._head(), self._raw, self._write)
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


# --- stored bytes: personal-data tokens, compression, encryption (docs/reliability.md) ---------

_KEY_CHECK = b"antq-store-key-check-v1"
_ZLIB = "eventsourcing.compressor:ZlibCompressor"
_ERASURES = uuid5(_NAMESPACE, "erasures")
"""The stream of erasure records (``privacy.Erasure``): not a subject's stream."""


def _open_vault(recorder: ApplicationRecorder) -> Vault:
    if isinstance(recorder, SQLiteApplicationRecorder):
        pool = recorder.datastore.pool
        if pool.is_sqlite_memory_mode:
            return open_memory_vault()
        return open_sqlite_vault(pool.db_name)
    if isinstance(recorder, POPOApplicationRecorder):
        return open_memory_vault()
    postgres = sys.modules.get("eventsourcing.postgres")
    if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
        import psycopg

        ds = recorder.datastore
        conninfo = {k: v for k, v in ds.pool.kwargs.items() if k != "row_factory"}
        return open_postgres_vault(
            lambda: ds.transaction(commit=True),
            ds.schema,
            lambda: psycopg.connect(**conninfo, autocommit=True),
        )
    raise TypeError(f"no key table for the recorder {type(recorder).__qualname__}")


def _cipher_env(cipher_key: str | None, compress: bool) -> dict[str, str]:
    env: dict[str, str] = {}
    if cipher_key is not None:
        import base64
        import binascii

        try:
            raw = base64.b64decode(cipher_key.strip().encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raw = b""
        if len(raw) != 32:
            raise StoreConfigurationError(
                "the cipher key must be 32 random bytes in base64 (AES-256), as `antq keygen` "
                "prints"
            )
        env["CIPHER_KEY"] = cipher_key.strip()
    if compress:
        env["COMPRESSOR_TOPIC"] = _ZLIB
    return env


def _plain_row(state: bytes) -> bool:
    """Whether ``state`` is a row stored without encryption: fact JSON, or zlib of it."""
    try:
        orjson.loads(zlib.decompress(state) if state[:1] == b"x" else state)
    except (zlib.error, orjson.JSONDecodeError):
        return False
    return True


class _Payloads:
    """Between a fact's JSON and the ``state`` column: personal-data tokens (``_personal``),
    then the compressor and the cipher the application was opened with. Reading is tolerant
    of rows written under other settings (a cipher or compressor switched on later): a zlib
    stream starts with ``x`` and our JSON with ``{``; anything else must decrypt."""

    def __init__(self, location: str, mapper: Mapper[UUID], vault: Vault) -> None:
        self.location = location
        self.cipher = mapper.cipher
        self.compressor = mapper.compressor
        self.vault = vault
        self.personal = PersonalData(vault)
        check = vault.meta("cipher_check")
        self.locked = check is not None and self.cipher is None
        if self.cipher is not None:
            if check is None:
                check = vault.put_meta("cipher_check", self.cipher.encrypt(_KEY_CHECK))
            try:
                opened = self.cipher.decrypt(check)
            except ValueError:
                opened = b""
            if opened != _KEY_CHECK:
                raise WrongKey(location)

    def writable(self) -> None:
        if self.locked:
            raise KeyRequired(self.location)

    def wrap(self, state: bytes) -> bytes:
        if self.compressor:
            state = self.compressor.compress(state)
        if self.cipher:
            state = self.cipher.encrypt(state)
        return state

    def unwrap(self, topic: str, state: bytes) -> bytes:
        if self.cipher is not None:
            try:
                state = self.cipher.decrypt(state)
            except ValueError:
                # A row written before the cipher was on reads as it is; a ciphertext that
                # happens to start like one (1 in 128) is still a row that does not decrypt.
                if not _plain_row(state):
                    raise UnreadableRow(
                        f"a stored {topic} row", "does not decrypt with this key"
                    ) from None
        elif self.locked:
            raise KeyRequired(self.location)
        if state[:1] == b"x":
            try:
                state = zlib.decompress(state)
            except zlib.error as exc:
                raise UnreadableRow(
                    f"a stored {topic} row", f"does not decompress ({exc})"
                ) from None
        return state

    def prefetch(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Fetch the person keys of a batch of stored (topic, state) rows in one query, before
        they are opened one by one. A row that does not unwrap is left to :meth:`open`."""
        states = []
        for topic, state in rows:
            if state[:1] != b"{":  # compressed or encrypted
                try:
                    state = self.unwrap(topic, state)
                except Exception:
                    continue
            states.append(state)
        self.personal.prefetch(states)

    def open(self, topic: str, state: bytes) -> tuple[bytes, bool]:
        """The fact JSON of a stored row, personal values opened, and whether one was erased."""
        return self.personal.open(self.unwrap(topic, state), lambda: f"a stored {topic} row")

    def close(self) -> None:
        self.personal.close()


class EventLog:
    """Append and read facts. ``location``: a SQLite file path, a PostgreSQL URL, or
    ``:memory:``. ``env`` adds eventsourcing settings (``CIPHER_KEY``, ``COMPRESSOR_TOPIC``...)."""

    def __init__(
        self,
        location: str | os.PathLike[str],
        env: dict[str, str] | None = None,
        *,
        cipher_key: str | None = None,
        compress: bool = False,
    ):
        self.location = str(location)
        settings = _env_for(self.location)
        # eventsourcing reads the process environment too; what is passed here wins over it,
        # and the caller's explicit ``env`` wins over what the location implies.
        settings = {**settings, **(env or {}), **_cipher_env(cipher_key, compress)}
        with _schema_lock(settings):
            self._app = _LedgerApplication(env=settings)
            self._chain = _open_chain(self._app.recorder)
            vault = _open_vault(self._app.recorder)
        self._mapper = cast(_FactMapper, self._app.mapper)
        try:
            self._payloads = _Payloads(self.location, self._mapper, vault)
        except BaseException:
            vault.close()
            self._chain.close()
            self._app.close()
            raise
        self._mapper.payloads = self._payloads

    @property
    def is_postgres(self) -> bool:
        return is_postgres_url(self.location)

    def read(self, subject: str) -> list[Fact]:
        """Every fact of one subject, in stream order (trusted decoding, see :meth:`scan`)."""
        decode = self._decoder()
        stored = self._app.recorder.select_events(stream_id(subject))
        self._payloads.prefetch((s.topic, s.state) for s in stored)
        return [decode(s.topic, s.state) for s in stored]

    def _decoder(self) -> Callable[[str, bytes], Fact]:
        """The trusted fast decoder (``_fastcodec``) behind the application's cipher and
        compressor, if any: our own rows were validated on write and are hash-chained."""
        decode = trusted_decoder()
        payloads = self._payloads
        payloads.personal.refresh()  # keys destroyed since, by any process, read as erased
        patch = payloads.personal.patch

        def unwrap(topic: str, state: bytes) -> Fact:
            state, erased = payloads.open(topic, state)
            fact = decode(topic, state)
            return patch(fact) if erased else fact

        return unwrap

    def _rows(
        self, after: int, limit: int, topics: Sequence[str] = ()
    ) -> list[tuple[int, str, bytes]]:
        """(position, topic, state) of up to ``limit`` rows after ``after``, in log order,
        read straight from the recorder's table (no per-row stream-id conversion)."""
        recorder = self._app.recorder
        where = f" AND topic IN ({', '.join(['%s'] * len(topics))})" if topics else ""
        if isinstance(recorder, SQLiteApplicationRecorder):
            statement = (
                f"SELECT rowid, topic, state FROM {recorder.events_table_name} "
                f"WHERE rowid > ?{where.replace('%s', '?')} ORDER BY rowid LIMIT ?"
            )
            with recorder.datastore.transaction(commit=False) as cursor:
                raw = cursor.sqlite_cursor
                raw.row_factory = None  # plain tuples
                raw.execute(statement, (after, *topics, limit))
                return cast(list[tuple[int, str, bytes]], raw.fetchall())
        postgres = sys.modules.get("eventsourcing.postgres")
        if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
            from psycopg import sql
            from psycopg.rows import tuple_row

            query = sql.SQL(
                "SELECT notification_id, topic, state FROM {}.{} "
                f"WHERE notification_id > %s{where} ORDER BY notification_id LIMIT %s"
            ).format(
                sql.Identifier(recorder.datastore.schema),
                sql.Identifier(recorder.events_table_name),
            )
            with recorder.datastore.transaction(commit=False) as pg:
                pg.row_factory = cast(Any, tuple_row)
                pg.execute(query, (after, *topics, limit))
                return cast(list[tuple[int, str, bytes]], pg.fetchall())
        return [
            (n.id, n.topic, n.state)
            for n in recorder.select_notifications(
                start=after, limit=limit, topics=topics, inclusive_of_start=False
            )
        ]

    def append(self, batches: Sequence[tuple[str, int, Sequence[Fact]]]) -> None:
        """Append facts to several streams atomically. Each item: (subject, version the
        stream is expected to be at, facts). Raises :class:`StreamConflict` if any stream moved."""
        stored = self._stored(batches)
        if not stored:
            return
        try:
            # What ``events.put`` does, minus its per-event mapper: the facts are encoded by
            # the fast encoder (the same bytes as ``encode_fact``; tests/test_fastpath.py).
            self._app.recorder.insert_events(stored)
        except IntegrityError as exc:
            raise StreamConflict(str(exc)) from exc
        try:
            self.seal()
        except Exception:  # the facts are committed: the next write or verify seals them
            _log.warning("the log could not be sealed after an append", exc_info=True)

    def _stored(self, batches: Sequence[tuple[str, int, Sequence[Fact]]]) -> list[StoredEvent]:
        """The stored events of ``batches``, through the application's compressor and cipher."""
        payloads = self._payloads
        payloads.writable()
        # The keys of the personal values, created first: a key without facts is harmless.
        payloads.personal.prepare(f for _, _, facts in batches for f in facts)
        seal, wrap = payloads.personal.seal, payloads.wrap
        out = []
        for subject, version, facts in batches:
            stream = stream_id(subject)
            for offset, fact in enumerate(facts, start=1):
                topic, state = encode_trusted(seal(fact))
                out.append(StoredEvent(stream, version + offset, topic, wrap(state)))
        return out

    def read_many(self, subjects: Sequence[str]) -> dict[str, list[Fact]]:
        """Every fact of each subject, in stream order (one query per 500 subjects on SQLite
        and PostgreSQL; :meth:`read` for one subject). Subjects without facts map to []."""
        out: dict[str, list[Fact]] = {subject: [] for subject in subjects}
        recorder = self._app.recorder
        postgres = sys.modules.get("eventsourcing.postgres")
        is_pg = postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder)
        if len(out) < 2 or not (isinstance(recorder, SQLiteApplicationRecorder) or is_pg):
            return {subject: self.read(subject) for subject in out}
        decode = self._decoder()
        streams = [stream_id(subject) for subject in out]
        # PostgreSQL gives stream ids as UUIDs, SQLite as the 32 hex digits it stores.
        by_key: dict[object, str] = {
            (stream if is_pg else stream.hex): subject
            for stream, subject in zip(streams, out, strict=True)
        }
        for start in range(0, len(streams), 500):
            chunk = streams[start : start + 500]
            rows = self._streams_rows(chunk, is_pg)
            self._payloads.prefetch((topic, state) for _, topic, state in rows)
            for originator, topic, state in rows:
                out[by_key[originator]].append(decode(topic, state))
        return out

    def _streams_rows(self, streams: list[UUID], is_pg: bool) -> list[tuple[object, str, bytes]]:
        recorder = self._app.recorder
        if not is_pg:
            assert isinstance(recorder, SQLiteApplicationRecorder)
            statement = (
                f"SELECT originator_id, topic, state FROM {recorder.events_table_name} "
                f"WHERE originator_id IN ({', '.join('?' * len(streams))}) "
                "ORDER BY originator_id, originator_version"
            )
            with recorder.datastore.transaction(commit=False) as cursor:
                raw = cursor.sqlite_cursor
                raw.row_factory = None
                raw.execute(statement, [s.hex for s in streams])
                return cast(list[tuple[object, str, bytes]], raw.fetchall())
        from psycopg import sql
        from psycopg.rows import tuple_row

        query = sql.SQL(
            "SELECT originator_id, topic, state FROM {}.{} WHERE originator_id = ANY(%s) "
            "ORDER BY originator_id, originator_version"
        ).format(
            sql.Identifier(cast(Any, recorder).datastore.schema),
            sql.Identifier(cast(Any, recorder).events_table_name),
        )
        with cast(Any, recorder).datastore.transaction(commit=False) as pg:
            pg.row_factory = cast(Any, tuple_row)
            pg.execute(query, (streams,))
            return cast(list[tuple[object, str, bytes]], pg.fetchall())

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
        self, topics: Sequence[str] = (), *, start: int = 1, batch: int = 10_000
    ) -> Iterator[tuple[int, Fact]]:
        """Every stored fact in recording order (the notification log), optionally filtered
        by stored topic, as (position, fact). Rows are read in batches straight from the
        recorder's table and decoded by the trusted fast path (``_fastcodec``): they were
        validated when written and tampering is the hash chain's business (``verify``)."""
        for position, record in self.notifications(topics, start=start, batch=batch):
            if isinstance(record, Fact):  # not an erasure record
                yield position, record

    def notifications(
        self, topics: Sequence[str] = (), *, start: int = 1, batch: int = 10_000
    ) -> Iterator[tuple[int, Fact | Erasure]]:
        """As :meth:`scan`, with the erasure records in their places: a follower of the log
        re-evaluates the subjects of each erasure (their reasons may quote an erased value)
        and moves past it."""
        decode = self._decoder()
        unwrap = self._payloads.unwrap
        after = start - 1
        while True:
            rows = self._rows(after, batch, topics)
            self._payloads.prefetch((topic, state) for _, topic, state in rows)
            for position, topic, state in rows:
                if topic == ERASURE_TOPIC:
                    yield position, decode_erasure(unwrap(topic, state))
                else:
                    yield position, decode(topic, state)
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def scan_streams(self, *, head: int | None = None, batch: int = 10_000) -> Iterator[list[Fact]]:
        """Every subject's facts, one stream at a time (in stream-id order, each in stream
        order), up to position ``head`` (default: the log's head when the walk starts). Only
        one stream is held at a time: a full rebuild streams however long the log is.
        Trusted decoding, as :meth:`scan`."""
        decode = self._decoder()
        head = self.head() if head is None else head
        stream: list[Fact] = []
        current: object = None
        key: tuple[object, int] | None = None
        while True:
            rows = self._stream_rows(head, key, batch)
            self._payloads.prefetch((topic, state) for _, _, topic, state in rows)
            for originator, _version, topic, state in rows:
                if topic == ERASURE_TOPIC:  # an erasure record, not a fact
                    continue
                if originator != current:
                    if stream:
                        yield stream
                    stream, current = [], originator
                stream.append(decode(topic, state))
            if len(rows) < batch:
                break
            key = (rows[-1][0], rows[-1][1])
        if stream:
            yield stream

    def _stream_rows(
        self, head: int, key: tuple[object, int] | None, limit: int
    ) -> list[tuple[object, int, str, bytes]]:
        """Rows at positions up to ``head`` after the stream position ``key``, in
        (stream, version) order: the primary key's order, so an index walk."""
        recorder = self._app.recorder
        if isinstance(recorder, SQLiteApplicationRecorder):
            after = "AND (originator_id, originator_version) > (?, ?) " if key else ""
            statement = (
                "SELECT originator_id, originator_version, topic, state "
                f"FROM {recorder.events_table_name} WHERE rowid <= ? {after}"
                "ORDER BY originator_id, originator_version LIMIT ?"
            )
            with recorder.datastore.transaction(commit=False) as cursor:
                raw = cursor.sqlite_cursor
                raw.row_factory = None
                raw.execute(statement, (head, *(key or ()), limit))
                return cast(list[tuple[object, int, str, bytes]], raw.fetchall())
        postgres = sys.modules.get("eventsourcing.postgres")
        if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
            from psycopg import sql
            from psycopg.rows import tuple_row

            after = "AND (originator_id, originator_version) > (%s, %s) " if key else ""
            query = sql.SQL(
                "SELECT originator_id, originator_version, topic, state FROM {}.{} "
                f"WHERE notification_id <= %s {after}"
                "ORDER BY originator_id, originator_version LIMIT %s"
            ).format(
                sql.Identifier(recorder.datastore.schema),
                sql.Identifier(recorder.events_table_name),
            )
            with recorder.datastore.transaction(commit=False) as pg:
                pg.row_factory = cast(Any, tuple_row)
                pg.execute(query, (head, *(key or ()), limit))
                return cast(list[tuple[object, int, str, bytes]], pg.fetchall())
        rows = sorted(
            (str(n.originator_id), n.originator_version, n.topic, n.state)
            for n in recorder.select_notifications(start=1, limit=head or 1, stop=head)
        )
        if key is not None:
            rows = [r for r in rows if (r[0], r[1]) > cast(tuple[str, int], key)]
        return cast(list[tuple[object, int, str, bytes]], rows[:limit])

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

    # --- personal data: keys and erasure records -------------------------------------------

    def person_keys(self, person: str, subject: str | None = None) -> list[tuple[str, str]]:
        """(key id, subject) of the live keys of ``person`` (in ``subject`` only, if given)."""
        return self._payloads.vault.live(person, subject)

    def record_erasure(self, erasure: Erasure) -> None:
        """Append an erasure record to the log (hash-chained like every row). Raises
        :class:`StreamConflict` if another erasure was recorded meanwhile."""
        self._payloads.writable()
        version = len(self._app.recorder.select_events(_ERASURES))
        topic, state = encode_erasure(erasure)
        stored = StoredEvent(_ERASURES, version + 1, topic, self._payloads.wrap(state))
        try:
            self._app.recorder.insert_events([stored])
        except IntegrityError as exc:
            raise StreamConflict(str(exc)) from exc
        try:
            self.seal()
        except Exception:
            _log.warning("the log could not be sealed after an erasure", exc_info=True)

    def destroy_keys(self, key_ids: Sequence[str]) -> int:
        """Destroy person keys (crypto-shredding); the number destroyed."""
        done = self._payloads.vault.destroy(key_ids)
        self._payloads.personal.refresh()
        return done

    def erasures(self) -> list[Erasure]:
        """Every erasure record, in the order recorded."""
        return [
            decode_erasure(self._payloads.unwrap(e.topic, e.state))
            for e in self._app.recorder.select_events(_ERASURES)
        ]

    def erasure_records(self, start: int = 1) -> list[tuple[int, Erasure]]:
        """(position, record) of the erasures at or after log position ``start`` (a walk of
        the rest of the log; :meth:`notifications` gives them in their places among facts)."""
        out: list[tuple[int, Erasure]] = []
        after = start - 1
        while rows := self._rows(after, 1000, [ERASURE_TOPIC]):
            out += [(p, decode_erasure(self._payloads.unwrap(t, s))) for p, t, s in rows]
            after = rows[-1][0]
        return out

    def close(self) -> None:
        self._chain.close()
        self._payloads.close()
        self._app.close()


# --- Status views: read models followed across processes (``antq follow``) ---------------------
#
# The view is a table of (subject, year) statuses kept next to eventsourcing's tracking table.
# Each batch of statuses and the log position it reaches are written in ONE transaction through
# eventsourcing's tracking recorder, which refuses a position that does not advance: a batch is
# applied exactly once, and a follower killed at any point resumes from the last committed
# position. ``antq_status_applied`` counts, per subject, the notifications applied: tests compare
# it with the log to show that none was missed or applied twice.

VIEW_NAME = "antq_status"
"""The tracking name of the status view (eventsourcing's ``application_name`` column)."""
_VIEW_TABLE = "antq_status_view"
_APPLIED_TABLE = "antq_status_applied"


@attrs.frozen
class ViewRow:
    subject: str
    year: int
    verdict: str
    status: bytes
    """The status as JSON (``_codec.status_to_json``), UTF-8."""


class _SQLiteStatusView(SQLiteTrackingRecorder):
    def construct_create_table_statements(self) -> list[str]:
        return [
            *super().construct_create_table_statements(),
            f"CREATE TABLE IF NOT EXISTS {_VIEW_TABLE} (subject TEXT NOT NULL, year INTEGER NOT "
            "NULL, verdict TEXT NOT NULL, status BLOB NOT NULL, PRIMARY KEY (subject, year)) "
            "WITHOUT ROWID",
            f"CREATE TABLE IF NOT EXISTS {_APPLIED_TABLE} (subject TEXT PRIMARY KEY, "
            "notifications INTEGER NOT NULL) WITHOUT ROWID",
        ]

    def save(self, rows: Sequence[ViewRow], applied: dict[str, int], position: int) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            self._insert_tracking(cursor, Tracking(VIEW_NAME, position))
            cursor.executemany(
                f"INSERT INTO {_VIEW_TABLE} VALUES (?, ?, ?, ?) ON CONFLICT (subject, year) "
                "DO UPDATE SET verdict = excluded.verdict, status = excluded.status",
                [(r.subject, r.year, r.verdict, r.status) for r in rows],
            )
            cursor.executemany(
                f"INSERT INTO {_APPLIED_TABLE} VALUES (?, ?) ON CONFLICT (subject) DO UPDATE "
                f"SET notifications = {_APPLIED_TABLE}.notifications + excluded.notifications",
                sorted(applied.items()),
            )

    def select(self, subject: str | None, year: int | None) -> list[ViewRow]:
        where, params = _view_filter(subject, year, "?")
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT subject, year, verdict, status FROM {_VIEW_TABLE}{where} "
                "ORDER BY subject, year",
                params,
            )
            return _view_rows(cursor.fetchall())

    def applied(self) -> dict[str, int]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(f"SELECT subject, notifications FROM {_APPLIED_TABLE}")
            return _applied_counts(cursor.fetchall())

    def years(self) -> list[int]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(f"SELECT DISTINCT year FROM {_VIEW_TABLE} ORDER BY year")
            return [int(r["year"]) for r in cursor.fetchall()]


def _view_rows(rows: Iterable[Any]) -> list[ViewRow]:
    return [ViewRow(r["subject"], r["year"], r["verdict"], bytes(r["status"])) for r in rows]


def _applied_counts(rows: Iterable[Any]) -> dict[str, int]:
    return {r["subject"]: int(r["notifications"]) for r in rows}


def _view_filter(subject: str | None, year: int | None, mark: str) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if subject is not None:
        clauses.append(f"subject = {mark}")
        params.append(subject)
    if year is not None:
        clauses.append(f"year = {mark}")
        params.append(year)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _postgres_status_view() -> type:
    """The PostgreSQL status view class (the postgres extra is imported only when needed)."""
    from eventsourcing.postgres import PostgresTrackingRecorder
    from psycopg.sql import SQL, Identifier

    class PostgresStatusView(PostgresTrackingRecorder):
        def __init__(self, datastore: PostgresDatastore, **kwargs: Any) -> None:
            super().__init__(datastore, **kwargs)
            schema = Identifier(datastore.schema or "public")
            self._view = SQL("{0}.{1}").format(schema, Identifier(_VIEW_TABLE))
            self._applied = SQL("{0}.{1}").format(schema, Identifier(_APPLIED_TABLE))
            self.sql_create_statements += [
                SQL(
                    "CREATE TABLE IF NOT EXISTS {0} (subject text NOT NULL, year integer NOT "
                    "NULL, verdict text NOT NULL, status bytea NOT NULL, PRIMARY KEY "
                    "(subject, year))"
                ).format(self._view),
                SQL(
                    "CREATE TABLE IF NOT EXISTS {0} (subject text PRIMARY KEY, notifications "
                    "bigint NOT NULL)"
                ).format(self._applied),
            ]

        def save(self, rows: Sequence[ViewRow], applied: dict[str, int], position: int) -> None:
            with self.datastore.transaction(commit=True) as cursor:
                self._insert_tracking(cursor, Tracking(VIEW_NAME, position))
                if rows:
                    cursor.executemany(
                        SQL(
                            "INSERT INTO {0} VALUES (%s, %s, %s, %s) ON CONFLICT (subject, year) "
                            "DO UPDATE SET verdict = excluded.verdict, status = excluded.status"
                        ).format(self._view),
                        [(r.subject, r.year, r.verdict, r.status) for r in rows],
                    )
                if applied:
                    cursor.executemany(
                        SQL(
                            "INSERT INTO {0} AS a VALUES (%s, %s) ON CONFLICT (subject) DO UPDATE "
                            "SET notifications = a.notifications + excluded.notifications"
                        ).format(self._applied),
                        sorted(applied.items()),
                    )

        def select(self, subject: str | None, year: int | None) -> list[ViewRow]:
            where, params = _view_filter(subject, year, "%s")
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(
                    SQL("SELECT subject, year, verdict, status FROM {0}").format(self._view)
                    + SQL(where)  # only our own literal text: column names and placeholders
                    + SQL(" ORDER BY subject, year"),
                    params,
                )
                return _view_rows(cursor.fetchall())

        def applied(self) -> dict[str, int]:
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(SQL("SELECT subject, notifications FROM {0}").format(self._applied))
                return _applied_counts(cursor.fetchall())

        def years(self) -> list[int]:
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(
                    SQL("SELECT DISTINCT year FROM {0} ORDER BY year").format(self._view)
                )
                return [int(r["year"]) for r in cursor.fetchall()]

    return PostgresStatusView


def _view_env(log_location: str, view_location: str | None) -> dict[str, str]:
    """Where the view lives: the log's PostgreSQL database and schema (tables ``antq_status_*``),
    or its own SQLite file (default: the log's file name + ``.status``), never the log's file:
    the log's writers and the follower then never wait on each other's SQLite write lock."""
    if is_postgres_url(log_location):
        if view_location is not None and view_location != log_location:
            raise InvalidQuery(
                "on PostgreSQL the status view lives in the log's database and schema; "
                "--view takes no other location"
            )
        env = _env_for(log_location)
        env.pop("APPLICATION_RECORDER_TOPIC", None)
        return env
    if log_location == ":memory:":
        raise InvalidQuery("an in-memory log cannot be followed from another process")
    target = view_location or f"{log_location}.status"
    if Path(target).resolve() == Path(log_location).resolve():
        raise InvalidQuery("the status view needs its own SQLite file, not the log's")
    return {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": target}


class _ViewRecorder(Protocol):
    def max_tracking_id(self, application_name: str) -> int | None: ...
    def save(self, rows: Sequence[ViewRow], applied: dict[str, int], position: int) -> None: ...
    def select(self, subject: str | None, year: int | None) -> list[ViewRow]: ...
    def applied(self) -> dict[str, int]: ...
    def years(self) -> list[int]: ...


class StatusViewStore:
    """The persisted status view of a log: its rows, the log position they reflect, and the
    notifications applied per subject. Writes go through :meth:`save` only."""

    def __init__(self, log_location: str, view_location: str | None = None) -> None:
        env = _view_env(str(log_location), view_location)
        self.location = env.get("SQLITE_DBNAME") or str(log_location)
        view_class = (
            _postgres_status_view()
            if env["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
            else _SQLiteStatusView
        )
        with _schema_lock(env):
            factory = InfrastructureFactory.construct(Environment(name=VIEW_NAME, env=env))
            self._factory = factory  # keeps the datastore (and its pool) alive
            self._recorder: _ViewRecorder = cast(
                _ViewRecorder, factory.tracking_recorder(view_class)
            )

    def position(self) -> int:
        """The last log position applied (0: nothing yet)."""
        return self._recorder.max_tracking_id(VIEW_NAME) or 0

    def save(self, rows: Sequence[ViewRow], applied: dict[str, int], position: int) -> None:
        """Write ``rows`` and the per-subject counts, reaching ``position``, in one transaction;
        :class:`ViewConflict` when the view is already at or past ``position``."""
        try:
            self._recorder.save(rows, applied, position)
        except IntegrityError as exc:
            raise ViewConflict(
                f"the status view is already at or past log position {position}"
            ) from exc

    def rows(self, subject: str | None = None, year: int | None = None) -> list[ViewRow]:
        return self._recorder.select(subject, year)

    def applied(self) -> dict[str, int]:
        return self._recorder.applied()

    def years(self) -> list[int]:
        """The evaluation years the view holds statuses of."""
        return self._recorder.years()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._factory.close()


class ViewConflict(Exception):
    """Another follower already applied this part of the log to the view."""
