"""What happened that the criteria count against a unit: incidents and staff offences."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import pseudonym as _pseudonym
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import IncidentCategory, OffenceStage, Severity

__all__ = ["IncidentOccurred", "StaffOffenceRecorded"]


@attrs.frozen(kw_only=True)
class IncidentOccurred(FactData):
    type_name: ClassVar[str] = "IncidentOccurred"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.PROV1",)
    label_vi: ClassVar[str] = "Vụ việc xảy ra"
    label_en: ClassVar[str] = "Incident occurred"

    category: IncidentCategory
    severity: Severity
    description: str = attrs.field(validator=_text(1000))


@attrs.frozen(kw_only=True)
class StaffOffenceRecorded(FactData):
    """A staff member's offence, by pseudonymous reference only — never a name."""

    type_name: ClassVar[str] = "StaffOffenceRecorded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.PROV2",)
    label_vi: ClassVar[str] = "Cán bộ, người lao động vi phạm"
    label_en: ClassVar[str] = "Staff offence recorded"

    staff_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)
    stage: OffenceStage
