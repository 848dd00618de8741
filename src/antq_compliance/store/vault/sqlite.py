"""The vault in the SQLite file (table ``antq_person_keys``)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Collection, Iterator

from antq_compliance.domain.privacy import person_key
from antq_compliance.store.vault.base import (
    ERASURES,
    KEYS,
    META,
    UNFLUSHED,
    ErasureIncomplete,
    Vault,
    _digest,
    _now,
)

__all__ = ["open_sqlite_vault"]


_CREATE_SQLITE = (
    f"CREATE TABLE IF NOT EXISTS {KEYS} (key_id TEXT PRIMARY KEY, lookup BLOB UNIQUE, "
    "person BLOB, scope TEXT NOT NULL, key BLOB, created_at TEXT NOT NULL, erased_at TEXT)",
    f"CREATE INDEX IF NOT EXISTS {KEYS}_person ON {KEYS} (person)",
    f"CREATE TABLE IF NOT EXISTS {META} (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
)
# A store made before the counter existed: its destroyed keys counted once, when first opened.
_COUNT_SQLITE = (
    f"INSERT INTO {META} (name, value) SELECT '{ERASURES}', "
    f"CAST(CAST(count(*) AS TEXT) AS BLOB) FROM {KEYS} WHERE erased_at IS NOT NULL "
    "ON CONFLICT (name) DO NOTHING"
)


class _SQLiteVault(Vault):
    """The tables in the SQLite file, through a connection of our own with ``secure_delete``
    on: a destroyed key is overwritten with zeros in the file, and the write-ahead log is
    checkpointed and truncated after an erasure so that no older copy of the page remains."""

    CHECKPOINT_TRIES = 5
    """Checkpoint attempts after an erasure before :class:`ErasureIncomplete`."""
    CHECKPOINT_WAIT_MS = 1000
    """How long each attempt waits for readers (SQLite's busy timeout), then a pause."""

    def __init__(self, db_name: str) -> None:
        self._db_name = db_name
        self._conn = sqlite3.connect(
            db_name, uri=True, isolation_level=None, timeout=30.0, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA secure_delete=ON")
        for statement in _CREATE_SQLITE:
            self._conn.execute(statement)
        if self._epoch() is None:
            with self._write() as conn:
                conn.execute(_COUNT_SQLITE)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def keys_for(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, bytes]]:
        pairs = list(pairs)
        fresh = [self._row(scope, person) for scope, person in pairs]
        by_lookup: dict[bytes, list[tuple[str, str]]] = {}
        for row, pair in zip(fresh, pairs, strict=True):  # one person written two ways: one key
            by_lookup.setdefault(row[1], []).append(pair)
        with self._write() as conn:
            conn.executemany(
                f"INSERT INTO {KEYS} (key_id, lookup, person, scope, key, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lookup) DO NOTHING",
                fresh,
            )
            return _select(conn, by_lookup)

    def find(self, pairs: Collection[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, bytes]]:
        by_lookup: dict[bytes, list[tuple[str, str]]] = {}
        for scope, person in pairs:
            by_lookup.setdefault(_digest(scope, person_key(person)), []).append((scope, person))
        with self._lock:
            return _select(self._conn, by_lookup)

    def keys(self, ids: Collection[str] | None) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        if ids is None:
            with self._lock:
                rows = self._conn.execute(
                    f"SELECT key_id, key FROM {KEYS} WHERE key IS NOT NULL"
                ).fetchall()
            return {str(k): bytes(v) for k, v in rows}
        wanted = list(ids)
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for key_id, key in self._conn.execute(
                    f"SELECT key_id, key FROM {KEYS} WHERE key IS NOT NULL AND key_id IN ({marks})",
                    chunk,
                ):
                    out[key_id] = bytes(key)
        return out

    def live(self, person: str, scope: str | None) -> list[tuple[str, str]]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT key_id, scope FROM {KEYS} WHERE person = ? AND key IS NOT NULL "
                "AND (? IS NULL OR scope = ?) ORDER BY key_id",
                (_digest(person_key(person)), scope, scope),
            ).fetchall()
        return [(str(k), str(s)) for k, s in rows]

    def destroy(self, ids: Collection[str]) -> int:
        done = 0
        with self._write() as conn:
            for key_id in ids:
                done += conn.execute(
                    f"UPDATE {KEYS} SET key = NULL, lookup = NULL, person = NULL, erased_at = ? "
                    "WHERE key_id = ? AND key IS NOT NULL",
                    (_now(), key_id),
                ).rowcount
            if done:
                conn.execute(
                    f"UPDATE {META} SET value = CAST(CAST(CAST(value AS INTEGER) + ? AS TEXT) "
                    "AS BLOB) WHERE name = ?",
                    (done, ERASURES),
                )
                conn.execute(
                    f"INSERT INTO {META} (name, value) VALUES (?, X'31') "
                    "ON CONFLICT (name) DO NOTHING",
                    (UNFLUSHED,),
                )
        if done or self.flush_pending():
            self.flush()
        return done

    def flush(self) -> None:
        """Checkpoint the write-ahead log into the file and truncate it, so that the zeroed
        pages replace every older copy: checked (SQLite reports readers that block it),
        retried, then :class:`ErasureIncomplete`."""
        for attempt in range(self.CHECKPOINT_TRIES):
            if attempt:
                time.sleep(0.05 * attempt)
            with self._lock:
                self._conn.execute(f"PRAGMA busy_timeout = {self.CHECKPOINT_WAIT_MS}")
                try:
                    busy, log, moved = self._conn.execute(
                        "PRAGMA wal_checkpoint(TRUNCATE)"
                    ).fetchone()
                finally:
                    self._conn.execute("PRAGMA busy_timeout = 30000")
            if busy == 0 and log == moved:
                with self._write() as conn:
                    conn.execute(f"DELETE FROM {META} WHERE name = ?", (UNFLUSHED,))
                with self._lock:  # the flag's own page: pushed into the file too
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return
        raise ErasureIncomplete(self._db_name)

    def flush_pending(self) -> bool:
        return self.meta(UNFLUSHED) is not None

    def key_rows(self) -> list[tuple[str, bytes | None]]:
        with self._lock:
            rows = self._conn.execute(f"SELECT key_id, key FROM {KEYS}").fetchall()
        return [(str(k), None if v is None else bytes(v)) for k, v in rows]

    def _epoch(self) -> int | None:
        with self._lock:
            found = self._conn.execute(
                f"SELECT value FROM {META} WHERE name = ?", (ERASURES,)
            ).fetchone()
        return None if found is None else int(found[0])

    def epoch(self) -> int:
        found = self._epoch()
        if found is None:  # the row was deleted by hand: count once more
            with self._write() as conn:
                conn.execute(_COUNT_SQLITE)
            found = self._epoch()
        return found or 0

    def meta(self, name: str) -> bytes | None:
        with self._lock:
            found = self._conn.execute(
                f"SELECT value FROM {META} WHERE name = ?", (name,)
            ).fetchone()
        return None if found is None else bytes(found[0])

    def put_meta(self, name: str, value: bytes) -> bytes:
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO {META} (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                (name, value),
            )
            found = conn.execute(f"SELECT value FROM {META} WHERE name = ?", (name,)).fetchone()
        return bytes(found[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_sqlite_vault(db_name: str) -> Vault:
    return _SQLiteVault(db_name)


def _select(
    conn: sqlite3.Connection, by_lookup: dict[bytes, list[tuple[str, str]]]
) -> dict[tuple[str, str], tuple[str, bytes]]:
    """(key id, key) of each (scope, person) pair whose lookup digest is stored, read in
    chunks of 500 lookups."""
    lookups = list(by_lookup)
    out: dict[tuple[str, str], tuple[str, bytes]] = {}
    for start in range(0, len(lookups), 500):
        chunk = lookups[start : start + 500]
        for lookup, key_id, key in conn.execute(
            f"SELECT lookup, key_id, key FROM {KEYS} "
            f"WHERE lookup IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            for pair in by_lookup[bytes(lookup)]:
                out[pair] = (str(key_id), bytes(key))
    return out
