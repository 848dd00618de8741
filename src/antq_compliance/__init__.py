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

from ._codec import FORMAT_VERSION, draft_from_json, fact_to_json, status_to_json
from .calendar import Period, q1, tt124_window
from .clauses import Clause, catalogue, clause
from .errors import (
    AntqError,
    ClauseNotEvaluated,
    ConcurrencyConflict,
    InvalidRecord,
    NoRuleVersion,
    UnknownClause,
    UnknownSubject,
)
from .evaluation import (
    DEFAULT_RULEBOOK,
    AsOf,
    CriterionResult,
    RuleRef,
    WindowInfo,
    YearStatus,
    evaluate,
)
from .facts import (
    FACT_TYPES,
    BriefingHeld,
    CommendationReceived,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
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
    SecurityPlanAdopted,
    Size,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    SubjectRegistered,
)
from .ledger import DEFAULT_DB, Explanation, ImportResult, Ledger, SubjectSummary
from .rulebook import Context, Criterion, Finding, Interpretation, Rulebook, RuleVersion
from .subjects import SizeInputs, classify_size, is_tax_code
from .tt124 import TT124
from .vocabulary import (
    CoordinationForm,
    CoordinationPartner,
    IncidentCategory,
    OffenceStage,
    Ownership,
    Recipient,
    ResolutionForm,
    RuleTopic,
    Sector,
    Severity,
    SizeClass,
    Status,
    SubjectKind,
    TextStatus,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_RULEBOOK",
    "FACT_TYPES",
    "FORMAT_VERSION",
    "TT124",
    "AntqError",
    "AsOf",
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
    "Criterion",
    "CriterionResult",
    "Explanation",
    "Fact",
    "FactData",
    "FactDraft",
    "FactRetracted",
    "FestivalDayHeld",
    "Finding",
    "ImportResult",
    "IncidentCategory",
    "IncidentOccurred",
    "InternalRuleIssued",
    "InternalRuleRepealed",
    "Interpretation",
    "InvalidRecord",
    "Ledger",
    "MovementModelActivityRecorded",
    "MovementModelAssessed",
    "MovementModelDissolved",
    "MovementModelEstablished",
    "NoRuleVersion",
    "OffenceStage",
    "Ownership",
    "PartyResolutionAdopted",
    "Period",
    "ProfileChanged",
    "PropagandaSessionHeld",
    "ProtectionForceEstablished",
    "ProtectionForceTrained",
    "Recipient",
    "ResolutionForm",
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
    "SubjectKind",
    "SubjectRegistered",
    "SubjectSummary",
    "TextStatus",
    "UnknownClause",
    "UnknownSubject",
    "Verdict",
    "WindowInfo",
    "YearStatus",
    "__version__",
    "catalogue",
    "classify_size",
    "clause",
    "draft_from_json",
    "evaluate",
    "fact_to_json",
    "is_tax_code",
    "q1",
    "status_to_json",
    "tt124_window",
]
