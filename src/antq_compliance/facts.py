"""Facts: past-tense, immutable business events recorded about one subject.

A :class:`Fact` is an envelope (id, subject, two clocks, who recorded it, document reference,
optional supersession) around one payload class below. Payload classes are plain attrs values;
their JSON shape is owned by :mod:`antq_compliance._codec`, not by these classes.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from typing import ClassVar, TypeVar, cast

import attrs

from .checks import non_empty as _non_empty
from .checks import non_negative as _non_negative
from .checks import positive as _positive
from .checks import pseudonym as _pseudonym
from .checks import ref as _ref
from .checks import text as _text
from .checks import year as _year
from .errors import InvalidRecord
from .subjects import SizeInputs, classify_size
from .vocabulary import (
    AuthorityLevel,
    CoordinationForm,
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
    Severity,
    SizeClass,
    SubjectKind,
)

__all__ = [
    "FACT_TYPES",
    "BriefingHeld",
    "CommendationReceived",
    "CoordinationActivityRecorded",
    "CoordinationAgreementSigned",
    "DossierSubmitted",
    "EmulationCommitmentSigned",
    "Fact",
    "FactData",
    "FactDraft",
    "FactRetracted",
    "FestivalDayHeld",
    "IncidentOccurred",
    "InternalRuleIssued",
    "InternalRuleRepealed",
    "MovementModelActivityRecorded",
    "MovementModelAssessed",
    "MovementModelDissolved",
    "MovementModelEstablished",
    "PartyResolutionAdopted",
    "ProfileChanged",
    "PropagandaSessionHeld",
    "ProtectionForceEstablished",
    "ProtectionForceTrained",
    "RecognitionDecided",
    "ReviewMeetingHeld",
    "SecurityPlanAdopted",
    "Size",
    "StaffOffenceRecorded",
    "StandardRegistrationFiled",
    "SubjectRegistered",
    "composed",
]


D = TypeVar("D", bound="FactDraft")

_VN_OFFSET = timedelta(hours=7)  # Vietnam time, UTC+7, no daylight saving

PERSONAL = {"personal": True}
"""Field metadata marking personal data (``docs/reliability.md``, "Personal data and erasure"):
stored encrypted under a key of its data subject, erasable with ``antq erase``."""


# --- payloads ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FactData:
    """Base of every payload. ``type_name`` is the stable name used in JSON and in storage.

    ``shape_version`` is the version of the type's JSON shape: stored facts carry it in their
    topic (``antq:<type_name>:v<shape_version>``). It is raised only together with an upcaster
    from the previous shape and a new interchange format (``_codec``, ``docs/interchange.md``).
    """

    type_name: ClassVar[str] = ""
    shape_version: ClassVar[int] = 1
    clauses: ClassVar[tuple[str, ...]] = ()
    label_vi: ClassVar[str] = ""
    label_en: ClassVar[str] = ""

    def references(self) -> dict[str, str]:
        """Other facts of the same subject this payload refers to: field name -> fact id."""
        return {}


@attrs.frozen(kw_only=True)
class Size:
    """An enterprise's size: declared, or computed from figures per ND80. Never both."""

    declared: SizeClass | None = None
    inputs: SizeInputs | None = None

    def __attrs_post_init__(self) -> None:
        if (self.declared is None) == (self.inputs is None):
            raise InvalidRecord(
                "", "", None, "give exactly one of 'declared' or 'inputs' (ND80 figures)"
            )

    @property
    def size_class(self) -> SizeClass:
        if self.declared is not None:
            return self.declared
        assert self.inputs is not None
        return classify_size(self.inputs)

    @property
    def basis(self) -> str:
        """``declared`` or ``ND80`` (computed): the record says which one was used."""
        return "declared" if self.declared is not None else "ND80"


@attrs.frozen(kw_only=True)
class SubjectRegistered(FactData):
    """The unit is registered in the ledger. Always the first fact of a subject."""

    type_name: ClassVar[str] = "SubjectRegistered"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D1.K2.b",)
    label_vi: ClassVar[str] = "Đăng ký đơn vị"
    label_en: ClassVar[str] = "Subject registered"

    kind: SubjectKind
    name: str = attrs.field(validator=_text(300))
    ownership: Ownership | None = None
    size: Size | None = None
    has_party_organisation: bool
    province: str = attrs.field(validator=_text(100))
    commune: str | None = attrs.field(default=None, validator=_text(100))
    headcount: int = attrs.field(validator=_non_negative)
    armed_forces: bool = False

    def __attrs_post_init__(self) -> None:
        if self.kind is SubjectKind.ENTERPRISE:
            if self.ownership is None:
                raise InvalidRecord("", "ownership", None, "is required for an enterprise")
            if self.size is None:
                raise InvalidRecord("", "size", None, "is required for an enterprise")
            if self.armed_forces:
                raise InvalidRecord(
                    "", "armed_forces", True, "applies to agencies only, not to enterprises"
                )


