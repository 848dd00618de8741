"""The figures of a provincial report: keys, labels, values and the items behind them."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.domain.vocabulary import (
    IncidentKind,
    Ownership,
    Recipient,
    Status,
    SubjectKind,
    Verdict,
)

__all__ = [
    "FIGURE_KEYS",
    "KINDS",
    "AmbiguousCommune",
    "CommuneRow",
    "Figure",
    "Item",
    "ManagedUnit",
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


class AmbiguousCommune(ReportError):
    """A commune name that names more than one commune of the province asked for."""


# --- figures ----------------------------------------------------------------------------------

_OWNERSHIPS = tuple(Ownership)
_GROUPS: tuple[str, ...] = (*(o.value for o in _OWNERSHIPS), "agency")
"""The groups of Article 6 units: enterprises by ownership, and agencies."""

KINDS: tuple[SubjectKind, ...] = (
    SubjectKind.RESIDENTIAL_AREA,
    SubjectKind.COMMUNE,
    SubjectKind.AGENCY,
    SubjectKind.ENTERPRISE,
    SubjectKind.EDUCATIONAL_INSTITUTION,
)
"""The kinds of subject, in the order of the circular's articles (4, 5, 6, 6, 7)."""

_KIND_KEYS: tuple[str, ...] = tuple(k.value for k in KINDS if k is not SubjectKind.AGENCY)
"""The kinds with figures of their own besides the groups (``agency`` is both)."""

_COUNTED = ("units", "registered", "recognised")

_ORDER: tuple[str, ...] = (
    "residential_area",
    "commune",
    "agency",
    "enterprise",
    *(o.value for o in _OWNERSHIPS),
    "educational_institution",
)
"""The groups and kinds counted, in report order: by article, enterprises then by ownership."""

FIGURE_KEYS: tuple[str, ...] = (
    *(key for head in _COUNTED for key in (f"{head}.total", *(f"{head}.{g}" for g in _ORDER))),
    "sessions",
    "attendance",
    "models.units_effective",
    "models.established",
    "festival_days",
    *(f"verdicts.{v.value}" for v in Verdict),
    *(f"verdicts.{k.value}.{v.value}" for k in KINDS for v in Verdict),
    *(f"communes.clause4_{s.value}" for s in (Status.MET, Status.NOT_MET, Status.PENDING)),
    "incidents.total",
    *(f"incidents.{c.value}" for c in IncidentKind),
    "commendations.total",
    *(f"commendations.{r.value}" for r in Recipient),
)
"""Every figure of a report, in report order. These keys are part of the JSON output. A
commune's own figure, ``communes.<its 5-digit code>``, is asked for by key too
(:meth:`ProvinceReport.figure`)."""

_PLAIN_LABELS: dict[str, tuple[str, str]] = {
    "units.total": ("Đơn vị thuộc đối tượng", "Units in scope"),
    "registered.total": ("Đăng ký tiêu chuẩn: tổng số", "Registered for the standard: all"),
    "recognised.total": ("Được công nhận đạt tiêu chuẩn: tổng số", "Recognised: all"),
    "sessions": ("Buổi tuyên truyền trực tiếp", "Direct propaganda sessions"),
    "attendance": ("Lượt người dự tuyên truyền", "Attendances at propaganda sessions"),
    "models.units_effective": (
        "Đơn vị có mô hình hoạt động hiệu quả",
        "Units with an effective movement model",
    ),
    "models.established": ("Mô hình xây dựng trong năm", "Movement models established"),
    "festival_days": ("Ngày hội toàn dân bảo vệ ANTQ", "Festival days held"),
    "communes.clause4_met": (
        "Xã, phường đạt khoản 4 Điều 5 (100% đăng ký, từ 70% được công nhận)",
        "Communes meeting Art. 5 cl. 4 (all registered, 70% or more recognised)",
    ),
    "communes.clause4_not_met": (
        "Xã, phường chưa đạt khoản 4 Điều 5",
        "Communes not meeting Art. 5 cl. 4",
    ),
    "communes.clause4_pending": (
        "Xã, phường chưa kết luận khoản 4 Điều 5",
        "Communes whose Art. 5 cl. 4 is not yet concluded",
    ),
    "incidents.total": ("Vụ việc phát hiện", "Incidents detected"),
    "commendations.total": ("Khen thưởng", "Commendations"),
}

_COUNTED_LABELS = {
    "units": ("Thuộc đối tượng", "In scope"),
    "registered": ("Đăng ký tiêu chuẩn", "Registered for the standard"),
    "recognised": ("Được công nhận đạt tiêu chuẩn", "Recognised"),
}

_PLURAL_EN = {
    "agency": "agencies",
    "residential_area": "residential areas",
    "commune": "communes",
    "enterprise": "enterprises",
    "educational_institution": "educational institutions",
}


def _group_label(group: str, lang: str) -> str:
    if group in _GROUPS and group != "agency":
        return Ownership(group).label(lang)
    return SubjectKind(group).label(lang)


def _group_plural_en(group: str) -> str:
    return _PLURAL_EN.get(group) or f"{_group_label(group, 'en')} enterprises"


