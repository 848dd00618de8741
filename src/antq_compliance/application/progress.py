"""Progress of long work, for whoever wants to show it: the library calls back, never prints.

A :data:`Progress` callback is called as ``progress(stage, done, total)``: ``stage`` names the
step (:data:`STAGES`), ``done`` counts the items of that step done so far, ``total`` is their
number when known in advance (else ``None``). It is called at most every :data:`EVERY` items
and once at the end of each step (``done == total``). The command line renders it as a bar on
a terminal (``cli/progress.py``).
"""

from __future__ import annotations

from pathlib import Path

from antq_compliance.domain.progress import EVERY, STAGES, Progress, counted

__all__ = ["EVERY", "STAGES", "Progress", "count_lines", "counted"]


def count_lines(path: Path) -> int:
    """The number of lines of a file, read in blocks (a bar's total, before the file is read)."""
    lines = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")
