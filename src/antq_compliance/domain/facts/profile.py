"""Facts that describe the unit itself: its registration in the ledger and later changes."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_negative as _non_negative
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.facts.size import Size
from antq_compliance.domain.vocabulary import Ownership, SubjectKind

__all__ = ["ProfileChanged", "SubjectRegistered"]


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
