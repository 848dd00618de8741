"""The application service: one entry point to record facts and ask for status.

:class:`Ledger` is the façade applications import. Its commands live in ``recording.py``, its
audit queries in ``auditing.py``, what they share in ``base.py``; status, explanations and
projections are here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from antq_compliance.application.auditing import Auditing
from antq_compliance.application.base import _bulk
from antq_compliance.application.progress import Progress, counted
from antq_compliance.application.recording import Recording
from antq_compliance.application.reports import ReportKeeper, bind_streams
from antq_compliance.application.reports import catch_up as catch_up_reports
from antq_compliance.codec.facts import stored_topics
from antq_compliance.domain.errors import BeforeSubjectExisted
from antq_compliance.domain.facts import FactRetracted, ProfileChanged, SubjectRegistered
from antq_compliance.domain.record import SubjectSummary, build_record, commune_code
from antq_compliance.projections.reports.figures import ProvinceReport
from antq_compliance.projections.reports.projection import ReportProjection, StaleProjection
from antq_compliance.projections.status import StatusProjection
from antq_compliance.regulation.clauses import clause
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.results import Explanation, YearStatus

__all__ = ["Ledger"]

_PROFILE_TOPICS = stored_topics(SubjectRegistered, ProfileChanged, FactRetracted)
"""What a subject's current profile depends on (``Record.profile_on``, ``build_record``)."""

_STATUS_BATCH = 500
"""Subjects evaluated between two hand-outs of :meth:`Ledger.statuses` (their streams are
read in one query by ``EventLog.scan_subjects``)."""


