"""Circular 124/2021/TT-BCA, Article 5: the criteria for communes (xã, phường, thị trấn; đặc khu
after the 2025 reorganisation), evaluated over the general window (Art. 8 cl. 2.b).

Clause 2 applies Art. 4 cl. 2-4 to the commune's territory (the findings of
``d04_residential_areas`` on the commune's own record). Clause 4 depends on other subjects:
the residential areas, agencies, enterprises and educational institutions the commune manages
(``Context.others``: a unit on its territory — ``commune_code``, or a residential area's
identifier — whose managing level is the commune; a residential area always is), all of them
registered and at least 70% recognised; the units are read as of the same two points as the
commune, so the commune's status follows their recognitions as of the right dates.
"""

from __future__ import annotations

from datetime import date

import attrs

from antq_compliance.domain.dates import Period
from antq_compliance.domain.facts import (
    HotspotIdentified,
    IncidentOccurred,
    RecognitionDecided,
    SocialEvilCaseIdentified,
    StandardRegistrationFiled,
    SubjectRegistered,
)
from antq_compliance.domain.record import Record, commune_code
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    Collective,
    DecisionOutcome,
    Status,
    SubjectKind,
)
from antq_compliance.regulation.calendar import deadline
from antq_compliance.regulation.criteria import Context, Finding, met
from antq_compliance.regulation.tt124 import d04_residential_areas as d04
from antq_compliance.regulation.tt124 import shared
from antq_compliance.regulation.tt124.d01_scope import agency_definition, scope
from antq_compliance.regulation.tt124.parts import combine

__all__ = [
    "RECOGNISED_SHARE",
    "effective_model",
    "managed_units",
    "party_resolution",
    "plan_and_registration",
    "police_effective",
    "territory",
    "units_registered_and_recognised",
]

RECOGNISED_SHARE = (7, 10)
"""At least 70% of the managed units recognised (TT124.D5.K4), compared exactly."""

# --- clause 1 ---------------------------------------------------------------------------------


def party_resolution(ctx: Context) -> Finding:
    """TT124.D5.K1.p1 — in Q1, the commune's Party committee (Đảng ủy) adopts a resolution on
    security and order (every commune has one: required)."""
    return shared.q1_resolution(
        ctx, body_vi="Đảng ủy", body_en="commune Party committee", required=True
    )


def plan_and_registration(ctx: Context) -> Finding:
    """TT124.D5.K1.p2 — in Q1, the commune People's Committee's security-and-order plan and its
    registration for the standard (interpretation ``p2_timing``)."""
    return shared.plan_and_registration(ctx)


def effective_model(ctx: Context) -> Finding:
    """TT124.D5.K1.p3 — at least one model of the all-people movement built, consolidated or
    kept up at the grassroots and operating effectively."""
    return shared.effective_model(ctx)


# --- clause 2: Art. 4 cl. 2-4 on the commune's territory --------------------------------------

_TERRITORY = (
    ("khoản 2 Điều 4", "Art. 4 cl. 2", lambda ctx: shared.assessed(ctx, "TT124.D5.K2")),
    ("điểm a khoản 3", "cl. 3.a", d04.no_subversion),
    ("điểm b khoản 3", "cl. 3.b", d04.no_sabotage),
    ("điểm c khoản 3", "cl. 3.c", d04.no_illegal_religion),
    ("điểm d khoản 3", "cl. 3.d", d04.no_exploiting_religion_or_disputes),
    ("điểm đ khoản 3", "cl. 3.đ", d04.no_separatism),
    ("điểm e khoản 3", "cl. 3.e", d04.no_prolonged_dispute),
    ("điểm g khoản 3", "cl. 3.g", d04.no_complaint_incitement),
    ("điểm a khoản 4", "cl. 4.a", d04.year_on_year),
    ("điểm b khoản 4", "cl. 4.b", d04.no_serious_crime),
    (
        "điểm c khoản 4",
        "cl. 4.c",
        lambda ctx: d04.no_new_hotspot_or_social_evil(ctx, "TT124.D5.K2"),
    ),
    ("điểm d khoản 4", "cl. 4.d", d04.no_serious_fire_or_accident),
)
"""The duties of Art. 4 cl. 2-4, each read on the commune's own record (the assessment of
"fully implements" and of "manages effectively" is the one of ``TT124.D5.K2``)."""