@attrs.frozen(kw_only=True)
class ProfileChanged(FactData):
    """Part of the profile changes, effective from ``occurred_on``. Absent fields are unchanged."""

    type_name: ClassVar[str] = "ProfileChanged"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D1.K2.b", "TT124.D6.K1.p1", "TT124.D6.K1.p4")
    label_vi: ClassVar[str] = "Thay đổi thông tin đơn vị"
    label_en: ClassVar[str] = "Profile changed"

    name: str | None = attrs.field(default=None, validator=_text(300))
    ownership: Ownership | None = None
    size: Size | None = None
    has_party_organisation: bool | None = None
    province: str | None = attrs.field(default=None, validator=_text(100))
    commune: str | None = attrs.field(default=None, validator=_text(100))
    headcount: int | None = attrs.field(default=None, validator=_non_negative)
    armed_forces: bool | None = None

    def __attrs_post_init__(self) -> None:
        if all(getattr(self, f.name) is None for f in attrs.fields(type(self))):
            raise InvalidRecord("", "", {}, "a profile change must change at least one field")


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
class InternalRuleIssued(FactData):
    type_name: ClassVar[str] = "InternalRuleIssued"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Ban hành nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule issued"

    title: str = attrs.field(validator=_text(300))
    topics: frozenset[RuleTopic] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class InternalRuleRepealed(FactData):
    type_name: ClassVar[str] = "InternalRuleRepealed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Bãi bỏ nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule repealed"

    rule: str = attrs.field(validator=_ref)

    def references(self) -> dict[str, str]:
        return {"rule": self.rule}


@attrs.frozen(kw_only=True)
class BriefingHeld(FactData):
    """A briefing session. ``staff_reached`` counts staff who attended this session."""

    type_name: ClassVar[str] = "BriefingHeld"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p4",)
    label_vi: ClassVar[str] = "Tổ chức phổ biến, quán triệt"
    label_en: ClassVar[str] = "Briefing held"

    topics: frozenset[RuleTopic] = frozenset()
    criteria_briefed: bool
    staff_reached: int = attrs.field(validator=_positive)

    def __attrs_post_init__(self) -> None:
        if not self.topics and not self.criteria_briefed:
            raise InvalidRecord(
                "", "topics", [], "a briefing covers at least one rule topic or the criteria"
            )


@attrs.frozen(kw_only=True)
class MovementModelEstablished(FactData):
    type_name: ClassVar[str] = "MovementModelEstablished"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Xây dựng mô hình phong trào toàn dân bảo vệ ANTQ"
    label_en: ClassVar[str] = "Movement model established"

    model: str = attrs.field(validator=_ref)
    name: str = attrs.field(validator=_text(300))


@attrs.frozen(kw_only=True)
class MovementModelActivityRecorded(FactData):
    type_name: ClassVar[str] = "MovementModelActivityRecorded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Hoạt động của mô hình"
    label_en: ClassVar[str] = "Movement model activity recorded"

    model: str = attrs.field(validator=_ref)
    description: str = attrs.field(validator=_text(1000))
    participants: int = attrs.field(default=0, validator=_non_negative)


@attrs.frozen(kw_only=True)
class MovementModelAssessed(FactData):
    """Someone assessed whether the model operates effectively (hoạt động hiệu quả)."""

    type_name: ClassVar[str] = "MovementModelAssessed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Đánh giá hiệu quả mô hình"
    label_en: ClassVar[str] = "Movement model assessed"

    model: str = attrs.field(validator=_ref)
    effective: bool
    assessed_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)


@attrs.frozen(kw_only=True)
class MovementModelDissolved(FactData):
    type_name: ClassVar[str] = "MovementModelDissolved"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Giải thể mô hình"
    label_en: ClassVar[str] = "Movement model dissolved"

    model: str = attrs.field(validator=_ref)


