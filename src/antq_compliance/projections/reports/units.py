"""One unit's contribution to a year's report, read from its record."""

from __future__ import annotations

from collections.abc import Sequence
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
    StandardRegistrationFiled,
    SubjectRegistered,
)
from antq_compliance.domain.record import Record, build_record
from antq_compliance.domain.vocabulary import Ownership, Status, SubjectKind, Verdict
from antq_compliance.regulation.criteria import Context
from antq_compliance.regulation.evaluation import evaluate
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.regulation.tt124.d06_agencies_enterprises import effective_model

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
    locations: tuple[tuple[date, str, str | None], ...]
    """The unit's (province, commune) from each day on; the first applies to every earlier day."""
    profile_evidence: tuple[tuple[date, tuple[str, ...]], ...]
    verdict: Verdict
    verdict_events: tuple[str, ...]
    verdict_detail: str
    registrations: tuple[str, ...]
    model_evidence: tuple[str, ...] | None
    activities: tuple[_Activity, ...]
    has_year_facts: bool

    @property
    def registered_on(self) -> date:
        return self.locations[0][0]

    @property
    def group(self) -> str:
        return "agency" if self.ownership is None else self.ownership.value

    def location_on(self, day: date) -> tuple[str, str | None]:
        current = self.locations[0]
        for entry in self.locations:
            if entry[0] <= day:
                current = entry
        return current[1], current[2]

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


def _locations(record: Record) -> tuple[tuple[date, str, str | None], ...]:
    reg_fact, _ = record.of(SubjectRegistered)[0]
    days = [reg_fact.occurred_on] + [f.occurred_on for f, _ in record.of(ProfileChanged)]
    out: list[tuple[date, str, str | None]] = []
    for day in sorted(set(days)):
        profile = record.profile_on(day)
        out.append((day, profile.province, profile.commune))
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


def _unit_year(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    as_of: date,
    known_at: datetime | None,
    rulebook: Rulebook,
) -> _UnitYear | None:
    """The unit's contribution to ``year``; None if it did not exist by ``as_of``."""
    try:
        status = evaluate(
            subject, facts, year, AsOf(business=as_of, known_at=known_at), rulebook=rulebook
        )
    except BeforeSubjectExisted:
        return None
    record = build_record(subject, facts, as_of=as_of, known_at=known_at)
    reference_day = min(as_of, status.window.end)
    profile = record.profile_on(reference_day)
    activities = [a for f in record.facts if f.occurred_on.year == year if (a := _activity(f))]
    events, detail = _verdict_items(status)
    locations = _locations(record)
    return _UnitYear(
        subject=subject,
        name=profile.name,
        kind=profile.kind,
        ownership=profile.ownership,
        reference_day=reference_day,
        locations=locations,
        profile_evidence=tuple((day, record.profile_on(day).evidence) for day, _, _ in locations),
        verdict=status.verdict,
        verdict_events=events,
        verdict_detail=detail,
        registrations=tuple(
            f.id for f, r in record.of(StandardRegistrationFiled) if r.year == year
        ),
        model_evidence=_model_evidence(record, year, as_of, rulebook),
        activities=tuple(activities),
        has_year_facts=any(_fact_year(f) == year for f in record.facts),
    )
