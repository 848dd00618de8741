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
from typing import cast

import attrs

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.errors import InvalidQuery, NoRuleVersion
from antq_compliance.domain.facts import Fact, ProfileChanged, SubjectRegistered
from antq_compliance.domain.record import communes_of
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.projections.reports.aggregate import figures
from antq_compliance.projections.reports.area import (
    Area,
    CommuneSpec,
    Place,
    ambiguity,
    names_commune,
)
from antq_compliance.projections.reports.figures import (
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
)
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.interpretation import differences
from antq_compliance.regulation.rulebook import Rulebook

__all__ = [
    "ReportProjection",
    "StaleProjection",
    "StreamReader",
    "build_report",
    "streams_in_memory",
]


class StaleProjection(ReportError):
    """The projection names facts the log does not hold: it was built from another log (a
    saved state outliving its log); rebuild it."""


# --- the projection ---------------------------------------------------------------------------

StreamReader = Callable[[Sequence[str]], Mapping[str, Sequence[Fact]]]
"""Reads the streams of several units: ``subjects -> {subject: its facts in stream order}``
(``Ledger.report_projection`` binds the log's ``read_many``)."""

_Key = tuple[int, date, datetime | None, str, bool, str | None]
"""A question: year, as_of, known_at, province, former, commune (as asked)."""
_Places = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""Province names, commune names and commune codes a unit's profile has used."""

_READ_BATCH = 64
"""Units whose streams are read (and evaluated, then dropped) at a time by a report."""

_STATE_VERSION = 1
"""The shape of :meth:`ReportProjection.state`; a saved state of another shape is rebuilt."""

_CACHED_QUESTIONS = 4
"""Questions whose units' contributions a projection keeps (memory: a few reports' worth)."""


@attrs.define(slots=True)
class _UnitIndex:
    """What the projection keeps of one unit: no fact, only where to find and place it."""

    facts: int
    """How many facts of its stream the projection has applied (its stream is read up to
    there, so a report never sees facts recorded after the projection's position)."""
    places: _Places
    """Every province, commune name and commune code its profile has named (retracted ones
    included): the unit may be in an area only if some combination of them is."""


def _added(names: tuple[str, ...], *more: str | None) -> tuple[str, ...]:
    for name in more:
        if name and name not in names:
            names = (*names, name)
    return names


