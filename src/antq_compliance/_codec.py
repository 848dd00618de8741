"""The project's one cattrs converter: the JSON shape of facts, drafts and status results.

Nothing else in the library decides how a value looks in JSON. Facts are read from the JSON
Lines interchange format (``docs/interchange.md``) and written to storage with the same shape.

Shapes and formats. Each fact type has a shape version (``FactData.shape_version``); a stored
fact's topic names it (``antq:<Type>:v<n>``). An interchange *format* fixes the shape of every
type (:data:`_FORMAT_SHAPES`); :data:`FORMAT_VERSION` is the one whose shapes are the current
ones. Older shapes, stored or in older-format lines, are read through the registered upcasters
(:data:`UPCASTERS`), one step at a time, into the current shape: nothing old is rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import cattrs
import orjson
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from .audit import CriterionChange, StatusChange, StatusDiff
from .audit import Finding as AuditFinding
from .checks import MAX_INTEGER
from .errors import InvalidRecord
from .evaluation import YearStatus
from .facts import (
    FACT_TYPES,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    Fact,
    FactData,
    FactDraft,
)
from .privacy import Erasure
from .vocabulary import CoordinationPartner, CoordinationParty, Labelled, Role

__all__ = [
    "FORMATS_READ",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_INTEGER",
    "STATUS_FORMAT",
    "UPCASTERS",
    "converter",
    "decode_fact",
    "draft_from_json",
    "encode_fact",
    "fact_to_json",
    "shape_in_format",
    "status_to_json",
    "upcast",
]

FORMAT_VERSION = 2
"""The current interchange format: every fact type at its current ``shape_version``. What
:func:`draft_to_json` writes. Raised only with a new shape of some type and its upcaster."""

_FORMAT_SHAPES: dict[int, dict[str, int]] = {
    1: {},
    2: {
        CoordinationAgreementSigned.type_name: 2,
        CoordinationActivityRecorded.type_name: 2,
    },
}
"""Per interchange format, the shape version of each fact type not at shape 1. A released
format never changes: a line without ``format`` is format 1, forever."""

FORMATS_READ = tuple(sorted(_FORMAT_SHAPES))
"""The interchange formats this library reads."""

STATUS_FORMAT = 1
"""Version of the status contract (``docs/status.md``). Independent of the fact formats."""


def shape_in_format(type_name: str, version: int) -> int:
    """The shape version of ``type_name`` in interchange format ``version``."""
    return _FORMAT_SHAPES[version].get(type_name, 1)


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)


def _strict(kind: type, name: str) -> Any:
    def structure(value: Any, _: Any) -> Any:
        # bool is a subclass of int: refuse True where a number is expected, and vice versa.
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return structure


converter.register_structure_hook(int, _strict(int, "an integer"))
converter.register_structure_hook(bool, _strict(bool, "true or false"))


def _text(value: Any, _: Any) -> str:
    # Vietnamese typed on different systems arrives composed (NFC) or decomposed (NFD); the
    # record keeps one form so that equal-looking names compare equal.
    if type(value) is not str:
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return unicodedata.normalize("NFC", value)


converter.register_structure_hook(str, _text)


def _enum(value: Any, cl: type[Enum]) -> Enum:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    try:
        return cl(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cl)
        raise ValueError(f"expected one of: {allowed}") from None


# Registered on the base class: singledispatch prefers it to the ``str`` hook for our enums.
converter.register_structure_hook(Labelled, _enum)


def _date(value: Any, _: Any) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("expected an ISO date YYYY-MM-DD")
    return date.fromisoformat(value)


def _datetime(value: Any, _: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an ISO date-time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("expected a date-time with a UTC offset")
    return parsed.astimezone(UTC)


converter.register_structure_hook(date, _date)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(datetime, _datetime)
converter.register_unstructure_hook(
    datetime, lambda d: d.astimezone(UTC).isoformat().replace("+00:00", "Z")
)
converter.register_unstructure_hook_func(
    lambda t: getattr(t, "__origin__", None) is frozenset,
    lambda s: sorted(v.value if isinstance(v, Enum) else v for v in s),
)
converter.register_unstructure_hook(tuple, list)


def _structure_frozenset(value: Any, cl: Any) -> frozenset[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    (item_type,) = cl.__args__
    items = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(converter.structure(item, item_type))
        except Exception as exc:  # collected and re-raised as one group
            exc.__notes__ = [IterableValidationNote(f"@ index {index}", index, item_type)]
            errors.append(exc)
    if errors:
        raise IterableValidationError("While structuring a list", errors, cl)
    if len(set(items)) != len(items):
        raise ValueError("lists an item twice")
    return frozenset(items)


converter.register_structure_hook_func(
    lambda t: getattr(t, "__origin__", None) is frozenset, _structure_frozenset
)

# --- error reporting ---------------------------------------------------------------------------


def _first_problem(exc: BaseException, path: list[str | int]) -> tuple[list[str | int], str]:
    """The path and message of the first leaf error in a cattrs exception group."""
    if isinstance(exc, InvalidRecord):
        return ([*path, *exc.field.split(".")] if exc.field else path), exc.problem
    if isinstance(exc, ForbiddenExtraKeysError):
        return [*path, sorted(exc.extra_fields)[0]], "is not a field of this type"
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        for sub in exc.exceptions:
            step: list[str | int] = []
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    step = [note.name]
                elif isinstance(note, IterableValidationNote):
                    step = [note.index]
            return _first_problem(sub, [*path, *step])
    if isinstance(exc, KeyError):
        return path, "is required"
    return path, str(exc).replace("'", "") if isinstance(exc, ValueError) else str(exc)


def _lookup(obj: Any, path: list[str | int]) -> Any:
    for step in path:
        try:
            obj = obj[step]
        except (KeyError, IndexError, TypeError):
            return None
    return obj


def _invalid(record: str, raw: Any, exc: BaseException, prefix: list[str | int]) -> InvalidRecord:
    path, problem = _first_problem(exc, prefix)
    field = _shown(".".join(str(p) for p in path))
    return InvalidRecord(record, field, _lookup(raw, path), problem)


def _shown(name: str) -> str:
    """A field name as a message shows it: characters that are not printable (a newline in an
    unknown key) escaped, so that an error stays one line; Vietnamese letters kept."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


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


