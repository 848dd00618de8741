"""The importer's compiled fast path reads a line exactly as the full path does.

``codec.compiled.fast_draft`` only says whether a line is valid; ``codec.facts._draft_checked``
(the full path) is the reference, and names the problem of a line the fast path refuses. On the
documented lines of every type and format, and on them broken at random (a value replaced by
one of a pool of awkward values, a key removed or added), ``draft_from_json`` must give a draft
equal to the reference's, of equal types all the way down, or the reference's very error; and
whatever the fast path accepts, the reference accepts, equally.
"""

from __future__ import annotations

import copy
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fastpath import _TEXT, _line, same

from antq_compliance import FACT_TYPES, draft_from_json
from antq_compliance.codec.compiled import fast_draft
from antq_compliance.codec.facts import _draft_checked
from antq_compliance.domain.checks import MAX_INTEGER, REF
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.vocabulary import RuleTopic
from builders import DOCUMENTED_LINES

LINES = DOCUMENTED_LINES


def outcome(read: Any, raw: Any) -> tuple[str, Any]:
    try:
        return "draft", read(raw, "line 7")
    except InvalidRecord as exc:
        return "error", (type(exc), str(exc), exc.record, exc.field, repr(exc.value), exc.problem)
    except Exception as exc:  # whatever the full path raises, the same
        return "raised", (type(exc), str(exc))


def check_alike(raw: Any) -> None:
    reference = outcome(_draft_checked, copy.deepcopy(raw))
    got = outcome(draft_from_json, raw)
    assert got[0] == reference[0]
    if got[0] == "draft":
        assert same(got[1], reference[1])
    else:
        assert got[1] == reference[1]
    fast = fast_draft(copy.deepcopy(raw))
    if fast is not None:  # what the fast path accepts, the full path accepts alike
        assert reference[0] == "draft"
        assert same(fast, reference[1])


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_every_documented_line_takes_the_fast_path_to_the_same_draft(
    line: dict[str, Any],
) -> None:
    fast = fast_draft(copy.deepcopy(line))
    assert fast is not None
    assert same(fast, _draft_checked(copy.deepcopy(line), "example"))


NFD = unicodedata.normalize("NFD", "Phòng chống tội phạm")
AWKWARD: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2024,
    2.0,
    MAX_INTEGER,
    MAX_INTEGER + 1,
    -MAX_INTEGER - 1,
    10**30,
    "",
    " ",
    "x",
    "2024-02-30",
    "2024-01-01",
    "police",
    "head",
    *sorted(m.value for m in RuleTopic)[:2],
    "enterprise",
    "phong",
    NFD,
    " " + NFD + " ",
    "a\u202eb",
    "a\x00b",
    "a\u200db",
    "x" * 600,
    "0312345678",
    [],
    {},
    ["police", "police"],
    ["police", "local_authority"],
    [1, 2, 3],
    [MAX_INTEGER + 1],
    [True],
    [[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]],
    {"a": {"b": {"c": 10**20}}},
]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path into the objects (and arrays) of ``value``."""
    found = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((*prefix, key))
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.append((*prefix, index))
            found += paths(child, (*prefix, index))
    return found


def parent(raw: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        raw = raw[step]
    return raw


@st.composite
def broken_lines(draw: st.DrawFn) -> Any:
    raw = copy.deepcopy(draw(st.sampled_from(LINES)))
    for _ in range(draw(st.integers(0, 3))):
        where = paths(raw)
        action = draw(st.sampled_from(["set", "set", "delete", "add"]))
        if action == "add" or not where:
            containers = [p for p in where if isinstance(parent(raw, (*p, 0)), dict)]
            target = parent(raw, (*draw(st.sampled_from([(), *containers])), 0))
            name = draw(st.sampled_from(["extra", "partner", "category", "format", "headcount"]))
            if isinstance(target, dict):
                target[name] = copy.deepcopy(draw(st.sampled_from(AWKWARD)))
            continue
        path = draw(st.sampled_from(where))
        holder = parent(raw, path)
        if action == "delete" and isinstance(holder, dict):
            del holder[path[-1]]
        else:
            holder[path[-1]] = copy.deepcopy(draw(st.sampled_from(AWKWARD)))
    return raw


@settings(max_examples=1500, deadline=None)
@given(broken_lines())
def test_a_broken_line_gets_the_full_path_s_error(raw: Any) -> None:
    check_alike(raw)


@pytest.mark.parametrize(
    "raw",
    [
        None,
        [],
        "x",
        {},
        {"format": 3},
        {**LINES[0], "format": None},
        {**LINES[0], "format": True},
        {**LINES[0], "type": ["x"]},
        {**LINES[0], "occurred_on": ["x"]},
        {**LINES[0], "id": MAX_INTEGER + 1},
        {**LINES[0], "extra": [[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]},
        {**LINES[0], "subject": " " + NFD + " "},
        {**LINES[0], "recorded_by": NFD},
        {**LINES[0], "document_ref": NFD},
        {**LINES[0], "supersedes": "a1", "reason": NFD},
    ],
)
def test_awkward_lines_read_alike(raw: Any) -> None:
    check_alike(raw)


def decomposed(value: Any) -> Any:
    """``value`` with every text in it decomposed (NFD) and padded where the envelope trims."""
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, dict):
        return {key: decomposed(child) for key, child in value.items()}
    if isinstance(value, list):
        return [decomposed(child) for child in value]
    return value


@pytest.mark.parametrize("line", LINES, ids=lambda line: str(line["id"]))
def test_a_decomposed_line_reads_alike(line: dict[str, Any]) -> None:
    raw = decomposed(line)
    raw["subject"] = f" {raw['subject']} "
    check_alike(raw)


@st.composite
def valid_lines(draw: st.DrawFn) -> dict[str, Any]:
    type_name = draw(st.sampled_from(sorted(FACT_TYPES)))
    line = _line(draw, type_name)
    if draw(st.booleans()):
        line["supersedes"] = draw(st.from_regex(REF, fullmatch=True))
        line["reason"] = draw(_TEXT)
    return line


@settings(max_examples=1000, deadline=None)
@given(valid_lines())
def test_a_random_line_reads_alike(raw: dict[str, Any]) -> None:
    """Random lines of every type (test_fastpath's strategy: mostly valid)."""
    check_alike(raw)
