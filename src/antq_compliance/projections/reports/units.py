"""One unit's contribution to a year's report, read from its record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

import attrs

from antq_compliance.domain.errors import BeforeSubjectExisted
from antq_compliance.domain.facts import (
    CommendationReceived,
    Fact,
    FestivalDayHeld,
    IncidentOccurred,
    MovementModelEstablished,
    ProfileChanged,
    PropagandaSessionHeld,
    RecognitionDecided,
    StandardRegistrationFiled,
    SubjectRegistered,
)
from antq_compliance.domain.record import Record, build_record, commune_code
from antq_compliance.domain.vocabulary import (
    DecisionOutcome,
    Ownership,
    Status,
    SubjectKind,
    Verdict,
)
from antq_compliance.projections.reports.figures import CommuneRow, ManagedUnit
from antq_compliance.regulation.criteria import Context
from antq_compliance.regulation.evaluation import evaluate_record
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.regulation.tt124.d05_communes import managed_units
from antq_compliance.regulation.tt124.d06_agencies_enterprises import effective_model

Location = tuple[date, str, str | None, str | None]
"""From a day on: the unit's province and commune as recorded, and its commune's 5-digit code
(``commune_code``; a residential area's prefix; a commune's own identifier) when known."""

# --- one unit's contribution to one year ------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Activity:
    """A dated fact that counts in the year where the unit was on its day."""

    fact_id: str
    kind: str  # session | festival | model | incident | commendation
    on: date
    value: int = 1
    detail: str = ""


@attrs.frozen(kw_only=True)
class _UnitYear:
    subject: str
    name: str
    kind: SubjectKind
    ownership: Ownership | None
    reference_day: date
    locations: tuple[Location, ...]
    """The unit's place from each day on; the first applies to every earlier day."""
    profile_evidence: tuple[tuple[date, tuple[str, ...]], ...]
    verdict: Verdict | None
    """None: the year's rule version sets no criteria for this kind (Circular 23 years for
    residential areas, communes and schools): the unit's activities count, it has no verdict."""
    verdict_events: tuple[str, ...]
    verdict_detail: str
    registrations: tuple[str, ...]
    recognition: tuple[str, ...]
    """Its standing decision for the year when it recognises the unit (as of the report)."""
    model_evidence: tuple[str, ...] | None
    activities: tuple[_Activity, ...]
    has_year_facts: bool
    commune: CommuneRow | None = None
    """For a commune: its clause 4, with the units it manages."""

    @property
    def registered_on(self) -> date:
        return self.locations[0][0]

    @property
    def group(self) -> str:
        """``agency``, or the enterprise's ownership; a subject of another kind: its kind."""
        if self.ownership is not None:
            return self.ownership.value
        return self.kind.value

    def location_on(self, day: date) -> Location:
        current = self.locations[0]
        for entry in self.locations:
            if entry[0] <= day:
                current = entry
        return current

    def evidence_on(self, day: date) -> tuple[str, ...]:
        current = self.profile_evidence[0][1]
        for since, ids in self.profile_evidence:
            if since <= day:
                current = ids
        return current


def _fact_year(fact: Fact) -> int:
    year = getattr(fact.data, "year", None)
    return year if isinstance(year, int) else fact.occurred_on.year


def _verdict_items(status: YearStatus) -> tuple[tuple[str, ...], str]:
    if status.verdict is Verdict.NOT_APPLICABLE:
        scope = status.scope
        return (scope.evidence, scope.id) if scope else ((), "")
    wanted = {
        Verdict.ACHIEVED: Status.MET,
        Verdict.NOT_ACHIEVED: Status.NOT_MET,
        Verdict.PENDING: Status.PENDING,
    }[status.verdict]
    chosen = [c for c in status.criteria if c.status is wanted]
    events = tuple(dict.fromkeys(e for c in chosen for e in c.evidence))
    detail = "" if status.verdict is Verdict.ACHIEVED else ", ".join(c.id for c in chosen)
    return events, detail


def _locations(record: Record) -> tuple[Location, ...]:
    reg_fact, _ = record.of(SubjectRegistered)[0]
    days = [reg_fact.occurred_on] + [f.occurred_on for f, _ in record.of(ProfileChanged)]
    out: list[Location] = []
    for day in sorted(set(days)):
        profile = record.profile_on(day)
        commune = profile.commune or (profile.name if profile.kind is SubjectKind.COMMUNE else None)
        out.append((day, profile.province, commune, commune_code(record.subject, profile)))
    return tuple(out)


_ACTIVITIES: dict[type, str] = {
    PropagandaSessionHeld: "session",
    FestivalDayHeld: "festival",
    MovementModelEstablished: "model",
    IncidentOccurred: "incident",
    CommendationReceived: "commendation",
}
"""The facts a report counts as activities of the calendar year they happened in, by kind."""


def _activity(fact: Fact) -> _Activity | None:
    kind = _ACTIVITIES.get(type(fact.data))
    if kind is None:
        return None
    data = fact.data
    value = data.attendance if isinstance(data, PropagandaSessionHeld | FestivalDayHeld) else 1
    detail = ""
    if isinstance(data, MovementModelEstablished):
        detail = data.model
    elif isinstance(data, IncidentOccurred):
        detail = data.kind.value
    elif isinstance(data, CommendationReceived):
        detail = data.recipient.value
    return _Activity(fact_id=fact.id, kind=kind, on=fact.occurred_on, value=value, detail=detail)