def _check_registry() -> None:
    """Every older shape of every type can be read, and the current format is the current
    shapes: a shape raised without an upcaster or a new format fails at import."""
    if max(_FORMAT_SHAPES) != FORMAT_VERSION:
        raise RuntimeError(f"FORMAT_VERSION {FORMAT_VERSION} is not the newest format")
    if set(_V1_PARTNER) != set(CoordinationPartner):
        raise RuntimeError("the v1 -> v2 partner mapping does not cover CoordinationPartner")
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
                hint = f': add "format": {theirs} to the line' if theirs > version else ""
                raise InvalidRecord(
                    record,
                    f"data.{name}",
                    data[name],
                    f"is a format {theirs} field, and this line is format {version}{default}, "
                    f"which has {has} instead{hint}",
                )


# --- facts -------------------------------------------------------------------------------------

_ENVELOPE_REQUIRED = ("id", "type", "subject", "occurred_on", "recorded_by", "data")
_ENVELOPE_OPTIONAL = ("document_ref", "supersedes", "reason", "format")
_STRING_FIELDS = ("id", "type", "subject", "recorded_by", "document_ref", "supersedes", "reason")


MAX_DEPTH = 16
"""How deeply a line's JSON may nest (objects and arrays). The deepest fact shape nests 4
levels (line, ``data``, ``size``, ``inputs``); refusing deeper input early keeps every later
step (validation, error messages) clear of recursion limits."""

# MAX_INTEGER (``checks.MAX_INTEGER``, 2**53 - 1): the largest integer (in absolute value) an
# interchange line may hold, what every JSON reader represents exactly (RFC 8259 section 6).
# Larger numbers are refused anywhere in a line, not stored and mis-read; the fact classes'
# validators refuse them from the Python API too.


