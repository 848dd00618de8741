"""The JSON shape: every documented example round-trips through interchange and storage.

A documented line may be of format 1 (no ``format`` key) or 2; what the library writes back is
always the current format, named explicitly, and reads back to the same draft.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
import pytest

from antq_compliance import FACT_TYPES, FORMAT_VERSION, Fact, draft_from_json, fact_to_json
from antq_compliance.codec.facts import decode_fact, draft_to_json, encode_fact
from builders import DOCUMENTED_LINES

LINES = DOCUMENTED_LINES


def test_every_fact_type_has_a_documented_example() -> None:
    assert {line["type"] for line in LINES} == set(FACT_TYPES)


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_interchange_and_storage_round_trip(line: dict[str, object]) -> None:
    draft = draft_from_json(line, "example")
    again = draft_to_json(draft)
    assert again["format"] == FORMAT_VERSION == 2  # always written, whatever was read
    assert draft_from_json(again, "again") == draft
    # Lists come back sorted and the format is named; nothing else changes.
    assert again.keys() - {"format"} == line.keys() - {"format"}
    fact = Fact(
        **attrs.asdict(draft, recurse=False), recorded_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    )
    topic, payload = encode_fact(fact)
    cls = FACT_TYPES[str(line["type"])]
    assert topic == f"antq:{line['type']}:v{cls.shape_version}"
    assert b'"format"' not in payload and b'"type"' not in payload  # the topic says both
    assert decode_fact(topic, payload) == fact
    assert fact_to_json(fact)["recorded_at"] == "2026-01-02T03:04:00Z"
