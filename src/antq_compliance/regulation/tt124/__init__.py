"""Circular 124/2021/TT-BCA: one module per article, and the rule version they make.

``d01_scope`` (Art. 1-2: scope, terms), ``d03_principles`` (Art. 3), ``d06_agencies_enterprises``
(Art. 6), ``d08_evaluation`` (Art. 8), ``d09_procedure`` (Art. 9), ``d10_competence`` (Art. 10);
``shared`` holds what the articles share; ``first_edition`` the retired reading. Dates come
from the catalogue (``data/clauses.toml``): in force from 10/02/2022 (Art. 11).
"""

from __future__ import annotations

from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.regulation.calendar import q1
from antq_compliance.regulation.clauses import instrument
from antq_compliance.regulation.criteria import Criterion
from antq_compliance.regulation.procedure import AuditCheck
from antq_compliance.regulation.rulebook import Article, RuleVersion
from antq_compliance.regulation.tt124 import (
    d03_principles,
    d08_evaluation,
    d09_procedure,
    d10_competence,
)
from antq_compliance.regulation.tt124 import d06_agencies_enterprises as d06
from antq_compliance.regulation.tt124.d01_scope import agency_definition, scope
from antq_compliance.regulation.tt124.d08_evaluation import general_window, residential_window

__all__ = ["ARTICLE_6", "FIRST_YEAR", "TT124", "TT124_EFFECTIVE", "applies_to_year"]

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

_AGENCY = frozenset({SubjectKind.AGENCY})

ARTICLE_6 = Article(
    number=6,
    kinds=frozenset({SubjectKind.AGENCY, SubjectKind.ENTERPRISE}),
    window_clause="TT124.D8.K2.b",
    window=general_window,
    scope=(
        Criterion(clause_id="TT124.D1.K2.b", predicate=scope),
        Criterion(clause_id="TT124.D2.K2", predicate=agency_definition, kinds=_AGENCY),
    ),
    criteria=(
        Criterion(clause_id="TT124.D6.K1.p1", predicate=d06.party_resolution),
        Criterion(clause_id="TT124.D6.K1.p2", predicate=d06.plan_and_registration),
        Criterion(clause_id="TT124.D6.K1.p3", predicate=d06.internal_rules),
        Criterion(clause_id="TT124.D6.K1.p4", predicate=d06.briefed_everyone),
        Criterion(clause_id="TT124.D6.K1.p5", predicate=d06.effective_model),
        Criterion(clause_id="TT124.D6.K2", predicate=d06.coordination),
        Criterion(clause_id="TT124.D6.K3.a", predicate=d06.no_illegal_religion),
        Criterion(clause_id="TT124.D6.K3.b", predicate=d06.no_exploiting_religion_or_disputes),
        Criterion(clause_id="TT124.D6.K3.c", predicate=d06.no_complaint_incitement),
        Criterion(clause_id="TT124.D6.K3.d", predicate=d06.no_unlawful_strike),
        Criterion(clause_id="TT124.D6.K3.dd", predicate=d06.no_serious_crime),
        Criterion(clause_id="TT124.D6.K3.e", predicate=d06.no_state_secret_breach),
        Criterion(clause_id="TT124.D6.K3.g", predicate=d06.no_serious_fire_accident_or_violation),
        Criterion(clause_id="TT124.D6.K3.h", predicate=d06.no_staff_sanctioned_or_disciplined),
        Criterion(clause_id="TT124.D6.K4", predicate=d06.guard_force),
        Criterion(clause_id="TT124.D6.K5", predicate=d06.sub_units_rated),
    ),
)
"""Article 6: agencies and enterprises."""

TT124 = RuleVersion(
    instrument="TT124",
    version=f"{TT124_EFFECTIVE.isoformat()}.2",
    edition="official text",
    effective_from=TT124_EFFECTIVE,
    effective_to=None,
    articles=(ARTICLE_6,),
    q1=q1,
    window=general_window,
    applies_to_year=applies_to_year,
    year_rule=f"evaluation years whose window ends on or after {fmt_date(TT124_EFFECTIVE)}, "
    f"i.e. {FIRST_YEAR} onwards",
    kind_windows=((SubjectKind.RESIDENTIAL_AREA, residential_window),),
)
"""Circular 124 as its official text reads (edition 2 of the library's reading; the first
edition, ``TT124@2022-02-10``, is retired: ``first_edition.py``)."""

CLASSIFICATION_CHECKS: tuple[AuditCheck, ...] = d08_evaluation.CHECKS
PROCEDURE_CHECKS: tuple[AuditCheck, ...] = d09_procedure.CHECKS
COMPETENCE_CHECKS: tuple[AuditCheck, ...] = d10_competence.CHECKS
PRINCIPLE_CHECKS: tuple[AuditCheck, ...] = d03_principles.CHECKS
