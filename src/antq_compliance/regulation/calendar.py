"""The yearly calendar of the regulation (``regulation/data/calendar.toml``): the evaluation
windows of TT124 Art. 8 cl. 2 and the first quarter ("Quý I hằng năm") of Art. 4-7 cl. 1.

Month-day rules read from data, typed once; pure functions of the evaluation year.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import attrs

from antq_compliance.domain.dates import Period

__all__ = ["WindowRule", "deadline", "q1", "tt124_window", "window_rule"]


def _month_day(value: Any, where: str) -> tuple[int, int]:
    try:
        month, day = (int(part) for part in str(value).split("-"))
    except ValueError:
        month, day = 0, 0
    longest = 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    if not (1 <= month <= 12 and 1 <= day <= longest):
        raise ValueError(f"calendar.toml: {where} = {value!r} is not a month-day MM-DD")
    return month, day


@attrs.frozen(kw_only=True)
class WindowRule:
    """An evaluation window: from ``start`` (month, day) of Y-1 to ``end`` of Y."""

    name: str
    clause: str | None
    start: tuple[int, int]
    end: tuple[int, int]

    def of(self, year: int) -> Period:
        """The window of evaluation year ``year``."""
        return Period(date(year - 1, *self.start), date(year, *self.end))


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("antq_compliance.regulation").joinpath("data/calendar.toml")
    return tomllib.loads(text.read_text("utf-8"))


@cache
def window_rule(name: str) -> WindowRule:
    """The window rule ``name`` of the calendar (``general``, ``residential_area``)."""
    entry = _raw()["window"][name]
    return WindowRule(
        name=name,
        clause=entry.get("clause"),
        start=_month_day(entry["start"], f"window.{name}.start"),
        end=_month_day(entry["end"], f"window.{name}.end"),
    )


def tt124_window(year: int) -> Period:
    """Communes, agencies, enterprises, schools: 16/11 of Y-1 to 15/11 of Y (TT124.D8.K2.b)."""
    return window_rule("general").of(year)


@cache
def _quarter_one() -> tuple[tuple[int, int], tuple[int, int]]:
    entry = _raw()["quarter_one"]
    return _month_day(entry["start"], "quarter_one.start"), _month_day(
        entry["end"], "quarter_one.end"
    )


def q1(year: int) -> Period:
    """The first quarter of year Y, 1 January to 31 March: when the acts that open the year
    are due (``docs/rules.md``)."""
    start, end = _quarter_one()
    return Period(date(year, *start), date(year, *end))


def deadline(name: str, year: int, *, day_before: bool) -> date:
    """The last day a decision of evaluation year ``year`` may be dated (``residential_area``:
    before 15 November; ``general``: before 20 November): the day before that day
    (``day_before``), or that day itself."""
    entry = _raw()["deadline"][name]
    month, day = _month_day(entry["before"], f"deadline.{name}.before")
    last = date(year, month, day)
    return last - timedelta(days=1) if day_before else last
