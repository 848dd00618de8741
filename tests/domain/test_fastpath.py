"""The trusted fast decoder decodes exactly what the validated decoder decodes.

``_fastcodec`` builds stored facts without validators or cattrs; ``_codec.decode_fact`` is the
reference. Both must give equal facts with equal types on every fact type (the documented
examples and random valid facts), on format-1 (shape v1) data, and on text that the validated
path normalises. A row the fast path does not expect goes to the validated path and its error.
The write side's fast encoder gives the same bytes as ``encode_fact``, and ``fact_from_draft``
the same fact as the validating constructor.
"""

from __future__ import annotations

import typing
import unicodedata
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antq_compliance import FACT_TYPES, Fact, draft_from_json
from antq_compliance.codec.facts import decode_fact, encode_fact, fact_to_json
from antq_compliance.codec.fast import (
    decode_trusted,
    encode_trusted,
    fact_from_draft,
    trusted_decoder,
)
from antq_compliance.codec.upcast import FORMAT_VERSION, shape_in_format
from antq_compliance.domain.checks import PSEUDONYM, REF
from antq_compliance.domain.checks import positive as _positive
from antq_compliance.domain.checks import pseudonym as _pseudonym
from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts import (
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    FactDraft,
)
from builders import DOCUMENTED_LINES

LINES = DOCUMENTED_LINES
DRAFT_FIELDS = {f.name for f in attrs.fields(FactDraft)}
RECORDED_AT = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
COORDINATION = {CoordinationAgreementSigned.type_name, CoordinationActivityRecorded.type_name}
V1_PARTNER = {
    frozenset({"police"}): "police",
    frozenset({"local_authority"}): "local_authority",
    frozenset({"police", "local_authority"}): "police_and_local_authority",
}


def same(left: object, right: object) -> bool:
    """Equal, and equal types all the way down (an enum member is not its string)."""
    if type(left) is not type(right):
        return False
    if attrs.has(type(left)):
        fields = attrs.fields(type(left))  # type: ignore[arg-type]
        return all(same(getattr(left, f.name), getattr(right, f.name)) for f in fields)
    if isinstance(left, (frozenset, tuple)):
        assert isinstance(right, (frozenset, tuple))
        return sorted(map(repr, left)) == sorted(map(repr, right)) and left == right
    if isinstance(left, datetime):
        assert isinstance(right, datetime)
        return left == right and left.utcoffset() == right.utcoffset()
    return left == right


def as_fact(line: dict[str, Any]) -> Fact:
    draft = draft_from_json(line, "example")
    return Fact(**attrs.asdict(draft, recurse=False), recorded_at=RECORDED_AT)


def v1(topic: str, payload: bytes) -> tuple[str, bytes] | None:
    """The same fact stored as format 1 wrote it (coordination facts with one ``partner``);
    None for a type whose later shape says more than its first one could (its older stored
    shapes are decoded alike in ``test_codec.py``)."""
    body = orjson.loads(payload)
    type_name = topic.split(":")[1]
    if type_name in COORDINATION:
        data = dict(body["data"])
        body["data"] = {"partner": V1_PARTNER[frozenset(data.pop("partners"))], **data}
    elif FACT_TYPES[type_name].shape_version != 1:
        return None
    return f"antq:{type_name}:v1", orjson.dumps(body)


def check_both_paths(fact: Fact) -> None:
    topic, payload = encode_fact(fact)
    assert encode_trusted(fact) == (topic, payload)  # the same bytes on the write side
    reference = decode_fact(topic, payload)
    assert same(decode_trusted(topic, payload), reference)
    assert same(reference, fact)
    old = v1(topic, payload)
    if old is not None:
        assert same(decode_trusted(*old), decode_fact(*old))


def test_every_fact_type_is_in_the_examples() -> None:
    assert {line["type"] for line in LINES} == set(FACT_TYPES)


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_documented_examples_decode_alike(line: dict[str, Any]) -> None:
    check_both_paths(as_fact(line))


@pytest.mark.parametrize(
    "line", [x for x in LINES if x.get("format", 1) < FORMAT_VERSION], ids=lambda x: str(x["id"])
)
def test_older_lines_stored_at_their_shape_decode_alike(line: dict[str, Any]) -> None:
    """A line of an older format, stored as the library of that format stored it (its data as
    sent, at the shape its format gives the type): both decoders upcast it to the same fact."""
    fact = as_fact(line)
    body = fact_to_json(fact)
    del body["type"], body["format"]
    body["data"] = line["data"]
    shape = shape_in_format(line["type"], line.get("format", 1))
    topic, payload = f"antq:{line['type']}:v{shape}", orjson.dumps(body)
    assert same(decode_trusted(topic, payload), decode_fact(topic, payload))
    assert same(decode_trusted(topic, payload), fact)


