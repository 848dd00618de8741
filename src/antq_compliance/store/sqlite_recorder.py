"""SQLite specifics of the event log: new personal-data keys inserted with their facts, and
a batch written in chunks inside its one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor

from antq_compliance.store.vault.base import INSERT_KEY, KEYS, KeyRow

__all__ = ["KeyedSQLiteRecorder"]


class KeyedSQLiteRecorder(SQLiteApplicationRecorder):
    """eventsourcing's SQLite recorder; ``insert_events(..., antq_keys=rows)`` also inserts
    the new key rows the facts are sealed under, in the same transaction: a write that fails
    or is killed leaves neither (``docs/reliability.md``, section 5)."""

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        keys = kwargs.pop("antq_keys", None)
        if keys:
            c.executemany(f"INSERT INTO {KEYS} {INSERT_KEY} VALUES (?, ?, ?, ?, ?, ?)", keys)
        return super()._insert_events(c, stored_events, **kwargs)

    def insert_chunks(self, chunks: Iterable[tuple[Sequence[StoredEvent], list[KeyRow]]]) -> None:
        """Insert each chunk's key rows and events, all in one transaction: every chunk is
        committed, or none (an exception raised by ``chunks`` itself rolls back the chunks
        already inserted). ``chunks`` may be a generator that reads the store while the
        transaction is open: on a SQLite file in WAL mode the reads go through other
        connections and see the last committed state. An in-memory database cannot read
        while a write is open: there the chunks are gathered first."""
        if self.datastore.pool.is_sqlite_memory_mode:
            chunks = list(chunks)
        with self.datastore.transaction(commit=True) as c:
            for events, keys in chunks:
                if keys:
                    c.executemany(
                        f"INSERT INTO {KEYS} {INSERT_KEY} VALUES (?, ?, ?, ?, ?, ?)", keys
                    )
                # One executemany per chunk: eventsourcing's own insert executes each row
                # alone, to return its notification id, which a chunk does not need.
                c.executemany(
                    self.insert_events_statement,
                    [
                        (
                            e.originator_id.hex
                            if isinstance(e.originator_id, UUID)
                            else e.originator_id,
                            e.originator_version,
                            e.topic,
                            e.state,
                        )
                        for e in events
                    ],
                )