_ON_TERRITORY = (IncidentOccurred, HotspotIdentified, SocialEvilCaseIdentified)
"""What happens on a residential area's territory and so on its commune's (Art. 4 cl. 3-4)."""


def _with_areas(ctx: Context) -> Context:
    """The commune's record with the incidents, hotspots and social-evil cases of its residential
    areas (interpretation ``commune_territory``), each labelled ``area/fact id``."""
    if ctx.interpretation.commune_territory != "commune_and_areas":
        return ctx
    day = ctx.reference_day
    extra = [
        attrs.evolve(fact, id=f"{record.subject}/{fact.id}")
        for record in ctx.others
        if record.of(SubjectRegistered)
        and record.profile_on(day).kind is SubjectKind.RESIDENTIAL_AREA
        and _commune_of(record, day) == ctx.record.subject
        for fact in record.facts
        if isinstance(fact.data, _ON_TERRITORY)
    ]
    if not extra:
        return ctx
    facts = sorted((*ctx.record.facts, *extra), key=lambda f: (f.occurred_on, f.recorded_at))
    return attrs.evolve(ctx, record=Record(subject=ctx.record.subject, facts=tuple(facts)))


def territory(ctx: Context) -> Finding:
    """TT124.D5.K2 — the commune meets Art. 4 cl. 2, 3 and 4 on its territory (with what its
    residential areas recorded: ``commune_territory``); the result names the points that are
    not met (or pending) with their reasons."""
    ctx = _with_areas(ctx)
    parts = [(vi, en, check(ctx)) for vi, en, check in _TERRITORY]
    combined = combine(ctx, parts)
    shown = [(vi, en, f) for vi, en, f in parts if f.status is combined.status]
    if combined.status is Status.MET:
        return met(
            "Đạt khoản 2, 3, 4 Điều 4 trên địa bàn",
            "Art. 4 cl. 2-4 met on the territory",
            combined.evidence,
        )
    return combine(ctx, shown)


# --- clause 3 ---------------------------------------------------------------------------------


def police_effective(ctx: Context) -> Finding:
    """TT124.D5.K3 — the commune police grasp the situation, advise and carry out the work
    effectively (the review body's assessment; ``implementation_evidence``), and none of them
    is disciplined (interpretation ``commune_police_scope``)."""
    collectives = [Collective.COMMUNE_POLICE]
    if ctx.interpretation.commune_police_scope == "all_grassroots_forces":
        collectives.append(Collective.GRASSROOTS_FORCE)
    bad = shared.disciplined(ctx, collectives, from_warning=False)
    if bad:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Có cá nhân vi phạm bị xử lý kỷ luật: " + shared.who(bad, "vi"),
            reason_en="Someone was disciplined: " + shared.who(bad, "en"),
            evidence=tuple(f.id for f, _ in bad),
        )
    return shared.assessed(ctx, "TT124.D5.K3")


# --- clause 4 ---------------------------------------------------------------------------------

_UNIT_KINDS = frozenset(
    {SubjectKind.AGENCY, SubjectKind.ENTERPRISE, SubjectKind.EDUCATIONAL_INSTITUTION}
)


def _commune_of(record: Record, day: date) -> str | None:
    return commune_code(record.subject, record.profile_on(day))


