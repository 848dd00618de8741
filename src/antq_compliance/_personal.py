"""Personal values encrypted per data subject (crypto-shredding), and the store's key table.

An adapter (cryptography, orjson, the database drivers), never imported by the pure domain and
never importing eventsourcing: ``_store.py`` wires it into the mapper.

* **Keys.** One random 512-bit key per (unit, person) pair (``privacy.py`` says who the person
  of a value is), in the table ``antq_person_keys`` of the same store. A row holds the key id
  (random, stored in the facts), SHA-256 digests of the pair and of the person reference (to
  find the keys of a person), the unit id and the key. Erasing destroys the key and both
  digests: nothing left links the key id to anyone.
* **Values.** Each personal value is stored as a token string ``"\\u0001p:<key id>:<base64>"``:
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

import base64
import contextlib
import hashlib
import re
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from .errors import UnreadableRow
from .facts import Fact, FactDraft
from .privacy import ERASED, person_key, personal_values, replace_personal

if TYPE_CHECKING:
    from psycopg import Cursor
    from psycopg.rows import DictRow

__all__ = ["PersonalData", "Vault", "open_memory_vault", "open_postgres_vault", "open_sqlite_vault"]

KEYS = "antq_person_keys"
META = "antq_meta"
ERASURES = "erasures"
"""The ``antq_meta`` row counting the destroyed keys (the cache epoch)."""
CACHE_LIMIT = 50_000
"""Entries each cache of :class:`PersonalData` holds at most before it is emptied."""
_PREFIX = "\x01p:"
_TOKEN = re.compile(rb'"\\u0001p:([0-9a-f]{32}):([A-Za-z0-9_-]+)"')
_MARK = b"\\u0001p:"
_KEY_ID = re.compile(rb'"\\u0001p:([0-9a-f]{32}):')
F = TypeVar("F", bound=FactDraft)
T = TypeVar("T")


def _digest(*parts: str) -> bytes:
    return hashlib.sha256(b"antq-person-v1\x00" + "\x00".join(parts).encode("utf-8")).digest()


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Vault:
    """The key table and the meta table of one store."""

    def keys_for(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, bytes]]:
        """The key of each (unit, person) pair, created when missing: (key id, key)."""
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

    def epoch(self) -> int:
        """The number of keys destroyed so far: a cache is stale when it has changed."""
        raise NotImplementedError

    def meta(self, name: str) -> bytes | None:
        raise NotImplementedError

    def put_meta(self, name: str, value: bytes) -> bytes:
        """Store ``value`` unless ``name`` has one; the stored value."""
        raise NotImplementedError

    def close(self) -> None:
        return None

    @staticmethod
    def _row(scope: str, person: str) -> tuple[str, bytes, bytes, str, bytes, str]:
        norm = person_key(person)
        return (
            uuid.uuid4().hex,
            _digest(scope, norm),
            _digest(norm),
            scope,
            secrets.token_bytes(64),
            _now(),
        )


class _MemoryVault(Vault):
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

    def epoch(self) -> int:
        return self._erased

    def meta(self, name: str) -> bytes | None:
        return self._meta.get(name)

    def put_meta(self, name: str, value: bytes) -> bytes:
        return self._meta.setdefault(name, value)


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

    def __init__(self, db_name: str) -> None:
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
        lookups = list(by_lookup)
        out = {}
        with self._write() as conn:
            conn.executemany(
                f"INSERT INTO {KEYS} (key_id, lookup, person, scope, key, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lookup) DO NOTHING",
                fresh,
            )
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
        with self._lock:  # push the zeroed pages into the file, drop the log's older copies
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return done

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


class _PostgresVault(Vault):
    """The tables in the store's schema, through eventsourcing's connection pool (``transaction``
    yields a cursor of one committed transaction). After an erasure the key table is vacuumed
    (best effort) so that the destroyed row versions leave the table file."""

    def __init__(
        self,
        transaction: Callable[[], contextlib.AbstractContextManager[Cursor[DictRow]]],
        schema: str,
        connect: Callable[[], Any] | None = None,
    ) -> None:
        from psycopg import sql

        self._tx = transaction
        self._connect = connect
        s = sql.Identifier(schema)
        self._keys = sql.SQL("{}.{}").format(s, sql.Identifier(KEYS))
        self._meta = sql.SQL("{}.{}").format(s, sql.Identifier(META))
        self._sql = sql
        with self._tx() as cursor:
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (key_id text PRIMARY KEY, lookup bytea UNIQUE, "
                    "person bytea, scope text NOT NULL, key bytea, created_at text NOT NULL, "
                    "erased_at text)"
                ).format(self._keys)
            )
            cursor.execute(
                sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (person)").format(
                    sql.Identifier(f"{KEYS}_person"), self._keys
                )
            )
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, value bytea NOT NULL)"
                ).format(self._meta)
            )
        if self._epoch() is None:
            self._count()

    def _count(self) -> None:
        """Create the erasure counter of a store made before it: count the destroyed keys."""
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL(
                    "INSERT INTO {} (name, value) SELECT %s, convert_to(count(*)::text, 'UTF8') "
                    "FROM {} WHERE erased_at IS NOT NULL ON CONFLICT (name) DO NOTHING"
                ).format(self._meta, self._keys),
                (ERASURES,),
            )

    def _epoch(self) -> int | None:
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL("SELECT value FROM {} WHERE name = %s").format(self._meta),
                (ERASURES,),
            )
            found = cursor.fetchone()
        return None if found is None else int(bytes(found["value"]))

    def keys_for(
        self, pairs: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str, bytes]]:
        if not pairs:
            return {}
        pairs = list(pairs)
        fresh = [self._row(scope, person) for scope, person in pairs]
        rows: dict[bytes, list[tuple[str, str]]] = {}
        for row, pair in zip(fresh, pairs, strict=True):  # one person written two ways: one key
            rows.setdefault(row[1], []).append(pair)
        sql = self._sql
        with self._tx() as cursor:
            cursor.execute(  # one statement for the batch (executemany: a message per row)
                sql.SQL(
                    "INSERT INTO {} (key_id, lookup, person, scope, key, created_at) "
                    "SELECT * FROM unnest(%b::text[], %b::bytea[], %b::bytea[], %b::text[], "
                    "%b::bytea[], %b::text[]) ON CONFLICT (lookup) DO NOTHING"
                ).format(self._keys),
                [list(column) for column in zip(*fresh, strict=True)],
            )
            cursor.execute(
                sql.SQL("SELECT lookup, key_id, key FROM {} WHERE lookup = ANY(%b)").format(
                    self._keys
                ),  # binary parameters (%b): no text escaping of every byte of the arrays
                (list(rows),),
            )
            found = cursor.fetchall()
        return {
            pair: (r["key_id"], bytes(r["key"])) for r in found for pair in rows[bytes(r["lookup"])]
        }

    def keys(self, ids: Collection[str] | None) -> dict[str, bytes]:
        if ids is not None and not ids:
            return {}
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL(
                    "SELECT key_id, key FROM {} WHERE key IS NOT NULL "
                    "AND (%s::text[] IS NULL OR key_id = ANY(%s))"
                ).format(self._keys),
                (None if ids is None else list(ids),) * 2,
            )
            return {r["key_id"]: bytes(r["key"]) for r in cursor.fetchall()}

    def live(self, person: str, scope: str | None) -> list[tuple[str, str]]:
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL(
                    "SELECT key_id, scope FROM {} WHERE person = %s AND key IS NOT NULL "
                    "AND (%s::text IS NULL OR scope = %s) ORDER BY key_id"
                ).format(self._keys),
                (_digest(person_key(person)), scope, scope),
            )
            return [(r["key_id"], r["scope"]) for r in cursor.fetchall()]

    def destroy(self, ids: Collection[str]) -> int:
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL(
                    "UPDATE {} SET key = NULL, lookup = NULL, person = NULL, erased_at = %s "
                    "WHERE key_id = ANY(%s) AND key IS NOT NULL"
                ).format(self._keys),
                (_now(), list(ids)),
            )
            done = cursor.rowcount
            if done:  # the counter row is locked until the commit: concurrent erasures add up
                cursor.execute(
                    self._sql.SQL(
                        "UPDATE {} SET value = convert_to((convert_from(value, 'UTF8')::bigint "
                        "+ %s)::text, 'UTF8') WHERE name = %s"
                    ).format(self._meta),
                    (done, ERASURES),
                )
        if self._connect is not None:
            with contextlib.suppress(Exception), self._connect() as conn:
                conn.execute(self._sql.SQL("VACUUM {}").format(self._keys))
        return done

    def epoch(self) -> int:
        found = self._epoch()
        if found is None:  # the row was deleted by hand: count once more
            self._count()
            found = self._epoch()
        return found or 0

    def meta(self, name: str) -> bytes | None:
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL("SELECT value FROM {} WHERE name = %s").format(self._meta), (name,)
            )
            found = cursor.fetchone()
        return None if found is None else bytes(found["value"])

    def put_meta(self, name: str, value: bytes) -> bytes:
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL(
                    "INSERT INTO {} (name, value) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING"
                ).format(self._meta),
                (name, value),
            )
            cursor.execute(
                self._sql.SQL("SELECT value FROM {} WHERE name = %s").format(self._meta), (name,)
            )
            found = cursor.fetchone()
        assert found is not None
        return bytes(found["value"])


def open_memory_vault() -> Vault:
    return _MemoryVault()


def open_sqlite_vault(db_name: str) -> Vault:
    return _SQLiteVault(db_name)


def open_postgres_vault(
    transaction: Callable[[], contextlib.AbstractContextManager[Cursor[DictRow]]],
    schema: str,
    connect: Callable[[], Any] | None = None,
) -> Vault:
    return _PostgresVault(transaction, schema, connect)


# --- sealing and opening personal values ------------------------------------------------------


def _seal(key_id: str, key: bytes, value: str) -> str:
    sealed = AESSIV(key).encrypt(value.encode("utf-8"), [key_id.encode("ascii")])  # tag first
    text = base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")
    return f"{_PREFIX}{key_id}:{text}"


def _open(key_id: str, key: bytes, text: bytes) -> str:
    raw = base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))
    try:
        return AESSIV(key).decrypt(raw, [key_id.encode("ascii")]).decode("utf-8")
    except InvalidTag:
        raise ValueError("authentication failed") from None


_FIELDS: dict[type, tuple[str, ...]] = {}


def _with(obj: T, values: dict[str, Any]) -> T:
    """A copy of the attrs instance ``obj`` with ``values`` set, without the validators: what
    ``privacy.replace_personal`` does through ``copy.copy``, in a third of the time."""
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(a.name for a in attrs.fields(cast(Any, cls)))
    clone = object.__new__(cls)
    for name in names:
        object.__setattr__(clone, name, values[name] if name in values else getattr(obj, name))
    return clone


def _replace(fact: F, tokens: dict[str, str]) -> F:
    """``privacy.replace_personal(fact, tokens)``, faster (tests/test_fastpath_personal.py)."""
    top: dict[str, Any] = {}
    data: dict[str, Any] = {}
    for path, token in tokens.items():
        if path.startswith("data."):
            data[path[5:]] = token
        else:
            top[path] = token
    if data:
        top["data"] = _with(fact.data, data)
    return _with(fact, top)


class PersonalData:
    """Seals the personal values of facts on the way in and opens them on the way out."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._placeholder = f"erased.0{secrets.token_hex(8)}"
        self._placeholder_json = orjson.dumps(self._placeholder)
        self._write_keys: dict[tuple[str, str], tuple[str, bytes]] = {}
        self._tokens: dict[tuple[str, str], str] = {}
        self._read_keys: dict[str, bytes | None] = {}
        self._opened: dict[bytes, bytes] = {}
        self.limit = CACHE_LIMIT
        self._epoch = vault.epoch()
        self._lock = threading.Lock()

    def refresh(self) -> None:
        """Forget cached keys and values if a key was destroyed since (by any process)."""
        epoch = self.vault.epoch()
        with self._lock:
            if epoch != self._epoch:
                self._write_keys.clear()
                self._tokens.clear()
                self._read_keys.clear()
                self._opened.clear()
                self._epoch = epoch

    def prepare(self, facts: Iterable[FactDraft]) -> None:
        """Fetch or create, in one transaction, the keys the facts will be sealed with."""
        self.refresh()
        wanted = {
            (fact.subject, v.value)
            for fact in facts
            for v in personal_values(fact)
            if v.value != ERASED
        }
        with self._lock:  # bounded: emptied between batches, never during one
            if len(self._write_keys) + len(wanted) > self.limit:
                self._write_keys.clear()
            if len(self._tokens) > self.limit:
                self._tokens.clear()
        missing = wanted - self._write_keys.keys()
        if missing:
            found = self.vault.keys_for(missing)
            with self._lock:
                self._write_keys.update(found)

    def seal(self, fact: F) -> F:
        """``fact`` with every personal value replaced by its token."""
        tokens = {}
        for v in personal_values(fact):
            if v.value == ERASED:
                continue
            pair = (fact.subject, v.value)
            found = self._write_keys.get(pair)
            if found is None:
                found = self.vault.keys_for([pair])[pair]
                with self._lock:
                    self._write_keys[pair] = found
            # SIV is deterministic: one value under one key is one token, computed once.
            token = self._tokens.get((found[0], v.value))
            if token is None:
                token = self._tokens[found[0], v.value] = _seal(found[0], found[1], v.value)
            tokens[v.path] = token
        return _replace(fact, tokens) if tokens else fact

    def prefetch(self, states: Iterable[bytes]) -> None:
        """Fetch in one query the keys of every token in ``states`` (a batch of stored rows,
        unwrapped) not yet known; empty the caches first if they are full. Between batches."""
        ids: set[bytes] = set()
        for state in states:
            if _MARK in state:
                ids.update(_KEY_ID.findall(state))
        with self._lock:
            if len(self._opened) > self.limit:
                self._opened.clear()
            if len(self._read_keys) + len(ids) > self.limit:
                self._read_keys.clear()
        missing = {i.decode("ascii") for i in ids} - self._read_keys.keys()
        if missing:
            found = self.vault.keys(missing)
            with self._lock:
                for key_id in missing:
                    self._read_keys[key_id] = found.get(key_id)

    def open(self, state: bytes, where: Callable[[], str]) -> tuple[bytes, bool]:
        """The stored JSON with every token replaced by its value (as a JSON string), or by
        the placeholder when its key was destroyed; and whether a placeholder was used."""
        if _MARK not in state:
            return state, False
        erased = False
        opened = self._opened
        placeholder = self._placeholder_json

        def replace(m: re.Match[bytes]) -> bytes:
            nonlocal erased
            value = opened.get(m.group(0))
            if value is None:
                value = self._open_token(m, where)
            if value is placeholder:
                erased = True
            return value

        return _TOKEN.sub(replace, state), erased

    def _key(self, key_id: str) -> bytes | None:
        try:
            return self._read_keys[key_id]
        except KeyError:  # not prefetched (a row read on its own): fetched alone
            found = self.vault.keys([key_id]).get(key_id)
            with self._lock:
                if len(self._read_keys) >= 4 * self.limit:  # no batches: bounded all the same
                    self._read_keys.clear()
                self._read_keys[key_id] = found
            return found

    def _open_token(self, m: re.Match[bytes], where: Callable[[], str]) -> bytes:
        key_id = m.group(1).decode("ascii")
        key = self._key(key_id)
        if key is None:
            value = self._placeholder_json
        else:
            try:
                # A copy: orjson's result keeps its 4 KiB buffer, 50 times a short value.
                value = bytes(memoryview(orjson.dumps(_open(key_id, key, m.group(2)))))
            except (ValueError, KeyError) as exc:
                raise UnreadableRow(
                    where(), f"a personal value under key {key_id} does not decrypt ({exc})"
                ) from None
        with self._lock:
            if len(self._opened) >= 4 * self.limit:  # no batches: bounded all the same
                self._opened.clear()
            self._opened[m.group(0)] = value
        return value

    def patch(self, fact: Fact) -> Fact:
        """``fact`` decoded from opened bytes, with each placeholder shown as erased."""
        erased = {v.path: ERASED for v in personal_values(fact) if v.value == self._placeholder}
        return replace_personal(fact, erased) if erased else fact

    def close(self) -> None:
        self.vault.close()
