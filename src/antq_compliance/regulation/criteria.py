"""What a criterion is: a small pure predicate over a :class:`Context`, returning a
:class:`Finding` (met / not met / pending / not applicable, evidence, reason).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import attrs

from antq_compliance.domain.dates import Period, fmt_date
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.record import Record
from antq_compliance.domain.vocabulary import Status, SubjectKind
from antq_compliance.regulation.clauses import clause
from antq_compliance.regulation.interpretation import Interpretation

__all__ = ["Context", "Criterion", "Finding", "Predicate", "ids", "met", "not_applicable"]


@attrs.frozen(kw_only=True)
class Finding:
    """What one rule found for one criterion: a status, the reason in Vietnamese and in
    English, the ids of the facts it rests on, and the day by which a pending duty falls due."""

    status: Status
    reason_vi: str
    reason_en: str
    evidence: tuple[str, ...] = ()
    due: date | None = None


def met(vi: str, en: str, evidence: tuple[str, ...] = ()) -> Finding:
    """A finding that the criterion is met, with its reasons (Vietnamese, English) and
    evidence."""
    return Finding(status=Status.MET, reason_vi=vi, reason_en=en, evidence=evidence)


def not_applicable(vi: str, en: str, evidence: tuple[str, ...] = ()) -> Finding:
    """A finding that the criterion does not apply to the subject, with its reasons
    (Vietnamese, English) and evidence."""
    return Finding(status=Status.NOT_APPLICABLE, reason_vi=vi, reason_en=en, evidence=evidence)


def ids(facts: Sequence[Fact | tuple[Fact, object]]) -> tuple[str, ...]:
    """The distinct ids of ``facts`` (or of ``(fact, payload)`` pairs), in order."""
    out: dict[str, None] = {}
    for item in facts:
        fact = item[0] if isinstance(item, tuple) else item
        out[fact.id] = None
    return tuple(out)


@attrs.frozen(kw_only=True)
class Context:
    """What a predicate sees: the record, the year's periods, the as-of date, the parameters."""

    year: int
    window: Period
    q1: Period
    as_of: date
    record: Record
    interpretation: Interpretation
    others: tuple[Record, ...] = ()
    """The records of the other subjects that may fall under this one (a commune's units,
    TT124.D5.K4), as of the same two points; empty for every other kind."""

    @property
    def window_closed(self) -> bool:
        return self.window.closed_by(self.as_of)

    @property
    def reference_day(self) -> date:
        """The day standing facts (rules in force, models, profile) are read on."""
        return min(self.as_of, self.window.end)

    def open_or_failed(
        self, deadline: Period, reason_vi: str, reason_en: str, evidence: tuple[str, ...] = ()
    ) -> Finding:
        """Not met once ``deadline`` has passed; pending (due its end) until then."""
        if deadline.closed_by(self.as_of):
            return Finding(
                status=Status.NOT_MET, reason_vi=reason_vi, reason_en=reason_en, evidence=evidence
            )
        return Finding(
            status=Status.PENDING,
            reason_vi=f"{reason_vi} (hạn {fmt_date(deadline.end)})",
            reason_en=f"{reason_en} (due {deadline.end.isoformat()})",
            evidence=evidence,
            due=deadline.end,
        )


Predicate = Callable[[Context], Finding]


@attrs.frozen(kw_only=True)
class Criterion:
    """A clause and the predicate that evaluates it; ``kinds``: only for those kinds of subject
    (None: every kind the article governs)."""

    clause_id: str = attrs.field()
    predicate: Predicate = attrs.field(eq=False)
    kinds: frozenset[SubjectKind] | None = None

    @clause_id.validator
    def _known(self, _: object, value: str) -> None:
        clause(value)  # raises UnknownClause: a rule cannot cite a clause we do not have

    def applies_to(self, kind: SubjectKind) -> bool:
        return self.kinds is None or kind in self.kinds
