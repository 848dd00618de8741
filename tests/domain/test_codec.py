"""The JSON shape: every documented example round-trips through interchange and storage.

A documented line may be of format 1 (no ``format`` key), 2 or 3; what the library writes back
is always the current format, named explicitly, and reads back to the same draft. A fact stored
at an older shape of its type (topic ``antq:<Type>:v1``) reads as the current shape, through
the same upcasters as a line of an older format.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import attrs
import orjson
import pytest

from antq_compliance import FACT_TYPES, FORMAT_VERSION, Fact, draft_from_json, fact_to_json
from antq_compliance.codec.facts import decode_fact, draft_to_json, encode_fact
from antq_compliance.codec.upcast import FORMATS_READ, UPCASTERS, shape_in_format
from builders import DOCUMENTED_LINES

LINES = DOCUMENTED_LINES
RECORDED_AT = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


def test_every_fact_type_has_a_documented_example() -> None:
    assert {line["type"] for line in LINES} == set(FACT_TYPES)


def test_the_documented_examples_show_every_format_read() -> None:
    assert {line.get("format", 1) for line in LINES} == set(FORMATS_READ) == {1, 2, 3}


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_interchange_and_storage_round_trip(line: dict[str, object]) -> None:
    draft = draft_from_json(line, "example")
    again = draft_to_json(draft)
    assert again["format"] == FORMAT_VERSION == 3  # always written, whatever was read
    assert draft_from_json(again, "again") == draft
    if line.get("format", 1) == FORMAT_VERSION:
        # Lists come back sorted and the format is named; nothing else changes.
        assert again.keys() - {"format"} == line.keys() - {"format"}
    else:  # an older line is written in the current shape of its type
        cls = FACT_TYPES[str(line["type"])]
        assert set(again["data"]) <= {f.name for f in attrs.fields(cls)}
    fact = Fact(**attrs.asdict(draft, recurse=False), recorded_at=RECORDED_AT)
    topic, payload = encode_fact(fact)
    cls = FACT_TYPES[str(line["type"])]
    assert topic == f"antq:{line['type']}:v{cls.shape_version}"
    assert b'"format"' not in payload and b'"type"' not in payload  # the topic says both
    assert decode_fact(topic, payload) == fact
    assert fact_to_json(fact)["recorded_at"] == "2026-01-02T03:04:00Z"


def test_the_current_format_has_every_type_at_its_current_shape() -> None:
    for name, cls in FACT_TYPES.items():
        assert shape_in_format(name, FORMAT_VERSION) == cls.shape_version, name
    raised = {name for name, cls in FACT_TYPES.items() if cls.shape_version > 1}
    assert raised == {
        "CoordinationAgreementSigned",
        "CoordinationActivityRecorded",
        "SubjectRegistered",
        "ProfileChanged",
        "IncidentOccurred",
        "ReviewMeetingHeld",
        "RecognitionDecided",
    }
    # Every older shape has its upcaster, one step at a time.
    assert set(UPCASTERS) == {(name, 1) for name in raised}


# --- facts stored at an older shape ----------------------------------------------------------


def _stored_v1(type_name: str, data: dict[str, Any], fact_id: str = "f-1") -> tuple[str, bytes]:
    """A fact as the library stored it at shape v1 (before format 3, or 2 for coordination)."""
    body = {
        "id": fact_id,
        "subject": "1234567890",
        "occurred_on": "2025-07-03",
        "recorded_by": "bv-antt-01",
        "data": data,
        "recorded_at": "2025-07-04T01:00:00Z",
    }
    return f"antq:{type_name}:v1", orjson.dumps(body)


def _current(type_name: str, data: dict[str, Any]) -> Fact:
    """The same fact, said in the current format."""
    line = {
        "id": "f-1",
        "type": type_name,
        "subject": "1234567890",
        "occurred_on": "2025-07-03",
        "recorded_by": "bv-antt-01",
        "format": FORMAT_VERSION,
        "data": data,
    }
    draft = draft_from_json(line, "current")
    return Fact(
        **attrs.asdict(draft, recurse=False), recorded_at=datetime(2025, 7, 4, 1, 0, tzinfo=UTC)
    )


STORED_V1 = [
    (
        "IncidentOccurred",
        {"category": "illegal_strike", "severity": "serious", "description": "Ngừng việc"},
        {
            "kind": "strike",
            "unlawful": True,
            "severity": "serious",
            "description": "Ngừng việc",
            "former_category": "illegal_strike",
        },
    ),
    (
        "IncidentOccurred",
        {"category": "secret_leak", "severity": "minor", "description": "Lộ tài liệu"},
        {
            "kind": "unclassified",
            "severity": "minor",
            "description": "Lộ tài liệu",
            "former_category": "secret_leak",
        },
    ),
    (
        "IncidentOccurred",
        {"category": "serious_occupational_accident", "severity": "serious", "description": "x"},
        {
            "kind": "labour_accident",
            "severity": "serious",
            "description": "x",
            "former_category": "serious_occupational_accident",
        },
    ),
    (
        "ReviewMeetingHeld",
        {"year": 2025, "chaired_by": "Giám đốc", "police_representative_present": True},
        {
            "year": 2025,
            "chaired_by": "Giám đốc",
            "chair": "head",
            "attendees": ["grassroots_police"],
        },
    ),
    (
        "ReviewMeetingHeld",
        {"year": 2025, "chaired_by": "Giám đốc", "police_representative_present": False},
        {"year": 2025, "chaired_by": "Giám đốc", "attendees": []},
    ),
    (
        "SubjectRegistered",
        {
            "kind": "enterprise",
            "name": "Công ty Ví Dụ",
            "ownership": "private",
            "size": {"declared": "large"},
            "has_party_organisation": True,
            "province": "Vĩnh Long",
            "headcount": 260,
        },
        {
            "kind": "enterprise",
            "name": "Công ty Ví Dụ",
            "ownership": "private",
            "size": {"declared": "large"},
            "has_party_organisation": True,
            "province": "Vĩnh Long",
            "headcount": 260,
        },
    ),
    ("ProfileChanged", {"headcount": 275}, {"headcount": 275}),
    (
        "RecognitionDecided",
        {
            "year": 2024,
            "authority_level": "district",
            "authority": "UBND thành phố Trà Vinh",
            "decision_number": "12/QĐ-UBND",
            "outcome": "recognised",
            "certificate_number": "GCN-12",
        },
        {
            "year": 2024,
            "authority_level": "district",
            "authority": "UBND thành phố Trà Vinh",
            "decision_number": "12/QĐ-UBND",
            "outcome": "recognised",
            "certificate_number": "GCN-12",
        },
    ),
    (
        "CoordinationAgreementSigned",
        {"partner": "police_and_local_authority", "form": "plan", "title": "Kế hoạch phối hợp"},
        {"partners": ["police", "local_authority"], "form": "plan", "title": "Kế hoạch phối hợp"},
    ),
    (
        "CoordinationActivityRecorded",
        {"partner": "police", "description": "Tuần tra chung"},
        {"partners": ["police"], "description": "Tuần tra chung"},
    ),
]


@pytest.mark.parametrize(
    ("type_name", "stored", "current"),
    STORED_V1,
    ids=[f"{t}-{i}" for i, (t, *_) in enumerate(STORED_V1)],
)
def test_a_fact_stored_at_an_older_shape_reads_as_the_current_one(
    type_name: str, stored: dict[str, Any], current: dict[str, Any]
) -> None:
    fact = decode_fact(*_stored_v1(type_name, stored))
    assert fact == _current(type_name, current)
    # Written again, it is stored at the current shape, and reads back the same.
    topic, payload = encode_fact(fact)
    assert topic == f"antq:{type_name}:v{FACT_TYPES[type_name].shape_version}"
    assert decode_fact(topic, payload) == fact


def test_the_stored_older_shapes_cover_every_upcaster() -> None:
    assert {(t, 1) for t, *_ in STORED_V1} == set(UPCASTERS)


@pytest.mark.parametrize(
    ("type_name", "stored", "problem"),
    [
        (
            "IncidentOccurred",
            {"category": "fire", "severity": "minor", "description": "x"},
            "field 'data.category' = 'fire': expected one of:",
        ),
        (
            "ReviewMeetingHeld",
            {"year": 2025, "chaired_by": "Giám đốc"},
            "field 'data.police_representative_present' = None: is required",
        ),
    ],
)
def test_a_stored_fact_that_is_not_its_older_shape_is_an_error_naming_it(
    type_name: str, stored: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match="cannot be upcast") as caught:
        decode_fact(*_stored_v1(type_name, stored))
    assert f"antq:{type_name}:v1" in str(caught.value)
    assert problem in str(caught.value)


def test_a_shape_newer_than_the_library_is_an_error_naming_the_topic() -> None:
    topic, payload = _stored_v1("IncidentOccurred", {"kind": "crime", "description": "x"})
    newer = topic.replace(":v1", ":v3")
    with pytest.raises(ValueError, match="reads IncidentOccurred at shape v1 to v2, not v3"):
        decode_fact(newer, payload)
