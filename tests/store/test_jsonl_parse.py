"""Reading a line takes shortcuts (orjson on the bytes, colons counted before the key pattern is
run) that must not change what a line reads as: the parse or the very problem of the reading it
replaced, kept here as the reference. Lines are written by hand from pieces that make duplicate
keys, spaces and tabs before colons, colons and escaped quotes inside texts, nested objects, bad
UTF-8 and bad JSON likely."""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from antq_compliance.application.jsonl import _KEY, _parse, duplicate_key
from antq_compliance.domain.errors import InvalidRecord


def _keys_reference(raw: Any) -> int:
    count, stack = 0, [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            count += len(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def reference(label: str, line: bytes) -> tuple[Any, InvalidRecord | None]:
    """``_parse`` as it was: decode, parse the text, count keys against the pattern."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, InvalidRecord(
            label,
            "",
            f"<byte 0x{line[exc.start]:02x} at byte {exc.start + 1}>",
            "is not valid UTF-8 (a legacy encoding such as Windows-1258, TCVN3 or "
            "Latin-1?); save the file as UTF-8",
        )
    try:
        raw = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return None, InvalidRecord(
            label, "", f"<{len(line):,} bytes>", f"is not valid JSON ({exc})"
        )
    if isinstance(raw, dict) and _keys_reference(raw) < len(_KEY.findall(line)):
        key = duplicate_key(text)
        if key is not None:
            return None, InvalidRecord(
                label,
                "".join(c if c.isprintable() else repr(c)[1:-1] for c in key),
                "<twice>",
                "this key appears twice in one object: give each field once",
            )
    if not isinstance(raw, dict):
        return None, InvalidRecord(
            label, "", f"<a JSON {type(raw).__name__}>", "expected a JSON object"
        )
    return raw, None


_TEXTS = st.sampled_from(
    ['"a"', '"08:30"', '"x\\":1"', '"a\\" :b"', '"Hòa"', '"\\u00e9:"', '"t\\t:"', '""']
)
_COLON = st.sampled_from([":", " :", "\t:", ": ", "\r:"])


@st.composite
def objects(draw: st.DrawFn, depth: int = 0) -> str:
    pairs = []
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(['"id"', '"data"', '"a:b"', '"n"', '"k\\"']))
        if key == '"k\\"':
            key = '"k\\""'
        options = [_TEXTS, st.integers(-5, 5).map(str), st.just("[1,{}]")]
        if depth < 2:
            options.append(objects(depth + 1))
        value = draw(st.one_of(*options))
        pairs.append(f"{key}{draw(_COLON)}{value}")
    return "{" + draw(st.sampled_from([",", ", "])).join(pairs) + "}"


@st.composite
def lines(draw: st.DrawFn) -> bytes:
    line = draw(objects()).encode("utf-8")
    spoil = draw(st.sampled_from(["", "", "", "bad utf-8", "list", "cut", "bom", "trailing"]))
    if spoil == "bad utf-8":
        line = line[:1] + draw(st.sampled_from([b"\xff", b"\xed\xa0\x80", b"\xc0\x80"])) + line[1:]
    elif spoil == "list":
        line = b"[" + line + b"]"
    elif spoil == "cut":
        line = line[: len(line) // 2]
    elif spoil == "bom":
        line = b"\xef\xbb\xbf" + line
    elif spoil == "trailing":
        line += b" x"
    return line + draw(st.sampled_from([b"\n", b"", b"\r\n", b"  \n"]))


@settings(max_examples=1500, deadline=None)
@given(lines())
def test_a_line_reads_as_it_did(line: bytes) -> None:
    raw, problem = _parse("line 3", line)
    expected_raw, expected_problem = reference("line 3", line)
    assert raw == expected_raw
    assert str(problem) == str(expected_problem)
    if problem is not None:
        assert expected_problem is not None
        assert (problem.field, problem.value, problem.problem) == (
            expected_problem.field,
            expected_problem.value,
            expected_problem.problem,
        )
