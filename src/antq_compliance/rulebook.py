"""Rule versions: criteria keyed by clause id and effective date, with named interpretations.

A criterion is a small pure predicate over a :class:`Context`. It returns a :class:`Finding`;
the engine adds the clause's metadata (text status, title, rule version) to make a
:class:`~antq_compliance.evaluation.CriterionResult`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

import attrs

from .calendar import Period
from .clauses import catalogue, clause
from .errors import NoRuleVersion
from .facts import Fact
from .record import Record
from .vocabulary import (
    IncidentCategory,
    OffenceStage,
    Severity,
    Status,
    SubjectKind,
    TextStatus,
)

__all__ = [
    "Context",
    "Criterion",
    "Finding",
    "Interpretation",
    "ProvincialCriterion",
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


def met(vi: str, en: str, evidence: tuple[str, ...] = ()) -> Finding:
    return Finding(status=Status.MET, reason_vi=vi, reason_en=en, evidence=evidence)


def not_applicable(vi: str, en: str, evidence: tuple[str, ...] = ()) -> Finding:
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
    window_clause: str | None
    """The clause that defines the window; None when the instrument fixes none (then
    ``window_note`` says which reading is used)."""
    window: Callable[[int], Period] = attrs.field(eq=False)
    q1: Callable[[int], Period] = attrs.field(eq=False)
    scope: Criterion | None
    """None when the instrument excludes no kind of unit."""
    criteria: tuple[Criterion, ...]
    interpretation: Interpretation = Interpretation()
    applies_to_year: Callable[[int], bool] = attrs.field(eq=False)
    year_rule: str
    """How a window straddling the effective date is assigned, in words."""

    window_note: str = ""
    """How the window is read, when the instrument's text does not fix it."""

    def clause_ids(self) -> tuple[str, ...]:
        """Every clause id this version cites: scope, window, criteria."""
        heads = [c for c in (self.scope.clause_id if self.scope else None, self.window_clause) if c]
        return (*heads, *(c.clause_id for c in self.criteria))


@attrs.frozen(kw_only=True)
class ProvincialCriterion:
    """An extra criterion a provincial People's Committee sets (TT124.D8.K1), for the units of
    one province, for evaluation windows ending on or after ``effective_from``.

    ``id`` is the province's own reference (e.g. ``"VL.QD12-2025.1"``); it must not be a clause
    id of the catalogue. The predicate is an ordinary :data:`Predicate`.
    """

    id: str
    province: str
    effective_from: date
    title_vi: str
    title_en: str
    predicate: Predicate = attrs.field(eq=False)
    document_ref: str = ""
    """The provincial decision that sets the criterion."""
    text_status: TextStatus = TextStatus.VERIFIED
    basis: str = "TT124.D8.K1"

    @property
    def rule_instrument(self) -> str:
        return f"{self.basis}:{self.province}"

    @property
    def rule_version(self) -> str:
        return self.effective_from.isoformat()

    def applies(self, province: str, window: Period) -> bool:
        same = (
            unicodedata.normalize("NFC", province).casefold()
            == unicodedata.normalize("NFC", self.province).casefold()
        )
        return same and window.end >= self.effective_from


@attrs.frozen
class Rulebook:
    """The ordered rule versions; picks the one that governs an evaluation year.

    ``provincial`` holds extra criteria set by provinces (TT124.D8.K1); they are added to the
    criteria of the TT124 version for the units of their province.
    """

    versions: tuple[RuleVersion, ...]
    provincial: tuple[ProvincialCriterion, ...] = ()

    def with_provincial(self, *criteria: ProvincialCriterion) -> Rulebook:
        """A rulebook with extra provincial criteria; the library is not edited."""
        for extra in criteria:
            if extra.id in catalogue():
                raise ValueError(
                    f"{extra.id!r} is a clause id of the catalogue, not a provincial id"
                )
        return attrs.evolve(self, provincial=self.provincial + criteria)

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
        return attrs.evolve(
            self,
            versions=tuple(attrs.evolve(v, interpretation=interpretation) for v in self.versions),
        )
