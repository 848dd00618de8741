"""Rule versions: criteria keyed by clause id and effective date, with named interpretations.

A criterion is a small pure predicate over a :class:`Context`. It returns a :class:`Finding`;
the engine adds the clause's metadata (text status, title, rule version) to make a
:class:`~antq_compliance.evaluation.CriterionResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

import attrs

from .calendar import Period
from .clauses import clause
from .errors import NoRuleVersion
from .facts import Fact
from .record import Record
from .vocabulary import IncidentCategory, OffenceStage, Severity, Status, SubjectKind

__all__ = [
    "Context",
    "Criterion",
    "Finding",
    "Interpretation",
    "RuleVersion",
    "Rulebook",
]


@attrs.frozen(kw_only=True)
class Interpretation:
    """The interpretation choices the regulation reference names, as parameters.

    Every default is the reading documented in ``docs/rules.md``; change one with
    ``attrs.evolve(interpretation, ...)`` and pass the result to a rule version.
    """

    p2_timing: Literal["q1", "window"] = "q1"
    """TT124.D6.K1.p2: plan and registration both in Q1 (``q1``, how provinces apply it) or
    anywhere in the evaluation window up to its end (``window``)."""

    p4_denominator: Literal["peak_headcount", "headcount_at_window_end"] = "peak_headcount"
    """TT124.D6.K1.p4: the headcount that "100%" is measured against: the highest headcount in
    effect during the window, or the headcount at the window's end."""

    k2_requires_activity: bool = True
    """TT124.D6.K2: an agreement must also be carried out (one coordination activity in the
    window), not merely signed."""

    prov1_categories: frozenset[IncidentCategory] = frozenset(
        c for c in IncidentCategory if c is not IncidentCategory.OTHER
    )
    """TT124.D6.PROV1: the incident categories that make the criterion fail (data: a reviewer
    adds or drops a category per rule version)."""

    prov1_min_severity: Severity = Severity.MINOR
    """TT124.D6.PROV1: incidents below this severity are not counted."""

    prov2_counted_stages: frozenset[OffenceStage] = frozenset(OffenceStage)
    """TT124.D6.PROV2: which recorded stage counts as an offence (prosecution, conviction,
    social evil). Provinces in 2024 counted a prosecution."""

    prov3_applies_to: frozenset[SubjectKind] = frozenset(SubjectKind)
    """TT124.D6.PROV3: the kinds of unit that must build a protection force."""


@attrs.frozen(kw_only=True)
class Finding:
    status: Status
    reason_vi: str
    reason_en: str
    evidence: tuple[str, ...] = ()
    due: date | None = None


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
            reason_vi=f"{reason_vi} (hạn {deadline.end.strftime('%d/%m/%Y')})",
            reason_en=f"{reason_en} (due {deadline.end.isoformat()})",
            evidence=evidence,
            due=deadline.end,
        )


Predicate = Callable[[Context], Finding]


@attrs.frozen(kw_only=True)
class Criterion:
    clause_id: str = attrs.field()
    predicate: Predicate = attrs.field(eq=False)

    @clause_id.validator
    def _known(self, _: object, value: str) -> None:
        clause(value)  # raises UnknownClause: a rule cannot cite a clause we do not have


@attrs.frozen(kw_only=True)
class RuleVersion:
    """One instrument's criteria for one range of evaluation years."""

    instrument: str
    version: str
    effective_from: date
    effective_to: date | None
    window_clause: str
    window: Callable[[int], Period] = attrs.field(eq=False)
    q1: Callable[[int], Period] = attrs.field(eq=False)
    scope: Criterion
    criteria: tuple[Criterion, ...]
    interpretation: Interpretation = Interpretation()
    applies_to_year: Callable[[int], bool] = attrs.field(eq=False)
    year_rule: str
    """How a window straddling the effective date is assigned, in words."""

    def clause_ids(self) -> tuple[str, ...]:
        return (self.scope.clause_id, self.window_clause, *(c.clause_id for c in self.criteria))


@attrs.frozen
class Rulebook:
    """The ordered rule versions; picks the one that governs an evaluation year."""

    versions: tuple[RuleVersion, ...]

    def for_year(self, year: int) -> RuleVersion:
        for version in self.versions:
            if version.applies_to_year(year):
                return version
        known = "; ".join(f"{v.instrument} ({v.year_rule})" for v in self.versions)
        raise NoRuleVersion(f"no rule version governs evaluation year {year}: {known}")

    def by_instrument(self, instrument: str) -> RuleVersion:
        for version in self.versions:
            if version.instrument == instrument:
                return version
        raise NoRuleVersion(
            f"unknown rulebook {instrument!r}; known: "
            + ", ".join(v.instrument for v in self.versions)
        )

    def with_interpretation(self, interpretation: Interpretation) -> Rulebook:
        return Rulebook(
            tuple(attrs.evolve(v, interpretation=interpretation) for v in self.versions)
        )
