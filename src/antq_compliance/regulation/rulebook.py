"""Rule versions: criteria keyed by clause id and effective date; the rulebook that picks one.

The engine adds the clause's metadata (text status, title, rule version) to a criterion's
:class:`~antq_compliance.regulation.criteria.Finding` to make a
:class:`~antq_compliance.regulation.evaluation.CriterionResult`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

import attrs

from antq_compliance.domain.dates import Period
from antq_compliance.domain.errors import NoRuleVersion
from antq_compliance.domain.vocabulary import TextStatus
from antq_compliance.regulation.clauses import catalogue
from antq_compliance.regulation.criteria import Criterion, Predicate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.procedure import AuditCheck

__all__ = ["ProvincialCriterion", "RuleVersion", "Rulebook"]


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
    interpretation: Interpretation = attrs.field(factory=Interpretation)
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
    criteria of the TT124 version for the units of their province. ``checks`` are the audit
    checks a recognition decision is held to (:mod:`antq_compliance.regulation.procedure`), in
    the order their findings are reported.
    """

    versions: tuple[RuleVersion, ...]
    provincial: tuple[ProvincialCriterion, ...] = ()
    checks: tuple[AuditCheck, ...] = ()

    def check(self, code: str) -> AuditCheck:
        """The audit check whose findings carry ``code``."""
        for item in self.checks:
            if item.code == code:
                return item
        raise LookupError(f"no audit check {code!r} in this rulebook")

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
