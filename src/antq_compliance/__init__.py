"""antq-compliance: Circular 124/2021/TT-BCA ("An toàn về an ninh, trật tự") as an auditable
event log, projected into the status of every criterion.

Quick use::

    from datetime import date
    from antq_compliance import Ledger

    with Ledger("antq.sqlite3") as ledger:
        ledger.import_jsonl("events.jsonl")
        status = ledger.status("2100000001", 2024, as_of=date(2024, 12, 31))
        print(status.verdict, status.reason_en)
"""

from __future__ import annotations

from antq_compliance.application.base import DEFAULT_DB
from antq_compliance.application.ledger import Ledger
from antq_compliance.application.recording import ImportResult
from antq_compliance.audit.decisions import Finding as AuditFinding
from antq_compliance.audit.replay import CriterionChange, StatusChange, StatusDiff
from antq_compliance.codec.facts import draft_from_json, fact_to_json
from antq_compliance.codec.results import status_to_json
from antq_compliance.codec.upcast import FORMAT_VERSION
from antq_compliance.domain.dates import Period, end_of_day
from antq_compliance.domain.errors import (
    AntqError,
    BeforeSubjectExisted,
    ClauseNotEvaluated,
    ConcurrencyConflict,
    InvalidQuery,
    InvalidRecord,
    KeyRequired,
    NoRuleVersion,
    NothingToErase,
    NotPermitted,
    StoreConfigurationError,
    UnknownClause,
    UnknownSubject,
    UnreadableRow,
    WrongKey,
)
from antq_compliance.domain.facts import (
    FACT_TYPES,
    BriefingHeld,
    CommendationReceived,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    DossierSubmitted,
    EmulationCommitmentSigned,
    Fact,
    FactData,
    FactDraft,
    FactRetracted,
    FestivalDayHeld,
    IncidentOccurred,
    InternalRuleIssued,
    InternalRuleRepealed,
    MovementModelActivityRecorded,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    PartyResolutionAdopted,
    ProfileChanged,
    PropagandaSessionHeld,
    ProtectionForceEstablished,
    ProtectionForceTrained,
    RecognitionDecided,
    ReviewMeetingHeld,
    SecurityPlanAdopted,
    Size,
    SizeInputs,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    SubjectRegistered,
)
from antq_compliance.domain.identifiers import is_tax_code
from antq_compliance.domain.policy import Actor
from antq_compliance.domain.privacy import ERASED, Erasure
from antq_compliance.domain.record import SubjectSummary
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    CoordinationForm,
    CoordinationPartner,
    CoordinationParty,
    DecisionOutcome,
    DossierDocument,
    IncidentCategory,
    OffenceStage,
    Ownership,
    Recipient,
    ResolutionForm,
    Role,
    RuleTopic,
    Sector,
    Severity,
    SizeClass,
    Status,
    SubjectKind,
    TextStatus,
    Verdict,
)
from antq_compliance.projections.reports.figures import Figure, ProvinceReport
from antq_compliance.regulation.calendar import q1, tt124_window
from antq_compliance.regulation.clauses import Clause, catalogue, clause
from antq_compliance.regulation.criteria import Context, Criterion, Finding, met, not_applicable
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK, evaluate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.nd80 import classify_size
from antq_compliance.regulation.results import (
    AsOf,
    CriterionResult,
    Explanation,
    RuleRef,
    WindowInfo,
    YearStatus,
)
from antq_compliance.regulation.rulebook import ProvincialCriterion, Rulebook, RuleVersion
from antq_compliance.regulation.tt23 import TT23
from antq_compliance.regulation.tt124 import TT124
from antq_compliance.store.chain.report import Tampering, TamperKind, VerifyReport

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_RULEBOOK",
    "ERASED",
    "FACT_TYPES",
    "FORMAT_VERSION",
    "TT23",
    "TT124",
    "Actor",
    "AntqError",
    "AsOf",
    "AuditFinding",
    "AuthorityLevel",
    "BeforeSubjectExisted",
    "BriefingHeld",
    "Clause",
    "ClauseNotEvaluated",
    "CommendationReceived",
    "ConcurrencyConflict",
    "Context",
    "CoordinationActivityRecorded",
    "CoordinationAgreementSigned",
    "CoordinationForm",
    "CoordinationPartner",
    "CoordinationParty",
    "Criterion",
    "CriterionChange",
    "CriterionResult",
    "DecisionOutcome",
    "DossierDocument",
    "DossierSubmitted",
    "EmulationCommitmentSigned",
    "Erasure",
    "Explanation",
    "Fact",
    "FactData",
    "FactDraft",
    "FactRetracted",
    "FestivalDayHeld",
    "Figure",
    "Finding",
    "ImportResult",
    "IncidentCategory",
    "IncidentOccurred",
    "InternalRuleIssued",
    "InternalRuleRepealed",
    "Interpretation",
    "InvalidQuery",
    "InvalidRecord",
    "KeyRequired",
    "Ledger",
    "MovementModelActivityRecorded",
    "MovementModelAssessed",
    "MovementModelDissolved",
    "MovementModelEstablished",
    "NoRuleVersion",
    "NotPermitted",
    "NothingToErase",
    "OffenceStage",
    "Ownership",
    "PartyResolutionAdopted",
    "Period",
    "ProfileChanged",
    "PropagandaSessionHeld",
    "ProtectionForceEstablished",
    "ProtectionForceTrained",
    "ProvinceReport",
    "ProvincialCriterion",
    "Recipient",
    "RecognitionDecided",
    "ResolutionForm",
    "ReviewMeetingHeld",
    "Role",
    "RuleRef",
    "RuleTopic",
    "RuleVersion",
    "Rulebook",
    "Sector",
    "SecurityPlanAdopted",
    "Severity",
    "Size",
    "SizeClass",
    "SizeInputs",
    "StaffOffenceRecorded",
    "StandardRegistrationFiled",
    "Status",
    "StatusChange",
    "StatusDiff",
    "StoreConfigurationError",
    "SubjectKind",
    "SubjectRegistered",
    "SubjectSummary",
    "TamperKind",
    "Tampering",
    "TextStatus",
    "UnknownClause",
    "UnknownSubject",
    "UnreadableRow",
    "Verdict",
    "VerifyReport",
    "WindowInfo",
    "WrongKey",
    "YearStatus",
    "__version__",
    "catalogue",
    "classify_size",
    "clause",
    "draft_from_json",
    "end_of_day",
    "evaluate",
    "fact_to_json",
    "is_tax_code",
    "met",
    "not_applicable",
    "q1",
    "status_to_json",
    "tt124_window",
]
