"""Circular 124/2021/TT-BCA: one module per article, and the rule version they make.

``d01_scope`` (Art. 1), ``d03_principles`` (Art. 3), ``d06_agencies_enterprises`` (Art. 6),
``d08_evaluation`` (Art. 8), ``d09_procedure`` (Art. 9), ``d10_competence`` (Art. 10). Its
dates come from the catalogue (``data/clauses.toml``): in force from 10/02/2022 (Art. 11).
"""

from __future__ import annotations

from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.regulation.calendar import q1
from antq_compliance.regulation.clauses import instrument
from antq_compliance.regulation.criteria import Criterion
from antq_compliance.regulation.procedure import AuditCheck
from antq_compliance.regulation.rulebook import RuleVersion
from antq_compliance.regulation.tt124 import (
    d03_principles,
    d08_evaluation,
    d09_procedure,
    d10_competence,
)
from antq_compliance.regulation.tt124.d01_scope import scope
from antq_compliance.regulation.tt124.d06_agencies_enterprises import (
    briefed_everyone,
    coordination,
    effective_model,
    internal_rules,
    no_listed_incident,
    no_staff_offence,
    party_resolution,
    plan_and_registration,
    protection_force,
)
from antq_compliance.regulation.tt124.d08_evaluation import general_window

__all__ = ["FIRST_YEAR", "TT124", "TT124_EFFECTIVE", "applies_to_year"]

TT124_EFFECTIVE: date = instrument("TT124").in_force or date.max
"""The day Circular 124 came into force (TT124.D11.K1), from the catalogue."""


def applies_to_year(year: int) -> bool:
    """The 2022 window (16/11/2021-15/11/2022) straddles the day TT124 came into force;
    provinces applied TT124 to the whole 2022 cycle, so TT124 governs every year whose window
    ends on or after that day (TT124.D11.K1)."""
    return general_window(year).end >= TT124_EFFECTIVE


FIRST_YEAR = next(
    y for y in range(TT124_EFFECTIVE.year, TT124_EFFECTIVE.year + 2) if applies_to_year(y)
)
"""The first evaluation year TT124 governs: 2022."""

TT124 = RuleVersion(
    instrument="TT124",
    version=TT124_EFFECTIVE.isoformat(),
    effective_from=TT124_EFFECTIVE,
    effective_to=None,
    window_clause="TT124.D8.K2.b",
    window=general_window,
    q1=q1,
    scope=Criterion(clause_id="TT124.D1.K2.b", predicate=scope),
    criteria=(
        Criterion(clause_id="TT124.D6.K1.p1", predicate=party_resolution),
        Criterion(clause_id="TT124.D6.K1.p2", predicate=plan_and_registration),
        Criterion(clause_id="TT124.D6.K1.p3", predicate=internal_rules),
        Criterion(clause_id="TT124.D6.K1.p4", predicate=briefed_everyone),
        Criterion(clause_id="TT124.D6.K1.p5", predicate=effective_model),
        Criterion(clause_id="TT124.D6.K2", predicate=coordination),
        Criterion(clause_id="TT124.D6.PROV1", predicate=no_listed_incident),
        Criterion(clause_id="TT124.D6.PROV2", predicate=no_staff_offence),
        Criterion(clause_id="TT124.D6.PROV3", predicate=protection_force),
    ),
    applies_to_year=applies_to_year,
    year_rule=f"evaluation years whose window ends on or after {fmt_date(TT124_EFFECTIVE)}, "
    f"i.e. {FIRST_YEAR} onwards",
)

CLASSIFICATION_CHECKS: tuple[AuditCheck, ...] = d08_evaluation.CHECKS
PROCEDURE_CHECKS: tuple[AuditCheck, ...] = d09_procedure.CHECKS
COMPETENCE_CHECKS: tuple[AuditCheck, ...] = d10_competence.CHECKS
PRINCIPLE_CHECKS: tuple[AuditCheck, ...] = d03_principles.CHECKS
