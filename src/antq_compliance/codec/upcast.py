"""Shapes and formats. Each fact type has a shape version (``FactData.shape_version``); a stored
fact's topic names it (``antq:<Type>:v<n>``). An interchange *format* fixes the shape of every
type; :data:`FORMAT_VERSION` is the one whose shapes are the current ones. Older shapes, stored
or in older-format lines, are read through the registered upcasters (:data:`UPCASTERS`), one
step at a time, into the current shape: nothing old is rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts import (
    FACT_TYPES,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    IncidentOccurred,
    ProfileChanged,
    RecognitionDecided,
    ReviewMeetingHeld,
    SubjectRegistered,
)
from antq_compliance.domain.vocabulary import (
    CoordinationPartner,
    CoordinationParty,
    IncidentCategory,
    IncidentKind,
    MeetingRole,
)

__all__ = [
    "FORMATS_READ",
    "FORMAT_VERSION",
    "UPCASTERS",
    "Upcaster",
    "register_upcaster",
    "shape_in_format",
    "upcast",
]

FORMAT_VERSION = 3
"""The current interchange format: every fact type at its current ``shape_version``. What
:func:`draft_to_json` writes. Raised only with a new shape of some type and its upcaster."""

_FORMAT_SHAPES: dict[int, dict[str, int]] = {
    1: {},
    2: {
        CoordinationAgreementSigned.type_name: 2,
        CoordinationActivityRecorded.type_name: 2,
    },
    3: {
        CoordinationAgreementSigned.type_name: 2,
        CoordinationActivityRecorded.type_name: 2,
        SubjectRegistered.type_name: 2,
        ProfileChanged.type_name: 2,
        IncidentOccurred.type_name: 2,
        ReviewMeetingHeld.type_name: 2,
        RecognitionDecided.type_name: 2,
    },
}
"""Per interchange format, the shape version of each fact type not at shape 1. A released
format never changes: a line without ``format`` is format 1, forever."""

FORMATS_READ = tuple(sorted(_FORMAT_SHAPES))
"""The interchange formats this library reads."""

_TYPES_SINCE: dict[int, tuple[str, ...]] = {
    3: (
        "ProtectionForceDisbanded",
        "SubUnitEstablished",
        "SubUnitDissolved",
        "EmulationRated",
        "DisciplineDecided",
        "AdministrativeSanctionImposed",
        "CriterionAssessed",
        "HouseholdsCounted",
        "CrimeFiguresReported",
        "HotspotIdentified",
        "SocialEvilCaseIdentified",
        "ParentsBoardArrangementAdopted",
        "SizeFiguresReported",
    ),
}
"""Fact types that a format introduced: a line of an older format cannot carry them."""


def first_format_of(type_name: str) -> int:
    """The first interchange format that has ``type_name`` (1 for the original types)."""
    return next((f for f, names in _TYPES_SINCE.items() if type_name in names), 1)


def shape_in_format(type_name: str, version: int) -> int:
    """The shape version of ``type_name`` in interchange format ``version``."""
    return _FORMAT_SHAPES[version].get(type_name, 1)


# --- upcasters: older shapes into the current one ------------------------------------------------

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]
"""Reads a fact's ``data`` object at one shape version into the next (a new dict)."""

UPCASTERS: dict[tuple[str, int], Upcaster] = {}
"""``(type name, from shape version) -> upcaster`` to ``from + 1``. Applied in sequence."""

