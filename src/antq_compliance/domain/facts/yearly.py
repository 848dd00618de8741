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
    """The unit's Party organisation adopted a resolution on security and order for a year: a
    dedicated one, or its yearly leadership resolution covering that work. `occurred_on` is the
    adoption date; the criterion wants it in the first quarter of `year`.

    Read by `TT124.D6.K1.p1`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        year: The year the resolution is for. 2000–2100.
        form: `dedicated` (nghị quyết chuyên đề riêng) or `integrated` (lồng ghép trong nghị quyết
            lãnh đạo hằng năm).
    """

    type_name: ClassVar[str] = "PartyResolutionAdopted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p1",)
    label_vi: ClassVar[str] = "Cấp ủy ban hành nghị quyết về ANTT"
    label_en: ClassVar[str] = "Party resolution on security and order adopted"

    year: int = attrs.field(validator=_year)
    form: ResolutionForm


@attrs.frozen(kw_only=True)
class SecurityPlanAdopted(FactData):
    """The unit adopted its plan for ensuring security and order for a year. `occurred_on` is the
    adoption date (by default expected in the first quarter); the plan is also part of the
    registration dossier.

    Read by `TT124.D6.K1.p2`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        year: The year the plan is for. 2000–2100.
    """

    type_name: ClassVar[str] = "SecurityPlanAdopted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p2",)
    label_vi: ClassVar[str] = "Ban hành kế hoạch bảo đảm ANTT"
    label_en: ClassVar[str] = "Security-and-order plan adopted"

    year: int = attrs.field(validator=_year)


@attrs.frozen(kw_only=True)
class StandardRegistrationFiled(FactData):
    """The unit registered to strive for the "An toàn về an ninh, trật tự" standard for a year.
    `occurred_on` is the filing date (by default expected in the first quarter); a unit that never
    registered for a year is "chưa đạt" for it.

    Read by `TT124.D6.K1.p2`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        year: The year registered for. 2000–2100.
    """

    type_name: ClassVar[str] = "StandardRegistrationFiled"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p2",)
    label_vi: ClassVar[str] = 'Đăng ký phấn đấu đạt tiêu chuẩn "An toàn về ANTT"'
    label_en: ClassVar[str] = "Registration for the standard filed"

    year: int = attrs.field(validator=_year)


@attrs.frozen(kw_only=True)
class EmulationCommitmentSigned(FactData):
    """Staff signed the emulation commitment (ký cam kết giao ước thi đua): TT23.D7.K1.

    Read by `TT23.D7.K1`.

    Attributes:
        year: The year of the commitment. 2000–2100.
        staff_signed: How many staff signed in this round. ≥ 1.
    """

    type_name: ClassVar[str] = "EmulationCommitmentSigned"
    clauses: ClassVar[tuple[str, ...]] = ("TT23.D7.K1",)
    label_vi: ClassVar[str] = "Ký cam kết giao ước thi đua"
    label_en: ClassVar[str] = "Emulation commitment signed"

    year: int = attrs.field(validator=_year)
    staff_signed: int = attrs.field(validator=_positive)
