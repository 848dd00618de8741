"""Status views kept current across processes: ``antq follow``.

A *follower* reads the log's notifications after the position its view has reached, in batches,
re-evaluates each subject a batch touched (once, from its whole stream) for the followed years,
and writes the new statuses together with the position they reach in one transaction of the
view store (``store.status_view.StatusViewStore``, on eventsourcing's tracking recorder). Hence:

* **exactly once**: the store refuses a position that does not advance, so a batch is never
  applied twice, even by two followers racing on one view (the loser gets ``ViewConflict``,
  re-reads the position and goes on);
* **survives restarts**: a follower killed at any point resumes from the last committed
  position; what it had not committed is read again;
* **derived, never trusted**: the view can be dropped and rebuilt from the log at any time, and
  ``check()`` compares it with a fresh evaluation.

The same pull loop runs on SQLite (which has no subscriptions) and PostgreSQL; a follower that
has caught up polls the log's head every ``poll`` seconds. Batching is why this is not
eventsourcing's ``ProjectionRunner``: the runner applies one event per transaction (about a
thousand a second on PostgreSQL here), while a batch re-evaluates each touched subject once.
The tracking itself is eventsourcing's. ``docs/follow.md`` has the operational details.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Sequence

import attrs
import orjson

from antq_compliance.application.reports import apply_batch, bind_streams
from antq_compliance.application.reports import catch_up as catch_up_reports
from antq_compliance.application.territory import TerritoryIndex
from antq_compliance.codec.facts import ERASURE_TOPIC
from antq_compliance.codec.results import status_to_json
from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.privacy import Erasure
from antq_compliance.domain.progress import Progress
from antq_compliance.projections.reports.projection import ReportProjection
from antq_compliance.projections.status import StatusProjection
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.results import YearStatus
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.store.eventlog import EventLog
from antq_compliance.store.status_view import (
    SpilledRows,
    StatusViewStore,
    ViewConflict,
    ViewRow,
)

__all__ = ["FollowReport", "StatusFollower", "ViewCheck"]

_FROM_EMPTY_EVERY = 500
"""Units evaluated between two checks of a stop request (and progress reports) while an empty
view is filled."""


def _tally(
    rows: Sequence[tuple[int, int, Fact | Erasure]],
) -> tuple[Counter[str], set[str], dict[str, list[Fact]]]:
    """Of a batch: the facts per unit, the units its erasure records name (re-evaluated, no
    fact applied), and the streams it holds whole (from version 1)."""
    counts: Counter[str] = Counter()
    erased: set[str] = set()
    whole: dict[str, list[Fact]] = {}
    for _, version, record in rows:
        if isinstance(record, Fact):
            counts[record.subject] += 1
            if version == 1:
                whole[record.subject] = [record]
            elif record.subject in whole:
                whole[record.subject].append(record)
        else:
            erased.update(record.subjects)
    return counts, erased, whole


def _never() -> bool:
    return False


class _Stopped(Exception):
    """A stop was requested while an empty view was being filled: nothing was saved."""


_SAVE_EVERY = 10.0
"""Seconds between saves of the report projection while a follower catches up."""


@attrs.frozen
class FollowReport:
    """What one catch-up did."""

    start: int
    """The view's position before (0: empty view)."""
    position: int
    """The view's position after: the last notification applied."""
    notifications: int
    subjects: int
    """Subjects re-evaluated (each once per batch it appears in)."""
    batches: int


@attrs.frozen
class ViewCheck:
    """The view compared with the log and a fresh evaluation."""

    position: int
    head: int
    statuses: int
    wrong: tuple[tuple[str, int], ...]
    """(subject, year) whose stored status differs from a fresh evaluation, or is missing."""
    miscounted: tuple[tuple[str, int, int], ...]
    """(subject, notifications applied, facts in the log) where the two differ: an event missed
    or applied twice."""

    @property
    def ok(self) -> bool:
        return self.position == self.head and not self.wrong and not self.miscounted


def _row(status: YearStatus) -> ViewRow:
    return ViewRow(
        subject=status.subject,
        year=status.year,
        verdict=status.verdict.value,
        status=orjson.dumps(status_to_json(status)),
    )


