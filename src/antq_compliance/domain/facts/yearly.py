"""The acts that open a year: Party resolution, security plan, registration for the standard
(and TT23's emulation commitment).
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import positive as _positive
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.vocabulary import ResolutionForm

__all__ = [
    "EmulationCommitmentSigned",
    "PartyResolutionAdopted",
    "SecurityPlanAdopted",
    "StandardRegistrationFiled",
]


@attrs.frozen(kw_only=True)
class PartyResolutionAdopted(FactData):
    type_name: ClassVar[str] = "PartyResolutionAdopted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p1",)
    label_vi: ClassVar[str] = "Cấp ủy ban hành nghị quyết về ANTT"
    label_en: ClassVar[str] = "Party resolution on security and order adopted"

    year: int = attrs.field(validator=_year)
    form: ResolutionForm


@attrs.frozen(kw_only=True)
class SecurityPlanAdopted(FactData):
    type_name: ClassVar[str] = "SecurityPlanAdopted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p2",)
    label_vi: ClassVar[str] = "Ban hành kế hoạch bảo đảm ANTT"
    label_en: ClassVar[str] = "Security-and-order plan adopted"

    year: int = attrs.field(validator=_year)


@attrs.frozen(kw_only=True)
class StandardRegistrationFiled(FactData):
    type_name: ClassVar[str] = "StandardRegistrationFiled"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p2",)
    label_vi: ClassVar[str] = 'Đăng ký phấn đấu đạt tiêu chuẩn "An toàn về ANTT"'
    label_en: ClassVar[str] = "Registration for the standard filed"

    year: int = attrs.field(validator=_year)


@attrs.frozen(kw_only=True)
class EmulationCommitmentSigned(FactData):
    """Staff signed the emulation commitment (ký cam kết giao ước thi đua): TT23.D7.K1."""

    type_name: ClassVar[str] = "EmulationCommitmentSigned"
    clauses: ClassVar[tuple[str, ...]] = ("TT23.D7.K1",)
    label_vi: ClassVar[str] = "Ký cam kết giao ước thi đua"
    label_en: ClassVar[str] = "Emulation commitment signed"

    year: int = attrs.field(validator=_year)
    staff_signed: int = attrs.field(validator=_positive)
