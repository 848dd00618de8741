"""Status views: read models followed across processes (``antq follow``).

The view is a table of (subject, year) statuses kept next to eventsourcing's tracking table.
Each batch of statuses and the log position it reaches are written in ONE transaction through
eventsourcing's tracking recorder, which refuses a position that does not advance: a batch is
applied exactly once, and a follower killed at any point resumes from the last committed
position. ``antq_status_applied`` counts, per subject, the notifications applied.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import attrs
from eventsourcing.persistence import (
    InfrastructureFactory,
    IntegrityError,
    OperationalError,
    Tracking,
)
from eventsourcing.sqlite import SQLiteTrackingRecorder
from eventsourcing.utils import Environment

from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.store.application import (
    _env_for,
    _schema_lock,
    _with_libpq,
    is_postgres_url,
)
from antq_compliance.store.staging import SpillFile

__all__ = ["VIEW_NAME", "SpilledRows", "StatusViewStore", "ViewConflict", "ViewRow"]

if TYPE_CHECKING:  # the postgres extra is optional; imported only for a PostgreSQL URL
    from eventsourcing.postgres import PostgresDatastore


# --- Status views: read models followed across processes (``antq follow``) ---------------------
#
# The view is a table of (subject, year) statuses kept next to eventsourcing's tracking table.
# Each batch of statuses and the log position it reaches are written in ONE transaction through
# eventsourcing's tracking recorder, which refuses a position that does not advance: a batch is
# applied exactly once, and a follower killed at any point resumes from the last committed
# position. ``antq_status_applied`` counts, per subject, the notifications applied: tests compare
# it with the log to show that none was missed or applied twice.

VIEW_NAME = "antq_status"
"""The tracking name of the status view (eventsourcing's ``application_name`` column)."""
_VIEW_TABLE = "antq_status_view"
_APPLIED_TABLE = "antq_status_applied"
_REPORT_TABLE = "antq_report_state"
"""One row: the provincial-report projection's state (``ReportProjection.state``, JSON) and
the log position it reflects. Derived like the view: dropped, it is rebuilt from the log."""


@attrs.frozen
class ViewRow:
    subject: str
    year: int
    verdict: str
    status: bytes
    """The status as JSON (``codec.facts.status_to_json``), UTF-8."""


class _SQLiteStatusView(SQLiteTrackingRecorder):
    def construct_create_table_statements(self) -> list[str]:
        return [
            *super().construct_create_table_statements(),
            f"CREATE TABLE IF NOT EXISTS {_VIEW_TABLE} (subject TEXT NOT NULL, year INTEGER NOT "
            "NULL, verdict TEXT NOT NULL, status BLOB NOT NULL, PRIMARY KEY (subject, year)) "
            "WITHOUT ROWID",
            f"CREATE TABLE IF NOT EXISTS {_APPLIED_TABLE} (subject TEXT PRIMARY KEY, "
            "notifications INTEGER NOT NULL) WITHOUT ROWID",
            f"CREATE TABLE IF NOT EXISTS {_REPORT_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "position INTEGER NOT NULL, state BLOB NOT NULL)",
        ]

    def save_report(self, position: int, state: bytes) -> bool:
        with self.datastore.transaction(commit=True) as cursor:
            cursor.execute(
                f"INSERT INTO {_REPORT_TABLE} VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "position = excluded.position, state = excluded.state "
                f"WHERE excluded.position > {_REPORT_TABLE}.position",
                (position, state),
            )
            return bool(cursor.sqlite_cursor.rowcount)

    def load_report(self) -> tuple[int, bytes] | None:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(f"SELECT position, state FROM {_REPORT_TABLE} WHERE id = 1")
            row = cursor.fetchone()
            return None if row is None else (int(row["position"]), bytes(row["state"]))

    def save(
        self, rows: Iterable[ViewRow], applied: dict[str, int], position: int, after: int
    ) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            # A write that changes nothing takes the file's write lock first: the position
            # read next is the last one committed, and none can be committed until this ends.
            cursor.execute(f"DELETE FROM {_APPLIED_TABLE} WHERE 0")
            _starts_at(self._max_tracking_id(VIEW_NAME, cursor), after, position)
            self._insert_tracking(cursor, Tracking(VIEW_NAME, position))
            cursor.executemany(
                f"INSERT INTO {_VIEW_TABLE} VALUES (?, ?, ?, ?) ON CONFLICT (subject, year) "
                "DO UPDATE SET verdict = excluded.verdict, status = excluded.status",
                ((r.subject, r.year, r.verdict, r.status) for r in rows),
            )
            cursor.executemany(
                f"INSERT INTO {_APPLIED_TABLE} VALUES (?, ?) ON CONFLICT (subject) DO UPDATE "
                f"SET notifications = {_APPLIED_TABLE}.notifications + excluded.notifications",
                sorted(applied.items()),
            )

    def select(self, subject: str | None, year: int | None) -> list[ViewRow]:
        where, params = _view_filter(subject, year, "?")
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT subject, year, verdict, status FROM {_VIEW_TABLE}{where} "
                "ORDER BY subject, year",
                params,
            )
            return _view_rows(cursor.fetchall())

    def applied(self) -> dict[str, int]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(f"SELECT subject, notifications FROM {_APPLIED_TABLE}")
            return _applied_counts(cursor.fetchall())

    def years(self) -> list[int]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(f"SELECT DISTINCT year FROM {_VIEW_TABLE} ORDER BY year")
            return [int(r["year"]) for r in cursor.fetchall()]


