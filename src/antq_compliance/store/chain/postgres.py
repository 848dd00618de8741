"""The hash chain in the PostgreSQL schema."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from antq_compliance.store.chain.base import (
    _BATCH,
    _CHAIN,
    _CHAIN_HEAD,
    _MARK,
    _Chain,
    _mark_bytes,
    _mark_of,
    _position,
    _Snapshot,
)
from antq_compliance.store.chain.links import Seal, StoredRow, paged
from antq_compliance.store.vault.base import META

if TYPE_CHECKING:  # the postgres extra is optional; imported only for a PostgreSQL URL
    from eventsourcing.postgres import PostgresDatastore
    from psycopg import Cursor
    from psycopg.rows import DictRow


class _PostgresChain(_Chain):
    """``<schema>.antq_chain`` and ``<schema>.antq_chain_head``, through eventsourcing's
    connection pool. A seal takes ``EXCLUSIVE`` on the chain table (one sealer at a time;
    readers are not blocked) and ``SHARE`` on the events table: that waits for inserting
    transactions in flight and holds new ones back until the seal commits, so the rows it
    reads are every row that will ever have those notification ids. (eventsourcing 9.5 already
    serialises inserts with an ``EXCLUSIVE`` table lock, so ids commit in order, but not when
    ``POSTGRES_ENABLE_DB_FUNCTIONS`` is on; the ``SHARE`` lock makes either safe.) A chain
    commit is not waited for (``synchronous_commit = off``): a lost link is re-made."""

    def __init__(
        self, datastore: PostgresDatastore, events_table: str, *, create: bool = True
    ) -> None:
        from psycopg import sql

        self._ds = datastore
        schema = sql.Identifier(datastore.schema)
        events = sql.SQL("{}.{}").format(schema, sql.Identifier(events_table))
        chain = sql.SQL("{}.{}").format(schema, sql.Identifier(_CHAIN))
        head = sql.SQL("{}.{}").format(schema, sql.Identifier(_CHAIN_HEAD))
        meta = sql.SQL("{}.{}").format(schema, sql.Identifier(META))
        self._select_mark = sql.SQL("SELECT value FROM {} WHERE name = %s").format(meta)
        self._write_mark = sql.SQL(
            "INSERT INTO {} (name, value) VALUES (%s, %s) ON CONFLICT (name) "
            "DO UPDATE SET value = excluded.value"
        ).format(meta)
        self._select_lowest = sql.SQL("SELECT min(notification_id) AS lowest FROM {}").format(
            events
        )
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
        if not create:  # an application account without DDL rights (docs/deployment.md)
            return
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
            cursor.execute(  # the seal mark's table (the key table's meta table)
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, value bytea NOT NULL)"
                ).format(meta)
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

    def _mark(self, cursor: Cursor[DictRow]) -> Seal | None:
        cursor.execute(self._select_mark, (_MARK,))
        found = cursor.fetchone()
        return _mark_of(bytes(found["value"]) if found else None)

    def _lowest(self, cursor: Cursor[DictRow]) -> int | None:
        cursor.execute(self._select_lowest)
        found = cursor.fetchone()
        return None if found is None or found["lowest"] is None else int(found["lowest"])

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

            mark = self._mark(cursor)
            sealed, end = self._extend(
                seal_of(ends["last_position"], ends["last_link"]),
                seal_of(ends["head_position"], ends["head_link"]),
                lambda after: self._rows(cursor, after),
                write,
                mark=mark,
            )
            if sealed >= 0 and end.position and mark != end:  # the head, copied outside
                cursor.execute(self._write_mark, (_MARK, _mark_bytes(end)))
            return max(sealed, 0)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._ds.get_connection() as conn, conn.transaction(force_rollback=True):
            cursor = conn.cursor()
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _Snapshot(
                rows=lambda: paged(lambda after: self._rows(cursor, after), _position),
                seals=lambda: paged(lambda after: self._seals(cursor, after), _position),
                head=self._head(cursor),
                mark=self._mark(cursor),
                lowest=self._lowest(cursor),
            )
