"""Closed vocabularies of the domain, each value with a Vietnamese and an English label.

The string values are part of the JSON interchange contract: never rename one. One module per
theme; everything is importable from this package.
"""

from __future__ import annotations

from antq_compliance.domain.vocabulary.base import Labelled
from antq_compliance.domain.vocabulary.emulation import (
    Collective,
    DisciplineForm,
    DisciplineReason,
    EmulationTitle,
    PersonRegime,
    Rating,
    SanctionField,
    SubUnitKind,
)
from antq_compliance.domain.vocabulary.incidents import (
    IncidentCategory,
    IncidentKind,
    OffenceStage,
    Severity,
)
from antq_compliance.domain.vocabulary.procedure import (
    AuthorityLevel,
    DecisionOutcome,
    DossierDocument,
    MeetingRole,
    Recipient,
)
from antq_compliance.domain.vocabulary.results import Role, Status, TextStatus, Verdict
from antq_compliance.domain.vocabulary.rules import (
    CoordinationForm,
    CoordinationPartner,
    CoordinationParty,
    ResolutionForm,
    RuleTopic,
    parties_label,
)
from antq_compliance.domain.vocabulary.units import (
    GENERAL_EDUCATION,
    CommuneType,
    EducationLevel,
    LocalType,
    Ownership,
    Sector,
    SizeClass,
    SubjectKind,
)

__all__ = [
    "GENERAL_EDUCATION",
    "AuthorityLevel",
    "Collective",
    "CommuneType",
    "CoordinationForm",
    "CoordinationPartner",
    "CoordinationParty",
    "DecisionOutcome",
    "DisciplineForm",
    "DisciplineReason",
    "DossierDocument",
    "EducationLevel",
    "EmulationTitle",
    "IncidentCategory",
    "IncidentKind",
    "Labelled",
    "LocalType",
    "MeetingRole",
    "OffenceStage",
    "Ownership",
    "PersonRegime",
    "Rating",
    "Recipient",
    "ResolutionForm",
    "Role",
    "RuleTopic",
    "SanctionField",
    "Sector",
    "Severity",
    "SizeClass",
    "Status",
    "SubUnitKind",
    "SubjectKind",
    "TextStatus",
    "Verdict",
    "parties_label",
]