@attrs.frozen(kw_only=True)
class CoordinationAgreementSigned(FactData):
    """A coordination regulation, programme or plan signed with the police, the local
    authority, or both (one joint document). In format 1 (shape v1) the field was ``partner``,
    one value."""

    type_name: ClassVar[str] = "CoordinationAgreementSigned"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K2",)
    label_vi: ClassVar[str] = "Ký quy chế, chương trình, kế hoạch phối hợp"
    label_en: ClassVar[str] = "Coordination agreement signed"

    partners: frozenset[CoordinationParty] = attrs.field(validator=_non_empty)
    form: CoordinationForm
    title: str = attrs.field(validator=_text(300))


@attrs.frozen(kw_only=True)
class CoordinationActivityRecorded(FactData):
    """A joint activity with the police, the local authority, or both. In format 1 (shape v1)
    the field was ``partner``, one value."""

    type_name: ClassVar[str] = "CoordinationActivityRecorded"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K2",)
    label_vi: ClassVar[str] = "Hoạt động phối hợp"
    label_en: ClassVar[str] = "Coordination activity recorded"

    partners: frozenset[CoordinationParty] = attrs.field(validator=_non_empty)
    description: str = attrs.field(validator=_text(1000))


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


@attrs.frozen(kw_only=True)
class PropagandaSessionHeld(FactData):
    type_name: ClassVar[str] = "PropagandaSessionHeld"
    label_vi: ClassVar[str] = "Buổi tuyên truyền trực tiếp"
    label_en: ClassVar[str] = "Propaganda session held"

    topic: str = attrs.field(validator=_text(300))
    attendance: int = attrs.field(validator=_non_negative)


@attrs.frozen(kw_only=True)
class FestivalDayHeld(FactData):
    type_name: ClassVar[str] = "FestivalDayHeld"
    label_vi: ClassVar[str] = "Ngày hội toàn dân bảo vệ ANTQ"
    label_en: ClassVar[str] = "Festival day held"

    attendance: int = attrs.field(validator=_non_negative)


@attrs.frozen(kw_only=True)
class CommendationReceived(FactData):
    type_name: ClassVar[str] = "CommendationReceived"
    label_vi: ClassVar[str] = "Được khen thưởng"
    label_en: ClassVar[str] = "Commendation received"

    awarded_by: str = attrs.field(validator=_text(200))
    recipient: Recipient
    title: str = attrs.field(validator=_text(300))


@attrs.frozen(kw_only=True)
class EmulationCommitmentSigned(FactData):
    """Staff signed the emulation commitment (ký cam kết giao ước thi đua): TT23.D7.K1."""

    type_name: ClassVar[str] = "EmulationCommitmentSigned"
    clauses: ClassVar[tuple[str, ...]] = ("TT23.D7.K1",)
    label_vi: ClassVar[str] = "Ký cam kết giao ước thi đua"
    label_en: ClassVar[str] = "Emulation commitment signed"

    year: int = attrs.field(validator=_year)
    staff_signed: int = attrs.field(validator=_positive)


@attrs.frozen(kw_only=True)
class ReviewMeetingHeld(FactData):
    """The unit's annual review meeting (họp xét), chaired by its head (TT124.D9)."""

    type_name: ClassVar[str] = "ReviewMeetingHeld"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9",)
    label_vi: ClassVar[str] = "Họp xét, đề nghị công nhận"
    label_en: ClassVar[str] = "Review meeting held"

    year: int = attrs.field(validator=_year)
    chaired_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    """A role (e.g. "Giám đốc"), not a person's name."""
    police_representative_present: bool


@attrs.frozen(kw_only=True)
class DossierSubmitted(FactData):
    """The recognition dossier filed for the year (TT124.D9; routing per TT48)."""

    type_name: ClassVar[str] = "DossierSubmitted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9", "TT48")
    label_vi: ClassVar[str] = "Nộp hồ sơ đề nghị công nhận"
    label_en: ClassVar[str] = "Dossier submitted"

    year: int = attrs.field(validator=_year)
    documents: frozenset[DossierDocument] = attrs.field(validator=_non_empty)
    submitted_to: str = attrs.field(validator=_text(200))