class _NotWhereTheViewIs(IntegrityError):
    """A save that does not start at the view's position."""


def _starts_at(current: int | None, after: int, position: int) -> None:
    """Refuse a save that does not start where the view is: another follower applied part of
    what it holds (its counts would be added twice)."""
    if (current or 0) != after:
        raise _NotWhereTheViewIs(
            f"the view is at log position {current or 0}, not {after}: not applying "
            f"{after + 1}-{position}"
        )


def _view_rows(rows: Iterable[Any]) -> list[ViewRow]:
    return [ViewRow(r["subject"], r["year"], r["verdict"], bytes(r["status"])) for r in rows]


def _applied_counts(rows: Iterable[Any]) -> dict[str, int]:
    return {r["subject"]: int(r["notifications"]) for r in rows}


def _view_filter(subject: str | None, year: int | None, mark: str) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if subject is not None:
        clauses.append(f"subject = {mark}")
        params.append(subject)
    if year is not None:
        clauses.append(f"year = {mark}")
        params.append(year)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class _PostgresReportState:
    """The report projection's saved state on PostgreSQL (a mixin of the status view's
    recorder, whose datastore and table name it uses)."""

    datastore: Any
    _report: Any

    def save_report(self, position: int, state: bytes) -> bool:
        from psycopg.sql import SQL

        with self.datastore.transaction(commit=True) as cursor:
            cursor.execute(
                SQL(
                    "INSERT INTO {0} AS r VALUES (1, %s, %s) ON CONFLICT (id) DO UPDATE SET "
                    "position = excluded.position, state = excluded.state "
                    "WHERE excluded.position > r.position"
                ).format(self._report),
                (position, state),
            )
            return bool(cursor.rowcount)

    def load_report(self) -> tuple[int, bytes] | None:
        from psycopg.sql import SQL

        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(SQL("SELECT position, state FROM {0} WHERE id = 1").format(self._report))
            row = cursor.fetchone()
            return None if row is None else (int(row["position"]), bytes(row["state"]))


