"""Reading JSON Lines files: one parsed object per non-blank line, or the line's problem.

Every line is read, good or bad, so that an import reports every bad line in one pass
(``recording.import_jsonl``). A problem names the line and, where it can, the field and its
value; it never shows other content of the file (a file given by mistake, a key or a password
file, must not be echoed to a terminal or a log): a line that is not JSON is described by its
position and length only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from antq_compliance.domain.errors import InvalidRecord

__all__ = ["duplicate_key", "read_jsonl"]

_MAX_LINE_BYTES = 1 << 20
_NUL = b"\x00"


_BOMS = (
    (b"\xef\xbb\xbf", "file starts with a byte-order mark; save as UTF-8 without BOM"),
    (b"\xff\xfe\x00\x00", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\x00\x00\xfe\xff", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\xff\xfe", "file is UTF-16 (byte-order mark); save it as UTF-8"),
    (b"\xfe\xff", "file is UTF-16 (byte-order mark); save it as UTF-8"),
)

_KEY = re.compile(rb'"\s*:')
"""Where a key may end (a string followed by a colon): counted to tell, cheaply, whether a
line may hold a key twice. A colon inside a text value also counts: such lines are re-read
exactly (:func:`duplicate_key`)."""

Line = tuple[str, Any, InvalidRecord | None]
"""(label, parsed JSON or None, the line's problem or None)."""


def _keys(raw: Any) -> int:
    """How many keys the objects of ``raw`` (parsed by orjson: plain dicts and lists) hold,
    nested ones included (no recursion). Only objects and arrays are stacked: the texts and
    numbers, most of a line, are passed over."""
    count, stack = 0, [raw]
    pop, push = stack.pop, stack.append
    while stack:
        value = pop()
        if type(value) is dict:
            count += len(value)
            value = value.values()
        for child in value:
            kind = type(child)
            if kind is dict or kind is list:
                push(child)
    return count


def _may_repeat_a_key(raw: dict[str, Any], line: bytes) -> bool:
    """Whether ``line`` may spell more keys than ``raw``, its parse, holds (:data:`_KEY`). Each
    key is followed by its own colon, and each match of the pattern holds one: with no more
    colons in the line than keys in ``raw`` (the usual line: no colon in a text), no key can
    be there twice, and the pattern is not run."""
    keys = _keys(raw)
    return keys < line.count(b":") and keys < len(_KEY.findall(line))


def duplicate_key(text: str) -> str | None:
    """The dotted path of the first key an object of ``text`` (one JSON document) holds twice,
    or None. JSON parsers keep the last of two equal keys silently: a line ``{"attendance": 5,
    ..., "attendance": 500}`` would be read as something its author (or a reviewer reading
    the first key) did not see."""
    found: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen and not found:
                found.append(key)
            seen.add(key)
        return dict(items)

    json.loads(text, object_pairs_hook=pairs)
    return found[0] if found else None


def _skip_rest(stream: Any) -> None:
    """Read past the rest of an over-long line, 64 KiB at a time, holding none of it."""
    while chunk := stream.readline(1 << 16):
        if chunk.endswith(b"\n"):
            return


def _problem(label: str, line: bytes, first: bool) -> InvalidRecord | None:
    """The problem of a raw line that is not text at all (encodings), or None."""
    if first:
        for bom, problem in _BOMS:
            if line.startswith(bom):
                return InvalidRecord(label, "", "<BOM>", problem)
    if _NUL in line:
        return InvalidRecord(
            label,
            "",
            f"<NUL byte at byte {line.index(_NUL) + 1}>",
            "contains NUL bytes: the file looks like UTF-16 or UTF-32; save it as UTF-8",
        )
    return None


def _parse(label: str, line: bytes) -> tuple[Any, InvalidRecord | None]:
    try:
        # orjson checks the UTF-8 itself, as strictly as Python's decoder: a line it refuses
        # is read again below, where the problem is named.
        raw = orjson.loads(line)
        if type(raw) is dict and not _may_repeat_a_key(raw, line):
            return raw, None
    except orjson.JSONDecodeError:
        pass
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
        # orjson's message says what (unexpected character, recursion limit...) and where
        # (line, column, character): it quotes nothing of the line.
        return None, InvalidRecord(
            label, "", f"<{len(line):,} bytes>", f"is not valid JSON ({exc})"
        )
    if isinstance(raw, dict) and _may_repeat_a_key(raw, line):
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


def read_jsonl(path: Path) -> Iterator[Line]:
    """(label, parsed JSON, problem) of each non-blank line, bad lines included. A line is read
    at most 1 MiB at a time: a longer one is refused without the rest of it ever being held in
    memory. A byte-order mark of UTF-16 or UTF-32 stops the reading: every line would fail."""
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(_MAX_LINE_BYTES + 1):
            number += 1
            label = f"line {number}"
            if len(line) > _MAX_LINE_BYTES:
                ended, line = line.endswith(b"\n"), b""  # let go of it before reading on
                if not ended:
                    _skip_rest(stream)
                yield (
                    label,
                    None,
                    InvalidRecord(
                        label,
                        "",
                        f"<more than {_MAX_LINE_BYTES:,} bytes>",
                        "line is longer than 1 MiB (1,048,576 bytes)",
                    ),
                )
                continue
            problem = _problem(label, line, number == 1)
            if problem is not None:
                yield label, None, problem
                if number == 1 and problem.value == "<BOM>":
                    return
                continue
            if line.isspace():  # what ``not line.strip()`` says of a line, without a copy
                continue
            raw, problem = _parse(label, line)
            yield label, raw, problem
