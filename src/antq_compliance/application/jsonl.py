"""Reading JSON Lines files: one parsed object per non-blank line, refused with its line number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from antq_compliance.domain.errors import InvalidRecord

_MAX_LINE_BYTES = 1 << 20


_BOMS = (
    (b"\xef\xbb\xbf", "file starts with a byte-order mark; save as UTF-8 without BOM"),
    (b"\xff\xfe\x00\x00", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\x00\x00\xfe\xff", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\xff\xfe", "file is UTF-16 (byte-order mark); save it as UTF-8"),
    (b"\xfe\xff", "file is UTF-16 (byte-order mark); save it as UTF-8"),
)


def _read_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """(label, parsed JSON) of each non-blank line. A line is read at most 1 MiB at a time:
    a longer one is refused without the rest of it ever being held in memory."""
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(_MAX_LINE_BYTES + 1):
            number += 1
            label = f"line {number}"
            if len(line) > _MAX_LINE_BYTES:
                raise InvalidRecord(
                    label,
                    "",
                    f"<more than {_MAX_LINE_BYTES:,} bytes>",
                    "line is longer than 1 MiB (1,048,576 bytes)",
                )
            if number == 1:
                for bom, problem in _BOMS:
                    if line.startswith(bom):
                        raise InvalidRecord(label, "", "<BOM>", problem)
            if b"\x00" in line:
                raise InvalidRecord(
                    label,
                    "",
                    line[:20],
                    "contains NUL bytes: the file looks like UTF-16 or UTF-32; save it as UTF-8",
                )
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidRecord(
                    label,
                    "",
                    line[max(0, exc.start - 10) : exc.end + 10],
                    "is not valid UTF-8 (a legacy encoding such as Windows-1258, TCVN3 or "
                    "Latin-1?); save the file as UTF-8",
                ) from None
            try:
                raw = orjson.loads(text)
            except orjson.JSONDecodeError as exc:
                raise InvalidRecord(
                    label, "", text.strip()[:60], f"is not valid JSON ({exc})"
                ) from None
            yield label, raw