def managed_units(ctx: Context) -> list[Record]:
    """The units the commune manages on the reference day: the residential areas on its
    territory, and the agencies, enterprises and educational institutions on its territory
    managed (or, by delegation, recorded as managed) at the commune level."""
    day = ctx.reference_day
    out = []
    for record in ctx.others:
        registered = record.of(SubjectRegistered)
        if not registered or registered[0][0].occurred_on > day:  # not registered by then
            continue
        profile = record.profile_on(day)
        if _commune_of(record, day) != ctx.record.subject:
            continue
        if profile.kind is SubjectKind.RESIDENTIAL_AREA or (
            profile.kind in _UNIT_KINDS
            and profile.managed_by is AuthorityLevel.COMMUNE
            and _in_scope(ctx, record, profile.kind)
        ):
            out.append(record)
    return out


def _in_scope(ctx: Context, record: Record, kind: SubjectKind) -> bool:
    """Whether the unit is a subject of the Circular (Art. 1 cl. 2.b, Art. 2 cl. 2): an
    out-of-scope unit (a small enterprise, a kindergarten) is not counted."""
    theirs = attrs.evolve(ctx, record=record, others=())
    findings = [scope(theirs)]
    if kind is SubjectKind.AGENCY:
        findings.append(agency_definition(theirs))
    return all(f.status is not Status.NOT_APPLICABLE for f in findings)


def _standing(record: Record, year: int) -> RecognitionDecided | None:
    decisions = [d for _, d in record.of(RecognitionDecided) if d.year == year]
    return decisions[-1] if decisions else None


def units_registered_and_recognised(ctx: Context) -> Finding:
    """TT124.D5.K4 — 100% of the units the commune manages registered for the year, and at
    least 70% of them recognised (their standing decisions on the year, as of the same date).
    Pending while a recognition may still come (until the units' deadline). The evidence names
    each unit's facts as ``subject/fact id``."""
    units = managed_units(ctx)
    if not units:
        return ctx.open_or_failed(
            ctx.window,
            "Chưa ghi nhận khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục nào do xã quản lý",
            "No unit the commune manages is recorded (area, agency, enterprise, school)",
        )
    unregistered = [
        r.subject
        for r in units
        if not any(
            reg.year == ctx.year and f.occurred_on <= ctx.reference_day
            for f, reg in r.of(StandardRegistrationFiled)
        )
    ]
    recognised = [
        r.subject
        for r in units
        if (d := _standing(r, ctx.year)) is not None and d.outcome is DecisionOutcome.RECOGNISED
    ]
    total, good = len(units), len(recognised)
    share = f"{good}/{total} ({100 * good // total}%)"
    evidence = tuple(
        f"{r.subject}/{f.id}" for r in units for f in r.facts if _counts(f.data, ctx.year)
    )
    enough = good * RECOGNISED_SHARE[1] >= total * RECOGNISED_SHARE[0]
    if not unregistered and enough:
        return met(
            f"100% đơn vị do xã quản lý đã đăng ký; {share} được công nhận đạt tiêu chuẩn",
            f"All managed units registered; {share} recognised",
            evidence,
        )
    problems_vi, problems_en = [], []
    if unregistered:
        problems_vi.append(f"chưa đăng ký: {', '.join(unregistered)}")
        problems_en.append(f"not registered: {', '.join(unregistered)}")
    if not enough:
        problems_vi.append(f"mới có {share} được công nhận (cần từ 70% trở lên)")
        problems_en.append(f"only {share} recognised (70% or more needed)")
    reason = (
        f"{total} đơn vị do xã quản lý: " + "; ".join(problems_vi),
        f"{total} managed units: " + "; ".join(problems_en),
    )
    if unregistered:  # registration belongs to the year: decided by the window's end
        return ctx.open_or_failed(ctx.window, *reason, evidence)
    last = deadline("general", ctx.year, day_before=ctx.interpretation.deadline_day != "same_day")
    return ctx.open_or_failed(Period(ctx.window.start, last), *reason, evidence)


def _counts(data: object, year: int) -> bool:
    return isinstance(data, StandardRegistrationFiled | RecognitionDecided) and data.year == year
