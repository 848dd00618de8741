"""The vault of an in-memory store."""

from __future__ import annotations

import threading
from collections.abc import Collection
from typing import Any

from antq_compliance.domain.privacy import person_key
from antq_compliance.store.vault.base import KeyRow, Vault, _digest

__all__ = ["open_memory_vault"]


class _MemoryVault(Vault):
    keys_with_events = False  # eventsourcing's in-memory recorder knows no key table

    def __init__(self) -> None:
        self._rows: dict[str, list[Any]] = {}
        self._by_lookup: dict[bytes, str] = {}
        self._meta: dict[str, bytes] = {}
        self._erased = 0
        self._lock = threading.Lock()

    def keys_for(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, bytes]]:
        out = {}
        with self._lock:
            for scope, person in pairs:
                row = self._row(scope, person)
                key_id = self._by_lookup.get(row[1])
                if key_id is None:
                    key_id = row[0]
                    self._rows[key_id] = list(row)
                    self._by_lookup[row[1]] = key_id
                out[scope, person] = (key_id, self._rows[key_id][4])
        return out

    def find(self, pairs: Collection[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, bytes]]:
        out = {}
        with self._lock:
            for scope, person in pairs:
                key_id = self._by_lookup.get(_digest(scope, person_key(person)))
                if key_id is not None:
                    out[scope, person] = (key_id, self._rows[key_id][4])
        return out

    def insert_key_rows(self, rows: list[KeyRow]) -> None:
        with self._lock:
            for row in rows:
                self._rows[row[0]] = list(row)
                self._by_lookup[row[1]] = row[0]

    def keys(self, ids: Collection[str] | None) -> dict[str, bytes]:
        with self._lock:
            wanted = self._rows if ids is None else ids
            return {i: self._rows[i][4] for i in wanted if i in self._rows and self._rows[i][4]}

    def live(self, person: str, scope: str | None) -> list[tuple[str, str]]:
        target = _digest(person_key(person))
        with self._lock:
            return sorted(
                (key_id, row[3])
                for key_id, row in self._rows.items()
                if row[2] == target and row[4] is not None and scope in (None, row[3])
            )

    def destroy(self, ids: Collection[str]) -> int:
        done = 0
        with self._lock:
            for key_id in ids:
                row = self._rows.get(key_id)
                if row is not None and row[4] is not None:
                    self._by_lookup.pop(row[1], None)
                    row[1] = row[2] = row[4] = None
                    done += 1
            self._erased += done
        return done

    def key_rows(self) -> list[tuple[str, bytes | None]]:
        with self._lock:
            return [(key_id, row[4]) for key_id, row in self._rows.items()]

    def epoch(self) -> int:
        return self._erased

    def meta(self, name: str) -> bytes | None:
        return self._meta.get(name)

    def put_meta(self, name: str, value: bytes) -> bytes:
        return self._meta.setdefault(name, value)


def open_memory_vault() -> Vault:
    return _MemoryVault()
