"""Facts: past-tense, immutable business events recorded about one subject.

A :class:`Fact` is an envelope (id, subject, two clocks, who recorded it, document reference,
optional supersession) around one payload class. Payload classes are plain attrs values; their
JSON shape is owned by :mod:`antq_compliance.codec`, not by these classes. One module per
theme; everything is importable from this package.
"""

from __future__ import annotations

from antq_compliance.domain.facts.assessments import (
    CrimeFiguresReported,
    CriterionAssessed,
    HotspotIdentified,
    HouseholdsCounted,
    ParentsBoardArrangementAdopted,
    SocialEvilCaseIdentified,
)
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.facts.corrections import FactRetracted
from antq_compliance.domain.facts.discipline import AdministrativeSanctionImposed, DisciplineDecided
from antq_compliance.domain.facts.envelope import Fact, FactDraft, composed
from antq_compliance.domain.facts.forces import (
    EmulationRated,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    ProtectionForceTrained,
    SubUnitDissolved,
    SubUnitEstablished,
)
from antq_compliance.domain.facts.incidents import HANDLING, IncidentOccurred, StaffOffenceRecorded
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
from antq_compliance.domain.facts.profile import KIND_FIELDS, ProfileChanged, SubjectRegistered
from antq_compliance.domain.facts.registry import FACT_TYPES
from antq_compliance.domain.facts.rules import (
    BriefingHeld,
    InternalRuleIssued,
    InternalRuleRepealed,
)
from antq_compliance.domain.facts.size import Size, SizeFiguresReported, SizeInputs
from antq_compliance.domain.facts.yearly import (
    EmulationCommitmentSigned,
    PartyResolutionAdopted,
    SecurityPlanAdopted,
    StandardRegistrationFiled,
)

__all__ = [
    "FACT_TYPES",
    "HANDLING",
    "KIND_FIELDS",
    "PERSONAL",
    "AdministrativeSanctionImposed",
    "BriefingHeld",
    "CommendationReceived",
    "CoordinationActivityRecorded",
    "CoordinationAgreementSigned",
    "CrimeFiguresReported",
    "CriterionAssessed",
    "DisciplineDecided",
    "DossierSubmitted",
    "EmulationCommitmentSigned",
    "EmulationRated",
    "Fact",
    "FactData",
    "FactDraft",
    "FactRetracted",
    "FestivalDayHeld",
    "HotspotIdentified",
    "HouseholdsCounted",
    "IncidentOccurred",
    "InternalRuleIssued",
    "InternalRuleRepealed",
    "MovementModelActivityRecorded",
    "MovementModelAssessed",
    "MovementModelDissolved",
    "MovementModelEstablished",
    "ParentsBoardArrangementAdopted",
    "PartyResolutionAdopted",
    "ProfileChanged",
    "PropagandaSessionHeld",
    "ProtectionForceDisbanded",
    "ProtectionForceEstablished",
    "ProtectionForceTrained",
    "RecognitionDecided",
    "ReviewMeetingHeld",
    "SecurityPlanAdopted",
    "Size",
    "SizeFiguresReported",
    "SizeInputs",
    "SocialEvilCaseIdentified",
    "StaffOffenceRecorded",
    "StandardRegistrationFiled",
    "SubUnitDissolved",
    "SubUnitEstablished",
    "SubjectRegistered",
    "composed",
]
