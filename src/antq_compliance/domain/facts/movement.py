"""The all-people movement in the unit: models, coordination with the police and the local
authority, propaganda sessions, festival days, commendations.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_empty as _non_empty
from antq_compliance.domain.checks import non_negative as _non_negative
from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import CoordinationForm, CoordinationParty, Recipient

__all__ = [
    "CommendationReceived",
    "CoordinationActivityRecorded",
    "CoordinationAgreementSigned",
    "FestivalDayHeld",
    "MovementModelActivityRecorded",
    "MovementModelAssessed",
    "MovementModelDissolved",
    "MovementModelEstablished",
    "PropagandaSessionHeld",
]


@attrs.frozen(kw_only=True)
class MovementModelEstablished(FactData):
    """The unit set up a model of the all-people movement to protect national security (for instance
    a workers' self-management club). `model` is a key chosen by the sender that later facts about
    the model use.

    Read by `TT124.D6.K1.p5`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        model: The model's key within this subject. Reference; not already used by this subject.
        name: The model's name. Text, 300.
    """

    type_name: ClassVar[str] = "MovementModelEstablished"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Xây dựng mô hình phong trào toàn dân bảo vệ ANTQ"
    label_en: ClassVar[str] = "Movement model established"

    model: str = attrs.field(validator=_ref)
    name: str = attrs.field(validator=_text(300))


@attrs.frozen(kw_only=True)
class MovementModelActivityRecorded(FactData):
    """A movement model carried out an activity (a patrol, a meeting, a briefing). Activities are
    the record of the model at work; the criterion rests on the model's assessment
    (`MovementModelAssessed`).

    Read by `TT124.D6.K1.p5`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        model: The model's key. Reference; an established model of this subject.
        description: What was done. Text, 1000.
        participants: How many took part. ≥ 0.
    """

    type_name: ClassVar[str] = "MovementModelActivityRecorded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Hoạt động của mô hình"
    label_en: ClassVar[str] = "Movement model activity recorded"

    model: str = attrs.field(validator=_ref)
    description: str = attrs.field(validator=_text(1000))
    participants: int = attrs.field(default=0, validator=_non_negative)


@attrs.frozen(kw_only=True)
class MovementModelAssessed(FactData):
    """Someone assessed whether the model operates effectively (hoạt động hiệu quả).

    Read by `TT124.D6.K1.p5`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        model: The model's key. Reference; an established model of this subject.
        effective: Whether the model was found to operate effectively.
        assessed_by: Who assessed: a body or role, not a person's name. Text, 200.
    """

    type_name: ClassVar[str] = "MovementModelAssessed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Đánh giá hiệu quả mô hình"
    label_en: ClassVar[str] = "Movement model assessed"

    model: str = attrs.field(validator=_ref)
    effective: bool
    assessed_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)


@attrs.frozen(kw_only=True)
class MovementModelDissolved(FactData):
    """A movement model stopped operating; from `occurred_on` it no longer counts.

    Read by `TT124.D6.K1.p5`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        model: The model's key. Reference; an established model of this subject.
    """

    type_name: ClassVar[str] = "MovementModelDissolved"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p5",)
    label_vi: ClassVar[str] = "Giải thể mô hình"
    label_en: ClassVar[str] = "Movement model dissolved"

    model: str = attrs.field(validator=_ref)


@attrs.frozen(kw_only=True)
class CoordinationAgreementSigned(FactData):
    """A coordination regulation, programme or plan signed with the police, the local
    authority, or both (one joint document). In format 1 (shape v1) the field was ``partner``,
    one value.

    Read by `TT124.D6.K2`.

    Attributes:
        partners: Who signed with the unit: `police` (cơ quan công an), `local_authority` (chính
            quyền địa phương), or both. At least one; each at most once; order free.
        form: `regulation` (quy chế), `programme` (chương trình) or `plan` (kế hoạch).
        title: The document's title. Text, 300.
    """

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
    the field was ``partner``, one value.

    Read by `TT124.D6.K2`.

    Attributes:
        partners: Who the activity was with: `police`, `local_authority`, or both. At least one;
            each at most once; order free.
        description: What was done. Text, 1000.
    """

    type_name: ClassVar[str] = "CoordinationActivityRecorded"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K2",)
    label_vi: ClassVar[str] = "Hoạt động phối hợp"
    label_en: ClassVar[str] = "Coordination activity recorded"

    partners: frozenset[CoordinationParty] = attrs.field(validator=_non_empty)
    description: str = attrs.field(validator=_text(1000))


@attrs.frozen(kw_only=True)
class PropagandaSessionHeld(FactData):
    """The unit held a direct propaganda session for its workers or members. A figure of the
    provincial report (sessions and attendances per month), not a recognition criterion.

    Read by no recognition criterion.

    Attributes:
        topic: The subject of the session. Text, 300.
        attendance: Attendances (lượt người dự). ≥ 0.
    """

    type_name: ClassVar[str] = "PropagandaSessionHeld"
    label_vi: ClassVar[str] = "Buổi tuyên truyền trực tiếp"
    label_en: ClassVar[str] = "Propaganda session held"

    topic: str = attrs.field(validator=_text(300))
    attendance: int = attrs.field(validator=_non_negative)


@attrs.frozen(kw_only=True)
class FestivalDayHeld(FactData):
    """The unit held, or took part as a unit in, the festival day of the all-people movement to
    protect national security (Ngày hội toàn dân bảo vệ an ninh Tổ quốc). A figure of the provincial
    report, not a recognition criterion.

    Read by no recognition criterion.

    Attributes:
        attendance: Attendances. ≥ 0.
    """

    type_name: ClassVar[str] = "FestivalDayHeld"
    label_vi: ClassVar[str] = "Ngày hội toàn dân bảo vệ ANTQ"
    label_en: ClassVar[str] = "Festival day held"

    attendance: int = attrs.field(validator=_non_negative)


@attrs.frozen(kw_only=True)
class CommendationReceived(FactData):
    """The unit, or one of its people, was commended for the movement (no field names the person). A
    figure of the provincial report, not a recognition criterion.

    Read by no recognition criterion.

    Attributes:
        awarded_by: The authority that awarded it. Text, 200.
        recipient: `collective` (tập thể) or `individual` (cá nhân).
        title: The form and title of the award (no personal names). Text, 300.
    """

    type_name: ClassVar[str] = "CommendationReceived"
    label_vi: ClassVar[str] = "Được khen thưởng"
    label_en: ClassVar[str] = "Commendation received"

    awarded_by: str = attrs.field(validator=_text(200))
    recipient: Recipient
    title: str = attrs.field(validator=_text(300))
