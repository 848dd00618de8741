"""Progress bars of the command line: the library's progress callbacks
(``application/progress.py``) drawn by tqdm on standard error when it is a terminal, with the
count, the rate and the time left; nothing at all otherwise (a pipe, a file, a cron job). A
closing summary line (count, time, rate) is the command's own output."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import NoReturn, TextIO

from tqdm import tqdm

__all__ = ["Bars", "summary"]

_LABELS = {
    "read": ("đọc", "read", "dòng", "lines"),
    "check": ("kiểm tra", "check", "dữ kiện", "facts"),
    "write": ("ghi", "write", "dữ kiện", "facts"),
    "replay": ("dựng lại", "replay", "sự kiện", "events"),
    "rebuild": ("dựng lại", "replay", "đơn vị", "subjects"),
    "compare": ("đối chiếu", "compare", "đơn vị", "subjects"),
    "verify": ("kiểm tra chuỗi băm", "verify", "dòng", "rows"),
    "follow": ("cập nhật", "catch up", "thông báo", "notifications"),
    "report": ("cập nhật báo cáo", "report", "dữ kiện", "facts"),
}


class Bars:
    """A callable for the library's ``progress=``: one bar per stage, on a terminal only.

    Use as a context manager, so that the last bar is closed (and erased) before the command
    prints its result."""

    def __init__(self, lang: str, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.lang = lang
        self.started = time.perf_counter()
        self._stage: str | None = None
        self._bar: tqdm[NoReturn] | None = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if stage != self._stage or self._bar is None:
            self.close()
            self._stage = stage
            self._bar = self._open(stage, total)
        bar = self._bar
        if total is not None and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)
        if done == total:  # the end of the step: drawn whatever the interval
            bar.refresh()

    def _open(self, stage: str, total: int | None) -> tqdm[NoReturn]:
        vi, en, unit_vi, unit_en = _LABELS.get(stage, (stage, stage, "", ""))
        return tqdm(
            total=total,
            desc=vi if self.lang == "vi" else en,
            unit=" " + (unit_vi if self.lang == "vi" else unit_en),
            file=self.stream,
            leave=False,
            dynamic_ncols=True,
            mininterval=0.25,
            ascii=(getattr(self.stream, "encoding", None) or "utf-8").lower()
            not in ("utf-8", "utf8"),
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def __enter__(self) -> Bars:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def summary(count: int, unit: tuple[str, str], seconds: float, lang: str) -> str:
    """``count`` items in ``seconds``, and the rate: ``197 facts in 0.41 s (480 facts/s)``, or
    in Vietnamese ``197 dữ kiện trong 0,41 giây (480 dữ kiện/giây)`` (Vietnamese separators)."""
    rate = count / max(seconds, 1e-9)
    if lang == "vi":
        time_vi = f"{seconds:.2f}".replace(".", ",")
        rate_vi = f"{rate:,.0f}".replace(",", ".")
        return f"{count} {unit[0]} trong {time_vi} giây ({rate_vi} {unit[0]}/giây)"
    return f"{count} {unit[1]} in {seconds:.2f} s ({rate:,.0f} {unit[1]}/s)"
