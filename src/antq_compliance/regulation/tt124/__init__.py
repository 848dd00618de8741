"""Circular 124/2021/TT-BCA: one module per article, and the rule version they make.

``d01_scope`` (Art. 1-2: scope, terms), ``d03_principles`` (Art. 3), ``d04_residential_areas``
(Art. 4), ``d05_communes`` (Art. 5), ``d06_agencies_enterprises`` (Art. 6),
``d07_educational_institutions`` (Art. 7), ``d08_evaluation`` (Art. 8), ``d09_procedure``
(Art. 9), ``d10_competence`` (Art. 10); ``shared`` holds what the articles share;
``first_edition`` the retired reading. Dates come from the catalogue (``data/clauses.toml``):
in force from 10/02/2022 (Art. 11).
"""

from __future__ import annotations

from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.regulation.calendar import deadline, q1
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
from antq_compliance.regulation.tt124 import d04_residential_areas as d04
from antq_compliance.regulation.tt124 import d05_communes as d05
from antq_compliance.regulation.tt124 import d06_agencies_enterprises as d06
from antq_compliance.regulation.tt124 import d07_educational_institutions as d07
from antq_compliance.regulation.tt124.d01_scope import (
    agency_definition,
    areas_and_communes,
    scope,
)
from antq_compliance.regulation.tt124.d08_evaluation import general_window, residential_window

__all__ = [
    "ARTICLE_4",
    "ARTICLE_5",
    "ARTICLE_6",
    "ARTICLE_7",
    "FIRST_YEAR",
    "TT124",
    "TT124_EFFECTIVE",
    "applies_to_year",
]

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

ARTICLE_4 = Article(
    number=4,
    kinds=frozenset({SubjectKind.RESIDENTIAL_AREA}),
    window_clause="TT124.D8.K2.a",
    window=residential_window,
    scope=(Criterion(clause_id="TT124.D1.K2.a", predicate=areas_and_communes),),
    criteria=(
        Criterion(clause_id="TT124.D4.K1.p1", predicate=d04.resolution_and_registration),
        Criterion(clause_id="TT124.D4.K1.p2", predicate=d04.households_registered),
        Criterion(clause_id="TT124.D4.K2", predicate=d04.implementation),
        Criterion(clause_id="TT124.D4.K3.a", predicate=d04.no_subversion),
        Criterion(clause_id="TT124.D4.K3.b", predicate=d04.no_sabotage),
        Criterion(clause_id="TT124.D4.K3.c", predicate=d04.no_illegal_religion),
        Criterion(clause_id="TT124.D4.K3.d", predicate=d04.no_exploiting_religion_or_disputes),
        Criterion(clause_id="TT124.D4.K3.dd", predicate=d04.no_separatism),
        Criterion(clause_id="TT124.D4.K3.e", predicate=d04.no_prolonged_dispute),
        Criterion(clause_id="TT124.D4.K3.g", predicate=d04.no_complaint_incitement),
        Criterion(clause_id="TT124.D4.K4.a", predicate=d04.year_on_year),
        Criterion(clause_id="TT124.D4.K4.b", predicate=d04.no_serious_crime),
        Criterion(clause_id="TT124.D4.K4.c", predicate=d04.no_new_hotspot_or_social_evil),
        Criterion(clause_id="TT124.D4.K4.d", predicate=d04.no_serious_fire_or_accident),
        Criterion(clause_id="TT124.D4.K5", predicate=d04.security_force_rated),
    ),
)
"""Article 4: residential areas (window of Art. 8 cl. 2.a)."""

ARTICLE_5 = Article(
    number=5,
    kinds=frozenset({SubjectKind.COMMUNE}),
    window_clause="TT124.D8.K2.b",
    window=general_window,
    scope=(Criterion(clause_id="TT124.D1.K2.a", predicate=areas_and_communes),),
    settled_by=lambda year: deadline("general", year, day_before=True),
    criteria=(
        Criterion(clause_id="TT124.D5.K1.p1", predicate=d05.party_resolution),
        Criterion(clause_id="TT124.D5.K1.p2", predicate=d05.plan_and_registration),
        Criterion(clause_id="TT124.D5.K1.p3", predicate=d05.effective_model),
        Criterion(clause_id="TT124.D5.K2", predicate=d05.territory),
        Criterion(clause_id="TT124.D5.K3", predicate=d05.police_effective),
        Criterion(clause_id="TT124.D5.K4", predicate=d05.units_registered_and_recognised),
    ),
)
"""Article 5: communes; clause 4 reads the units the commune manages (``Context.others``)."""

ARTICLE_7 = Article(
    number=7,
    kinds=frozenset({SubjectKind.EDUCATIONAL_INSTITUTION}),
    window_clause="TT124.D8.K2.b",
    window=general_window,
    scope=(Criterion(clause_id="TT124.D1.K2.b", predicate=scope),),
    criteria=(
        Criterion(clause_id="TT124.D7.K1.p1", predicate=d07.resolution_plan_registration),
        Criterion(clause_id="TT124.D7.K1.p2", predicate=d07.internal_rules),
        Criterion(clause_id="TT124.D7.K1.p3", predicate=d07.briefed_everyone),
        Criterion(clause_id="TT124.D7.K1.p4", predicate=d07.effective_model),
        Criterion(clause_id="TT124.D7.K2", predicate=d07.coordination),
        Criterion(clause_id="TT124.D7.K3", predicate=d07.no_incidents),
        Criterion(clause_id="TT124.D7.K4", predicate=d07.no_violence_crime_or_social_evil),
        Criterion(clause_id="TT124.D7.K5", predicate=d07.guard_force),
        Criterion(clause_id="TT124.D7.K6", predicate=d07.sub_units_rated),
    ),
)
"""Article 7: educational institutions (primary schools, kindergartens, nurseries excluded)."""

TT124 = RuleVersion(
    instrument="TT124",
    version=f"{TT124_EFFECTIVE.isoformat()}.2",
    edition="official text",
    effective_from=TT124_EFFECTIVE,
    effective_to=None,
    articles=(ARTICLE_4, ARTICLE_5, ARTICLE_6, ARTICLE_7),
    q1=q1,
    window=general_window,
    applies_to_year=applies_to_year,
    year_rule=f"evaluation years whose window ends on or after {fmt_date(TT124_EFFECTIVE)}, "
    f"i.e. {FIRST_YEAR} onwards",
)
"""Circular 124 as its official text reads (edition 2 of the library's reading; the first
edition, ``TT124@2022-02-10``, is retired: ``first_edition.py``)."""

CLASSIFICATION_CHECKS: tuple[AuditCheck, ...] = d08_evaluation.CHECKS
PROCEDURE_CHECKS: tuple[AuditCheck, ...] = d09_procedure.CHECKS
COMPETENCE_CHECKS: tuple[AuditCheck, ...] = d10_competence.CHECKS
PRINCIPLE_CHECKS: tuple[AuditCheck, ...] = d03_principles.CHECKS