_SHAPE_FIELDS: dict[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
"""``(type name, from shape version) -> (fields removed, fields added)`` by that step: how an
old-shaped field in a newer line (and the reverse) is recognised and named in errors."""


def register_upcaster(
    type_name: str, from_version: int, *, removed: tuple[str, ...], added: tuple[str, ...]
) -> Callable[[Upcaster], Upcaster]:
    """Register ``function`` as the step of ``type_name`` from ``from_version`` to the next."""

    def register(function: Upcaster) -> Upcaster:
        key = (type_name, from_version)
        if key in UPCASTERS:
            raise RuntimeError(f"two upcasters for {type_name} from shape v{from_version}")
        UPCASTERS[key] = function
        _SHAPE_FIELDS[key] = (removed, added)
        return function

    return register


def upcast(type_name: str, version: int, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` of a ``type_name`` fact at shape ``version``, read into the current shape.

    Raises :class:`InvalidRecord` (field relative to ``data``) when the old ``data`` is not a
    valid instance of its shape, :class:`ValueError` when ``version`` is not readable.
    """
    current = FACT_TYPES[type_name].shape_version
    if not 1 <= version <= current:
        raise ValueError(f"{type_name} has shapes v1 to v{current}, not v{version}")
    for step in range(version, current):
        data = UPCASTERS[type_name, step](data)
    return data


_V1_PARTNER: dict[CoordinationPartner, tuple[CoordinationParty, ...]] = {
    CoordinationPartner.POLICE: (CoordinationParty.POLICE,),
    CoordinationPartner.LOCAL_AUTHORITY: (CoordinationParty.LOCAL_AUTHORITY,),
    CoordinationPartner.POLICE_AND_LOCAL_AUTHORITY: (
        CoordinationParty.LOCAL_AUTHORITY,
        CoordinationParty.POLICE,
    ),
}


@register_upcaster(
    CoordinationAgreementSigned.type_name, 1, removed=("partner",), added=("partners",)
)
@register_upcaster(
    CoordinationActivityRecorded.type_name, 1, removed=("partner",), added=("partners",)
)
def _partner_to_partners(data: dict[str, Any]) -> dict[str, Any]:
    """Shape v1 -> v2 of the coordination facts: one ``partner`` becomes the set ``partners``
    (``police_and_local_authority`` -> both parties). Every other field is kept as it is."""
    partner = data.get("partner")
    if partner is None:
        raise InvalidRecord("", "partner", None, "is required")
    if not isinstance(partner, str):
        raise InvalidRecord(
            "", "partner", partner, f"expected a string, got {type(partner).__name__}"
        )
    try:
        parties = _V1_PARTNER[CoordinationPartner(partner)]
    except ValueError:
        allowed = ", ".join(str(m.value) for m in CoordinationPartner)
        raise InvalidRecord("", "partner", partner, f"expected one of: {allowed}") from None
    out = {key: value for key, value in data.items() if key != "partner"}
    out["partners"] = sorted(p.value for p in parties)
    return out


_PROFILE_V2 = (
    "state_budget_funded",
    "local_type",
    "commune_type",
    "education_levels",
    "learners",
    "managed_by",
    "commune_code",
    "followed_by_ministry",
)


@register_upcaster(ProfileChanged.type_name, 1, removed=(), added=_PROFILE_V2)
@register_upcaster(RecognitionDecided.type_name, 1, removed=(), added=("delegated_from",))
def _fields_added(data: dict[str, Any]) -> dict[str, Any]:
    """Shape v1 -> v2 when v2 only added optional fields: the v1 data reads as it is."""
    return dict(data)


@register_upcaster(SubjectRegistered.type_name, 1, removed=(), added=_PROFILE_V2)
def _registered_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Shape v1 -> v2 of registrations: v1 required the headcount (v2 defaults it to 0)."""
    if data.get("headcount") is None:
        raise InvalidRecord("", "headcount", None, "is required")
    return dict(data)


_V1_CATEGORY: dict[IncidentCategory, dict[str, Any]] = {
    IncidentCategory.ILLEGAL_RELIGIOUS_ACTIVITY: {"kind": IncidentKind.UNCLASSIFIED.value},
    IncidentCategory.MASS_COMPLAINT: {"kind": IncidentKind.UNCLASSIFIED.value},
    IncidentCategory.ILLEGAL_STRIKE: {"kind": IncidentKind.STRIKE.value, "unlawful": True},
    IncidentCategory.SECRET_LEAK: {"kind": IncidentKind.UNCLASSIFIED.value},
    IncidentCategory.HIGH_VALUE_THEFT: {"kind": IncidentKind.HIGH_VALUE_THEFT.value},
    IncidentCategory.FIRE_EXPLOSION: {"kind": IncidentKind.FIRE_EXPLOSION.value},
    IncidentCategory.SERIOUS_OCCUPATIONAL_ACCIDENT: {"kind": IncidentKind.LABOUR_ACCIDENT.value},
    IncidentCategory.OTHER: {"kind": IncidentKind.UNCLASSIFIED.value},
}
"""The first edition's categories read into kinds (``../shared/regulation/README.md``, "Retired
ids"): a one-to-one kind where there is one (an illegal strike is an unlawful strike; a fire
keeps its recorded seriousness; a serious occupational accident is a labour accident whose
deaths were not recorded; the theft of high-value property is Circular 23's own category and
counts under it only), else ``unclassified``: its points stay pending until a reviewer records
the classification as a correction (a superseding incident)."""


@register_upcaster(
    IncidentOccurred.type_name, 1, removed=("category",), added=("kind", "former_category")
)
def _category_to_kind(data: dict[str, Any]) -> dict[str, Any]:
    """Shape v1 -> v2 of incidents: ``category`` becomes ``kind`` (and extra findings where the
    category implies them), and is kept as ``former_category``."""
    category = data.get("category")
    if category is None:
        raise InvalidRecord("", "category", None, "is required")
    if data.get("severity") is None:  # v1 required it (v2: None while not classified)
        raise InvalidRecord("", "severity", None, "is required")
    if not isinstance(category, str):
        raise InvalidRecord(
            "", "category", category, f"expected a string, got {type(category).__name__}"
        )
    try:
        read = _V1_CATEGORY[IncidentCategory(category)]
    except ValueError:
        allowed = ", ".join(str(m.value) for m in IncidentCategory)
        raise InvalidRecord("", "category", category, f"expected one of: {allowed}") from None
    out = {key: value for key, value in data.items() if key != "category"}
    return {**out, **read, "former_category": category}


@register_upcaster(
    ReviewMeetingHeld.type_name,
    1,
    removed=("police_representative_present",),
    added=("chair", "attendees"),
)
def _police_to_attendees(data: dict[str, Any]) -> dict[str, Any]:
    """Shape v1 -> v2 of review meetings: "a police representative was present" becomes the
    grassroots police among the attendees; the other roles were not recorded."""
    present = data.get("police_representative_present")
    if present is None:
        raise InvalidRecord("", "police_representative_present", None, "is required")
    if type(present) is not bool:
        raise InvalidRecord("", "police_representative_present", present, "expected true or false")
    out = {k: v for k, v in data.items() if k != "police_representative_present"}
    out["attendees"] = [MeetingRole.GRASSROOTS_POLICE.value] if present else []
    return out


def _check_registry() -> None:
    """Every older shape of every type can be read, and the current format is the current
    shapes: a shape raised without an upcaster or a new format fails at import."""
    if max(_FORMAT_SHAPES) != FORMAT_VERSION:
        raise RuntimeError(f"FORMAT_VERSION {FORMAT_VERSION} is not the newest format")
    if set(_V1_PARTNER) != set(CoordinationPartner):
        raise RuntimeError("the v1 -> v2 partner mapping does not cover CoordinationPartner")
    if set(_V1_CATEGORY) != set(IncidentCategory):
        raise RuntimeError("the v1 -> v2 incident mapping does not cover IncidentCategory")
    for name, cls in FACT_TYPES.items():
        if shape_in_format(name, FORMAT_VERSION) != cls.shape_version:
            raise RuntimeError(
                f"{name} is at shape v{cls.shape_version} but format {FORMAT_VERSION} has "
                f"v{shape_in_format(name, FORMAT_VERSION)}: add a new format"
            )
        for version in range(1, cls.shape_version):
            if (name, version) not in UPCASTERS:
                raise RuntimeError(f"no upcaster for {name} from shape v{version}")
    for type_name, _ in UPCASTERS:
        if type_name not in FACT_TYPES:
            raise RuntimeError(f"an upcaster for the unknown fact type {type_name}")


_check_registry()


def _first_format(type_name: str, shape: int) -> int:
    """The first interchange format in which ``type_name`` has ``shape`` (or a later one)."""
    return min(f for f in FORMATS_READ if shape_in_format(type_name, f) >= shape)


def _check_shape_fields(record: str, raw: dict[str, Any], type_name: str, version: int) -> None:
    """Refuse a field of another shape than the line's format gives its type, naming both."""
    shape = shape_in_format(type_name, version)
    data = raw["data"]
    current = FACT_TYPES[type_name].shape_version
    for step in range(1, current):
        removed, added = _SHAPE_FIELDS[type_name, step]
        if step >= shape:  # a later shape's fields, in an older line
            wrong, instead, theirs = added, removed, _first_format(type_name, step + 1)
        else:  # an earlier shape's fields, in a newer line
            wrong, instead, theirs = removed, added, _first_format(type_name, step)
        for name in wrong:
            if name in data:
                default = ' (no "format" key means format 1)' if "format" not in raw else ""
                has = " and ".join(f"'{n}'" for n in instead)
                which = f", which has {has} instead" if instead else ""
                hint = f': add "format": {theirs} to the line' if theirs > version else ""
                raise InvalidRecord(
                    record,
                    f"data.{name}",
                    data[name],
                    f"is a format {theirs} field, and this line is format {version}{default}"
                    f"{which}{hint}",
                )
