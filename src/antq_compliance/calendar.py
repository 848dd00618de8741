"""Dates of the evaluation cycle (TT124.D8.K2.b). Pure functions: nothing here reads a clock."""

from __future__ import annotations

from datetime import date

import attrs

__all__ = ["Period", "fmt_date", "q1", "tt124_window"]


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


def tt124_window(year: int) -> Period:
    """Enterprises, agencies, communes, schools: 16/11 of Y-1 to 15/11 of Y (TT124.D8.K2.b)."""
    return Period(date(year - 1, 11, 16), date(year, 11, 15))


def q1(year: int) -> Period:
    """First quarter of year Y: 1 January to 31 March (TT124.D8.K2.b reading of clause 6.1)."""
    return Period(date(year, 1, 1), date(year, 3, 31))


def fmt_date(day: date, lang: str) -> str:
    """``dd/mm/yyyy`` in Vietnamese text, ISO ``yyyy-mm-dd`` in English text."""
    return day.strftime("%d/%m/%Y") if lang == "vi" else day.isoformat()
