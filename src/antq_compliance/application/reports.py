"""The provincial-report projection kept current instead of rebuilt for every report.

A :class:`~antq_compliance.projections.reports.projection.ReportProjection` holds no fact: per
unit, how many of its facts it has applied and the places its profile has named. Bringing it
up to date reads only the facts recorded since its position; a report then reads the streams
of the units that may be in its area. So a report costs what its area holds, once the
projection is current.

Where it is kept: in the ledger between calls (``Ledger.province_report``), and, for commands
that each run in a new process (``antq report``), saved beside the status view
(``store.status_view``: the log's ``.status`` file on SQLite, the log's schema on PostgreSQL)
— which ``antq follow`` keeps current as it follows the log. The saved state is derived, never
trusted over the log: one at a position past the log's head, of another shape, or that does
not match the streams it names (``ReportError``) is dropped and rebuilt from the log.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
from collections.abc import Iterable, Sequence

import orjson

from antq_compliance.codec.facts import stored_topics
from antq_compliance.domain.facts import Fact, ProfileChanged, SubjectRegistered
from antq_compliance.domain.progress import Progress, counted
from antq_compliance.projections.reports.projection import ReportProjection
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.store.eventlog import EventLog
from antq_compliance.store.status_view import StatusViewStore

__all__ = ["ReportKeeper", "bind_streams", "saved_report_store"]

_log = logging.getLogger("antq_compliance")

_PLACE_TOPICS = stored_topics(SubjectRegistered, ProfileChanged)
"""The facts that name a unit's places (``ReportProjection``); the others are only counted."""


def saved_report_store(location: str, *, create_tables: bool = True) -> StatusViewStore | None:
    """The store the report projection is saved in for the log at ``location``, or None when
    there is none (an in-memory log) or it cannot be opened (e.g. a read-only folder).
    ``create_tables``: as the log's (``EventLog.create_tables``)."""
    try:
        return StatusViewStore(location, create_tables=create_tables)
    except Exception:  # the saved state is an optimisation: without it, a rebuild
        _log.info("no saved report projection for %s", location, exc_info=True)
        return None


def bind_streams(projection: ReportProjection, log: EventLog) -> ReportProjection:
    """``projection`` reading its units' streams from ``log``: the units a report evaluates
    lazily (personal values sealed until a reason quotes one), the units on a commune's
    territory opened (a commune's rules copy them through their validating constructor,
    TT124.D5.K2-4)."""
    projection.streams = log.read_many
    projection.evaluated_streams = functools.partial(log.read_many, lazy=True)
    return projection


class ReportKeeper:
    """A report projection for ``log``, brought up to date on each :meth:`current`. With
    ``persist`` its state is loaded from and saved to :func:`saved_report_store`."""

    def __init__(self, log: EventLog, rulebook: Rulebook, *, persist: bool = False) -> None:
        self._log = log
        self._rulebook = rulebook
        self._persist = persist
        self._projection: ReportProjection | None = None
        self.rebuilt = False
        """Whether the last :meth:`current` started from an empty projection."""

    def _fresh(self) -> ReportProjection:
        return bind_streams(ReportProjection(rulebook=self._rulebook), self._log)

    def _load(self, store: StatusViewStore | None, head: int) -> ReportProjection:
        projection = self._fresh()
        saved = store.report_state() if store is not None else None
        if saved is not None and saved[0] <= head:
            with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                if not projection.restore(orjson.loads(saved[1])):
                    projection = self._fresh()
        return projection

    def current(
        self, *, rebuild: bool = False, progress: Progress | None = None
    ) -> ReportProjection:
        """The projection, with every fact recorded up to now applied."""
        head = self._log.head()
        projection = None if rebuild else self._projection
        store = (
            saved_report_store(self._log.location, create_tables=self._log.create_tables)
            if self._persist
            else None
        )
        try:
            if projection is None or projection.position > head:
                projection = self._fresh() if rebuild else self._load(store, head)
            start = projection.position
            self.rebuilt = start == 0
            catch_up(self._log, projection, progress)
            if store is not None and projection.position > start:
                state = orjson.dumps(projection.state())
                try:
                    store.save_report_state(projection.position, state)
                except Exception:  # read-only, or locked: the next call catches up again
                    _log.info("the report projection was not saved", exc_info=True)
        finally:
            if store is not None:
                store.close()
        self._projection = projection
        return projection


def catch_up(
    log: EventLog,
    projection: ReportProjection,
    progress: Progress | None = None,
    *,
    until: int | None = None,
) -> ReportProjection:
    """Apply to ``projection`` every fact recorded after its position (personal values left
    sealed: the projection reads places and counts only), up to position ``until`` if given;
    ``progress`` is told the facts."""
    if until is not None and until <= projection.position:
        return projection
    # Only registrations and profile changes name places: the other facts are counted by
    # their stream, not decoded.
    rows: Iterable[tuple[int, str, Fact | None]] = log.scan_places(
        _PLACE_TOPICS, start=projection.position + 1, known=projection.known_units()
    )
    if until is not None:
        rows = itertools.takewhile(lambda row: row[0] <= until, rows)
    if progress is not None:
        behind = (log.head() if until is None else until) - projection.position
        rows = counted(rows, "report", behind, progress)
    for position, subject, fact in rows:
        if fact is None:
            projection.count(position, subject)
        else:
            projection.apply(position, fact)
    return projection


def apply_batch(projection: ReportProjection, rows: Sequence[tuple[int, int, object]]) -> None:
    """Apply a follower's batch (position, version, fact or erasure record) in log order."""
    for position, _, record in rows:
        if isinstance(record, Fact):
            projection.apply(position, record)
        elif position > projection.position:  # an erasure: no place changes, the position moves
            projection.position = position
