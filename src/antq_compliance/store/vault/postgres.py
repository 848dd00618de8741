"""The vault in the PostgreSQL schema (table ``antq_person_keys``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from antq_compliance.domain.privacy import person_key
from antq_compliance.store.vault.base import ERASURES, KEYS, META, Vault, _digest, _now

__all__ = ["open_postgres_vault"]

if TYPE_CHECKING:
    from psycopg import Cursor
    from psycopg.rows import DictRow


class _PostgresVault(Vault):
    """The tables in the store's schema, through eventsourcing's connection pool (``transaction``
    yields a cursor of one committed transaction). After an erasure the key table is vacuumed
    (best effort) so that the destroyed row versions leave the table file."""

    def __init__(
        self,
        transaction: Callable[[], contextlib.AbstractContextManager[Cursor[DictRow]]],
        schema: str,
        connect: Callable[[], Any] | None = None,
        *,
        create: bool = True,
        read: Callable[[Any, tuple[Any, ...]], list[Any]] | None = None,
    ) -> None:
        from psycopg import sql

        self._tx = transaction
        self._connect = connect
        self._read = read
        s = sql.Identifier(schema)
        self._keys = sql.SQL("{}.{}").format(s, sql.Identifier(KEYS))
        self._meta = sql.SQL("{}.{}").format(s, sql.Identifier(META))
        self._sql = sql
        quoted = schema.replace('"', '""')
        self._scope_index = f'"{quoted}"."{KEYS}_scope"'  # as to_regclass reads a name
        self._by_scope = False
        if not create:  # an application account without DDL rights (docs/deployment.md)
            self._by_scope = self._has_scope_index()
            return
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
            cursor.execute(  # a unit's keys, read with its stream (``scope_keys_select``)
                sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (scope)").format(
                    sql.Identifier(f"{KEYS}_scope"), self._keys
                )
            )
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, value bytea NOT NULL)"
                ).format(self._meta)
            )
        if self._epoch() is None:
            self._count()
        self._by_scope = True

    def _has_scope_index(self) -> bool:
        """Whether the owner has created the index of the keys by unit (a store made before
        it, opened by an account that cannot create it, reads keys by id instead)."""
        found = self._select(
            self._sql.SQL("SELECT to_regclass(%s) IS NOT NULL AS present"), (self._scope_index,)
        )
        return bool(found and found[0]["present"])

    def scope_keys_select(self) -> Any:
        if not self._by_scope:
            return None
        return self._sql.SQL("SELECT key_id, key FROM {} WHERE scope = %s").format(self._keys)

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

    def _select(self, statement: Any, params: tuple[Any, ...]) -> list[Any]:
        """The rows of one read-only statement: by ``read`` when the vault has it (a connection
        in autocommit mode, ``store/postgres.py`` ``ReadConnection``), a single round trip
        where a transaction takes three (BEGIN, the statement, ROLLBACK); the staleness check
        runs before every read."""
        if self._read is None:
            with self._tx() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall()
        return list(self._read(statement, params))

    def epoch_expression(self) -> Any:
        return self._sql.SQL("(SELECT value FROM {} WHERE name = {})").format(
            self._meta, self._sql.Literal(ERASURES)
        )

    def _epoch(self) -> int | None:
        found = self._select(
            self._sql.SQL("SELECT value FROM {} WHERE name = %s").format(self._meta), (ERASURES,)
        )
        return None if not found else int(bytes(found[0]["value"]))

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

    def find(self, pairs: Collection[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, bytes]]:
        if not pairs:
            return {}
        by_lookup: dict[bytes, list[tuple[str, str]]] = {}
        for scope, person in pairs:
            by_lookup.setdefault(_digest(scope, person_key(person)), []).append((scope, person))
        with self._tx() as cursor:
            cursor.execute(
                self._sql.SQL("SELECT lookup, key_id, key FROM {} WHERE lookup = ANY(%b)").format(
                    self._keys
                ),
                (list(by_lookup),),
            )
            found = cursor.fetchall()
        return {
            pair: (r["key_id"], bytes(r["key"]))
            for r in found
            for pair in by_lookup[bytes(r["lookup"])]
        }

    def keys(self, ids: Collection[str] | None) -> dict[str, bytes]:
        if ids is not None and not ids:
            return {}
        rows = self._select(
            self._sql.SQL(
                "SELECT key_id, key FROM {} WHERE key IS NOT NULL "
                "AND (%s::text[] IS NULL OR key_id = ANY(%s))"
            ).format(self._keys),
            (None if ids is None else list(ids),) * 2,
        )
        return {r["key_id"]: bytes(r["key"]) for r in rows}

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

    def key_rows(self) -> list[tuple[str, bytes | None]]:
        with self._tx() as cursor:
            cursor.execute(self._sql.SQL("SELECT key_id, key FROM {}").format(self._keys))
            rows = cursor.fetchall()
        return [(r["key_id"], None if r["key"] is None else bytes(r["key"])) for r in rows]

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


def open_postgres_vault(
    transaction: Callable[[], contextlib.AbstractContextManager[Cursor[DictRow]]],
    schema: str,
    connect: Callable[[], Any] | None = None,
    *,
    create: bool = True,
    read: Callable[[Any, tuple[Any, ...]], list[Any]] | None = None,
) -> Vault:
    """The vault in ``schema``: ``transaction`` for writes, ``connect`` for VACUUM, ``read``
    (``read(statement, params)``: its rows, in autocommit mode) for single-statement reads."""
    return _PostgresVault(transaction, schema, connect, create=create, read=read)
