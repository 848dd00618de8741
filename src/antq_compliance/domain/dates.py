"""Business dates and recording instants: closed periods, Vietnam time, and the one way dates
are written in Vietnamese (``dd/mm/yyyy``) and English (ISO). Nothing here reads a clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import attrs

__all__ = [
    "VN",
    "Period",
    "end_of_day",
    "fmt_date",
    "fmt_instant",
    "local_date",
]

VN = timezone(timedelta(hours=7))
"""Vietnam time, UTC+7, no daylight saving: business dates are Vietnamese days, and a clerk's
wall-clock time without an offset is read in it."""


@attrs.frozen
class Period:
    """A closed interval of business dates, both ends included."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def closed_by(self, as_of: date) -> bool:
        """True once ``as_of`` (read as the end of that day) has reached the period's last day."""
        return as_of >= self.end


_VI_DAYS: dict[date, str] = {}
"""``dd/mm/yyyy`` of the days already written: reasons write the same few hundred days over and
over, and ``strftime`` is the slow part of a reason."""
_VI_DAYS_LIMIT = 8192


def fmt_date(day: date, lang: str = "vi") -> str:
    """``dd/mm/yyyy`` in Vietnamese text, ISO ``yyyy-mm-dd`` in English text."""
    if lang != "vi":
        return day.isoformat()
    text = _VI_DAYS.get(day)
    if text is None:
        if len(_VI_DAYS) >= _VI_DAYS_LIMIT:
            _VI_DAYS.clear()
        text = _VI_DAYS[day] = day.strftime("%d/%m/%Y")
    return text


def fmt_instant(moment: datetime, lang: str = "vi") -> str:
    """A recording instant in Vietnam time: ``dd/mm/yyyy hh:mm (UTC+7)`` in Vietnamese, ISO with
    its offset in English."""
    local = moment.astimezone(VN)
    return local.strftime("%d/%m/%Y %H:%M (UTC+7)") if lang == "vi" else local.isoformat()


def end_of_day(day: date) -> datetime:
    """The last instant of ``day`` in Vietnam time, in UTC: what was known "on" that day."""
    return datetime.combine(day, time.max, tzinfo=VN).astimezone(UTC)


def local_date(moment: datetime) -> date:
    """The Vietnamese business date of an instant."""
    return moment.astimezone(VN).date()
