"""Personal values encrypted per data subject (crypto-shredding), and the store's key table.

An adapter (cryptography, orjson, the database drivers), never imported by the pure domain and
never importing eventsourcing: ``store/eventlog.py`` wires it into the mapper.

* **Keys.** One random 512-bit key per (unit, person) pair (``domain/privacy.py`` says who the
  person
  of a value is), in the table ``antq_person_keys`` of the same store. A row holds the key id
  (random, stored in the facts), SHA-256 digests of the pair and of the person reference (to
  find the keys of a person), the unit id and the key. Erasing destroys the key and both
  digests: nothing left links the key id to anyone.
* **Values.** Each personal value is stored as a token string ``"\u0001p:<key id>:<base64>"``:
  AES-SIV (RFC 5297, AES-256 in SIV mode) of the UTF-8 value under the pair's key, the key id as
  associated data. SIV is deterministic: one value under one key always gives the same token,
  so a read decrypts each distinct token once. The token replaces the value before the fact is
  serialised, and is replaced back (by the plaintext, or by a placeholder when the key is gone)
  in the stored bytes before they are decoded. The control character cannot occur in any
  validated text, so a client cannot forge a token.
* **Meta.** ``antq_meta`` keeps settings fixed with the store, here the key check of the store
  cipher (``docs/reliability.md``, "Encryption at rest"), and the count of destroyed keys
  (``erasures``, decimal ASCII), raised in the transaction that destroys them: every read
  checks it, by primary key, to notice an erasure made by any process.
* **Caches.** A process keeps the keys, tokens and opened values it met, each cache capped
  (``CACHE_LIMIT`` entries) and emptied when full between two batches, so memory does not
  grow with the log; a read fetches the keys of a whole batch of rows in one query.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from antq_compliance.domain.errors import AntqError
from antq_compliance.domain.privacy import person_key

__all__ = ["CACHE_LIMIT", "ERASURES", "KEYS", "META", "ErasureIncomplete", "Vault"]


class ErasureIncomplete(AntqError):
    """Keys were destroyed in the database, but older copies are still in the store's files
    (another connection holds a read snapshot): the erasure is not complete yet."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"the store {location}: the keys are destroyed but older copies remain in the file "
            "because another connection keeps reading (a read transaction is open); close the "
            "other programs using the store and run the same `antq erase` again to complete it"
        )


UNFLUSHED = "erasure_unflushed"
"""The ``antq_meta`` row present while destroyed keys may remain in the files (SQLite)."""

KeyRow = tuple[str, bytes, bytes, str, bytes, str]
"""A key table row as inserted: key id, lookup digest, person digest, unit, key, created."""
INSERT_KEY = "(key_id, lookup, person, scope, key, created_at)"

KEYS = "antq_person_keys"
META = "antq_meta"
ERASURES = "erasures"
"""The ``antq_meta`` row counting the destroyed keys (the cache epoch)."""
CACHE_LIMIT = 50_000
"""Entries each cache of :class:`PersonalData` holds at most before it is emptied."""


def _digest(*parts: str) -> bytes:
    return hashlib.sha256(b"antq-person-v1\x00" + "\x00".join(parts).encode("utf-8")).digest()


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Vault:
    """The key table and the meta table of one store."""

    keys_with_events = True
    """New key rows are inserted by the events' recorder, in the facts' transaction."""

    def keys_for(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, bytes]]:
        """The key of each (unit, person) pair, created when missing: (key id, key)."""
        raise NotImplementedError

    def find(self, pairs: Collection[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, bytes]]:
        """The live key of each (unit, person) pair that has one (no write)."""
        raise NotImplementedError

    def plan(
        self, pairs: Collection[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], tuple[str, bytes]], list[KeyRow]]:
        """The key of each pair: found, or new; and the rows of the new keys, to be inserted
        in the transaction that writes the facts sealed under them (``insert_key_rows``), so
        that a write that fails or is killed leaves no key behind."""
        pairs = list(pairs)
        out = self.find(pairs)
        rows: list[KeyRow] = []
        made: dict[bytes, tuple[str, bytes]] = {}
        for scope, person in pairs:
            if (scope, person) in out:
                continue
            row = self._row(scope, person)
            if row[1] not in made:  # one person written two ways: one key
                made[row[1]] = (row[0], row[4])
                rows.append(row)
            out[scope, person] = made[row[1]]
        return out, rows

    def insert_key_rows(self, rows: list[KeyRow]) -> None:
        """Insert planned key rows on their own (a store whose recorder cannot take them in
        the facts' transaction: in memory)."""
        raise NotImplementedError

    def keys(self, ids: Collection[str] | None) -> dict[str, bytes]:
        """The live keys among ``ids`` (an erased or unknown id is absent); ``None``: all."""
        raise NotImplementedError

    def live(self, person: str, scope: str | None) -> list[tuple[str, str]]:
        """(key id, unit) of the live keys of ``person`` (in ``scope`` only, if given)."""
        raise NotImplementedError

    def destroy(self, ids: Collection[str]) -> int:
        """Destroy the keys (and the digests naming their person); the number destroyed."""
        raise NotImplementedError

    def key_rows(self) -> list[tuple[str, bytes | None]]:
        """(key id, key or ``None`` once destroyed) of every row of the key table, for
        ``verify``."""
        raise NotImplementedError

    def flush(self) -> None:
        """Make sure no older copy of a destroyed key remains in the store's files; raise
        :class:`ErasureIncomplete` when that cannot be done now. A no-op where the library
        cannot reach the files (PostgreSQL: ``docs/deployment.md``)."""
        return

    def flush_pending(self) -> bool:
        """Whether an earlier :meth:`flush` could not complete."""
        return False

    def epoch(self) -> int:
        """The number of keys destroyed so far: a cache is stale when it has changed."""
        raise NotImplementedError

    def epoch_expression(self) -> Any:
        """A SQL expression giving :meth:`epoch`'s stored value (bytes), for a read to carry it
        in its own statement (one round trip, one snapshot); None where it has none."""
        return None

    def scope_keys_select(self) -> Any:
        """A SQL statement of one parameter, a unit id, selecting ``key_id, key`` of every key
        made for that unit (``key`` NULL once destroyed), for a read of the unit's stream to
        carry its keys in the same statement; None where it has none (or the index that makes
        it cheap is missing)."""
        return None

    @staticmethod
    def epoch_of(value: bytes | None) -> int | None:
        """The epoch from :meth:`epoch_expression`'s value (None: read it with :meth:`epoch`)."""
        return None if value is None else int(bytes(value))

    def meta(self, name: str) -> bytes | None:
        raise NotImplementedError

    def put_meta(self, name: str, value: bytes) -> bytes:
        """Store ``value`` unless ``name`` has one; the stored value."""
        raise NotImplementedError

    def close(self) -> None:
        return None

    @staticmethod
    def _row(scope: str, person: str) -> KeyRow:
        norm = person_key(person)
        return (
            uuid.uuid4().hex,
            _digest(scope, norm),
            _digest(norm),
            scope,
            secrets.token_bytes(64),
            _now(),
        )
