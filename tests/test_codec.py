"""The JSON shape: every documented example round-trips through interchange and storage."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from antq_compliance import FACT_TYPES, Fact, draft_from_json, fact_to_json
from antq_compliance._codec import decode_fact, draft_to_json, encode_fact

DOC = Path(__file__).resolve().parents[1] / "docs" / "events.md"
LINES = [
    json.loads(line)
    for block in re.findall(r"```jsonl\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)
    for line in block.splitlines()
    if line.strip()
]


def test_every_fact_type_has_a_documented_example() -> None:
    assert {line["type"] for line in LINES} == set(FACT_TYPES)


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_interchange_and_storage_round_trip(line: dict[str, object]) -> None:
    draft = draft_from_json(line, "example")
    again = draft_to_json(draft)
    assert draft_from_json(again, "again") == draft
    assert again.keys() == line.keys()  # lists of topics come back sorted; nothing else changes
    fact = Fact(
        **attrs.asdict(draft, recurse=False), recorded_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    )
    topic, payload = encode_fact(fact)
    assert topic == f"antq:{line['type']}:v1"
    assert decode_fact(topic, payload) == fact
    assert fact_to_json(fact)["recorded_at"] == "2026-01-02T03:04:00Z"
