"""Status projections: every subject's status for chosen years, maintained fact by fact.

A projection is derived, never trusted over the log: it can be rebuilt from the log at any time
(``Ledger.replay()``, ``antq replay``), and a rebuilt projection must equal one maintained
incrementally and a fresh evaluation of the facts (``tests/store/test_projection.py`` checks this on
random fact sequences). Pure: facts in, statuses out; the ledger feeds it from the log.

Each (subject, year) is evaluated once per refresh, however many of the subject's facts arrived
since the last one. With ``keep_facts=False`` the projection holds statuses only: it is fed
whole streams (:meth:`StatusProjection.apply_stream`), so a rebuild's memory does not grow with
the length of the log (``docs/performance.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

import attrs

from antq_compliance.domain.errors import BeforeSubjectExisted
from antq_compliance.domain.facts import Fact, SubjectRegistered
from antq_compliance.domain.record import communes_of
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.projections.compact import CompactStatuses
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK, evaluate
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook

__all__ = ["StatusProjection", "window_end"]


def _compact(statuses: Mapping[tuple[str, int], YearStatus]) -> CompactStatuses:
    return statuses if isinstance(statuses, CompactStatuses) else CompactStatuses(statuses)


def window_end(rulebook: Rulebook) -> Callable[[int], date]:
    """The default business "as of" of a projection: the end of each year's window."""
    return lambda year: rulebook.for_year(year).window(year).end


@attrs.define
class StatusProjection:
    """Statuses of every subject for ``years``, as of ``as_of(year)`` (default: the day its
    kind's year is settled, ``RuleVersion.default_as_of``), on everything recorded.

    ``apply`` takes facts in log order with their log position; a position already applied is
    ignored, so feeding the same facts twice is harmless (exactly-once by position).
    ``keep_facts`` (default) keeps every fact so that single facts can be applied; without it
    only statuses are held and the projection is fed whole streams with ``apply_stream``.
    """

    years: tuple[int, ...]
    rulebook: Rulebook = DEFAULT_RULEBOOK
    as_of: Callable[[int], date] | None = None
    position: int = 0
    facts: dict[str, list[Fact]] = attrs.Factory(dict)
    statuses: CompactStatuses = attrs.field(factory=CompactStatuses, converter=_compact)
    """(subject, year) -> status, each held encoded and decoded on lookup
    (:class:`CompactStatuses`: a tenth of the memory of the statuses themselves)."""
    keep_facts: bool = True
    others_for: Callable[[str, Sequence[Fact]], Mapping[str, Sequence[Fact]] | None] | None = (
        attrs.field(default=None, eq=False)
    )
    """Where a commune's units come from when the projection keeps no facts (the ledger reads
    them from the log); with ``keep_facts`` they are the projection's own."""
    _dirty: set[str] = attrs.Factory(set)
    streams: int = attrs.field(default=0, eq=False)
    """Subjects fed whole with :meth:`apply_stream` (what a rebuild without facts read)."""

    def apply(self, position: int, fact: Fact) -> None:
        if not self.keep_facts:
            raise ValueError("this projection keeps no facts: feed it whole streams (apply_stream)")
        if position <= self.position:
            return
        self.position = position
        self.facts.setdefault(fact.subject, []).append(fact)
        self._dirty.add(fact.subject)

    def apply_all(self, rows: Iterable[tuple[int, Fact]]) -> StatusProjection:
        for position, fact in rows:
            self.apply(position, fact)
        self.refresh()
        return self

    def apply_stream(self, facts: Sequence[Fact]) -> None:
        """Evaluate one subject from its whole stream (every fact recorded for it, in order),
        replacing what the projection held for it. ``position`` is the caller's to advance."""
        if not facts:
            return
        subject = facts[0].subject
        self.streams += 1
        self._evaluate(subject, facts)
        if self.keep_facts:
            self.facts[subject] = list(facts)
        self._dirty.discard(subject)

    def _others(self, subject: str, facts: Sequence[Fact]) -> Mapping[str, Sequence[Fact]] | None:
        if self.others_for is not None:
            return self.others_for(subject, facts)
        first = facts[0].data if facts else None
        if not isinstance(first, SubjectRegistered) or first.kind is not SubjectKind.COMMUNE:
            return None
        return {
            other: stream
            for other, stream in self.facts.items()
            if other != subject and subject in communes_of(stream)
        }

    def as_of_for(self, facts: Sequence[Fact], year: int) -> date:
        """The business "as of" of ``year`` for the subject of ``facts``: the projection's own
        rule, else the default of its kind (``RuleVersion.default_as_of``)."""
        if self.as_of is not None:
            return self.as_of(year)
        first = facts[0].data if facts else None
        version = self.rulebook.for_year(year)
        if isinstance(first, SubjectRegistered):
            return version.default_as_of(first.kind, year)
        return version.window(year).end

    def evaluations(self, facts: Sequence[Fact]) -> list[tuple[int, YearStatus | None]]:
        """The status of the subject of ``facts`` (its whole stream) for each of the years,
        without holding it: ``(year, status)``, the status None when the subject was registered
        after that year's window (it is not on that year's board). What :meth:`apply_stream`
        holds, for a caller that keeps statuses elsewhere (the follower's view)."""
        if not facts:
            return []
        subject = facts[0].subject
        others = self._others(subject, facts)
        out: list[tuple[int, YearStatus | None]] = []
        for year in self.years:
            try:
                status: YearStatus | None = evaluate(
                    subject,
                    facts,
                    year,
                    AsOf(business=self.as_of_for(facts, year)),
                    rulebook=self.rulebook,
                    others=others,
                )
            except BeforeSubjectExisted:  # registered after that year's window: not on its board
                status = None
            out.append((year, status))
        return out

    def _evaluate(self, subject: str, facts: Sequence[Fact]) -> None:
        for year, status in self.evaluations(facts):
            if status is None:
                self.statuses.pop((subject, year), None)
            else:
                self.statuses[(subject, year)] = status

    def refresh(self) -> None:
        """Re-evaluate the subjects touched since the last refresh, and only those — with the
        communes whose territory a touched subject is on (TT124.D5.K4)."""
        touched = set(self._dirty)
        for subject in self._dirty:
            touched |= {c for c in communes_of(self.facts[subject]) if c in self.facts}
        for subject in sorted(touched):
            self._evaluate(subject, self.facts[subject])
        self._dirty.clear()

    @property
    def subjects(self) -> int:
        """How many subjects the projection has read: those it holds the facts of, or those
        fed whole (a subject registered after every year's window has no status)."""
        return len(self.facts) if self.keep_facts else self.streams

    def status(self, subject: str, year: int) -> YearStatus:
        self.refresh()
        return self.statuses[(subject, year)]
