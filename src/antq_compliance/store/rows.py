"""The rows of the event log read straight from the recorder's table (``EventLog`` inherits
them): one statement each, no per-row stream-id conversion, plain tuples. SQLite through
eventsourcing's connection; PostgreSQL on the connection kept for reads
(``store/postgres.py`` ``ReadConnection``); in memory through eventsourcing's own API."""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Sequence
from typing import Any, cast
from uuid import UUID

from eventsourcing.sqlite import SQLiteApplicationRecorder

from antq_compliance.store.application import _LedgerApplication
from antq_compliance.store.payloads import _Payloads
from antq_compliance.store.postgres import read_fetcher

__all__: list[str] = []


def _fetch(recorder: object, template: str, params: Any) -> list[Any] | None:
    """The rows of one statement over the events table as plain tuples, on SQLite or
    PostgreSQL; None for a store in memory (its caller reads it through eventsourcing's API).
    ``template`` is written for both: ``{table}`` the events table, ``{position}`` the log
    position column (``rowid``, ``notification_id``), ``%s`` each parameter."""
    if isinstance(recorder, SQLiteApplicationRecorder):
        return _sqlite_fetch(recorder, template.replace("%s", "?"), params)
    if _postgres(recorder):
        return _pg_fetch(recorder, template, params)
    return None


def _sqlite_fetch(recorder: SQLiteApplicationRecorder, statement: str, params: Any) -> list[Any]:
    """The rows of one SQLite statement as plain tuples (``{table}``: the events table,
    ``{position}``: its position column)."""
    with recorder.datastore.transaction(commit=False) as cursor:
        raw = cursor.sqlite_cursor
        raw.row_factory = None  # plain tuples
        raw.execute(statement.format(table=recorder.events_table_name, position="rowid"), params)
        return raw.fetchall()


def _postgres(recorder: object) -> bool:
    module = sys.modules.get("eventsourcing.postgres")
    return module is not None and isinstance(recorder, module.PostgresApplicationRecorder)


def _pg_fetch(recorder: Any, template: str, params: Any, **parts: Any) -> list[Any]:
    """The rows of one PostgreSQL statement as plain tuples, in one round trip on the
    connection kept for reads (in autocommit mode: the statement's own snapshot, where a
    read-only transaction takes three round trips). ``{table}``: the events table,
    ``{position}``: its position column; ``parts``: other composed pieces of the statement;
    ``prepare`` among them: prepare it on first use."""
    from psycopg import sql
    from psycopg.rows import tuple_row

    prepare = parts.pop("prepare", None)
    table = sql.SQL("{}.{}").format(
        sql.Identifier(recorder.datastore.schema), sql.Identifier(recorder.events_table_name)
    )
    position = sql.Identifier("notification_id")
    query = sql.SQL(template).format(table=table, position=position, **parts)
    return cast(
        list[Any], read_fetcher(recorder)(query, params, row_factory=tuple_row, prepare=prepare)
    )


def _state_of(topics: Sequence[str]) -> str:
    """The state column, or only for rows of ``topics`` (None for the others: not read)."""
    if not topics:
        return "state"
    return f"CASE WHEN topic IN ({', '.join(['%s'] * len(topics))}) THEN state END"


def _kept(state: bytes, topic: str, topics: Collection[str]) -> bytes | None:
    """:func:`_state_of` for a store in memory."""
    return state if not topics or topic in topics else None