def _postgres_status_view() -> type:
    """The PostgreSQL status view class (the postgres extra is imported only when needed)."""
    from eventsourcing.postgres import PostgresTrackingRecorder
    from psycopg.sql import SQL, Identifier

    class PostgresStatusView(_PostgresReportState, PostgresTrackingRecorder):
        def __init__(self, datastore: PostgresDatastore, **kwargs: Any) -> None:
            super().__init__(datastore, **kwargs)
            schema = Identifier(datastore.schema or "public")
            self._view = SQL("{0}.{1}").format(schema, Identifier(_VIEW_TABLE))
            self._lock_key = f"{datastore.schema or 'public'}.{_VIEW_TABLE}"
            self._applied = SQL("{0}.{1}").format(schema, Identifier(_APPLIED_TABLE))
            self._report = SQL("{0}.{1}").format(schema, Identifier(_REPORT_TABLE))
            self.sql_create_statements += [
                SQL(
                    "CREATE TABLE IF NOT EXISTS {0} (subject text NOT NULL, year integer NOT "
                    "NULL, verdict text NOT NULL, status bytea NOT NULL, PRIMARY KEY "
                    "(subject, year))"
                ).format(self._view),
                SQL(
                    "CREATE TABLE IF NOT EXISTS {0} (subject text PRIMARY KEY, notifications "
                    "bigint NOT NULL)"
                ).format(self._applied),
                SQL(
                    "CREATE TABLE IF NOT EXISTS {0} (id integer PRIMARY KEY CHECK (id = 1), "
                    "position bigint NOT NULL, state bytea NOT NULL)"
                ).format(self._report),
            ]

        def save(
            self, rows: Iterable[ViewRow], applied: dict[str, int], position: int, after: int
        ) -> None:
            with self.datastore.transaction(commit=True) as cursor:
                # The view's saves one at a time (a transaction-scoped lock on its table's
                # name); read committed whatever the role's default, so that the position read
                # next, after the lock, is the last one committed.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (self._lock_key,))
                _starts_at(self._max_tracking_id(VIEW_NAME, cursor), after, position)
                self._insert_tracking(cursor, Tracking(VIEW_NAME, position))
                cursor.executemany(
                    SQL(
                        "INSERT INTO {0} VALUES (%s, %s, %s, %s) ON CONFLICT (subject, year) "
                        "DO UPDATE SET verdict = excluded.verdict, status = excluded.status"
                    ).format(self._view),
                    ((r.subject, r.year, r.verdict, r.status) for r in rows),
                )
                if applied:
                    cursor.executemany(
                        SQL(
                            "INSERT INTO {0} AS a VALUES (%s, %s) ON CONFLICT (subject) DO UPDATE "
                            "SET notifications = a.notifications + excluded.notifications"
                        ).format(self._applied),
                        sorted(applied.items()),
                    )

        def select(self, subject: str | None, year: int | None) -> list[ViewRow]:
            where, params = _view_filter(subject, year, "%s")
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(
                    SQL("SELECT subject, year, verdict, status FROM {0}").format(self._view)
                    + SQL(where)  # only our own literal text: column names and placeholders
                    + SQL(" ORDER BY subject, year"),
                    params,
                )
                return _view_rows(cursor.fetchall())

        def applied(self) -> dict[str, int]:
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(SQL("SELECT subject, notifications FROM {0}").format(self._applied))
                return _applied_counts(cursor.fetchall())

        def years(self) -> list[int]:
            with self.datastore.transaction(commit=False) as cursor:
                cursor.execute(
                    SQL("SELECT DISTINCT year FROM {0} ORDER BY year").format(self._view)
                )
                return [int(r["year"]) for r in cursor.fetchall()]

    return PostgresStatusView


def _view_env(log_location: str, view_location: str | None) -> dict[str, str]:
    """Where the view lives: the log's PostgreSQL database and schema (tables ``antq_status_*``),
    or its own SQLite file (default: the log's file name + ``.status``), never the log's file:
    the log's writers and the follower then never wait on each other's SQLite write lock."""
    if is_postgres_url(log_location):
        if view_location is not None and view_location != log_location:
            raise InvalidQuery(
                "on PostgreSQL the status view lives in the log's database and schema; "
                "--view takes no other location"
            )
        env = _env_for(log_location)
        env.pop("APPLICATION_RECORDER_TOPIC", None)
        return env
    if log_location == ":memory:":
        raise InvalidQuery("an in-memory log cannot be followed from another process")
    target = view_location or f"{log_location}.status"
    if Path(target).resolve() == Path(log_location).resolve():
        raise InvalidQuery("the status view needs its own SQLite file, not the log's")
    # As the log's: a follower waits for another's save (one that fills a view is long).
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": target,
        "SQLITE_LOCK_TIMEOUT": "30",
    }


class _ViewRecorder(Protocol):
    def max_tracking_id(self, application_name: str) -> int | None: ...
    def save(
        self, rows: Iterable[ViewRow], applied: dict[str, int], position: int, after: int
    ) -> None: ...
    def select(self, subject: str | None, year: int | None) -> list[ViewRow]: ...
    def applied(self) -> dict[str, int]: ...
    def years(self) -> list[int]: ...
    def save_report(self, position: int, state: bytes) -> bool: ...
    def load_report(self) -> tuple[int, bytes] | None: ...