@attrs.define
class ReportProjection:
    """Where each unit can be, maintained fact by fact; a report reads the streams of the
    units that may be in its area, evaluates them and aggregates their contributions.

    ``apply`` takes facts in log order with their log position; a position already applied is
    ignored (exactly-once by position). The projection holds no fact: per unit, how many of its
    facts it has applied and the names and codes of the places its profile has used
    (``docs/reports.md``, "Memory"), and per commune code the units ever placed on its
    territory (a commune is evaluated with their facts, TT124.D5.K4). ``streams`` reads units'
    streams at report time; each is cut to the facts applied, so a report answers as of the
    projection's position. The contributions of the last few questions are kept; a unit's are
    dropped when a fact of that unit arrives, and so are those of the communes it is on.
    """

    rulebook: Rulebook = DEFAULT_RULEBOOK
    units: AdminUnits = attrs.Factory(admin_units)
    position: int = 0
    streams: StreamReader | None = None
    evaluated_streams: StreamReader | None = attrs.field(default=None, eq=False)
    """Reads the streams of the units a report evaluates, if not with ``streams``: it may
    leave their personal values sealed until read (``EventLog.read_many(lazy=True)``), since a
    report quotes none but through its statuses' reasons. The units on a commune's territory
    are read with ``streams``, opened: a commune's rules copy them (TT124.D5.K2-4)."""
    _index: dict[str, _UnitIndex] = attrs.field(factory=dict, init=False)
    _shared: dict[_Places, _Places] = attrs.field(factory=dict, init=False)
    """Identical places tuples, shared between units (most units never move)."""
    _members: dict[str, set[str]] = attrs.field(factory=dict, init=False)
    """Commune code -> the units ever placed on its territory (``communes_of``)."""
    _cache: dict[_Key, dict[str, _UnitYear | None]] = attrs.field(factory=dict, init=False)
    """Per recent question: the contribution of each unit that may be in its area."""

    def apply(self, position: int, fact: Fact) -> None:
        if position <= self.position:
            return
        self.position = position
        self._apply(fact)

    def apply_stream(self, facts: Sequence[Fact]) -> None:
        """Apply one unit's facts, its stream up to some position, in stream order: for a
        projection built from streams (each unit's once) rather than from the log; the caller
        then sets the position they reach with :meth:`reach`. Only on a projection at
        position 0 (a unit's order is the log's, other units' facts do not matter to it)."""
        if self.position:
            raise ValueError("apply_stream builds a projection from empty; this one is not")
        for fact in facts:
            self._apply(fact)

    def reach(self, position: int) -> None:
        """Set the position the streams given to :meth:`apply_stream` reach."""
        self.position = max(self.position, position)

    def count(self, position: int, subject: str) -> None:
        """Apply a fact of ``subject`` at ``position`` that names no place (neither a
        registration nor a profile change): it is only counted, so it need not be decoded
        (``EventLog.scan_places``)."""
        if position <= self.position:
            return
        self.position = position
        self._drop(subject, self._counted(subject))

    def _counted(self, subject: str) -> _UnitIndex:
        entry = self._index.get(subject)
        if entry is None:
            entry = self._index[subject] = _UnitIndex(facts=0, places=((), (), ()))
        entry.facts += 1
        return entry

    def _drop(self, subject: str, entry: _UnitIndex) -> None:
        """Forget the cached contributions a new fact of ``subject`` may change."""
        if not self._cache:
            return
        dropped = (subject, *entry.places[2])
        for contributions in self._cache.values():
            for unit in dropped:
                contributions.pop(unit, None)

    def _apply(self, fact: Fact) -> None:
        entry = self._counted(fact.subject)
        data = fact.data
        if isinstance(data, SubjectRegistered | ProfileChanged):
            provinces, communes, codes = entry.places
            codes = _added(codes, *sorted(communes_of([fact])))
            if isinstance(data, SubjectRegistered) and data.kind is SubjectKind.COMMUNE:
                codes = _added(codes, fact.subject)
            own = data.name if fact.subject in codes else None  # a commune's own name
            places = (
                _added(provinces, data.province),
                _added(communes, data.commune, own),
                codes,
            )
            if places != entry.places:
                entry.places = self._shared.setdefault(places, places)
            for code in communes_of([fact]):
                self._members.setdefault(code, set()).add(fact.subject)
        self._drop(fact.subject, entry)

    def known_units(self) -> list[str]:
        """The units the projection has met (those whose later facts it may be given)."""
        return list(self._index)

    def apply_all(self, rows: Iterable[tuple[int, Fact]]) -> ReportProjection:
        for position, fact in rows:
            self.apply(position, fact)
        return self

    def state(self) -> dict[str, object]:
        """What the projection keeps, as plain JSON values (no fact, no cached answer): saved
        between processes (``store.status_view``) and brought back with :meth:`restore`."""
        shared = list(self._shared)
        number = {places: i for i, places in enumerate(shared)}
        return {
            "version": _STATE_VERSION,
            "position": self.position,
            "places": [[list(part) for part in places] for places in shared],
            "units": {s: [e.facts, number[e.places]] for s, e in self._index.items()},
            "members": {code: sorted(units) for code, units in self._members.items()},
        }

    def restore(self, state: Mapping[str, object]) -> bool:
        """Take back a :meth:`state` (replacing what the projection held); False, leaving it
        empty, when the state is of another version or malformed."""
        self.position, self._index, self._shared, self._members = 0, {}, {}, {}
        self._cache = {}
        try:
            if state.get("version") != _STATE_VERSION:
                return False
            raw_places = cast(list[list[list[str]]], state["places"])
            places = [cast(_Places, tuple(tuple(part) for part in p)) for p in raw_places]
            self._shared = {p: p for p in places}
            units = cast(dict[str, list[int]], state["units"])
            self._index = {
                s: _UnitIndex(facts=int(n), places=places[i]) for s, (n, i) in units.items()
            }
            members = cast(dict[str, list[str]], state["members"])
            self._members = {code: set(subjects) for code, subjects in members.items()}
            self.position = int(cast(int, state["position"]))
        except (KeyError, IndexError, TypeError, ValueError):
            self.position, self._index, self._shared, self._members = 0, {}, {}, {}
            return False
        return True

    def _read(self, subjects: Sequence[str], *, evaluated: bool = False) -> dict[str, list[Fact]]:
        """The streams of ``subjects``, each cut to the facts the projection has applied;
        ``evaluated``: units a report evaluates (read with ``evaluated_streams`` if given)."""
        if self.streams is None:
            raise ReportError(
                "this projection cannot read the units' streams: make it with "
                "Ledger.report_projection() or give it streams="
            )
        reader = (self.evaluated_streams if evaluated else None) or self.streams
        read = reader(subjects) if subjects else {}
        out = {}
        for subject in subjects:
            applied = self._index[subject].facts
            facts = list(read.get(subject, ()))[:applied]
            if len(facts) < applied:
                raise StaleProjection(
                    f"unit {subject}: the log holds {len(facts)} of its facts, the "
                    f"projection has applied {applied}: it was built from another log"
                )
            out[subject] = facts
        return out

    def _territory(self, commune: str) -> dict[str, list[Fact]] | None:
        """The facts of the units on a commune's territory; None for another kind."""
        if commune not in self._index[commune].places[2]:
            return None
        members = sorted(self._members.get(commune, set()) - {commune})
        return self._read(members)

    def _contributions(self, key: _Key, subjects: Sequence[str]) -> dict[str, _UnitYear | None]:
        """The contribution of each of ``subjects`` to the question ``key``, kept from when it
        was last asked or from their streams (read a batch at a time; the facts are dropped
        once evaluated). A commune is evaluated with the streams of the units on its
        territory, read for it."""
        year, as_of, known_at = key[:3]
        cached = self._cache.pop(key, {})
        missing = [s for s in subjects if s not in cached]
        for start in range(0, len(missing), _READ_BATCH):
            read = self._read(missing[start : start + _READ_BATCH], evaluated=True)
            for subject, facts in read.items():
                try:
                    cached[subject] = _unit_year(
                        subject,
                        facts,
                        year,
                        as_of,
                        known_at,
                        self.rulebook,
                        others=self._territory(subject),
                    )
                except NoRuleVersion as exc:
                    raise NoReportData(f"no report for {year}: {exc}") from None
        kept = self._cache[key] = {s: cached[s] for s in subjects}  # most recent last
        while len(self._cache) > _CACHED_QUESTIONS:
            del self._cache[next(iter(self._cache))]
        return kept

    def provinces_in_log(self) -> tuple[str, ...]:
        """Every province name a unit's profile has used, sorted: the same whatever order the
        units were met in (a projection fed the log, one built from streams)."""
        names: set[str] = set()
        for entry in self._index.values():
            names.update(entry.places[0])
        return tuple(sorted(names))

    def _known_commune(self, spec: CommuneSpec) -> bool:
        """Some unit has been in the commune asked for (or the mapping names it)."""
        if spec.code is not None:
            return any(spec.code in places[2] for places in self._shared)
        recorded = (c for places in self._shared for c in places[1])
        return any(names_commune(c, spec.name) for c in recorded) or any(
            names_commune(c, spec.name) or names_commune(m.into, spec.name)
            for m in self.units.commune_mergers
            for _, c in m.members
        )

    def _area(self, province: str, year: int, former: bool, commune: str | None) -> Area:
        seen = self.provinces_in_log()
        try:
            name = self.units.canonical(province, seen)
        except UnknownAdminUnit:
            known = sorted({*self.units.known(), *seen})
            raise UnknownAdminUnit(
                f"unknown province {province!r}; known: {', '.join(known) or '(none)'}"
            ) from None
        spec = None if commune is None else CommuneSpec.parse(commune, (*self.units.known(), *seen))
        until = self.units.last_day(name) if former else None
        if former and spec is not None and spec.name is not None:
            ends = [d for d in (until, self.units.commune_last_day(name, spec.name)) if d]
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
        if spec is not None and not self._known_commune(spec):
            raise UnknownAdminUnit(f"unknown commune {commune!r} (no unit has been in it)")
        return Area(province=name, commune=spec, former=former, until=until, units=self.units)

    def _candidates(self, area: Area) -> list[str]:
        """The units that may be in ``area`` on some day, ordered by identifier: a combination
        of the names and codes their profiles have used is in it (a superset of where they
        have been)."""
        inside: dict[_Places, bool] = {}

        def may_be_in(places: _Places) -> bool:
            if places not in inside:
                provinces, communes, codes = places
                inside[places] = any(
                    area.contains((p, c, k))
                    for p in provinces
                    for c in (*communes, None)
                    for k in (*codes, None)
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

        ``as_of``: the business date facts happened by (default 31/12 of ``year``; for a
        former province, no later than its last day: units, verdicts and models are all read
        as of that day); ``known_at``: the recording instant they were known at (default:
        everything recorded). ``former``: the province as it was before a merger, not
        everything now in it. ``commune``: its name, its 5-digit code, or "name, province".
        """
        if known_at is not None and known_at.tzinfo is None:
            raise InvalidQuery("known_at must be timezone-aware")
        area = self._area(province, year, former, commune)
        asked = as_of or date(year, 12, 31)
        as_of = asked if area.until is None else min(asked, area.until)
        if self._index:
            try:  # as when every unit was evaluated: a year no rule version governs
                self.rulebook.for_year(year)
            except NoRuleVersion as exc:
                raise NoReportData(f"no report for {year}: {exc}") from None
        key = (year, as_of, known_at, area.province, former, commune)
        unit_rows, activity_rows, places = self._rows(
            area, self._contributions(key, self._candidates(area))
        )
        ambiguity(area, places)
        if not any(u.has_year_facts for u in unit_rows) and not activity_rows:
            place = f"{commune}, {area.province}" if commune else area.province
            raise NoReportData(
                f"no data for {place} in {year}: no fact of its units falls in that year"
            )
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
            as_of_asked=asked if asked != as_of else None,
            known_at=known_at,
            figures=figures(
                unit_rows,
                activity_rows,
                lambda u: u.evidence_on(area.unit_day(u.reference_day)),
            ),
            by_month=tuple(
                MonthRow(month=m, sessions=s, attendance=a) for m, (s, a) in months.items()
            ),
            until=area.until,
            interpretation=differences(self.rulebook.by_instrument("TT124").interpretation),
            communes=tuple(
                sorted(
                    (u.commune for u in unit_rows if u.commune is not None),
                    key=lambda c: c.subject,
                )
            ),
        )

    @staticmethod
    def _rows(
        area: Area, contributions: Mapping[str, _UnitYear | None]
    ) -> tuple[list[_UnitYear], list[tuple[_UnitYear, _Activity]], list[Place]]:
        """The units placed in the area, the activities that happened in it, and the places
        (as recorded) that put them there."""
        unit_rows: list[_UnitYear] = []
        activity_rows: list[tuple[_UnitYear, _Activity]] = []
        places: list[Place] = []
        for contribution in contributions.values():
            if contribution is None:  # not registered by as_of, or not recorded by known_at
                continue
            day = area.unit_day(contribution.reference_day)
            place = contribution.location_on(day)[1:]
            if contribution.registered_on <= day and area.contains(place):
                unit_rows.append(contribution)
                places.append(place)
            for activity in contribution.activities:
                place = contribution.location_on(activity.on)[1:]
                if area.counts_on(activity.on) and area.contains(place):
                    activity_rows.append((contribution, activity))
                    places.append(place)
        return unit_rows, activity_rows, places


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
