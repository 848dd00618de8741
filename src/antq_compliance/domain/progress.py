"""The progress callback's type and the one helper that tells it, shared by the layers that do
long work (``application``, ``store``): the library calls back, never prints. What a callback
is told, stage by stage, is documented in ``application/progress.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = ["EVERY", "STAGES", "Progress", "counted"]

Progress = Callable[[str, int, "int | None"], None]

STAGES = {
    "read": "lines of the file read and parsed",
    "check": "facts checked against their streams and the policy",
    "write": "facts written, in one transaction (told at its start and at its end)",
    "replay": "events applied to the status projection",
    "rebuild": "subjects' streams evaluated, one at a time (a replay that keeps no facts)",
    "compare": "subjects evaluated afresh and compared with the projection",
    "verify": "stored rows walked along the hash chain",
    "follow": "notifications applied to the status view (catching up)",
    "report": "facts applied to the provincial-report projection (brought up to date)",
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
