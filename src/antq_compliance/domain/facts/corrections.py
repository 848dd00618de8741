"""Corrections: a retraction withdraws an earlier fact from the record; it stays in the log."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.facts.base import FactData

__all__ = ["FactRetracted"]


@attrs.frozen(kw_only=True)
class FactRetracted(FactData):
    """A correction: the target fact is withdrawn from the record. It stays in the log.

    Read by no recognition criterion (it withdraws the fact from every criterion that read it).

    Attributes:
        target: The `id` of the fact withdrawn. Reference.
        reason: Why it is withdrawn. Text, 1000.
    """

    type_name: ClassVar[str] = "FactRetracted"
    label_vi: ClassVar[str] = "Rút lại dữ kiện"
    label_en: ClassVar[str] = "Fact retracted"

    target: str = attrs.field(validator=_ref)
    reason: str = attrs.field(validator=_text(1000))

    def references(self) -> dict[str, str]:
        return {"target": self.target}
