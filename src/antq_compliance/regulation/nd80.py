"""Decree 80/2021/NĐ-CP, Art. 5-9: the size class of an enterprise (micro, small, medium,
large), from the previous year's figures.

TT124 excludes "doanh nghiệp nhỏ, siêu nhỏ" (Art. 1 cl. 2.b) without defining them; reading
them through this decree is the library's interpretation (``small_micro_reading``), and a result
that excludes a unit on that basis says so.
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from antq_compliance.domain.facts import Fact, Size, SizeFiguresReported, SizeInputs
from antq_compliance.domain.vocabulary import Sector, SizeClass

__all__ = ["SizeFinding", "classify", "classify_size", "size_class", "size_for_year"]

_BN = 1_000_000_000
# ND80 Art. 5: (class, max average insured employees, max revenue, max total capital) per
# sector group, smallest class first. Employees and (revenue or capital) within the caps.
_THRESHOLDS: dict[Sector, list[tuple[SizeClass, int, int, int]]] = {
    Sector.AGRICULTURE_INDUSTRY_CONSTRUCTION: [
        (SizeClass.MICRO, 10, 3 * _BN, 3 * _BN),
        (SizeClass.SMALL, 100, 50 * _BN, 20 * _BN),
        (SizeClass.MEDIUM, 200, 200 * _BN, 100 * _BN),
    ],
    Sector.TRADE_SERVICES: [
        (SizeClass.MICRO, 10, 10 * _BN, 3 * _BN),
        (SizeClass.SMALL, 50, 100 * _BN, 50 * _BN),
        (SizeClass.MEDIUM, 100, 300 * _BN, 100 * _BN),
    ],
}


def classify(
    sector: Sector, employees: Fraction, revenue: int | None, capital: int | None
) -> SizeClass:
    """The smallest class whose caps hold: employees within the cap, and the revenue or the
    capital within its cap (a figure that is None is not tested)."""
    for size, max_emp, max_rev, max_cap in _THRESHOLDS[sector]:
        if employees > max_emp:
            continue
        revenue_ok = revenue is not None and revenue <= max_rev
        capital_ok = capital is not None and capital <= max_cap
        if revenue_ok or capital_ok:
            return size
    return SizeClass.LARGE


def classify_size(inputs: SizeInputs) -> SizeClass:
    """The class of the figures recorded with a registration (first-edition ``inputs``)."""
    return classify(
        inputs.sector,
        Fraction(inputs.insured_employees),
        inputs.annual_revenue_vnd,
        inputs.capital_vnd,
    )


def size_class(size: Size) -> SizeClass:
    """The class of a registered size: the declared one, or the one of its figures."""
    if size.declared is not None:
        return size.declared
    assert size.inputs is not None  # Size holds exactly one of the two
    return classify_size(size.inputs)


@attrs.frozen(kw_only=True)
class SizeFinding:
    """An enterprise's size class for an evaluation year and how it was found."""

    size: SizeClass
    basis: str
    """``nd80`` (the previous year's figures), ``registered`` (the figures recorded with the
    registration) or ``declared`` (the class the unit declared: library policy, not ND80)."""
    evidence: tuple[str, ...]
    average_employees: Fraction | None = None


def _from_figures(fact: Fact, figures: SizeFiguresReported) -> SizeFinding:
    """ND80 Art. 7: the average of the month-end counts over the months operated (twelve for a
    full year); Art. 9 cl. 2: under a year of operation, or without revenue, the capital test
    replaces the revenue."""
    months = figures.month_end_insured
    average = Fraction(sum(months), len(months))
    revenue = figures.revenue_vnd if len(months) == 12 and figures.revenue_vnd else None
    size = classify(figures.sector, average, revenue, figures.total_capital_vnd)
    return SizeFinding(size=size, basis="nd80", evidence=(fact.id,), average_employees=average)


def size_for_year(
    facts: list[tuple[Fact, SizeFiguresReported]], registered: Size | None, year: int, reading: str
) -> SizeFinding | None:
    """The size class for evaluation year ``year``: from the figures of ``year - 1`` (ND80
    "năm trước liền kề") when recorded and the reading is ``nd80``, else the size registered."""
    if reading == "nd80":
        previous = [(f, s) for f, s in facts if s.year == year - 1]
        if previous:
            return _from_figures(*previous[-1])
    if registered is None:
        return None
    basis = "declared" if registered.declared is not None else "registered"
    return SizeFinding(size=size_class(registered), basis=basis, evidence=())
