"""Progress of long work, for whoever wants to show it: the library calls back, never prints.

A :data:`Progress` callback is called as ``progress(stage, done, total)``: ``stage`` names the
step (:data:`STAGES`), ``done`` counts the items of that step done so far, ``total`` is their
number when known in advance (else ``None``). It is called at most every :data:`EVERY` items
and once at the end of each step (``done == total``). The command line renders it as a bar on
a terminal (``cli/progress.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

__all__ = ["EVERY", "STAGES", "Progress", "count_lines", "counted"]

Progress = Callable[[str, int, "int | None"], None]

STAGES = {
    "read": "lines of the file read and parsed",
    "check": "facts checked against their streams and the policy",
    "write": "facts written, in one transaction (told at its start and at its end)",
    "replay": "events applied to the status projection",
    "compare": "subjects evaluated afresh and compared with the projection",
}
"""Each stage a callback may be told, and what its items are."""

EVERY = 1_000

T = TypeVar("T")


def counted(
    items: Iterable[T], stage: str, total: int | None, progress: Progress | None
) -> Iterator[T]:
    """``items``, telling ``progress`` how many have been taken (no cost without one)."""
    if progress is None:
        yield from items
        return
    done = 0
    progress(stage, 0, total)
    for item in items:
        yield item
        done += 1
        if done % EVERY == 0:
            progress(stage, done, total)
    progress(stage, done, done)


def count_lines(path: Path) -> int:
    """The number of lines of a file, read in blocks (a bar's total, before the file is read)."""
    lines = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")