class StatusFollower:
    """Keeps the status view of ``years`` for the log at ``location`` current.

    ``view``: where the view lives (SQLite: a file of its own, default ``<log file>.status``;
    PostgreSQL: always the log's database and schema). ``cipher_key``: the key of an encrypted
    store, as for :class:`~antq_compliance.Ledger` (the view itself is not encrypted: it holds
    statuses, whose reasons may quote personal values — protect it like the log's reports).
    ``env``: other eventsourcing settings of the log.
    """

    def __init__(
        self,
        location: str,
        years: Sequence[int],
        *,
        view: str | None = None,
        rulebook: Rulebook = DEFAULT_RULEBOOK,
        env: dict[str, str] | None = None,
        cipher_key: str | None = None,
    ) -> None:
        if not years:
            raise InvalidQuery("follow at least one year")
        self.years = tuple(sorted(set(years)))
        self.rulebook = rulebook
        self._log = EventLog(location, env, cipher_key=cipher_key)
        self._territories = TerritoryIndex(self._log)
        self.view = StatusViewStore(str(location), view, create_tables=self._log.create_tables)
        self._reports: ReportProjection | None = None
        self._should_stop: Callable[[], bool] = _never
        self._reports_saved = (0, 0.0)  # (position, when) of the last save
        held = tuple(self.view.years())
        if held and held != self.years:
            where = self.view.location
            self.close()
            raise InvalidQuery(
                f"the status view {where} holds the years {', '.join(map(str, held))}: follow "
                "those years, or delete the view (it is derived from the log) to rebuild it "
                "for others"
            )

    def close(self) -> None:
        self.view.close()
        self._log.close()

    def __enter__(self) -> StatusFollower:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def head(self) -> int:
        return self._log.head()

    def catch_up(
        self, *, batch: int = 5_000, limit: int | None = None, progress: Progress | None = None
    ) -> FollowReport:
        """Apply everything recorded after the view's position, ``batch`` notifications per
        transaction (at most ``limit`` notifications in all, for tests and throttling).

        An erasure record (``Ledger.erase``) is a notification too, though not a fact: the
        subjects it names are re-evaluated (their stored reasons may quote the erased value)
        and the view's position moves past it; it counts as no fact applied. ``progress`` is
        told the notifications applied after each batch, out of those in the log now."""
        start = position = self.view.position()
        done = subjects = batches = 0
        behind = self._log.head() - start if progress is not None else None
        if progress is not None:
            progress("follow", 0, behind)
        reports = self._report_projection()
        catch_up_reports(self._log, reports, until=position)  # another follower's batches
        if position == 0 and limit is None:  # an empty view: each unit once, from its stream
            try:
                position, done, subjects = self._from_empty(reports, progress)
                batches = int(position > 0)
            except ViewConflict:  # another follower filled it first: go on from there
                position = self.view.position()
                catch_up_reports(self._log, reports, until=position)
            except _Stopped:
                return FollowReport(start=0, position=0, notifications=0, subjects=0, batches=0)
        while limit is None or done < limit:
            if limit is None and self._should_stop():  # between two transactions
                break
            size = batch if limit is None else min(batch, limit - done)
            # One read: the batch's rows, decoded once (personal values left sealed).
            rows = self._log.changes(start=position + 1, limit=size, lazy=True)
            if not rows:
                break
            counts, erased, whole = _tally(rows)
            last = rows[-1][0]
            apply_batch(reports, rows)
            touched = set(counts) | erased
            try:
                self._apply(touched, counts, last, whole, after=position)
            except ViewConflict:
                # Another follower got there first: start again from what it committed.
                position = self.view.position()
                catch_up_reports(self._log, reports, until=position)
                continue
            position = last
            done += len(rows)
            subjects += len(touched)
            batches += 1
            if progress is not None:
                progress("follow", position - start, max(behind or 0, position - start))
            self._save_reports(final=len(rows) < size)
        self._save_reports(final=True)
        return FollowReport(
            start=start,
            position=position,
            notifications=done,
            subjects=subjects,
            batches=batches,
        )

    def _from_empty(
        self, reports: ReportProjection, progress: Progress | None
    ) -> tuple[int, int, int]:
        """Fill an empty view up to the log's head: every registered unit evaluated once, from
        its stream (read in subject order, a batch of streams per query), instead of once per
        batch of notifications its facts fall in (on a log recorded day by day, a unit's facts
        are spread over the whole log). The statuses are held in a spill file past a few
        thousand, then saved with the head and each unit's count in one transaction, as a
        batch is. (position reached, notifications applied, units evaluated);
        :class:`ViewConflict` when another follower saved first."""
        head = self._log.head()
        if head == 0:
            return 0, 0, 0
        projection = StatusProjection(
            years=self.years,
            rulebook=self.rulebook,
            keep_facts=False,
            others_for=self._territories.others,
        )
        by_streams = reports.position == 0  # else it is brought to the head from the log
        counts: dict[str, int] = {}
        applied = 0
        try:
            with SpilledRows() as rows:
                for facts in self._log.scan_subjects(head=head, lazy=True):
                    subject = facts[0].subject
                    counts[subject] = len(facts)
                    applied += len(facts)
                    if by_streams:
                        reports.apply_stream(facts)
                    rows.extend(
                        _row(status)
                        for _, status in projection.evaluations(facts)
                        if status is not None
                    )
                    if len(counts) % _FROM_EMPTY_EVERY == 0:
                        if self._should_stop():
                            raise _Stopped
                        if progress is not None:
                            progress("follow", applied, head)
                if by_streams:
                    reports.reach(head)
                else:
                    catch_up_reports(self._log, reports, until=head)
                self.view.save(rows, counts, head, after=0)
        except BaseException:
            self._reports = None  # partly fed: loaded again from the store by the next call
            raise
        if progress is not None:
            progress("follow", head, head)
        self._save_reports(final=True)
        # The notifications applied: the facts, and the erasure records up to the head (on
        # PostgreSQL positions have gaps: a failed batch burns its ids).
        erased = self._log.notifications([ERASURE_TOPIC])
        erasures = sum(1 for _ in itertools.takewhile(lambda row: row[0] <= head, erased))
        return head, applied + erasures, len(counts)

    def _report_projection(self) -> ReportProjection:
        """The provincial-report projection kept with the view (``application/reports.py``),
        loaded once; ``catch_up`` brings it to the view's position (from where it was saved),
        then feeds it each batch (one read of a batch for the statuses and the reports)."""
        if self._reports is None:
            projection = bind_streams(ReportProjection(rulebook=self.rulebook), self._log)
            saved = self.view.report_state()
            if saved is not None and saved[0] <= self._log.head():
                with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
                    projection.restore(orjson.loads(saved[1]))
            self._reports = projection
            self._reports_saved = (projection.position, time.monotonic())
        return self._reports

    def _save_reports(self, *, final: bool) -> None:
        """Save the report projection when caught up, or every ``_SAVE_EVERY`` seconds while
        catching up (its whole state is one row: not at every batch)."""
        reports = self._reports
        position, when = self._reports_saved
        if reports is None or reports.position <= position:
            return
        if not final and time.monotonic() - when < _SAVE_EVERY:
            return
        self.view.save_report_state(reports.position, orjson.dumps(reports.state()))
        self._reports_saved = (reports.position, time.monotonic())

    def _apply(
        self,
        touched: set[str],
        counts: Counter[str],
        position: int,
        whole: dict[str, list[Fact]],
        *,
        after: int,
    ) -> None:
        """Re-evaluate ``touched`` (and the communes they are on) and save with ``position``.
        ``whole``: streams the batch read entirely; the other streams are read here."""
        projection = StatusProjection(
            years=self.years,
            rulebook=self.rulebook,
            keep_facts=False,
            others_for=self._territories.others,
        )
        streams = dict(whole)
        rest = sorted(touched - whole.keys())
        streams.update(self._log.read_many(rest, lazy=True) if rest else {})
        # a unit's change may change the commune that manages it (TT124.D5.K4)
        communes = self._territories.communes_touched(streams.values()) - touched
        streams.update(self._log.read_many(sorted(communes), lazy=True) if communes else {})
        # Evaluated straight into the view's rows: a projection would hold each status
        # encoded only for it to be decoded again here.
        found = {
            (subject, year): status
            for subject in streams
            for year, status in projection.evaluations(streams[subject])
            if status is not None
        }
        rows = [_row(found[key]) for key in sorted(found)]
        # A unit registered after a year's window has no status (and no row) for that year; a
        # registration is never retracted or superseded, so a row is never taken away.
        self.view.save(rows, dict(counts), position, after=after)

    def run(
        self,
        *,
        poll: float = 1.0,
        batch: int = 5_000,
        should_stop: Callable[[], bool] = lambda: False,
        on_report: Callable[[FollowReport], None] | None = None,
    ) -> None:
        """Follow until ``should_stop()`` (checked between batches, and while an empty view is
        filled): catch up, then poll the head every ``poll`` seconds."""
        self._should_stop = should_stop
        try:
            if not should_stop() and self.view.position() == 0:  # an empty view: by streams
                report = self.catch_up(batch=batch)
                if on_report is not None and report.notifications:
                    on_report(report)
            while not should_stop():
                # One batch per call: a stop request is honoured between transactions.
                report = self.catch_up(batch=batch, limit=batch)
                if on_report is not None and report.notifications:
                    on_report(report)
                if report.notifications < batch:
                    time.sleep(poll)
        finally:
            self._should_stop = _never

    def check(self) -> ViewCheck:
        """Compare the view with the log: every subject's stored statuses with a fresh
        evaluation of its stream, and the notifications applied with the facts stored. Meant
        for a quiet log (nothing recorded while it runs); ``ok`` also needs the view caught up."""
        position, head = self.view.position(), self._log.head()
        stored = {(r.subject, r.year): r.status for r in self.view.rows()}
        applied = self.view.applied()
        fresh = StatusProjection(
            years=self.years,
            rulebook=self.rulebook,
            keep_facts=False,
            others_for=self._territories.others,
        )
        counts: dict[str, int] = {}
        expected: dict[tuple[str, int], bytes] = {}  # the row each status would be stored as
        for facts in self._log.scan_streams(head=head):
            subject = facts[0].subject
            counts[subject] = len(facts)
            for year, status in fresh.evaluations(facts):
                if status is not None:
                    expected[subject, year] = _row(status).status
        wrong = sorted(
            key for key in expected.keys() | stored.keys() if expected.get(key) != stored.get(key)
        )
        miscounted = sorted(
            (subject, applied.get(subject, 0), counts.get(subject, 0))
            for subject in counts.keys() | applied.keys()
            if applied.get(subject, 0) != counts.get(subject, 0)
        )
        return ViewCheck(
            position=position,
            head=head,
            statuses=len(stored),
            wrong=tuple(wrong),
            miscounted=tuple(miscounted),
        )