class StatusViewStore:
    """The persisted status view of a log: its rows, the log position they reflect, and the
    notifications applied per subject. Writes go through :meth:`save` only."""

    def __init__(
        self,
        log_location: str,
        view_location: str | None = None,
        *,
        create_tables: bool = True,
    ) -> None:
        """``create_tables``: whether the log was opened creating its tables
        (``EventLog.create_tables``, eventsourcing's ``CREATE_TABLE``); without, the view's
        tables are not created either: an account without DDL rights follows into tables the
        owner created (docs/deployment.md, "Least privilege")."""
        env = _view_env(str(log_location), view_location)
        if not create_tables:
            env["CREATE_TABLE"] = "no"
        self.location = env.get("SQLITE_DBNAME") or str(log_location)
        view_class = (
            _postgres_status_view()
            if env["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
            else _SQLiteStatusView
        )
        with _schema_lock(env):
            factory = _with_libpq(
                InfrastructureFactory.construct(Environment(name=VIEW_NAME, env=env)), env
            )
            self._factory = factory  # keeps the datastore (and its pool) alive
            self._recorder: _ViewRecorder = cast(
                _ViewRecorder, factory.tracking_recorder(view_class)
            )

    def position(self) -> int:
        """The last log position applied (0: nothing yet)."""
        return self._recorder.max_tracking_id(VIEW_NAME) or 0

    def save(
        self,
        rows: Iterable[ViewRow],
        applied: dict[str, int],
        position: int,
        *,
        after: int,
    ) -> None:
        """Write ``rows`` and the per-subject counts of the notifications after ``after`` up to
        ``position``, reaching ``position``, in one transaction; :class:`ViewConflict`, writing
        nothing, unless the view is at ``after`` (another follower applied some of them, or
        all) and ``position`` advances it."""
        try:
            self._recorder.save(rows, applied, position, after)
        except _NotWhereTheViewIs as exc:
            raise ViewConflict(str(exc)) from exc
        except (OperationalError, sqlite3.OperationalError) as exc:
            if "locked" not in str(exc):  # SQLite: another follower's save held the lock 30 s
                raise
            raise ViewConflict(
                f"the status view is being written by another follower: {exc}"
            ) from exc
        except IntegrityError as exc:
            raise ViewConflict(
                f"the status view is already at or past log position {position}"
            ) from exc

    def rows(self, subject: str | None = None, year: int | None = None) -> list[ViewRow]:
        return self._recorder.select(subject, year)

    def applied(self) -> dict[str, int]:
        return self._recorder.applied()

    def years(self) -> list[int]:
        """The evaluation years the view holds statuses of."""
        return self._recorder.years()

    def report_state(self) -> tuple[int, bytes] | None:
        """The saved provincial-report projection: (log position, ``ReportProjection.state``
        as JSON), or None."""
        return self._recorder.load_report()

    def save_report_state(self, position: int, state: bytes) -> bool:
        """Save the report projection's state at ``position`` unless one at or past it is
        saved already (two processes may race: the further one stays); whether it was saved."""
        return self._recorder.save_report(position, state)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._factory.close()


class SpilledRows(SpillFile):
    """View rows gathered for one transaction (a view filled from empty): in memory up to
    ``spill_at``, the rest in a private spill file (``staging.SpillFile``, deleted on
    :meth:`close` whatever happened). Filling the view of a 10^7-fact log then holds a few
    hundred statuses (a status as JSON is about 11 KB), not all of them. The file holds what
    the view will hold (statuses, whose reasons may quote personal values), for as long as
    the filling takes. Iterated in the order the rows were added."""

    def __init__(self, spill_at: int = 500) -> None:
        super().__init__()
        self.spill_at = spill_at

    def extend(self, rows: Iterable[ViewRow]) -> None:
        self._pending.extend((r.subject, r.year, r.verdict, r.status) for r in rows)
        if len(self._pending) >= self.spill_at:
            self._spill()

    def __iter__(self) -> Iterator[ViewRow]:
        if self._db is not None:
            cursor = self._db.execute("SELECT subject, year, verdict, status FROM rows")
            while found := cursor.fetchmany(1_000):
                for subject, year, verdict, status in found:
                    yield ViewRow(subject, year, verdict, status)
        for subject, year, verdict, status in cast(
            list[tuple[str, int, str, bytes]], self._pending
        ):
            yield ViewRow(subject, year, verdict, status)

    def _spill(self) -> None:
        if self._db is None:
            self._open_file(
                "view", "CREATE TABLE rows (subject TEXT, year INTEGER, verdict TEXT, status BLOB)"
            )
        self._flush("INSERT INTO rows VALUES (?, ?, ?, ?)")


class ViewConflict(Exception):
    """Another follower already applied this part of the log to the view."""