def test_text_stored_decomposed_is_normalised_as_the_validated_path_does() -> None:
    line = next(x for x in LINES if x["type"] == "PropagandaSessionHeld")
    fact = as_fact(line)
    topic, payload = encode_fact(fact)
    body = orjson.loads(payload)
    body["data"]["topic"] = unicodedata.normalize("NFD", "Phòng chống tội phạm")
    body["recorded_by"] = unicodedata.normalize("NFD", "Cán bộ Hòa")  # kept as stored by both
    stored = orjson.dumps(body)
    fast, reference = decode_trusted(topic, stored), decode_fact(topic, stored)
    assert same(fast, reference)
    assert fast.data.topic == unicodedata.normalize("NFC", "Phòng chống tội phạm")  # type: ignore[attr-defined]
    assert fast.recorded_by == body["recorded_by"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b["data"].update(extra=1), "structuring SecurityPlanAdopted"),
        (lambda b: b["data"].pop("year"), "structuring SecurityPlanAdopted"),
        (lambda b: b.update(recorded_at="2026-01-02T03:04:05"), "UTC offset"),
    ],
)
def test_an_unexpected_row_gets_the_validated_path_s_error(change: Any, message: str) -> None:
    line = next(x for x in LINES if x["type"] == "SecurityPlanAdopted")
    topic, payload = encode_fact(as_fact(line))
    body = orjson.loads(payload)
    change(body)
    stored = orjson.dumps(body)
    with pytest.raises(Exception, match=r".") as reference:  # whatever decode_fact raises
        decode_fact(topic, stored)
    with pytest.raises(type(reference.value)) as fast:
        decode_trusted(topic, stored)
    assert str(fast.value) == str(reference.value)
    assert message in str(fast.value)


def test_an_unknown_topic_is_the_validated_path_s_error() -> None:
    with pytest.raises(ValueError, match="unknown stored topic 'antq:PlanAdopted:v1'"):
        decode_trusted("antq:PlanAdopted:v1", b"{}")


def test_one_decoder_decodes_many_rows_with_shared_caches() -> None:
    facts = [as_fact(line) for line in LINES]
    decode = trusted_decoder()
    rows = [encode_fact(f) for f in facts] * 2
    assert all(same(decode(*row), decode_fact(*row)) for row in rows)


# --- random valid facts ----------------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.sampled_from("aAzZ09 .-,ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịĐÁÀƯƠ"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")


def _json_value(hint: Any, validator: Any) -> st.SearchStrategy[Any]:
    """A JSON value for a field of type ``hint`` (interchange form), mostly valid."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or type(hint).__name__ == "UnionType":
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | _json_value(inner, validator)
    if origin is frozenset:
        (item,) = typing.get_args(hint)
        return st.lists(st.sampled_from([m.value for m in item]), min_size=1, unique=True)
    if origin is tuple:  # month-end counts (SizeFiguresReported): one to twelve integers
        return st.lists(st.integers(0, 10**4), min_size=1, max_size=12)
    if hint is bool:
        return st.booleans()
    if hint is int:
        if validator is _year:
            return st.integers(2000, 2100)
        if validator is _positive:
            return st.integers(1, 10**6)
        return st.integers(0, 10**13)
    if hint is str:
        if validator is _ref:
            return st.from_regex(REF, fullmatch=True)
        if validator is _pseudonym:
            return st.from_regex(PSEUDONYM, fullmatch=True).filter(
                lambda s: any(c.isdigit() for c in s)
            )
        return _TEXT
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from([m.value for m in hint])
    if isinstance(hint, type) and attrs.has(hint):
        return _json_object(hint)
    raise TypeError(hint)


def _json_object(cls: type) -> st.SearchStrategy[dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        value = _json_value(hints[field.name], field.validator)
        (fields if field.default is attrs.NOTHING else optional)[field.name] = value
    return st.fixed_dictionaries(fields, optional=optional)


def _line(draw: st.DrawFn, type_name: str) -> dict[str, Any]:
    """An interchange line of ``type_name`` with valid values, perhaps a document reference."""
    line = {
        "id": draw(st.from_regex(REF, fullmatch=True)),
        "type": type_name,
        "subject": "0312345678",
        "occurred_on": draw(st.dates(date(2020, 1, 1), date(2030, 12, 31))).isoformat(),
        "recorded_by": draw(_TEXT),
        "format": FORMAT_VERSION,
        "data": draw(_json_object(FACT_TYPES[type_name])),
    }
    if draw(st.booleans()):
        line["document_ref"] = draw(_TEXT)
    return line


@st.composite
def valid_facts(draw: st.DrawFn) -> Fact:
    type_name = draw(st.sampled_from(sorted(FACT_TYPES)))
    line = _line(draw, type_name)
    if type_name not in ("SubjectRegistered", "FactRetracted") and draw(st.booleans()):
        line["supersedes"] = draw(st.from_regex(REF, fullmatch=True))
        line["reason"] = draw(_TEXT)
    try:
        draft = draft_from_json(line, "generated")
    except InvalidRecord:  # an invalid combination: not a fact the log can hold
        from hypothesis import reject

        reject()
    recorded_at = draw(
        st.datetimes(datetime(2020, 1, 1), datetime(2031, 1, 1), timezones=st.just(UTC))
    )
    # Envelope fields beyond the draft's (the recording role): none, or any value.
    hints = typing.get_type_hints(Fact)
    extra: dict[str, Any] = {}
    for field in attrs.fields(Fact):
        if field.name not in DRAFT_FIELDS and field.name != "recorded_at":
            (inner,) = [a for a in typing.get_args(hints[field.name]) if a is not type(None)]
            extra[field.name] = draw(st.none() | st.sampled_from(list(inner)))
    fields: dict[str, Any] = {**attrs.asdict(draft, recurse=False), **extra}
    fact = Fact(**fields, recorded_at=recorded_at)
    assert same(fact_from_draft(draft, recorded_at, **extra), fact)
    return fact


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(fact=valid_facts())
def test_random_valid_facts_decode_alike(fact: Fact) -> None:
    check_both_paths(fact)
    assert fact_to_json(decode_trusted(*encode_fact(fact))) == fact_to_json(fact)
