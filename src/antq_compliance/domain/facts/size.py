"""An enterprise's size: as registered (a declared class, or figures), and the yearly figures
Decree 80/2021 measures it by (``SizeFiguresReported``)."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from antq_compliance.domain.checks import non_negative
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.vocabulary import Sector, SizeClass

__all__ = ["Size", "SizeFiguresReported", "SizeInputs"]


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


@attrs.frozen(kw_only=True)
class Size:
    """An enterprise's size: declared, or computed from figures per ND80. Never both."""

    declared: SizeClass | None = None
    inputs: SizeInputs | None = None

    def __attrs_post_init__(self) -> None:
        if (self.declared is None) == (self.inputs is None):
            raise InvalidRecord(
                "", "", None, "give exactly one of 'declared' or 'inputs' (ND80 figures)"
            )

    @property
    def basis(self) -> str:
        """``declared`` or ``ND80`` (computed): the record says which one was used."""
        return "declared" if self.declared is not None else "ND80"


def _month_counts(_: object, a: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
    if not 1 <= len(value) <= 12:
        raise InvalidRecord("", a.name, list(value), "give one count per month operated (1 to 12)")
    for count in value:
        non_negative(_, a, count)


@attrs.frozen(kw_only=True)
class SizeFiguresReported(FactData):
    """The figures of financial year ``year`` by which Decree 80/2021 sizes an enterprise: its
    sector (by the main registered line of business, Art. 6), the insured employees at the end
    of each month operated that year (Art. 7: twelve counts, or fewer for an enterprise in its
    first year), the revenue and the total capital of that year's financial statements (Art.
    8-9). ``occurred_on`` is the day the figures were filed or established.

    Read by `ND80`, `TT124.D1.K2.b`.

    Attributes:
        year: The financial year of the figures. 2000–2100.
        sector: The sector group of the main registered line of business. As in SizeInputs.
        month_end_insured: Insured employees at the end of each month operated in the year, in
            order. 1 to 12 counts, each ≥ 0 (fewer than 12 for a first year).
        revenue_vnd: The year's revenue, in VND. ≥ 0.
        total_capital_vnd: Total capital in the year's balance sheet, in VND. ≥ 0.
    """

    type_name: ClassVar[str] = "SizeFiguresReported"
    clauses: ClassVar[tuple[str, ...]] = ("ND80", "TT124.D1.K2.b")
    label_vi: ClassVar[str] = "Số liệu xác định quy mô doanh nghiệp (Nghị định 80)"
    label_en: ClassVar[str] = "Enterprise size figures reported (ND80)"

    year: int = attrs.field(validator=_year)
    sector: Sector
    month_end_insured: tuple[int, ...] = attrs.field(validator=_month_counts)
    revenue_vnd: int | None = attrs.field(default=None, validator=non_negative)
    total_capital_vnd: int | None = attrs.field(default=None, validator=non_negative)

    def __attrs_post_init__(self) -> None:
        if self.revenue_vnd is None and self.total_capital_vnd is None:
            raise InvalidRecord(
                "", "total_capital_vnd", None, "ND80 needs the revenue or the total capital"
            )
