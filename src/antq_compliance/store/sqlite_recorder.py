"""SQLite specifics of the event log: new personal-data keys inserted with their facts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor

from antq_compliance.store.vault.base import INSERT_KEY, KEYS

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
