"""The project's one cattrs converter: the JSON shape of facts, drafts and status results.

Nothing else in the library decides how a value looks in JSON. Facts are read from the JSON
Lines interchange format (``docs/interchange.md``) and written to storage with the same shape.
"""

from __future__ import annotations

import re
import unicodedata
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
from .errors import InvalidRecord
from .evaluation import YearStatus
from .facts import FACT_TYPES, Fact, FactData, FactDraft
from .vocabulary import Labelled

__all__ = [
    "FORMAT_VERSION",
    "converter",
    "decode_fact",
    "draft_from_json",
    "encode_fact",
    "fact_to_json",
    "status_to_json",
]

FORMAT_VERSION = 1
"""Version of the interchange and storage shape. Bumped only with an upcaster."""

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
    field = ".".join(str(p) for p in path)
    return InvalidRecord(record, field, _lookup(raw, path), problem)


# --- facts -------------------------------------------------------------------------------------

_ENVELOPE_REQUIRED = ("id", "type", "subject", "occurred_on", "recorded_by", "data")
_ENVELOPE_OPTIONAL = ("document_ref", "supersedes", "reason", "format")
_STRING_FIELDS = ("id", "type", "subject", "recorded_by", "document_ref", "supersedes", "reason")


def draft_from_json(raw: Any, record: str) -> FactDraft:
    """Validate one interchange object (a parsed JSONL line) into a :class:`FactDraft`.

    Raises :class:`InvalidRecord` naming ``record``, the field and the value.
    """
    if not isinstance(raw, dict):
        raise InvalidRecord(record, "", raw, "expected a JSON object")
    for key in raw:
        if key not in _ENVELOPE_REQUIRED and key not in _ENVELOPE_OPTIONAL:
            raise InvalidRecord(record, str(key), raw[key], "is not a field of a fact")
    for key in _ENVELOPE_REQUIRED:
        if raw.get(key) is None:
            raise InvalidRecord(record, key, None, "is required")
    version = raw.get("format", FORMAT_VERSION)
    if type(version) is not int or version != FORMAT_VERSION:
        raise InvalidRecord(
            record, "format", raw["format"], f"this library reads format {FORMAT_VERSION}"
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
    try:
        data = converter.structure(raw["data"], cls)
    except Exception as exc:  # cattrs groups; every leaf becomes one named problem
        raise _invalid(record, raw, exc, ["data"]) from None
    try:
        return FactDraft(
            id=raw["id"],
            subject=raw["subject"].strip(),
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
    out: dict[str, Any] = {
        "id": draft.id,
        "type": draft.type_name,
        "subject": draft.subject,
        "occurred_on": draft.occurred_on.isoformat(),
        "recorded_by": draft.recorded_by,
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
    return out


def encode_fact(fact: Fact) -> tuple[str, bytes]:
    """Storage form: (topic, UTF-8 JSON bytes). The topic names the type and format version."""
    body = fact_to_json(fact)
    del body["type"]
    return f"antq:{fact.type_name}:v{FORMAT_VERSION}", orjson.dumps(body)


def decode_fact(topic: str, payload: bytes) -> Fact:
    prefix, type_name, version = topic.split(":")
    if prefix != "antq" or version != f"v{FORMAT_VERSION}":
        raise ValueError(f"unknown stored topic {topic!r}")
    body = orjson.loads(payload)
    return Fact(
        id=body["id"],
        subject=body["subject"],
        occurred_on=date.fromisoformat(body["occurred_on"]),
        recorded_by=body["recorded_by"],
        data=converter.structure(body["data"], FACT_TYPES[type_name]),
        document_ref=body.get("document_ref"),
        supersedes=body.get("supersedes"),
        reason=body.get("reason"),
        recorded_at=_datetime(body["recorded_at"], datetime),
    )


def fact_type(topic: str) -> type[FactData]:
    return FACT_TYPES[topic.split(":")[1]]


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
        "format": FORMAT_VERSION,
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
        "known_at": _instant(finding.known_at),
        "evidence": list(finding.evidence),
    }
