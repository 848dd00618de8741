"""The unit's guard (protection) force."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import positive as _positive
from antq_compliance.domain.facts.base import FactData

__all__ = ["ProtectionForceEstablished", "ProtectionForceTrained"]


@attrs.frozen(kw_only=True)
class ProtectionForceEstablished(FactData):
    type_name: ClassVar[str] = "ProtectionForceEstablished"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.PROV3",)
    label_vi: ClassVar[str] = "Thành lập lực lượng bảo vệ"
    label_en: ClassVar[str] = "Protection force established"

    members: int = attrs.field(validator=_positive)


@attrs.frozen(kw_only=True)
class ProtectionForceTrained(FactData):
    type_name: ClassVar[str] = "ProtectionForceTrained"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.PROV3",)
    label_vi: ClassVar[str] = "Huấn luyện lực lượng bảo vệ"
    label_en: ClassVar[str] = "Protection force trained"

    members_trained: int = attrs.field(validator=_positive)
