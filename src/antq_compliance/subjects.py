"""Subjects (enterprises, agencies): identifiers and size classes (ND80)."""

from __future__ import annotations

import re

import attrs

from .checks import non_negative
from .errors import InvalidRecord
from .vocabulary import Sector, SizeClass

__all__ = ["SizeInputs", "classify_size", "is_tax_code", "validate_identifier"]

_TAX_CODE = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")
_BUDGET_CODE = re.compile(r"^[0-9]{7}$")


def is_tax_code(value: str) -> bool:
    """A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits + ``-`` + 3 for a branch.

    Only the shape is checked. The tenth digit is a check digit whose algorithm we have not
    verified against an official source, so it is not checked.
    """
    return bool(_TAX_CODE.fullmatch(value))


def validate_identifier(kind: str, value: str) -> str | None:
    """Return a problem description, or None when ``value`` is a valid identifier for ``kind``.

    Enterprises are identified by their tax code. Agencies by their tax code or, for budget
    units without one, their 7-digit budget-relation code (mã đơn vị quan hệ ngân sách).
    """
    if is_tax_code(value):
        return None
    if kind == "agency" and _BUDGET_CODE.fullmatch(value):
        return None
    if kind == "agency":
        return "expected a tax code (10 digits, or 10 digits-3 digits) or a 7-digit budget code"
    return "expected a tax code: 10 digits, or 10 digits + '-' + 3 digits for a branch"


@attrs.frozen(kw_only=True)
class SizeInputs:
    """Figures from which ND80 computes an enterprise's size class."""

    sector: Sector
    insured_employees: int = attrs.field(validator=non_negative)
    annual_revenue_vnd: int | None = attrs.field(default=None, validator=non_negative)
    capital_vnd: int | None = attrs.field(default=None, validator=non_negative)

    def __attrs_post_init__(self) -> None:
        if self.annual_revenue_vnd is None and self.capital_vnd is None:
            raise InvalidRecord(
                "", "", None, "ND80 needs the annual revenue or the capital (or both)"
            )


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
