"""Every fact type by its stable name (the ``type`` of a JSON line, the topic in storage)."""

from __future__ import annotations

from antq_compliance.domain.facts.assessments import (
    CrimeFiguresReported,
    CriterionAssessed,
    HotspotIdentified,
    HouseholdsCounted,
    ParentsBoardArrangementAdopted,
    SocialEvilCaseIdentified,
)
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.facts.corrections import FactRetracted
from antq_compliance.domain.facts.discipline import (
    AdministrativeSanctionImposed,
    DisciplineDecided,
)
from antq_compliance.domain.facts.forces import (
    EmulationRated,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    ProtectionForceTrained,
    SubUnitDissolved,
    SubUnitEstablished,
)
from antq_compliance.domain.facts.incidents import IncidentOccurred, StaffOffenceRecorded
from antq_compliance.domain.facts.movement import (
    CommendationReceived,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    FestivalDayHeld,
    MovementModelActivityRecorded,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    PropagandaSessionHeld,
)
from antq_compliance.domain.facts.procedure import (
    DossierSubmitted,
    RecognitionDecided,
    ReviewMeetingHeld,
)
from antq_compliance.domain.facts.profile import ProfileChanged, SubjectRegistered
from antq_compliance.domain.facts.rules import (
    BriefingHeld,
    InternalRuleIssued,
    InternalRuleRepealed,
)
from antq_compliance.domain.facts.size import SizeFiguresReported
from antq_compliance.domain.facts.yearly import (
    EmulationCommitmentSigned,
    PartyResolutionAdopted,
    SecurityPlanAdopted,
    StandardRegistrationFiled,
)

__all__ = ["FACT_TYPES"]

FACT_TYPES: dict[str, type[FactData]] = {
    cls.type_name: cls
    for cls in (
        SubjectRegistered,
        ProfileChanged,
        PartyResolutionAdopted,
        SecurityPlanAdopted,
        StandardRegistrationFiled,
        InternalRuleIssued,
        InternalRuleRepealed,
        BriefingHeld,
        MovementModelEstablished,
        MovementModelActivityRecorded,
        MovementModelAssessed,
        MovementModelDissolved,
        CoordinationAgreementSigned,
        CoordinationActivityRecorded,
        IncidentOccurred,
        StaffOffenceRecorded,
        ProtectionForceEstablished,
        ProtectionForceTrained,
        ProtectionForceDisbanded,
        SubUnitEstablished,
        SubUnitDissolved,
        EmulationRated,
        DisciplineDecided,
        AdministrativeSanctionImposed,
        CriterionAssessed,
        HouseholdsCounted,
        CrimeFiguresReported,
        HotspotIdentified,
        SocialEvilCaseIdentified,
        ParentsBoardArrangementAdopted,
        SizeFiguresReported,
        PropagandaSessionHeld,
        FestivalDayHeld,
        CommendationReceived,
        EmulationCommitmentSigned,
        ReviewMeetingHeld,
        DossierSubmitted,
        RecognitionDecided,
        FactRetracted,
    )
}
"""Every fact type by its ``type`` name (the interchange line's ``"type"``): the classes the
codec reads and writes, the schema describes, and ``docs/events.md`` documents one by one."""
