"""Decree 80/2021/NĐ-CP: the size class of an enterprise (micro, small, medium, large)."""

from __future__ import annotations

from antq_compliance.domain.facts.size import Size, SizeInputs
from antq_compliance.domain.vocabulary import Sector, SizeClass

__all__ = ["classify_size", "size_class"]

_BN = 1_000_000_000
# ND80 (Nghị định 80/2021/NĐ-CP) Art. 5: (max employees, max revenue, max capital) per class,
# per sector group. The regulation reference marks these thresholds "from memory: verify".
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


def classify_size(inputs: SizeInputs) -> SizeClass:
    """ND80 size class: employees within the limit, and revenue or capital within its limit."""
    for size, max_emp, max_rev, max_cap in _THRESHOLDS[inputs.sector]:
        if inputs.insured_employees > max_emp:
            continue
        revenue_ok = inputs.annual_revenue_vnd is not None and inputs.annual_revenue_vnd <= max_rev
        capital_ok = inputs.capital_vnd is not None and inputs.capital_vnd <= max_cap
        if revenue_ok or capital_ok:
            return size
    return SizeClass.LARGE


def size_class(size: Size) -> SizeClass:
    """The class of a recorded size: the declared one, or the one ND80 gives its figures."""
    if size.declared is not None:
        return size.declared
    assert size.inputs is not None  # Size holds exactly one of the two
    return classify_size(size.inputs)
