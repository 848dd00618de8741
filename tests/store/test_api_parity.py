"""The Python API validates exactly as a JSONL file does (issue 16, item 10): one validation
shared by both paths (``recording.as_read_from_a_file`` reads the API's drafts through the
importer's own ``draft_from_json``; the fact classes' count validators and the importer's
converter share ``checks.not_an_integer``). Same one-line problem, nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from antq_compliance import FactDraft, InvalidRecord, Ledger, PropagandaSessionHeld
from antq_compliance.codec.facts import draft_to_json
from antq_compliance.domain.facts import FestivalDayHeld, ProtectionForceEstablished
from builders import SUBJECT, registration

SESSION = PropagandaSessionHeld(topic="Phòng chống ma tuý", attendance=40)


def _file_problem(ledger: Ledger, tmp_path: Path, line: dict[str, Any]) -> str:
    """The importer's message for ``line``, without its label ("line 1: ")."""
    path = tmp_path / "one.jsonl"
    path.write_bytes(orjson.dumps(line) + b"\n")
    head = ledger.head()
    with pytest.raises(InvalidRecord) as refused:
        ledger.import_jsonl(path)
    assert ledger.head() == head
    message = str(refused.value)
    assert message.startswith("line 1: ") and "\n" not in message
    return message.removeprefix("line 1: ")


def _line(draft: FactDraft, **changes: Any) -> dict[str, Any]:
    out = draft_to_json(draft)
    data = changes.pop("data", {})
    out.update(changes)
    out["data"].update(data)
    return out


def _session(**envelope: Any) -> FactDraft:
    return FactDraft(
        id="tt-1",
        subject=SUBJECT,
        occurred_on=date(2024, 3, 1),
        recorded_by="clerk-1",
        data=SESSION,
        **envelope,
    )


def test_recorded_by_none_is_refused_as_from_a_file(ledger: Ledger, tmp_path: Path) -> None:
    ledger.record_many([registration()])
    head = ledger.head()
    bad = attrs.evolve(_session(), recorded_by=None)  # type: ignore[arg-type]
    expected = _file_problem(ledger, tmp_path, _line(_session(), recorded_by=None))
    assert expected == "field 'recorded_by' = None: is required"
    with pytest.raises(InvalidRecord) as refused:
        ledger.record_many([bad])
    assert str(refused.value) == f"fact 'tt-1': {expected}"
    with pytest.raises(InvalidRecord) as one:
        ledger.record(
            SUBJECT,
            SESSION,
            occurred_on=date(2024, 3, 1),
            recorded_by=None,  # type: ignore[arg-type]
            id="tt-1",
        )
    assert str(one.value) == f"fact 'tt-1': {expected}"
    assert ledger.head() == head


@pytest.mark.parametrize("count", [True, False, 40.0, 1.5, "40"])
def test_counts_that_are_not_integers_are_refused_alike(
    ledger: Ledger, tmp_path: Path, count: Any
) -> None:
    """``True`` or ``40.0`` as a count: refused by the file and by the fact's constructor with
    the same problem; the API never stores what a file could not carry back."""
    ledger.record_many([registration()])
    expected = _file_problem(ledger, tmp_path, _line(_session(), data={"attendance": count}))
    assert expected == (
        f"field 'data.attendance' = {count!r}: expected an integer, got {type(count).__name__}"
    )
    for build in (
        lambda: PropagandaSessionHeld(topic="x", attendance=count),
        lambda: FestivalDayHeld(attendance=count),
        lambda: attrs.evolve(SESSION, attendance=count),
    ):
        with pytest.raises(InvalidRecord) as refused:
            build()
        assert (refused.value.field, refused.value.problem) == (
            "attendance",
            f"expected an integer, got {type(count).__name__}",
        )
    with pytest.raises(InvalidRecord, match="expected an integer, got bool"):
        ProtectionForceEstablished(members=True)


def test_a_value_the_constructors_let_through_is_caught_by_the_shared_check(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Even a fact built around its validators (``object.__setattr__`` on a frozen class) is
    refused on the way in, by the importer's validation."""
    ledger.record_many([registration()])
    data = PropagandaSessionHeld(topic="x", attendance=1)
    object.__setattr__(data, "attendance", True)
    draft = attrs.evolve(_session(), data=data)
    expected = _file_problem(ledger, tmp_path, draft_to_json(draft))
    with pytest.raises(InvalidRecord) as refused:
        ledger.record_many([draft])
    assert str(refused.value) == f"fact 'tt-1': {expected}"
    broken = attrs.evolve(_session(), occurred_on="2024-03-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidRecord, match="cannot be written as a fact"):
        ledger.record_many([broken])


def test_what_the_api_stores_exports_and_imports_again(
    ledger: Ledger, tmp_path: Path, open_ledger: Any
) -> None:
    ledger.record_many([registration()])
    ledger.record(
        SUBJECT,
        PropagandaSessionHeld(topic="Cafe\u0301 pháp luật", attendance=40),  # NFD in, NFC kept
        occurred_on=date(2024, 3, 1),
        recorded_by="clerk-1",
        id="tt-2",
    )
    stored = ledger.facts(SUBJECT)
    assert stored[-1].data == PropagandaSessionHeld(topic="Café pháp luật", attendance=40)
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"".join(orjson.dumps(draft_to_json(f)) + b"\n" for f in stored))
    again = ledger.import_jsonl(path)
    assert (again.written, again.unchanged) == (0, len(stored))


@pytest.mark.parametrize("topic", [5, b"bytes", ["a"]])
def test_a_text_that_is_not_a_string_is_refused_alike(
    ledger: Ledger, tmp_path: Path, topic: Any
) -> None:
    """A constructor given a number for a text used to fail with AttributeError (``.strip``);
    it is now refused with the converter's words, as a file line is."""
    ledger.record_many([registration()])
    problem = f"expected a string, got {type(topic).__name__}"
    if not isinstance(topic, bytes):  # bytes cannot be written in a JSON line
        expected = _file_problem(ledger, tmp_path, _line(_session(), data={"topic": topic}))
        assert expected == f"field 'data.topic' = {topic!r}: {problem}"
    with pytest.raises(InvalidRecord) as refused:
        PropagandaSessionHeld(topic=topic, attendance=1)
    assert (refused.value.field, refused.value.problem) == ("topic", problem)