class _Rows:
    """What ``EventLog`` provides to the readers below."""

    _app: _LedgerApplication
    _payloads: _Payloads
    head: Callable[[], int]

    def _stream_rows_with_epoch(
        self, stream: UUID, subject: str
    ) -> tuple[list[tuple[str, bytes]], int | None, dict[str, bytes | None] | None]:
        """PostgreSQL: (topic, state) of one stream's rows in order, the vault's erasure epoch
        and the keys made for ``subject`` (key id -> key, None once destroyed), all read by
        one statement: one round trip, one snapshot. The epoch is None when the vault cannot
        say so; the keys are None when it cannot select them by unit (``scope_keys_select``)."""
        from psycopg import sql

        recorder = cast(Any, self._app.recorder)
        vault = self._payloads.personal.vault
        epoch = vault.epoch_expression()
        by_scope = vault.scope_keys_select()
        template = (
            "SELECT 0, originator_version, topic, state, {epoch} FROM {table} "
            "WHERE originator_id = %s"
        )
        params: tuple[object, ...] = (stream,)
        if by_scope is not None:  # the unit's keys, after its rows (ordered by the first column)
            template += " UNION ALL SELECT 1, 0, k.key_id, k.key, NULL FROM ({keys}) AS k"
            params = (stream, subject)
        found = _pg_fetch(  # prepared on its first use: the statement of every status
            recorder,
            template + " ORDER BY 1, 2",
            params,
            epoch=epoch if epoch is not None else sql.SQL("NULL::bytea"),
            keys=by_scope if by_scope is not None else sql.SQL(""),
            prepare=True,
        )
        events = [(topic, state) for part, _, topic, state, _ in found if part == 0]
        if not events:
            return [], None, None
        keys = None
        if by_scope is not None:
            keys = {
                key_id: None if key is None else bytes(key)
                for part, _, key_id, key, _ in found
                if part == 1
            }
        return events, vault.epoch_of(found[0][4]), keys

    def _rows(
        self, after: int, limit: int, topics: Sequence[str] = (), *, versions: bool = False
    ) -> list[tuple[int, str, bytes]]:
        """(position, topic, state) of up to ``limit`` rows after ``after``, in log order,
        read straight from the recorder's table (no per-row stream-id conversion). With
        ``versions``: (position, topic, state, version in its stream)."""
        recorder = self._app.recorder
        where = f" AND topic IN ({', '.join(['%s'] * len(topics))})" if topics else ""
        more = ", originator_version" if versions else ""
        template = (
            f"SELECT {{position}}, topic, state{more} FROM {{table}} "
            f"WHERE {{position}} > %s{where} ORDER BY {{position}} LIMIT %s"
        )
        found = _fetch(recorder, template, (after, *topics, limit))
        if found is not None:
            return found
        return [
            cast(Any, (n.id, n.topic, n.state, n.originator_version))
            if versions
            else (n.id, n.topic, n.state)
            for n in recorder.select_notifications(
                start=after, limit=limit, topics=topics, inclusive_of_start=False
            )
        ]

    def _place_rows(
        self, after: int, limit: int, topics: Sequence[str]
    ) -> list[tuple[int, object, str, bytes | None]]:
        """(position, stream, topic, state) of up to ``limit`` rows after ``after``, in log
        order; the state of rows of other ``topics`` is not read (None in its place)."""
        recorder = self._app.recorder
        template = (
            f"SELECT {{position}}, originator_id, topic, {_state_of(topics)} FROM {{table}} "
            "WHERE {position} > %s ORDER BY {position} LIMIT %s"
        )
        found = _fetch(recorder, template, (*topics, after, limit))
        if found is not None:
            return found
        wanted = set(topics)
        return [
            (n.id, n.originator_id, n.topic, _kept(n.state, n.topic, wanted))
            for n in recorder.select_notifications(
                start=after, limit=limit, inclusive_of_start=False
            )
        ]

    def _last_rows(self, limit: int) -> list[tuple[str, bytes]]:
        """(topic, state) of the last ``limit`` rows, last first (whatever the gaps between
        positions: a failed PostgreSQL batch burns thousands of ids)."""
        template = (
            "SELECT topic, state FROM {table} WHERE {position} > 0 "
            "ORDER BY {position} DESC LIMIT %s"
        )
        found = _fetch(self._app.recorder, template, (limit,))
        if found is not None:
            return [(t, bytes(s)) for t, s in found]
        head = self.head()
        rows = self._rows(max(head - limit, 0), limit) if head > 0 else []
        return [(topic, state) for _, topic, state in reversed(rows)]

    def _streams_rows(
        self, streams: list[UUID], is_pg: bool, head: int | None = None
    ) -> list[tuple[object, str, bytes]]:
        recorder = self._app.recorder
        if not is_pg:
            assert isinstance(recorder, SQLiteApplicationRecorder)
            statement = (
                "SELECT originator_id, topic, state FROM {table} "
                f"WHERE originator_id IN ({', '.join('?' * len(streams))}) "
                f"{'' if head is None else 'AND {position} <= ? '}"
                "ORDER BY originator_id, originator_version"
            )
            bound = [] if head is None else [head]
            return _sqlite_fetch(recorder, statement, [*(s.hex for s in streams), *bound])
        template = (
            "SELECT originator_id, topic, state FROM {table} WHERE originator_id = ANY(%s) "
            "AND (%s::bigint IS NULL OR {position} <= %s) "
            "ORDER BY originator_id, originator_version"
        )
        return _pg_fetch(recorder, template, (streams, head, head))

    def _stream_rows(
        self,
        head: int,
        key: tuple[object, int] | None,
        limit: int,
        topics: Sequence[str] = (),
    ) -> list[tuple[object, int, str, bytes | None]]:
        """Rows at positions up to ``head`` after the stream position ``key``, in
        (stream, version) order: the primary key's order, so an index walk. ``topics``: the
        state of rows of other topics is not read (None in its place)."""
        recorder = self._app.recorder
        after = "AND (originator_id, originator_version) > (%s, %s) " if key else ""
        template = (
            f"SELECT originator_id, originator_version, topic, {_state_of(topics)} "
            "FROM {table} "
            f"WHERE {{position}} <= %s {after}"
            "ORDER BY originator_id, originator_version LIMIT %s"
        )
        found = _fetch(recorder, template, (*topics, head, *(key or ()), limit))
        if found is not None:
            return found
        wanted = set(topics)
        rows = sorted(
            (
                str(n.originator_id),
                n.originator_version,
                n.topic,
                _kept(n.state, n.topic, wanted),
            )
            for n in recorder.select_notifications(start=1, limit=head or 1, stop=head)
        )
        if key is not None:
            rows = [r for r in rows if (r[0], r[1]) > cast(tuple[str, int], key)]
        return cast(list[tuple[object, int, str, bytes | None]], rows[:limit])
