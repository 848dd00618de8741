"""Facts in JSON: the interchange format (``docs/interchange.md``) and the stored shape."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

import orjson

from antq_compliance.codec.compiled import fast_draft
from antq_compliance.codec.converter import _date, _datetime, _instant, _invalid, _shown, converter
from antq_compliance.codec.upcast import (
    _FORMAT_SHAPES,
    FORMAT_VERSION,
    FORMATS_READ,
    _check_shape_fields,
    first_format_of,
    shape_in_format,
    upcast,
)
from antq_compliance.domain.checks import MAX_INTEGER
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts import FACT_TYPES, Fact, FactData, FactDraft
from antq_compliance.domain.privacy import Erasure
from antq_compliance.domain.vocabulary import Role

__all__ = [
    "ERASURE_TOPIC",
    "MAX_DEPTH",
    "decode_erasure",
    "decode_fact",
    "draft_from_json",
    "draft_to_json",
    "encode_erasure",
    "encode_fact",
    "erasure_to_json",
    "fact_to_json",
    "fact_type",
    "stored_topics",
]

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

    A valid line is read by the compiled fast path (``codec/compiled.py``), which only says
    whether it is valid; any other line is read by the full path below, which names its first
    problem.
    """
    draft = fast_draft(raw)
    if draft is not None:
        return draft
    return _draft_checked(raw, record)


def _draft_checked(raw: Any, record: str) -> FactDraft:
    """:func:`draft_from_json` the long way: each step checked in turn, the first problem named
    (the reference the fast path is tested against)."""
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
    since = first_format_of(cls.type_name)
    if version < since:
        default = ' (no "format" key means format 1)' if "format" not in raw else ""
        raise InvalidRecord(
            record,
            "type",
            raw["type"],
            f"is a format {since} fact type, and this line is format {version}{default}: add "
            f'"format": {since} to the line',
        )
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
    """A recorded fact as one interchange line (JSON object) of the current format, with its
    recording instant and, where it was kept, the role that recorded it."""
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


def stored_topics(*classes: type[FactData]) -> tuple[str, ...]:
    """Every stored topic (each shape version) of facts of ``classes``: a read that needs only
    these types filters the log by topic instead of decoding every row."""
    return tuple(topic for topic, (cls, _) in _READ_TOPIC.items() if cls in classes)


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