def figure_label(key: str, lang: str = "vi") -> str:
    """The figure's label in Vietnamese (default) or English."""
    if key in _PLAIN_LABELS:
        vi, en = _PLAIN_LABELS[key]
        return vi if lang == "vi" else en
    head, _, tail = key.partition(".")
    if head in _COUNTED and (tail in _GROUPS or tail in _KIND_KEYS):
        vi, en = _COUNTED_LABELS[head]
        if lang == "vi":
            return f"{vi}: {_group_label(tail, lang)}"
        return f"{en}: {_group_plural_en(tail)}"
    if head == "verdicts":
        kind, _, verdict_key = tail.rpartition(".")
        verdict = Verdict(verdict_key) if verdict_key in {v.value for v in Verdict} else None
        if verdict is not None and kind in {k.value for k in KINDS}:
            if lang == "vi":
                return f"Kết quả ({SubjectKind(kind).label('vi')}): {verdict.label_vi}"
            return f"Verdict ({_PLURAL_EN[kind]}): {verdict.label_en}"
        if verdict is not None and not kind:
            vi, en = f"Kết quả: {verdict.label_vi}", f"Verdict: {verdict.label_en}"
            return vi if lang == "vi" else en
    if head == "communes" and tail.isdigit() and len(tail) == 5:
        if lang == "vi":
            return f"Xã, phường {tail}: đơn vị do xã quản lý được công nhận"
        return f"Commune {tail}: units it manages that were recognised"
    if head == "incidents" and tail in {c.value for c in IncidentKind}:
        category = IncidentKind(tail)
        return f"Vụ việc: {category.label_vi}" if lang == "vi" else f"Incident: {category.label_en}"
    if head == "commendations" and tail in {r.value for r in Recipient}:
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
    """One figure of a provincial report: its key (``registered.private``; the keys are
    ``FIGURE_KEYS``), its value, the denominator of its share where it has one, and the items
    behind it (the units, with the fact ids, that ``--explain`` lists)."""

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
class ManagedUnit:
    """A unit a commune manages (TT124.D5.K4) and where it stands for the year."""

    subject: str
    name: str
    kind: SubjectKind
    registrations: tuple[str, ...]
    """Its registrations for the year, by the reference day."""
    decision: str | None
    """Its standing recognition decision for the year (the last one), as of the report."""
    recognised: bool


@attrs.frozen(kw_only=True)
class CommuneRow:
    """A commune of the area and its clause 4: the units it manages, registered and
    recognised, and the status the criterion ``TT124.D5.K4`` gave (the same evaluation)."""

    subject: str
    name: str
    status: Status
    units: tuple[ManagedUnit, ...]
    evidence: tuple[str, ...]
    """The criterion's evidence (``subject/fact id`` of each unit's registration and
    decision)."""

    @property
    def managed(self) -> int:
        return len(self.units)

    @property
    def registered(self) -> int:
        return sum(1 for u in self.units if u.registrations)

    @property
    def recognised(self) -> int:
        return sum(1 for u in self.units if u.recognised)

    @property
    def ratio(self) -> str:
        """``registered/managed · recognised/managed (share)``: the clause's two tests."""
        if not self.units:
            return "0/0 · 0/0"
        share = 100 * self.recognised // self.managed
        return f"{self.registered}/{self.managed} · {self.recognised}/{self.managed} ({share}%)"

    def figure(self) -> Figure:
        """``communes.<code>``: its recognised units out of those it manages; each item a
        unit, with its registrations and decision."""
        items = tuple(
            Item(
                subject=u.subject,
                name=u.name,
                events=(*u.registrations, *((u.decision,) if u.decision else ())),
                detail=", ".join(
                    [
                        u.kind.value,
                        "registered" if u.registrations else "not_registered",
                        "recognised"
                        if u.recognised
                        else "not_recognised"
                        if u.decision
                        else "no_decision",
                    ]
                ),
            )
            for u in self.units
        )
        return Figure(
            key=f"communes.{self.subject}", value=self.recognised, items=items, of=self.managed
        )


@attrs.frozen(kw_only=True)
class ProvinceReport:
    """The movement's figures for a province (or one commune of it) and a year, as of a
    business date and a recording instant: the figures with the units behind them, the months'
    sessions and attendances, and each commune's clause 4 (``TT124.D5.K4``). A former province
    (``former``) is read as it was, up to its last day (``until``)."""

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
    as_of_asked: date | None = None
    """When the report was read as of an earlier day than asked (a former province's last
    day): the day asked for (or 31/12 of the year by default); None otherwise."""
    interpretation: tuple[tuple[str, str], ...] = ()
    """The readings of the text the verdicts and figures were evaluated under, where they
    differ from the defaults of ``docs/rules.md`` (as ``RuleRef.interpretation``)."""
    communes: tuple[CommuneRow, ...] = ()
    """The communes of the area, by code, with their clause 4 (``TT124.D5.K4``)."""

    def figure(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        for row in self.communes:
            if key == f"communes.{row.subject}":
                return row.figure()
        codes = ", ".join(f"communes.{c.subject}" for c in self.communes)
        more = f"; or a commune's: {codes}" if codes else ""
        raise UnknownFigure(f"unknown figure {key!r}; one of: {', '.join(FIGURE_KEYS)}{more}")

    def value(self, key: str) -> int:
        return self.figure(key).value