class Ledger(Recording, Auditing):
    """The event log of one deployment, with the rules to read it.

    ``db`` is a SQLite file path (the default, ``antq.sqlite3`` in the current directory), a
    PostgreSQL URL (``postgresql://user:password@host:5432/dbname?schema=antq``), or
    ``:memory:``. ``clock`` gives the recording time of new facts (UTC); it is never used to
    evaluate. ``env`` passes eventsourcing settings such as ``CIPHER_KEY``.

    ``actor`` is who records (``policy.Actor``: a role, and the unit for the unit role); the
    policy of ``domain/policy.py`` is enforced on every fact it records, and each fact keeps the
    role.
    There is no default: a write that names no actor (here or as ``actor=`` on the call) raises
    :class:`~antq_compliance.domain.errors.ActorRequired`; ``policy.SYSTEM`` (legacy imports,
    migrations) may record every type, and is named like any other. Reads need no actor.

    ``cipher_key`` (32 random bytes in base64, ``antq keygen``) encrypts every stored row with
    AES-256-GCM; ``compress`` compresses rows (zlib) before. Both only affect what is written:
    rows written under other settings are still read (``docs/reliability.md``).
    """

    def status(
        self,
        subject: str,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        interpretation: Interpretation | None = None,
        rulebook: str | None = None,
    ) -> YearStatus:
        """The status of ``subject`` for evaluation ``year``.

        ``as_of`` is the business date facts happened by (required: evaluation never reads a
        clock); ``known_at`` the recording instant they were known at (default: everything
        recorded). ``rulebook`` names an instrument to evaluate under instead of the one in
        force for the year (e.g. ``"TT124"``).
        """
        # Personal values stay sealed unless a reason reads them (as in a rebuild).
        facts = self._read(subject, lazy=True)
        return self._evaluate(subject, facts, year, as_of, known_at, interpretation, rulebook)

    def statuses(
        self,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        interpretation: Interpretation | None = None,
        subjects: Iterable[str] | None = None,
    ) -> Iterator[YearStatus]:
        """The status of every subject registered by ``as_of`` (and known by ``known_at``),
        from one pass over the log, ordered by subject. The streams are read in subject order
        (``EventLog.scan_subjects``), a batch at a time, and each batch's statuses are given
        out as soon as they are evaluated: memory holds one batch, whatever the log's size.
        ``subjects``: only these (their streams alone are read)."""
        streams = self._log.scan_subjects(batch=_STATUS_BATCH, lazy=True, subjects=subjects)
        while True:
            found, read = [], 0
            with _bulk():  # the cyclic GC paused while a batch is evaluated, not while yielding
                for facts in itertools.islice(streams, _STATUS_BATCH):
                    read += 1
                    subject = facts[0].subject
                    try:
                        found.append(
                            self._evaluate(
                                subject, facts, year, as_of, known_at, interpretation, None
                            )
                        )
                    except BeforeSubjectExisted:  # not registered yet (or not known yet) then
                        continue
            if not read:
                return
            yield from found

    def explain(
        self,
        subject: str,
        clause_id: str,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        rulebook: str | None = None,
    ) -> Explanation:
        """Why ``clause_id`` has its status: the result, its reason and its evidence facts."""
        clause(clause_id)
        facts = self.facts(subject)
        status = self._evaluate(subject, facts, year, as_of, known_at, None, rulebook)
        result = status.criterion(clause_id)
        by_id = {f.id: f for f in facts}
        for other, other_facts in (self._others(subject, facts) or {}).items():
            by_id.update({f"{other}/{f.id}": f for f in other_facts})  # a commune's units
        return Explanation(
            result=result,
            status=status,
            evidence=tuple(by_id[i] for i in result.evidence if i in by_id),
        )

    def subjects(self) -> list[SubjectSummary]:
        """Every registered subject with its current profile, ordered by identifier. Of each
        stream only what a profile depends on is read and decoded (the registration, profile
        changes and retractions); the other facts are counted in the database, not read."""
        out = []
        streams = self._log.scan_stream_parts(_PROFILE_TOPICS, lazy=True)
        with _bulk():  # one stream at a time: memory holds the summaries, not the log
            for facts, count in streams:
                if not facts:
                    continue
                subject = facts[0].subject
                record = build_record(subject, facts, as_of=date.max, known_at=None)
                if not record.of(SubjectRegistered):  # not a registered subject's stream
                    continue
                profile = record.profile_on(date.max)
                out.append(
                    SubjectSummary(
                        id=subject,
                        name=profile.name,
                        kind=profile.kind,
                        ownership=profile.ownership,
                        province=profile.province,
                        commune=profile.commune,
                        facts=count,
                        commune_code=commune_code(subject, profile),
                    )
                )
        out.sort(key=lambda summary: summary.id)
        return out

    def replay(
        self,
        years: Iterable[int],
        *,
        keep_facts: bool = True,
        progress: Progress | None = None,
        subjects: Iterable[str] | None = None,
    ) -> StatusProjection:
        """Rebuild the status projection of ``years`` from the whole log. Without
        ``keep_facts`` the projection holds statuses only and the log is read one subject's
        stream at a time (memory does not grow with the log; ``docs/performance.md``).
        ``progress`` is told the events applied (with ``keep_facts``) or the subjects.

        ``subjects`` (without ``keep_facts`` only): the statuses of these subjects alone, their
        streams read a batch at a time (the cost follows the subjects, not the log; a commune
        still reads the units on its territory). A projection of part of the log: do not
        follow it as if it were whole."""
        if subjects is not None and keep_facts:
            raise ValueError("replay(subjects=...) builds a projection without facts")
        projection = StatusProjection(
            years=tuple(years),
            rulebook=self.rulebook,
            keep_facts=keep_facts,
            others_for=None if keep_facts else self._territories.others,
        )
        with _bulk():
            if keep_facts:  # the facts are held for the caller: opened as usual
                total = self._log.head() if progress is not None else None
                return projection.apply_all(counted(self._log.scan(), "replay", total, progress))
            head = self._log.head()
            streams = (
                self._log.scan_streams(head=head, lazy=True)
                if subjects is None
                else self._log.scan_subjects(head=head, lazy=True, subjects=subjects)
            )
            for facts in counted(streams, "rebuild", None, progress):
                projection.apply_stream(facts)
            projection.position = head
            return projection

    def replay_differences(
        self, projection: StatusProjection, *, progress: Progress | None = None
    ) -> list[tuple[str, int]]:
        """(subject, year) where ``projection`` differs from a fresh evaluation of every subject
        of the log as of the projection's "as of" for it (by default the day its kind's year is
        settled): empty when the projection can be trusted."""
        differ = []
        with _bulk():
            for facts in counted(self._log.scan_streams(), "compare", None, progress):
                subject = facts[0].subject
                for year in projection.years:
                    try:
                        fresh = self._evaluate(
                            subject,
                            facts,
                            year,
                            projection.as_of_for(facts, year),
                            None,
                            None,
                            None,
                        )
                    except BeforeSubjectExisted:
                        fresh = None
                    if projection.statuses.get((subject, year)) != fresh:
                        differ.append((subject, year))
        return sorted(differ)

    def follow(self, projection: StatusProjection) -> StatusProjection:
        """Bring ``projection`` up to date with facts recorded since its position."""
        if projection.keep_facts:
            return projection.apply_all(self._log.scan(start=projection.position + 1))
        touched: set[str] = set()
        for position, fact in self._log.scan(start=projection.position + 1, lazy=True):
            touched.add(fact.subject)
            projection.position = position
        streams = self._log.read_many(sorted(touched), lazy=True)
        communes = self._territories.communes_touched(streams.values()) - touched
        streams.update(self._log.read_many(sorted(communes), lazy=True) if communes else {})
        for subject in sorted(streams):  # each touched subject (and its commune) evaluated once
            projection.apply_stream(streams[subject])
        return projection

    def report_projection(self, projection: ReportProjection | None = None) -> ReportProjection:
        """The provincial-report projection (``docs/reports.md``): rebuilt from the whole log,
        or ``projection`` brought up to date with facts recorded since its position. It holds
        no fact: its reports read the streams they need from this ledger's log."""
        projection = projection or ReportProjection(rulebook=self.rulebook)
        if projection.streams is None:
            bind_streams(projection, self._log)
        with _bulk():
            # registrations and profile changes decoded lazily (the projection reads places
            # and names, never a personal value), the other facts counted, not decoded
            return catch_up_reports(self._log, projection)

    def province_report(
        self,
        province: str,
        year: int,
        *,
        as_of: date | None = None,
        known_at: datetime | None = None,
        former: bool = False,
        commune: str | None = None,
        saved: bool = False,
        progress: Progress | None = None,
    ) -> ProvinceReport:
        """The movement's figures for ``province`` and ``year`` (``docs/reports.md``):
        everything now in the province, or with ``former`` the province as it was.

        The report projection is kept by the ledger between calls and brought up to date with
        the facts recorded since (not rebuilt); ``saved`` also loads it from, and saves it to,
        the status view's store (``antq report`` does: each command is a new process; ``antq
        follow`` keeps it current). ``progress`` is told the facts applied to bring it up to
        date."""
        keeper = self._report_keeper(saved)

        def ask(projection: ReportProjection) -> ProvinceReport:
            return projection.report(
                province, year, as_of=as_of, known_at=known_at, former=former, commune=commune
            )

        with _bulk():
            projection = keeper.current(progress=progress)
        try:
            return ask(projection)
        except StaleProjection:
            if keeper.rebuilt:
                raise
        with _bulk():  # a saved state of another log: rebuilt from this one
            return ask(keeper.current(rebuild=True, progress=progress))

    _report_keepers: dict[bool, ReportKeeper] | None = None

    def _report_keeper(self, saved: bool) -> ReportKeeper:
        if self._report_keepers is None:
            self._report_keepers = {}
        keeper = self._report_keepers.get(saved)
        if keeper is None:
            keeper = self._report_keepers[saved] = ReportKeeper(
                self._log, self.rulebook, persist=saved
            )
        return keeper