@attrs.frozen(kw_only=True)
class RecognitionDecided(FactData):
    """The People's Committee's decision on the year (TT124.D10). ``occurred_on`` is the date
    the decision was signed."""

    type_name: ClassVar[str] = "RecognitionDecided"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D10",)
    label_vi: ClassVar[str] = "Quyết định công nhận"
    label_en: ClassVar[str] = "Recognition decided"

    year: int = attrs.field(validator=_year)
    authority_level: AuthorityLevel
    authority: str = attrs.field(validator=_text(200))
    decision_number: str = attrs.field(validator=_text(100))
    outcome: DecisionOutcome
    certificate_number: str | None = attrs.field(default=None, validator=_text(100))

    def __attrs_post_init__(self) -> None:
        if self.outcome is DecisionOutcome.NOT_RECOGNISED and self.certificate_number:
            raise InvalidRecord(
                "",
                "certificate_number",
                self.certificate_number,
                "a decision that does not recognise the unit issues no certificate",
            )


@attrs.frozen(kw_only=True)
class FactRetracted(FactData):
    """A correction: the target fact is withdrawn from the record. It stays in the log."""

    type_name: ClassVar[str] = "FactRetracted"
    label_vi: ClassVar[str] = "Rút lại dữ kiện"
    label_en: ClassVar[str] = "Fact retracted"

    target: str = attrs.field(validator=_ref)
    reason: str = attrs.field(validator=_text(1000))

    def references(self) -> dict[str, str]:
        return {"target": self.target}


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


# --- envelopes ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FactDraft:
    """A fact as a client submits it: everything but the recording time.

    ``supersedes`` names an earlier fact of the same subject and type that this one replaces;
    ``reason`` says why (required with ``supersedes``).
    """

    id: str = attrs.field(validator=_ref)
    subject: str
    occurred_on: date
    recorded_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    data: FactData
    document_ref: str | None = attrs.field(default=None, validator=_text(200))
    supersedes: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None, validator=_text(1000))

    def __attrs_post_init__(self) -> None:
        if self.supersedes is not None:
            _ref(self, attrs.fields(FactDraft).supersedes, self.supersedes)
            if self.reason is None:
                raise InvalidRecord("", "reason", None, "is required when 'supersedes' is given")
            if isinstance(self.data, (SubjectRegistered, FactRetracted)):
                raise InvalidRecord(
                    "",
                    "supersedes",
                    self.supersedes,
                    f"a {self.data.type_name} cannot supersede another fact",
                )
        elif self.reason is not None:
            raise InvalidRecord(
                "",
                "reason",
                self.reason,
                "is only allowed with 'supersedes' (a retraction gives its reason in data.reason)",
            )

    @property
    def type_name(self) -> str:
        return self.data.type_name


@attrs.frozen(kw_only=True)
class Fact(FactDraft):
    """A recorded fact: a draft plus the instant the ledger recorded it (UTC) and the role it
    was recorded in (``None`` for facts recorded before roles were kept)."""

    recorded_at: datetime
    role: Role | None = None

    def draft(self) -> FactDraft:
        """The client-supplied part, for idempotence checks on re-import."""
        return FactDraft(
            id=self.id,
            subject=self.subject,
            occurred_on=self.occurred_on,
            recorded_by=self.recorded_by,
            data=self.data,
            document_ref=self.document_ref,
            supersedes=self.supersedes,
            reason=self.reason,
        )

    @property
    def recorded_on(self) -> date:
        """The recording date in Vietnam time (UTC+7, no daylight saving)."""
        return (self.recorded_at + _VN_OFFSET).date()


def _nfc(value: object) -> object:
    """``value`` with every text in it composed (NFC); the same object when nothing changes."""
    if isinstance(value, str):
        return (
            value
            if unicodedata.is_normalized("NFC", value)
            else unicodedata.normalize("NFC", value)
        )
    if isinstance(value, frozenset):
        items = {_nfc(v) for v in value}
        return value if items == value else frozenset(items)
    if isinstance(value, tuple):
        items_t = tuple(_nfc(v) for v in value)
        return value if items_t == value else items_t
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _nfc(old)
            if new is not old:
                changes[field.name] = new
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]
    return value


def composed(draft: D) -> D:
    """``draft`` with its texts in NFC, as a file's are when read (``docs/reliability.md``,
    hostile input): a name typed decomposed through the Python API then equals the same name
    read from a file. The same object when it is NFC already, which is the usual case."""
    return _nfc(draft)  # type: ignore[return-value]
