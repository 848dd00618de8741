"""The hash chain in the SQLite file."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator

from antq_compliance.store.chain.base import (
    _BATCH,
    _CHAIN,
    _CHAIN_HEAD,
    _MARK,
    _SEALED_ONCE,
    _Chain,
    _mark_bytes,
    _mark_of,
    _position,
    _Snapshot,
    _sqlite_stream,
)
from antq_compliance.store.chain.links import Seal, StoredRow, paged
from antq_compliance.store.vault.base import META


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


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
        # A TEXT value that is not UTF-8 (only after tampering) is read, not raised on: its
        # bytes are kept as surrogates, so it no longer matches its link and is reported.
        self._conn.text_factory = _text
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
        # The seal mark lives in the meta table (the key table's), not in the chain tables.
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {META} (name TEXT PRIMARY KEY, value BLOB NOT NULL)"
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

    def _mark(self) -> Seal | None:
        found = self._conn.execute(f"SELECT value FROM {META} WHERE name = ?", (_MARK,)).fetchone()
        return _mark_of(found[0] if found else None)

    def _was_sealed(self) -> bool:
        return bool(self._conn.execute("PRAGMA application_id").fetchone()[0] == _SEALED_ONCE)

    def _lowest(self) -> int | None:
        found = self._conn.execute(f"SELECT min(rowid) FROM {self._events}").fetchone()
        return None if found is None or found[0] is None else int(found[0])

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
                mark = self._mark()
                sealed, end = self._extend(
                    last,
                    self._head(),
                    self._raw,
                    self._write,
                    mark=mark,
                    was_sealed=self._was_sealed(),
                )
                if sealed > 0:
                    self._conn.execute(
                        f"INSERT INTO {_CHAIN_HEAD} (id, position, link) VALUES (1, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                        "link = excluded.link",
                        end,
                    )
                if sealed >= 0 and end.position and mark != end:  # the head, copied outside
                    self._conn.execute(
                        f"INSERT INTO {META} (name, value) VALUES (?, ?) ON CONFLICT (name) "
                        "DO UPDATE SET value = excluded.value",
                        (_MARK, _mark_bytes(end)),
                    )
                    self._conn.execute(f"PRAGMA application_id = {_SEALED_ONCE}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return max(sealed, 0)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._lock:
            self._conn.execute("BEGIN")  # a read transaction: one WAL snapshot for the walk
            try:
                yield _Snapshot(
                    rows=lambda: paged(self._rows, _position),
                    seals=lambda: paged(self._seals, _position),
                    head=self._head(),
                    mark=self._mark(),
                    was_sealed=self._was_sealed(),
                    lowest=self._lowest(),
                )
            finally:
                self._conn.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