def _check_bounds(raw: Any, record: str) -> None:
    """Refuse ``raw`` if it nests more than :data:`MAX_DEPTH` levels or holds an integer beyond
    :data:`MAX_INTEGER`, naming the field. Walked without recursion, before anything else."""
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(raw, 1, ())]
    while stack:
        value, depth, path = stack.pop()
        if type(value) is int and abs(value) > MAX_INTEGER:
            raise InvalidRecord(
                record,
                _shown(".".join(path)),
                value,
                f"is out of range (at most {MAX_INTEGER:,} in absolute value)",
            )
        if isinstance(value, dict):
            children: Any = value.items()
        elif isinstance(value, list):
            children = enumerate(value)
        else:
            continue
        if depth > MAX_DEPTH:
            raise InvalidRecord(
                record,
                _shown(path[0]) if path else "",
                f"<nested more than {MAX_DEPTH} levels>",
                f"is nested more than {MAX_DEPTH} levels deep (no fact has that shape)",
            )
        for key, child in children:
            stack.append((child, depth + 1, (*path, str(key))))


def draft_from_json(raw: Any, record: str) -> FactDraft:
    """Validate one interchange object (a parsed JSONL line) into a :class:`FactDraft`.

    Raises :class:`InvalidRecord` naming ``record``, the field and the value.
    """
    _check_bounds(raw, record)
    if not isinstance(raw, dict):
        raise InvalidRecord(record, "", raw, "expected a JSON object")
    for key in raw:
        if key not in _ENVELOPE_REQUIRED and key not in _ENVELOPE_OPTIONAL:
            raise InvalidRecord(record, _shown(str(key)), raw[key], "is not a field of a fact")
    for key in _ENVELOPE_REQUIRED:
        if raw.get(key) is None:
            raise InvalidRecord(record, key, None, "is required")
    # A line without "format" is format 1, forever: files written before format 2 still mean
    # what they meant.
    version = raw.get("format", 1)
    if type(version) is not int or version not in _FORMAT_SHAPES:
        readable = ", ".join(map(str, FORMATS_READ[:-1])) + f" or {FORMATS_READ[-1]}"
        raise InvalidRecord(
            record, "format", raw["format"], f"this library reads format {readable}"
        )
    for key in _STRING_FIELDS:
        if key in raw and raw[key] is not None and not isinstance(raw[key], str):
            raise InvalidRecord(record, key, raw[key], "expected a string")
    cls = FACT_TYPES.get(raw["type"])
    if cls is None:
        raise InvalidRecord(
            record, "type", raw["type"], "unknown fact type (see docs/events.md for the list)"
        )
    try:
        occurred_on = _date(raw["occurred_on"], date)
    except ValueError as exc:
        raise InvalidRecord(record, "occurred_on", raw["occurred_on"], str(exc)) from None
    if not isinstance(raw["data"], dict):
        raise InvalidRecord(record, "data", raw["data"], "expected a JSON object")
    _check_shape_fields(record, raw, cls.type_name, version)
    try:
        # An older format's shape is upcast first; its errors name the fields as sent.
        current = upcast(cls.type_name, shape_in_format(cls.type_name, version), raw["data"])
        data = converter.structure(current, cls)
    except Exception as exc:  # cattrs groups; every leaf becomes one named problem
        raise _invalid(record, raw, exc, ["data"]) from None
    try:
        return FactDraft(
            id=raw["id"],
            subject=unicodedata.normalize("NFC", raw["subject"].strip()),
            occurred_on=occurred_on,
            recorded_by=unicodedata.normalize("NFC", raw["recorded_by"]),
            data=data,
            document_ref=_nfc(raw.get("document_ref")),
            supersedes=raw.get("supersedes"),
            reason=_nfc(raw.get("reason")),
        )
    except InvalidRecord as exc:
        raise exc.at(record) from None


def _nfc(value: str | None) -> str | None:
    return None if value is None else unicodedata.normalize("NFC", value)


