"""An enterprise's size as recorded: a declared class, or the figures ND80 classifies."""

from __future__ import annotations

import attrs

from antq_compliance.domain.checks import non_negative
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.vocabulary import Sector, SizeClass

__all__ = ["Size", "SizeInputs"]


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
