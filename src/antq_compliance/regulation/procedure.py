"""Audit checks: what a recognition decision must agree with, one small check per clause.

An audit check is to a decision what a criterion is to a year: a pure function citing its
clause, which looks at one decision beside the record of the day it was signed
(:class:`DecisionContext`) and returns the :class:`Issue` s it finds. The audit engine
(:mod:`antq_compliance.audit.decisions`) builds the context, runs the rulebook's checks and
turns each issue into a finding with the check's code, clause and severity; the specification
report reads the check function itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Literal

import attrs

from antq_compliance.domain.dates import Period
from antq_compliance.domain.facts import Fact, RecognitionDecided
from antq_compliance.domain.record import Record
from antq_compliance.domain.vocabulary import DecisionOutcome
from antq_compliance.regulation.clauses import clause, instrument
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.results import YearStatus

__all__ = ["AuditCheck", "CheckFunction", "DecisionContext", "Issue", "Severity"]

Severity = Literal["error", "warning"]
"""``error``: the decision cannot stand on the record; ``warning``: worth a look."""


@attrs.frozen(kw_only=True)
class Issue:
    """What a check found about one decision, in Vietnamese and English, with its evidence."""

    message_vi: str
    message_en: str
    evidence: tuple[str, ...] = ()
    known_at: datetime | None = None
    """The instant the issue was judged at, when not the context's (:class:`DecisionContext`)."""
    clause: str | None = None
    """The clause the issue is about, when the check covers several (one of its ``also``)."""


@attrs.frozen(kw_only=True)
class DecisionContext:
    """One standing recognition decision beside the record as known when it was signed."""

    subject: str
    year: int
    fact: Fact
    decision: RecognitionDecided
    earlier: tuple[tuple[Fact, RecognitionDecided], ...]
    """The standing decisions on the same year signed before this one (oldest first)."""
    record: Record
    """The record as happened by the signing day and as known at :attr:`known_at`."""
    status: YearStatus | None
    """The year's status on that record; None while the rulebook sets no criteria for the
    subject's kind (a check that compares with it then has nothing to compare)."""
    window: Period
    """The evaluation window of the year for the subject's kind (TT124.D8.K2)."""
    known_at: datetime
    """The end of the signing day (Vietnam time), or when the decision was recorded if nothing
    of the year was on record by then (a log started or back-filled later)."""
    interpretation: Interpretation = attrs.field(factory=Interpretation)
    """The readings of the text the audit runs under (``deadline_day``...)."""

    @property
    def signed(self) -> date:
        return self.fact.occurred_on

    @property
    def recognised(self) -> bool:
        return self.decision.outcome is DecisionOutcome.RECOGNISED


CheckFunction = Callable[[DecisionContext], Iterable[Issue]]


@attrs.frozen(kw_only=True)
class AuditCheck:
    """One procedure check: the code its findings carry, the clause it enforces, how serious a
    finding is, and the function that checks it. The feature files name findings by code."""

    code: str
    clause: str = attrs.field()
    severity: Severity
    title_vi: str
    title_en: str
    check: CheckFunction = attrs.field(eq=False, repr=False)
    also: tuple[str, ...] = attrs.field(default=())
    """Other clauses the check enforces (the same duty in the clause of another kind of subject
    or level): an issue names the one it is about."""
    every_version: bool = False
    """The check compares a decision with the record as the rule version governing its year
    judged it, so it applies to the years of every version; otherwise only to the years of the
    version its clause belongs to (or that the clause's instrument amends)."""

    @clause.validator
    def _known(self, _: object, value: str) -> None:
        clause(value)  # raises UnknownClause: a check cannot cite a clause we do not have

    @also.validator
    def _known_too(self, _: object, value: tuple[str, ...]) -> None:
        for item in value:
            clause(item)

    @property
    def clauses(self) -> tuple[str, ...]:
        return (self.clause, *self.also)

    def title(self, lang: str = "vi") -> str:
        return self.title_vi if lang == "vi" else self.title_en

    def applies_under(self, instrument_id: str) -> bool:
        """Whether the check applies to a year the rule version of ``instrument_id`` governs:
        a TT124 procedure check has nothing to say about a decision on a TT23 year."""
        if self.every_version:
            return True
        own = instrument(clause(self.clause).instrument)
        return instrument_id in (own.id, own.amends)
