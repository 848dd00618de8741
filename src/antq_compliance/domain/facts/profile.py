"""Facts that describe the unit itself: its registration in the ledger and later changes.

Which fields a kind of subject has is checked here (TT124.D2: what an agency, an enterprise, a
residential area and an educational institution are). Shape v2 (interchange format 3) added
the fields of the other kinds of subject and of competence; a v1 registration reads as v2 with
them absent.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import attrs

from antq_compliance.domain.checks import non_negative as _non_negative
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.facts.size import Size
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    CommuneType,
    EducationLevel,
    LocalType,
    Ownership,
    SubjectKind,
)

__all__ = ["KIND_FIELDS", "ProfileChanged", "SubjectRegistered", "check_kind_fields"]

KIND_FIELDS: dict[str, frozenset[SubjectKind]] = {
    "ownership": frozenset({SubjectKind.ENTERPRISE}),
    "size": frozenset({SubjectKind.ENTERPRISE}),
    "armed_forces": frozenset({SubjectKind.AGENCY}),
    "state_budget_funded": frozenset({SubjectKind.AGENCY}),
    "local_type": frozenset({SubjectKind.RESIDENTIAL_AREA}),
    "commune_type": frozenset({SubjectKind.COMMUNE}),
    "education_levels": frozenset({SubjectKind.EDUCATIONAL_INSTITUTION}),
    "learners": frozenset({SubjectKind.EDUCATIONAL_INSTITUTION}),
    "followed_by_ministry": frozenset(
        {SubjectKind.AGENCY, SubjectKind.ENTERPRISE, SubjectKind.EDUCATIONAL_INSTITUTION}
    ),
    "commune_code": frozenset(
        {
            SubjectKind.RESIDENTIAL_AREA,
            SubjectKind.AGENCY,
            SubjectKind.ENTERPRISE,
            SubjectKind.EDUCATIONAL_INSTITUTION,
        }
    ),
}
"""Profile fields that only some kinds of subject have: field -> the kinds that may set it."""

_REQUIRED: dict[SubjectKind, tuple[str, ...]] = {
    SubjectKind.ENTERPRISE: ("ownership", "size"),
    SubjectKind.RESIDENTIAL_AREA: ("local_type", "commune"),
    SubjectKind.COMMUNE: ("commune_type",),
    SubjectKind.EDUCATIONAL_INSTITUTION: ("education_levels",),
}


_COMMUNE_CODE = re.compile(r"[0-9]{5}")


def _commune_code(_: object, a: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _COMMUNE_CODE.fullmatch(value):
        raise InvalidRecord("", a.name, value, "expected a commune's 5-digit code, e.g. 29254")


def _set(value: Any) -> bool:
    """Whether a profile field holds a value (not absent, not its empty default)."""
    return value not in (None, False, frozenset())


_PLURAL = {
    SubjectKind.ENTERPRISE: "enterprises",
    SubjectKind.AGENCY: "agencies",
    SubjectKind.RESIDENTIAL_AREA: "residential areas",
    SubjectKind.COMMUNE: "communes",
    SubjectKind.EDUCATIONAL_INSTITUTION: "educational institutions",
}


def check_kind_fields(kind: SubjectKind, values: dict[str, Any], prefix: str = "") -> None:
    """Refuse a field that ``kind`` does not have (``KIND_FIELDS``), naming it."""
    for name, kinds in KIND_FIELDS.items():
        if _set(values.get(name)) and kind not in kinds:
            names = [_PLURAL[k] for k in SubjectKind if k in kinds]
            allowed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            shown = values[name]
            shown = sorted(str(v) for v in shown) if isinstance(shown, frozenset) else str(shown)
            raise InvalidRecord(
                "", f"{prefix}{name}", shown, f"applies to {allowed} only, not to {_PLURAL[kind]}"
            )


@attrs.frozen(kw_only=True)
class SubjectRegistered(FactData):
    """The unit is registered in the ledger. Always the first fact of a subject.

    Read by `TT124.D1.K2.a`, `TT124.D1.K2.b`, `TT124.D2.K1`, `TT124.D2.K2`, `TT124.D2.K3`,
    `TT124.D2.K4` (who is a subject, what each kind is).

    Attributes:
        kind: `enterprise` (doanh nghiệp), `agency` (cơ quan), and from format 3 `residential_area`
            (khu dân cư), `commune` (xã, phường, thị trấn) or `educational_institution` (cơ sở giáo
            dục). Cannot change later.
        name: The unit's name (for a commune, its own name: "Phường Trà Vinh"). Text, 300.
        ownership: `state_owned`, `private` or `foreign_invested`. Enterprises only, and required
            for them.
        size: The enterprise's size, declared or computed per ND80. Enterprises only, and required
            for them; see Size.
        has_party_organisation: Whether the unit has a Party organisation (tổ chức Đảng; a
            residential area's own chi bộ). Without one, the resolution duties of clause 1 do not
            apply to an agency, enterprise or institution.
        province: Province (tỉnh, thành phố) as currently named. Text, 100.
        commune: The commune-level unit the unit lies in. Text, 100; required for a residential
            area.
        headcount: Officials, civil servants, public employees and workers (cán bộ, công chức, viên
            chức, người lao động); at a school, its staff and teachers. ≥ 0. The "100%" of the
            briefing duty (`TT124.D6.K1.p4`, `TT124.D7.K1.p3`) is measured against it. Required in
            formats 1 and 2.
        armed_forces: The agency belongs to the armed forces (out of scope). Agencies only.
        state_budget_funded: Whether the State budget funds the agency (`TT124.D2.K2`); null: not
            recorded. Agencies only. An agency recorded as not funded is not a "cơ quan" of the
            Circular.
        local_type: What the residential area is called locally: `thon`, `lang`, `ban`, `ap`,
            `buon`, `phum`, `soc`, `khom`, `to_dan_pho`, `khu_pho`, `other`. Residential areas only,
            and required for them.
        commune_type: `xa` (xã), `phuong` (phường), `thi_tran` (thị trấn, before the 2025
            reorganisation) or `dac_khu` (đặc khu). Communes only, and required for them.
        education_levels: The levels the institution provides: `nursery`, `kindergarten`, `primary`,
            `lower_secondary`, `upper_secondary`, `continuing`, `vocational`, `college`,
            `university`. Educational institutions only, and at least one for them. An institution
            with only nursery, kindergarten or primary levels is out of scope (`TT124.D1.K2.b`).
        learners: Learners enrolled; the briefing duty of an institution counts them too. ≥ 0;
            educational institutions only.
        managed_by: The level under whose authority or delegated management the unit falls:
            `commune`, `district` (abolished from 01/07/2025), `province` or `ministry`. The audit
            compares the deciding authority with it (Art. 10).
        commune_code: The commune (its 5-digit code, the commune subject's identifier) whose
            territory the unit is on. A commune reads the units on its territory that it manages
            (`managed_by` `commune`; a residential area always) for its clause 4 (`TT124.D5.K4`).
            Residential areas, agencies, enterprises, educational institutions; 5 digits. A
            residential area's commune is also the first part of its identifier.
        followed_by_ministry: The unit is followed and guided by operational units of the Ministry
            of Public Security (then the Ministry decides). Agencies, enterprises and institutions
            only.
    """

    type_name: ClassVar[str] = "SubjectRegistered"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D1.K2.a",
        "TT124.D1.K2.b",
        "TT124.D2.K1",
        "TT124.D2.K2",
        "TT124.D2.K3",
        "TT124.D2.K4",
    )
    label_vi: ClassVar[str] = "Đăng ký đơn vị"
    label_en: ClassVar[str] = "Subject registered"

    kind: SubjectKind
    name: str = attrs.field(validator=_text(300))
    ownership: Ownership | None = None
    size: Size | None = None
    has_party_organisation: bool
    province: str = attrs.field(validator=_text(100))
    commune: str | None = attrs.field(default=None, validator=_text(100))
    """The commune the unit is in (a residential area's is required); a commune's own name is
    ``name``."""
    headcount: int = attrs.field(default=0, validator=_non_negative)
    """Staff (cán bộ, công chức, viên chức, người lao động; at a school, its staff and teachers)."""
    armed_forces: bool = False
    state_budget_funded: bool | None = None
    """An agency funded from the State budget (TT124.D2.K2); None: not recorded."""
    local_type: LocalType | None = None
    commune_type: CommuneType | None = None
    education_levels: frozenset[EducationLevel] = frozenset()
    learners: int | None = attrs.field(default=None, validator=_non_negative)
    managed_by: AuthorityLevel | None = None
    """The level under whose authority or delegated management the unit falls (TT124.D10)."""
    commune_code: str | None = attrs.field(default=None, validator=_commune_code)
    """The commune subject (its 5-digit code) whose territory the unit is on (TT124.D5.K4: the
    units a commune manages); a residential area's is the first part of its identifier."""
    followed_by_ministry: bool = False
    """Followed and guided by the Ministry of Public Security's units (TT124.D9.K1.d, D10.K4)."""

    def __attrs_post_init__(self) -> None:
        values = {f.name: getattr(self, f.name) for f in attrs.fields(type(self))}
        check_kind_fields(self.kind, values)
        for name in _REQUIRED.get(self.kind, ()):
            if not _set(values[name]):
                raise InvalidRecord("", name, values[name], f"is required for {self.kind}")


@attrs.frozen(kw_only=True)
class ProfileChanged(FactData):
    """Part of the profile changes, effective from ``occurred_on``. Absent fields are unchanged.

    Read by `TT124.D1.K2.b`, `TT124.D6.K1.p1`, `TT124.D6.K1.p4` (scope, Party organisation,
    headcount).

    Attributes:
        name: New name. Text, 300.
        ownership: New ownership. Enterprises only.
        size: New size (replaces the whole size). Enterprises only; see Size.
        has_party_organisation: Whether a Party organisation now exists.
        province: New province (e.g. after a merger of provinces). Text, 100.
        commune: New commune-level unit. Text, 100.
        headcount: New headcount. ≥ 0.
        armed_forces: New armed-forces status. Agencies only.
        state_budget_funded: New funding status. Agencies only.
        local_type: New local type. Residential areas only.
        commune_type: New commune type (e.g. a xã that became a phường). Communes only.
        education_levels: The levels now provided (replaces the whole set). Educational institutions
            only.
        learners: New number of learners. ≥ 0; educational institutions only.
        managed_by: New managing level.
        commune_code: New commune (5-digit code) the unit is on, e.g. after the 2025 merger of
            communes. As in `SubjectRegistered`.
        followed_by_ministry: Whether the Ministry's units now follow the unit. Agencies,
            enterprises and institutions only.
    """

    type_name: ClassVar[str] = "ProfileChanged"
    shape_version: ClassVar[int] = 2
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
    state_budget_funded: bool | None = None
    local_type: LocalType | None = None
    commune_type: CommuneType | None = None
    education_levels: frozenset[EducationLevel] | None = None
    learners: int | None = attrs.field(default=None, validator=_non_negative)
    managed_by: AuthorityLevel | None = None
    commune_code: str | None = attrs.field(default=None, validator=_commune_code)
    followed_by_ministry: bool | None = None

    def __attrs_post_init__(self) -> None:
        if all(getattr(self, f.name) is None for f in attrs.fields(type(self))):
            raise InvalidRecord("", "", {}, "a profile change must change at least one field")
