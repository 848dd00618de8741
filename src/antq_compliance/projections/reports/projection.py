"""Provincial reports: the movement's figures per province (or commune) and year, from the log.

Every figure is computed from facts, and lists the units and fact ids behind it
(:attr:`Figure.items`). Corrections are applied by
:func:`~antq_compliance.domain.record.build_record`
and verdicts come from :func:`~antq_compliance.regulation.evaluation.evaluate`, so the figures and
the
verdicts read the same record. Definitions: ``docs/reports.md``.

Which year a fact counts in is decided by business dates: its ``year`` field where it has one
(a registration for the standard), else the calendar year of ``occurred_on``. Verdicts are those
of the evaluation year. Where a unit counts is read from its profile on the day that matters
(the fact's day for activities, the evaluation's reference day for the unit itself) and
resolved through the dated mapping of :mod:`antq_compliance.regulation.admin_units`, so a unit
keeps its
history across the 2025 reorganisation.

:class:`ReportProjection` is the projection: fed (position, fact) pairs in log order
(exactly-once by position), it keeps no fact, only per unit how many of its facts it has
applied and the places its profile has named. A report reads the streams of the units that may
be in its area (up to the projection's position, through the :data:`StreamReader` it is given),
evaluates them as the criteria do and keeps the contributions of its last few questions;
rebuilt from the log or maintained live, it gives the same report. Pure: no store (the reader
is passed in), no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime

import attrs

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.errors import InvalidQuery, NoRuleVersion
from antq_compliance.domain.facts import Fact, ProfileChanged, SubjectRegistered
from antq_compliance.domain.vocabulary import IncidentKind, Recipient, Verdict
from antq_compliance.projections.reports.figures import (
    _GROUPS,
    FIGURE_KEYS,
    Figure,
    Item,
    MonthRow,
    NoReportData,
    ProvinceReport,
    ReportError,
)
from antq_compliance.projections.reports.units import _Activity, _unit_year, _UnitYear
from antq_compliance.regulation.admin_units import (
    AdminUnits,
    UnknownAdminUnit,
    admin_units,
    same_name,
)
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.interpretation import differences
from antq_compliance.regulation.rulebook import Rulebook

__all__ = ["ReportProjection", "StreamReader", "build_report", "streams_in_memory"]

# --- the area a report covers ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Area:
    province: str
    commune: str | None
    former: bool
    until: date | None
    units: AdminUnits

    def contains(self, location: tuple[str, str | None]) -> bool:
        province, commune = location
        if self.former:
            if not same_name(province, self.province):
                return False
            return self.commune is None or same_name(commune, self.commune)
        if self.commune is None:
            return same_name(self.units.current(province), self.province)
        if commune is None:
            return False
        now = self.units.current_commune(province, commune)
        return same_name(now[0], self.province) and same_name(now[1], self.commune)

    def unit_day(self, reference_day: date) -> date:
        return reference_day if self.until is None else min(reference_day, self.until)

    def counts_on(self, day: date) -> bool:
        return self.until is None or day <= self.until


# --- the projection ---------------------------------------------------------------------------

StreamReader = Callable[[Sequence[str]], Mapping[str, Sequence[Fact]]]
"""Reads the streams of several units: ``subjects -> {subject: its facts in stream order}``
(``Ledger.report_projection`` binds the log's ``read_many``)."""

_Key = tuple[int, date, datetime | None, str, bool, str | None]
"""A question: year, as_of, known_at, province, former, commune."""
_Places = tuple[tuple[str, ...], tuple[str, ...]]

_READ_BATCH = 64
"""Units whose streams are read (and evaluated, then dropped) at a time by a report."""

_CACHED_QUESTIONS = 4
"""Questions whose units' contributions a projection keeps (memory: a few reports' worth)."""


@attrs.define(slots=True)
class _UnitIndex:
    """What the projection keeps of one unit: no fact, only where to find and place it."""

    facts: int
    """How many facts of its stream the projection has applied (its stream is read up to
    there, so a report never sees facts recorded after the projection's position)."""
    places: _Places
    """Every province and every commune its profile has named (retracted ones included):
    the unit may be in an area only if some (province, commune or none) pair of them is."""


def _added(names: tuple[str, ...], name: str | None) -> tuple[str, ...]:
    return names if not name or name in names else (*names, name)


@attrs.define
class ReportProjection:
    """Where each unit can be, maintained fact by fact; a report reads the streams of the
    units that may be in its area, evaluates them and aggregates their contributions.

    ``apply`` takes facts in log order with their log position; a position already applied is
    ignored (exactly-once by position). The projection holds no fact: per unit, how many of its
    facts it has applied and the province and commune names its profile has used
    (``docs/reports.md``, "Memory"). ``streams`` reads units' streams at report time; each is
    cut to the facts applied, so a report answers as of the projection's position. The
    contributions of the last few questions are kept, and a unit's are dropped when a fact of
    that unit arrives.
    """

    rulebook: Rulebook = DEFAULT_RULEBOOK
    units: AdminUnits = attrs.Factory(admin_units)
    position: int = 0
    streams: StreamReader | None = None
    _index: dict[str, _UnitIndex] = attrs.field(factory=dict, init=False)
    _shared: dict[_Places, _Places] = attrs.field(factory=dict, init=False)
    """Identical places tuples, shared between units (most units never move)."""
    _cache: dict[_Key, dict[str, _UnitYear | None]] = attrs.field(factory=dict, init=False)
    """Per recent question: the contribution of each unit that may be in its area."""

    def apply(self, position: int, fact: Fact) -> None:
        if position <= self.position:
            return
        self.position = position
        entry = self._index.get(fact.subject)
        if entry is None:
            entry = self._index[fact.subject] = _UnitIndex(facts=0, places=((), ()))
        entry.facts += 1
        data = fact.data
        if isinstance(data, SubjectRegistered | ProfileChanged):
            provinces, communes = entry.places
            places = (_added(provinces, data.province), _added(communes, data.commune))
            if places != entry.places:
                entry.places = self._shared.setdefault(places, places)
        for contributions in self._cache.values():
            contributions.pop(fact.subject, None)

    def apply_all(self, rows: Iterable[tuple[int, Fact]]) -> ReportProjection:
        for position, fact in rows:
            self.apply(position, fact)
        return self

    def _contributions(self, key: _Key, subjects: Sequence[str]) -> dict[str, _UnitYear | None]:
        """The contribution of each of ``subjects`` to the question ``key``, kept from when it
        was last asked or from their streams (read a batch at a time; the facts are dropped
        once evaluated)."""
        year, as_of, known_at = key[:3]
        cached = self._cache.pop(key, {})
        missing = [s for s in subjects if s not in cached]
        if missing and self.streams is None:
            raise ReportError(
                "this projection cannot read the units' streams: make it with "
                "Ledger.report_projection() or give it streams="
            )
        for start in range(0, len(missing), _READ_BATCH):
            batch = missing[start : start + _READ_BATCH]
            read = self.streams(batch) if self.streams is not None else {}
            for subject in batch:
                applied = self._index[subject].facts
                facts = list(read.get(subject, ()))[:applied]
                if len(facts) < applied:
                    raise ReportError(
                        f"unit {subject}: the log holds {len(facts)} of its facts, the "
                        f"projection has applied {applied}: it was built from another log"
                    )
                try:
                    cached[subject] = _unit_year(
                        subject, facts, year, as_of, known_at, self.rulebook
                    )
                except NoRuleVersion as exc:
                    raise NoReportData(f"no report for {year}: {exc}") from None
        kept = self._cache[key] = {s: cached[s] for s in subjects}  # most recent last
        while len(self._cache) > _CACHED_QUESTIONS:
            del self._cache[next(iter(self._cache))]
        return kept

    def provinces_in_log(self) -> tuple[str, ...]:
        """Every province name a unit's profile has used, in first-seen order."""
        names: dict[str, None] = {}
        for entry in self._index.values():
            names.update(dict.fromkeys(entry.places[0]))
        return tuple(names)

    def _area(self, province: str, year: int, former: bool, commune: str | None) -> _Area:
        seen = self.provinces_in_log()
        try:
            name = self.units.canonical(province, seen)
        except UnknownAdminUnit:
            known = sorted({*self.units.known(), *seen})
            raise UnknownAdminUnit(
                f"unknown province {province!r}; known: {', '.join(known) or '(none)'}"
            ) from None
        until = self.units.last_day(name) if former else None
        if former and commune is not None:
            ends = [d for d in (until, self.units.commune_last_day(name, commune)) if d]
            until = min(ends, default=None)
        merged = self.units.merged_into(name)
        if not former and not self.units.is_current(name) and merged is not None:
            into, since = merged
            raise ReportError(
                f"{name} has been part of {into} since {fmt_date(since)}: ask for "
                f"{into!r} (everything now in it) or for the former province {name} as it was "
                "(--former)"
            )
        if until is not None and until < date(year, 1, 1):
            raise NoReportData(
                f"no data for the former province {name} in {year}: it existed until "
                f"{fmt_date(until)}"
            )
        if (
            commune is not None
            and not any(same_name(c, commune) for places in self._shared for c in places[1])
            and not any(
                same_name(c, commune) or same_name(m.into, commune)
                for m in self.units.commune_mergers
                for _, c in m.members
            )
        ):
            raise UnknownAdminUnit(f"unknown commune {commune!r} (no unit has been in it)")
        return _Area(province=name, commune=commune, former=former, until=until, units=self.units)

    def _candidates(self, area: _Area) -> list[str]:
        """The units that may be in ``area`` on some day, ordered by identifier: a pair of the
        names their profiles have used is in it (a superset of where they have been)."""
        inside: dict[_Places, bool] = {}

        def may_be_in(places: _Places) -> bool:
            if places not in inside:
                provinces, communes = places
                inside[places] = any(
                    area.contains((p, c)) for p in provinces for c in (*communes, None)
                )
            return inside[places]

        return sorted(s for s, entry in self._index.items() if may_be_in(entry.places))

    def report(
        self,
        province: str,
        year: int,
        *,
        as_of: date | None = None,
        known_at: datetime | None = None,
        former: bool = False,
        commune: str | None = None,
    ) -> ProvinceReport:
        """The figures of ``province`` (or one ``commune`` of it) for ``year``.

        ``as_of``: the business date facts happened by (default 31/12 of ``year``);
        ``known_at``: the recording instant they were known at (default: everything recorded).
        ``former``: the province as it was before a merger, not everything now in it.
        """
        if known_at is not None and known_at.tzinfo is None:
            raise InvalidQuery("known_at must be timezone-aware")
        as_of = as_of or date(year, 12, 31)
        area = self._area(province, year, former, commune)
        if self._index:
            try:  # as when every unit was evaluated: a year no rule version governs
                self.rulebook.for_year(year)
            except NoRuleVersion as exc:
                raise NoReportData(f"no report for {year}: {exc}") from None
        unit_rows: list[_UnitYear] = []
        activity_rows: list[tuple[_UnitYear, _Activity]] = []
        key = (year, as_of, known_at, area.province, former, commune)
        contributions = self._contributions(key, self._candidates(area))
        for contribution in contributions.values():
            if contribution is None:  # not registered by as_of, or not recorded by known_at
                continue
            day = area.unit_day(contribution.reference_day)
            if contribution.registered_on <= day and area.contains(contribution.location_on(day)):
                unit_rows.append(contribution)
            activity_rows += [
                (contribution, a)
                for a in contribution.activities
                if area.counts_on(a.on) and area.contains(contribution.location_on(a.on))
            ]
        if not any(u.has_year_facts for u in unit_rows) and not activity_rows:
            place = f"{commune}, {area.province}" if commune else area.province
            raise NoReportData(
                f"no data for {place} in {year}: no fact of its units falls in that year"
            )
        figures = _figures(area, unit_rows, activity_rows)
        months = {m: [0, 0] for m in range(1, 13)}
        for _, act in activity_rows:
            if act.kind == "session":
                months[act.on.month][0] += 1
                months[act.on.month][1] += act.value
        return ProvinceReport(
            province=area.province,
            commune=commune,
            former=former,
            covers=(area.province,) if former else self.units.members_of(area.province),
            year=year,
            as_of=as_of,
            known_at=known_at,
            figures=figures,
            by_month=tuple(
                MonthRow(month=m, sessions=s, attendance=a) for m, (s, a) in months.items()
            ),
            until=area.until,
            interpretation=differences(self.rulebook.by_instrument("TT124").interpretation),
        )


def _figures(
    area: _Area, units: list[_UnitYear], activities: list[tuple[_UnitYear, _Activity]]
) -> tuple[Figure, ...]:
    out: dict[str, Figure] = {}

    def unit_item(u: _UnitYear, events: tuple[str, ...], detail: str = "") -> Item:
        return Item(subject=u.subject, name=u.name, events=events, detail=detail)

    in_scope = [u for u in units if u.verdict is not Verdict.NOT_APPLICABLE]
    out["units.total"] = _count(
        "units.total",
        [unit_item(u, u.evidence_on(area.unit_day(u.reference_day))) for u in in_scope],
    )
    for group in _GROUPS:
        members = [u for u in in_scope if u.group == group]
        out[f"units.{group}"] = _count(
            f"units.{group}",
            [unit_item(u, u.evidence_on(area.unit_day(u.reference_day))) for u in members],
        )
        registered = [unit_item(u, u.registrations) for u in members if u.registrations]
        out[f"registered.{group}"] = attrs.evolve(
            _count(f"registered.{group}", registered), of=len(members)
        )
    sessions = [
        Item(subject=u.subject, name=u.name, events=(a.fact_id,), value=a.value)
        for u, a in activities
        if a.kind == "session"
    ]
    out["sessions"] = _count("sessions", sessions)
    out["attendance"] = Figure(
        key="attendance", value=sum(i.value for i in sessions), items=tuple(sessions)
    )
    out["models.units_effective"] = _count(
        "models.units_effective",
        [unit_item(u, u.model_evidence) for u in units if u.model_evidence is not None],
    )
    out["models.established"] = _count("models.established", _activity_items(activities, "model"))
    out["festival_days"] = _count("festival_days", _activity_items(activities, "festival"))
    for verdict in Verdict:
        out[f"verdicts.{verdict.value}"] = _count(
            f"verdicts.{verdict.value}",
            [
                unit_item(u, u.verdict_events, u.verdict_detail)
                for u in units
                if u.verdict is verdict
            ],
        )
    incidents = _activity_items(activities, "incident")
    out["incidents.total"] = _count("incidents.total", incidents)
    for category in IncidentKind:
        out[f"incidents.{category.value}"] = _count(
            f"incidents.{category.value}", [i for i in incidents if i.detail == category.value]
        )
    commendations = _activity_items(activities, "commendation")
    out["commendations.total"] = _count("commendations.total", commendations)
    for recipient in Recipient:
        out[f"commendations.{recipient.value}"] = _count(
            f"commendations.{recipient.value}",
            [i for i in commendations if i.detail == recipient.value],
        )
    return tuple(out[key] for key in FIGURE_KEYS)


def _count(key: str, items: list[Item]) -> Figure:
    return Figure(key=key, value=len(items), items=tuple(items))


def _activity_items(activities: list[tuple[_UnitYear, _Activity]], kind: str) -> list[Item]:
    return [
        Item(subject=u.subject, name=u.name, events=(a.fact_id,), detail=a.detail)
        for u, a in activities
        if a.kind == kind
    ]


def streams_in_memory(facts: Iterable[Fact]) -> StreamReader:
    """A :data:`StreamReader` over facts already in memory (in log order), for a projection
    that has no store behind it."""
    by_subject: dict[str, list[Fact]] = {}
    for fact in facts:
        by_subject.setdefault(fact.subject, []).append(fact)

    def read(subjects: Sequence[str]) -> dict[str, list[Fact]]:
        return {s: by_subject.get(s, []) for s in subjects}

    return read


def build_report(
    facts: Iterable[Fact],
    province: str,
    year: int,
    *,
    as_of: date | None = None,
    known_at: datetime | None = None,
    former: bool = False,
    commune: str | None = None,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    units: AdminUnits | None = None,
) -> ProvinceReport:
    """A one-off report from facts in log order (a fresh projection, queried once)."""
    facts = list(facts)
    projection = ReportProjection(
        rulebook=rulebook, units=units or admin_units(), streams=streams_in_memory(facts)
    )
    projection.apply_all(enumerate(facts, start=1))
    return projection.report(
        province, year, as_of=as_of, known_at=known_at, former=former, commune=commune
    )
