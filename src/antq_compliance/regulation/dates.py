"""Named days of the regulation (``regulation/data/dates.toml``), each typed once.

Code and data name a day (``reorganisation_2025``) instead of typing its date; a data file may
also say ``"day before reorganisation_2025"``. Pure: the file is read once, nothing reads a clock.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

import attrs

__all__ = ["NamedDay", "day", "day_before", "named_days", "resolve"]

_BEFORE = "day before "


@attrs.frozen(kw_only=True)
class NamedDay:
    name: str
    date: date
    vi: str
    en: str
    source: str = ""


@cache
def named_days() -> dict[str, NamedDay]:
    """Every named day of the data, by name."""
    text = resources.files("antq_compliance.regulation").joinpath("data/dates.toml")
    raw = tomllib.loads(text.read_text("utf-8"))
    out: dict[str, NamedDay] = {}
    for name, entry in raw.get("day", {}).items():
        value = entry.get("date")
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValueError(f"dates.toml: day {name!r}: date = {value!r} is not a TOML date")
        out[name] = NamedDay(
            name=name,
            date=value,
            vi=entry["vi"],
            en=entry["en"],
            source=entry.get("source", ""),
        )
    return out


def day(name: str) -> date:
    """The date of the named day ``name``."""
    try:
        return named_days()[name].date
    except KeyError:
        raise ValueError(f"no named day {name!r} in dates.toml") from None


def day_before(name: str) -> date:
    """The last day before the named day ``name``."""
    return day(name) - timedelta(days=1)


def resolve(value: object, where: str) -> date:
    """A date given in a data file: a TOML date, a named day, or ``"day before <name>"``."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        if value.startswith(_BEFORE):
            return day_before(value.removeprefix(_BEFORE))
        return day(value)
    raise ValueError(f"{where}: {value!r} is neither a TOML date nor the name of a day")
