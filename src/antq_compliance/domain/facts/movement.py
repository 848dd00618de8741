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