def draft_to_json(draft: FactDraft) -> dict[str, Any]:
    """The interchange object of a draft, in the current format, which it names explicitly."""
    out: dict[str, Any] = {
        "id": draft.id,
        "type": draft.type_name,
        "subject": draft.subject,
        "occurred_on": draft.occurred_on.isoformat(),
        "recorded_by": draft.recorded_by,
        "format": FORMAT_VERSION,
    }
    for key in ("document_ref", "supersedes", "reason"):
        value = getattr(draft, key)
        if value is not None:
            out[key] = value
    out["data"] = converter.unstructure(draft.data, type(draft.data))
    return out


def fact_to_json(fact: Fact) -> dict[str, Any]:
    out = draft_to_json(fact)
    out["recorded_at"] = converter.unstructure(fact.recorded_at, datetime)
    if fact.role is not None:  # facts recorded before roles were kept have none
        out["role"] = fact.role.value
    return out


_WRITE_TOPIC: dict[str, str] = {
    name: f"antq:{name}:v{cls.shape_version}" for name, cls in FACT_TYPES.items()
}
_READ_TOPIC: dict[str, tuple[type[FactData], int]] = {
    f"antq:{name}:v{version}": (cls, version)
    for name, cls in FACT_TYPES.items()
    for version in range(1, cls.shape_version + 1)
}


def encode_fact(fact: Fact) -> tuple[str, bytes]:
    """Storage form: (topic, UTF-8 JSON bytes). The topic names the type and its shape version,
    ``antq:<Type>:v<shape_version>``; the body is the interchange object minus ``type`` and
    ``format``, plus ``recorded_at``."""
    body = fact_to_json(fact)
    del body["type"], body["format"]
    return _WRITE_TOPIC[fact.type_name], orjson.dumps(body)


def _unknown_topic(topic: str) -> ValueError:
    parts = topic.split(":")
    if len(parts) != 3 or parts[0] != "antq" or not re.fullmatch(r"v[1-9][0-9]*", parts[2]):
        return ValueError(f"unknown stored topic {topic!r}: not a fact (antq:<Type>:v<n>)")
    cls = FACT_TYPES.get(parts[1])
    if cls is None:
        return ValueError(f"unknown stored topic {topic!r}: no fact type {parts[1]!r}")
    return ValueError(
        f"unknown stored topic {topic!r}: this library reads {parts[1]} at shape v1 to "
        f"v{cls.shape_version}, not {parts[2]} (written by a newer version of the library?)"
    )


def decode_fact(topic: str, payload: bytes) -> Fact:
    """A stored fact, read into the current shape of its type (upcast when stored older)."""
    found = _READ_TOPIC.get(topic)
    if found is None:
        raise _unknown_topic(topic)
    cls, version = found
    body = orjson.loads(payload)
    data = body["data"]
    if version != cls.shape_version:
        try:
            data = upcast(cls.type_name, version, data)
        except InvalidRecord as exc:
            raise ValueError(
                f"stored fact {body.get('id')!r} ({topic}) cannot be upcast to shape "
                f"v{cls.shape_version}: field 'data.{exc.field}' = {exc.value!r}: {exc.problem}"
            ) from None
    return Fact(
        id=body["id"],
        subject=body["subject"],
        occurred_on=date.fromisoformat(body["occurred_on"]),
        recorded_by=body["recorded_by"],
        data=converter.structure(data, cls),
        document_ref=body.get("document_ref"),
        supersedes=body.get("supersedes"),
        reason=body.get("reason"),
        recorded_at=_datetime(body["recorded_at"], datetime),
        role=Role(body["role"]) if body.get("role") is not None else None,
    )


ERASURE_TOPIC = "antq-erasure:v1"
"""The stored topic of an erasure record (``privacy.Erasure``): not a fact, in its own stream."""


def encode_erasure(erasure: Erasure) -> tuple[str, bytes]:
    body = {
        "id": erasure.id,
        "keys": list(erasure.keys),
        "subjects": list(erasure.subjects),
        "legal_basis": erasure.legal_basis,
        "recorded_by": erasure.recorded_by,
        "role": erasure.role.value,
        "occurred_on": erasure.occurred_on.isoformat(),
        "recorded_at": _instant(erasure.recorded_at),
    }
    return ERASURE_TOPIC, orjson.dumps(body)


