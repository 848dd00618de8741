"""The figures of a provincial report: keys, labels, values and the items behind them."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.domain.vocabulary import (
    IncidentKind,
    Ownership,
    Recipient,
    SubjectKind,
    Verdict,
)

__all__ = [
    "FIGURE_KEYS",
    "Figure",
    "Item",
    "MonthRow",
    "NoReportData",
    "ProvinceReport",
    "ReportError",
    "UnknownFigure",
    "figure_label",
]


class ReportError(InvalidQuery):
    """A report that cannot be made as asked (a province no longer current, a year without
    data, an unknown figure)."""


class NoReportData(ReportError):
    """No fact of the area's units falls in the year asked for."""


class UnknownFigure(ReportError, LookupError):
    pass


# --- figures ----------------------------------------------------------------------------------

_OWNERSHIPS = tuple(Ownership)
_GROUPS: tuple[str, ...] = (*(o.value for o in _OWNERSHIPS), "agency")

FIGURE_KEYS: tuple[str, ...] = (
    "units.total",
    *(f"units.{g}" for g in _GROUPS),
    *(f"registered.{g}" for g in _GROUPS),
    "sessions",
    "attendance",
    "models.units_effective",
    "models.established",
    "festival_days",
    *(f"verdicts.{v.value}" for v in Verdict),
    "incidents.total",
    *(f"incidents.{c.value}" for c in IncidentKind),
    "commendations.total",
    *(f"commendations.{r.value}" for r in Recipient),
)
"""Every figure of a report, in report order. These keys are part of the JSON output."""

_PLAIN_LABELS: dict[str, tuple[str, str]] = {
    "units.total": ("Đơn vị thuộc đối tượng", "Units in scope"),
    "sessions": ("Buổi tuyên truyền trực tiếp", "Direct propaganda sessions"),
    "attendance": ("Lượt người dự tuyên truyền", "Attendances at propaganda sessions"),
    "models.units_effective": (
        "Đơn vị có mô hình hoạt động hiệu quả",
        "Units with an effective movement model",
    ),
    "models.established": ("Mô hình xây dựng trong năm", "Movement models established"),
    "festival_days": ("Ngày hội toàn dân bảo vệ ANTQ", "Festival days held"),
    "incidents.total": ("Vụ việc phát hiện", "Incidents detected"),
    "commendations.total": ("Khen thưởng", "Commendations"),
}


def _group_label(group: str, lang: str) -> str:
    return SubjectKind.AGENCY.label(lang) if group == "agency" else Ownership(group).label(lang)


def figure_label(key: str, lang: str = "vi") -> str:
    """The figure's label in Vietnamese (default) or English."""
    if key in _PLAIN_LABELS:
        vi, en = _PLAIN_LABELS[key]
        return vi if lang == "vi" else en
    head, _, tail = key.partition(".")
    if head == "units" and tail in _GROUPS:
        if lang == "vi":
            return f"Thuộc đối tượng: {_group_label(tail, lang)}"
        kind = "agencies" if tail == "agency" else f"{_group_label(tail, lang)} enterprises"
        return f"In scope: {kind}"
    if head == "registered" and tail in _GROUPS:
        if lang == "vi":
            return f"Đăng ký tiêu chuẩn: {_group_label(tail, lang)}"
        kind = "agencies" if tail == "agency" else f"{_group_label(tail, lang)} enterprises"
        return f"Registered for the standard: {kind}"
    if head == "verdicts":
        verdict = Verdict(tail)
        return f"Kết quả: {verdict.label_vi}" if lang == "vi" else f"Verdict: {verdict.label_en}"
    if head == "incidents":
        category = IncidentKind(tail)
        return f"Vụ việc: {category.label_vi}" if lang == "vi" else f"Incident: {category.label_en}"
    if head == "commendations":
        recipient = Recipient(tail)
        return (
            f"Khen thưởng: {recipient.label_vi}"
            if lang == "vi"
            else f"Commendations: {recipient.label_en}"
        )
    raise UnknownFigure(f"unknown figure {key!r}")


@attrs.frozen(kw_only=True)
class Item:
    """One thing a figure counts: a unit, or one of its facts, with the fact ids behind it."""

    subject: str
    name: str
    events: tuple[str, ...]
    value: int = 1
    detail: str = ""
    """Clause ids or a category, where that says why the item is here."""


@attrs.frozen(kw_only=True)
class Figure:
    key: str
    value: int
    items: tuple[Item, ...]
    of: int | None = None
    """The denominator of a share (registrations: the in-scope units of the same group)."""

    @property
    def share(self) -> float | None:
        """``value / of`` (None without a denominator, or when it is zero)."""
        return None if not self.of else self.value / self.of

    def label(self, lang: str = "vi") -> str:
        return figure_label(self.key, lang)


@attrs.frozen(kw_only=True)
class MonthRow:
    month: int
    sessions: int
    attendance: int


@attrs.frozen(kw_only=True)
class ProvinceReport:
    province: str
    commune: str | None
    former: bool
    covers: tuple[str, ...]
    """The provinces (as they were named) whose territory the report covers."""
    year: int
    as_of: date
    known_at: datetime | None
    figures: tuple[Figure, ...]
    by_month: tuple[MonthRow, ...]
    until: date | None = None
    """For a former province: the last day it existed as itself."""
    interpretation: tuple[tuple[str, str], ...] = ()
    """The readings of the text the verdicts and figures were evaluated under, where they
    differ from the defaults of ``docs/rules.md`` (as ``RuleRef.interpretation``)."""

    def figure(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise UnknownFigure(f"unknown figure {key!r}; one of: {', '.join(FIGURE_KEYS)}")

    def value(self, key: str) -> int:
        return self.figure(key).value