def _model_evidence(
    record: Record, year: int, as_of: date, rulebook: Rulebook
) -> tuple[str, ...] | None:
    """The evidence of an effective movement model in ``year`` (TT124.D6.K1.p5 as the rulebook
    reads it, on TT124's window, whichever version governs the year), or None."""
    tt124 = rulebook.by_instrument("TT124")
    model = effective_model(
        Context(
            year=year,
            window=tt124.window(year),
            q1=tt124.q1(year),
            as_of=as_of,
            record=record,
            interpretation=tt124.interpretation,
        )
    )
    return model.evidence if model.status is Status.MET else None


def _standing_decision(record: Record, year: int) -> tuple[str, ...]:
    """The unit's last recognition decision on ``year``, if it recognises the unit."""
    decisions = [(f, d) for f, d in record.of(RecognitionDecided) if d.year == year]
    if decisions and decisions[-1][1].outcome is DecisionOutcome.RECOGNISED:
        return (decisions[-1][0].id,)
    return ()


def _commune_row(
    status: YearStatus, record: Record, others: Mapping[str, Sequence[Fact]], rulebook: Rulebook
) -> CommuneRow | None:
    """The commune's clause 4 as the criterion reads it: the units it manages (its own
    function, ``managed_units``), each registered and recognised or not, beside the status
    the evaluation gave the criterion."""
    result = next((c for c in status.criteria if c.id == "TT124.D5.K4"), None)
    if result is None:
        return None
    year, as_of = status.year, status.as_of.business
    version = rulebook.for_year(year)
    article = version.article_for(SubjectKind.COMMUNE)
    if article is None:
        return None
    ctx = Context(
        year=year,
        window=article.window(year),
        q1=version.q1(year),
        as_of=as_of,
        record=record,
        interpretation=version.interpretation,
        others=tuple(
            build_record(s, f, as_of=as_of, known_at=status.as_of.known_at)
            for s, f in sorted(others.items())
            if s != record.subject
        ),
    )
    units = [
        ManagedUnit(
            subject=unit.subject,
            name=unit.profile_on(ctx.reference_day).name,
            kind=unit.profile_on(ctx.reference_day).kind,
            registrations=tuple(
                f.id
                for f, r in unit.of(StandardRegistrationFiled)
                if r.year == year and f.occurred_on <= ctx.reference_day
            ),
            decision=next(
                (f.id for f, d in reversed(unit.of(RecognitionDecided)) if d.year == year), None
            ),
            recognised=bool(_standing_decision(unit, year)),
        )
        for unit in managed_units(ctx)
    ]
    return CommuneRow(
        subject=record.subject,
        name=record.profile_on(ctx.reference_day).name,
        status=result.status,
        units=tuple(units),
        evidence=result.evidence,
    )


def _unit_year(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    as_of: date,
    known_at: datetime | None,
    rulebook: Rulebook,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> _UnitYear | None:
    """The unit's contribution to ``year``; None if it did not exist by ``as_of``. A commune
    is evaluated with ``others``, the facts of the units on its territory (TT124.D5.K4)."""
    record = build_record(subject, facts, as_of=as_of, known_at=known_at)
    registered = record.of(SubjectRegistered)
    if not registered or registered[0][0].occurred_on > as_of:
        return None
    kind = registered[0][1].kind
    status: YearStatus | None = None
    if rulebook.for_year(year).article_for(kind) is not None:
        try:
            status = evaluate_record(  # the record just built: not built a second time
                record,
                facts,
                year,
                AsOf(business=as_of, known_at=known_at),
                rulebook=rulebook,
                others=others,
            )
        except BeforeSubjectExisted:
            return None
    end = status.window.end if status is not None else date(year, 12, 31)
    reference_day = min(as_of, end)
    profile = record.profile_on(reference_day)
    activities = [a for f in record.facts if f.occurred_on.year == year if (a := _activity(f))]
    events, detail = _verdict_items(status) if status is not None else ((), "")
    locations = _locations(record)
    return _UnitYear(
        subject=subject,
        name=profile.name,
        kind=profile.kind,
        ownership=profile.ownership,
        reference_day=reference_day,
        locations=locations,
        profile_evidence=tuple((loc[0], record.profile_on(loc[0]).evidence) for loc in locations),
        verdict=status.verdict if status is not None else None,
        verdict_events=events,
        verdict_detail=detail,
        registrations=tuple(
            f.id for f, r in record.of(StandardRegistrationFiled) if r.year == year
        ),
        recognition=_standing_decision(record, year),
        model_evidence=_model_evidence(record, year, as_of, rulebook)
        if profile.kind is not SubjectKind.RESIDENTIAL_AREA  # Art. 4 reads no model
        else None,
        activities=tuple(activities),
        has_year_facts=any(_fact_year(f) == year for f in record.facts),
        commune=_commune_row(status, record, others or {}, rulebook)
        if status is not None and kind is SubjectKind.COMMUNE
        else None,
    )