def decode_erasure(payload: bytes) -> Erasure:
    body = orjson.loads(payload)
    return Erasure(
        id=body["id"],
        keys=tuple(body["keys"]),
        subjects=tuple(body["subjects"]),
        legal_basis=body["legal_basis"],
        recorded_by=body["recorded_by"],
        role=Role(body["role"]),
        occurred_on=date.fromisoformat(body["occurred_on"]),
        recorded_at=_datetime(body["recorded_at"], datetime),
    )


def erasure_to_json(erasure: Erasure) -> dict[str, Any]:
    return orjson.loads(encode_erasure(erasure)[1])  # type: ignore[no-any-return]


def fact_type(topic: str) -> type[FactData]:
    found = _READ_TOPIC.get(topic)
    if found is None:
        raise _unknown_topic(topic)
    return found[0]


# --- results -----------------------------------------------------------------------------------


def status_to_json(status: YearStatus) -> dict[str, Any]:
    """The public status contract as a JSON-ready dict (see ``docs/status.md``)."""

    def criterion(c: Any) -> dict[str, Any]:
        return {
            "id": c.id,
            "status": c.status.value,
            "provisional": c.provisional,
            "text_status": c.text_status.value,
            "evidence": list(c.evidence),
            "reason_vi": c.reason_vi,
            "reason_en": c.reason_en,
            "due": c.due.isoformat() if c.due else None,
            "rule": {"instrument": c.rule.instrument, "version": c.rule.version},
            "title_vi": c.title_vi,
            "title_en": c.title_en,
        }

    return {
        "format": STATUS_FORMAT,
        "subject": status.subject,
        "name": status.name,
        "year": status.year,
        "window": {
            "start": status.window.start.isoformat(),
            "end": status.window.end.isoformat(),
            "clause": status.window.clause,
            "note": status.window.note or None,
        },
        "rulebook": [{"instrument": r.instrument, "version": r.version} for r in status.rulebook],
        "verdict": status.verdict.value,
        "provisional": status.provisional,
        "reason_vi": status.reason_vi,
        "reason_en": status.reason_en,
        "scope": criterion(status.scope) if status.scope else None,
        "criteria": [criterion(c) for c in status.criteria],
        "as_of": {
            "business": status.as_of.business.isoformat(),
            "known_at": (
                converter.unstructure(status.as_of.known_at, datetime)
                if status.as_of.known_at
                else None
            ),
        },
    }


# --- audit -------------------------------------------------------------------------------------


def _instant(moment: datetime) -> str:
    return converter.unstructure(moment, datetime)  # type: ignore[no-any-return]


def _criterion_change(c: CriterionChange) -> dict[str, Any]:
    return {
        "id": c.id,
        "before": c.before.value if c.before else None,
        "after": c.after.value if c.after else None,
        "reason_vi": c.reason_vi,
        "reason_en": c.reason_en,
    }


def change_to_json(change: StatusChange) -> dict[str, Any]:
    return {
        "recorded_at": _instant(change.recorded_at),
        "facts": list(change.facts),
        "verdict_before": change.verdict_before.value if change.verdict_before else None,
        "verdict_after": change.verdict_after.value,
        "criteria": [_criterion_change(c) for c in change.criteria],
    }


def diff_to_json(delta: StatusDiff) -> dict[str, Any]:
    return {
        "subject": delta.subject,
        "year": delta.year,
        "from": _instant(delta.known_from),
        "to": _instant(delta.known_to),
        "verdict_before": delta.before.verdict.value,
        "verdict_after": delta.after.verdict.value,
        "criteria": [_criterion_change(c) for c in delta.criteria],
        "facts": [fact_to_json(f) for f in delta.facts],
    }


def finding_to_json(finding: AuditFinding) -> dict[str, Any]:
    return {
        "subject": finding.subject,
        "year": finding.year,
        "code": finding.code,
        "severity": finding.severity,
        "clause": finding.clause,
        "message_vi": finding.message_vi,
        "message_en": finding.message_en,
        "decision": finding.decision,
        "text_status": finding.text_status.value,
        "provisional": finding.provisional,
        "known_at": _instant(finding.known_at),
        "evidence": list(finding.evidence),
    }
