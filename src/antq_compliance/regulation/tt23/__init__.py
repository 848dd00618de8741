"""Circular 23/2012/TT-BCA: the rule before Circular 124, and the rule version it makes.

``d07_agencies_enterprises`` (Art. 7). TT23 fixes no evaluation window: this library reads its
year as the calendar year, and says so in every result. It governs the evaluation years before
the first one of TT124 (TT124.D11.K1).
"""

from __future__ import annotations

from datetime import date

from antq_compliance.domain.dates import Period, fmt_date
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.regulation.calendar import q1
from antq_compliance.regulation.clauses import instrument
from antq_compliance.regulation.criteria import Criterion
from antq_compliance.regulation.rulebook import Article, RuleVersion
from antq_compliance.regulation.tt23.d07_agencies_enterprises import (
    coordination_and_model,
    nothing_happened,
    plan_rules_commitment,
    protection_force,
)
from antq_compliance.regulation.tt124 import FIRST_YEAR as TT124_FIRST_YEAR
from antq_compliance.regulation.tt124 import TT124_EFFECTIVE

__all__ = ["TT23", "TT23_FIRST_YEAR", "TT23_LAST_YEAR", "calendar_year"]

_ISSUED: date = instrument("TT23").issued or date.min

TT23_FIRST_YEAR = _ISSUED.year
TT23_LAST_YEAR = TT124_FIRST_YEAR - 1


def calendar_year(year: int) -> Period:
    """The calendar year Y, 1 January to 31 December: this library's reading of TT23's year."""
    return Period(date(year, 1, 1), date(year, 12, 31))


TT23 = RuleVersion(
    instrument="TT23",
    version=_ISSUED.isoformat(),
    effective_from=_ISSUED,
    effective_to=instrument("TT23").last_day,
    edition="published copy of Art. 7",
    articles=(
        Article(
            number=7,
            kinds=frozenset({SubjectKind.AGENCY, SubjectKind.ENTERPRISE}),
            window_clause=None,
            window=calendar_year,
            scope=(),
            criteria=(
                Criterion(clause_id="TT23.D7.K1", predicate=plan_rules_commitment),
                Criterion(clause_id="TT23.D7.K2", predicate=coordination_and_model),
                Criterion(clause_id="TT23.D7.K3", predicate=nothing_happened),
                Criterion(clause_id="TT23.D7.K4", predicate=protection_force),
            ),
            window_note=(
                "TT23 fixes no evaluation window; this library reads the year as the calendar "
                "year (01/01-31/12)"
            ),
            window_note_vi=(
                "Thông tư 23 không quy định kỳ đánh giá; thư viện tính theo năm dương lịch "
                "(01/01-31/12)"
            ),
        ),
    ),
    window=calendar_year,
    q1=q1,
    applies_to_year=lambda year: TT23_FIRST_YEAR <= year <= TT23_LAST_YEAR,
    year_rule=f"evaluation years {TT23_FIRST_YEAR} to {TT23_LAST_YEAR} (windows ending before "
    f"{fmt_date(TT124_EFFECTIVE)})",
)
"""Circular 23/2012/TT-BCA as a rule version: the criteria of agencies and enterprises for the
years it governed, before Circular 124 took effect on 10/02/2022."""
