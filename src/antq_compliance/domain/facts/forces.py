"""Forces and collectives: the unit's guard force, its directly subordinate units, and the
yearly emulation title or rating of a collective (TT124.D4.K5, D5.K3, D6.K4-K5, D7.K5-K6)."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import positive as _positive
from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.vocabulary import Collective, EmulationTitle, Rating, SubUnitKind

__all__ = [
    "EmulationRated",
    "ProtectionForceDisbanded",
    "ProtectionForceEstablished",
    "ProtectionForceTrained",
    "SubUnitDissolved",
    "SubUnitEstablished",
]


@attrs.frozen(kw_only=True)
class ProtectionForceEstablished(FactData):
    """The unit has a guard force (lực lượng bảo vệ) from ``occurred_on``.

    Read by `TT124.D6.K4`, `TT124.D7.K5`, `TT23.D7.K4`.

    Attributes:
        members: Members of the force. ≥ 1.
    """

    type_name: ClassVar[str] = "ProtectionForceEstablished"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K4", "TT124.D7.K5", "TT23.D7.K4")
    label_vi: ClassVar[str] = "Thành lập lực lượng bảo vệ"
    label_en: ClassVar[str] = "Guard force established"

    members: int = attrs.field(validator=_positive)


@attrs.frozen(kw_only=True)
class ProtectionForceTrained(FactData):
    """The unit's guard force completed a training course. Kept for the record and for Circular 23's
    reading of building the force; Circular 124 rates the force instead, and none of its rules reads
    this fact.

    Read by `TT23.D7.K4`.

    Attributes:
        members_trained: Members who completed the training. ≥ 1.
    """

    type_name: ClassVar[str] = "ProtectionForceTrained"
    clauses: ClassVar[tuple[str, ...]] = ("TT23.D7.K4",)
    label_vi: ClassVar[str] = "Huấn luyện lực lượng bảo vệ"
    label_en: ClassVar[str] = "Guard force trained"

    members_trained: int = attrs.field(validator=_positive)


@attrs.frozen(kw_only=True)
class ProtectionForceDisbanded(FactData):
    """The unit no longer has a guard force from ``occurred_on``.

    Read by `TT124.D6.K4`, `TT124.D7.K5`.

    Attributes:
        reason: Why the force was disbanded. Text, 500.
    """

    type_name: ClassVar[str] = "ProtectionForceDisbanded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K4", "TT124.D7.K5")
    label_vi: ClassVar[str] = "Giải thể lực lượng bảo vệ"
    label_en: ClassVar[str] = "Guard force disbanded"

    reason: str = attrs.field(validator=_text(500))


@attrs.frozen(kw_only=True)
class SubUnitEstablished(FactData):
    """A directly subordinate unit (đầu mối trực thuộc: phòng, ban, tổ, đội; khoa, tổ chuyên
    môn), named by a reference that names it for good.

    Read by `TT124.D6.K5`, `TT124.D7.K6`.

    Attributes:
        sub_unit: The sub-unit's key within this subject. Reference; not already used by this
            subject.
        name: The sub-unit's name. Text, 300.
        sub_unit_kind: `phong` (phòng), `ban` (ban), `to` (tổ), `doi` (đội), `khoa` (khoa),
            `to_chuyen_mon` (tổ chuyên môn).
    """

    type_name: ClassVar[str] = "SubUnitEstablished"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K5", "TT124.D7.K6")
    label_vi: ClassVar[str] = "Thành lập đầu mối trực thuộc"
    label_en: ClassVar[str] = "Sub-unit established"

    sub_unit: str = attrs.field(validator=_ref)
    name: str = attrs.field(validator=_text(300))
    sub_unit_kind: SubUnitKind


@attrs.frozen(kw_only=True)
class SubUnitDissolved(FactData):
    """A directly subordinate unit (đầu mối trực thuộc) was dissolved or merged into another; from
    `occurred_on` it no longer counts towards the 70% of rated sub-units.

    Read by `TT124.D6.K5`, `TT124.D7.K6`.

    Attributes:
        sub_unit: The sub-unit's key. Reference; an established sub-unit of this subject.
    """

    type_name: ClassVar[str] = "SubUnitDissolved"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K5", "TT124.D7.K6")
    label_vi: ClassVar[str] = "Giải thể đầu mối trực thuộc"
    label_en: ClassVar[str] = "Sub-unit dissolved"

    sub_unit: str = attrs.field(validator=_ref)


@attrs.frozen(kw_only=True)
class EmulationRated(FactData):
    """A collective's emulation title (danh hiệu thi đua) or rating (đánh giá, xếp loại) for
    the emulation year ``year``, or that it was not eligible for emulation review (đủ điều
    kiện bình xét danh hiệu thi đua: no). ``occurred_on`` is the day it was decided.

    Read by `TT124.D4.K5`, `TT124.D6.K4`, `TT124.D6.K5`, `TT124.D7.K5`, `TT124.D7.K6`.

    Attributes:
        year: The emulation year. 2000–2100.
        collective: `guard_force` (lực lượng bảo vệ), `sub_unit` (đầu mối trực thuộc),
            `grassroots_force` (lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở),
            `commune_police` (Công an xã, phường, thị trấn).
        sub_unit: The sub-unit's key. Reference; required for the collective `sub_unit`, and only
            for it.
        title: `advanced` (Tập thể lao động tiên tiến) or `excellent` (Tập thể lao động xuất sắc).
        rating: `excellent` (hoàn thành xuất sắc nhiệm vụ), `good` (hoàn thành tốt nhiệm vụ), `done`
            (hoàn thành nhiệm vụ), `not_done` (không hoàn thành nhiệm vụ).
        eligible: Whether the collective was eligible for emulation review that year. An eligible
            collective has a `title` or a `rating`.
        decided_by: Who decided. Text, 200.
    """

    type_name: ClassVar[str] = "EmulationRated"
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D4.K5",
        "TT124.D6.K4",
        "TT124.D6.K5",
        "TT124.D7.K5",
        "TT124.D7.K6",
    )
    label_vi: ClassVar[str] = "Bình xét danh hiệu thi đua, đánh giá, xếp loại"
    label_en: ClassVar[str] = "Emulation title or rating decided"

    year: int = attrs.field(validator=_year)
    collective: Collective
    sub_unit: str | None = attrs.field(default=None, validator=attrs.validators.optional(_ref))
    title: EmulationTitle | None = None
    rating: Rating | None = None
    eligible: bool = True
    decided_by: str = attrs.field(validator=_text(200))

    def __attrs_post_init__(self) -> None:
        if (self.collective is Collective.SUB_UNIT) != (self.sub_unit is not None):
            raise InvalidRecord(
                "", "sub_unit", self.sub_unit, "is required for a sub-unit, and only for one"
            )
        if self.eligible and self.title is None and self.rating is None:
            raise InvalidRecord(
                "", "rating", None, "give the title or the rating, or say it was not eligible"
            )
