"""Circular 23/2012/TT-BCA, Article 7 (agencies and enterprises): one predicate per clause.

TT23 fixes no quarter and no evaluation window; this library reads its year as the calendar
year (named in every result as the window note). It excludes no kind of unit.
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    CoordinationAgreementSigned,
    EmulationCommitmentSigned,
    IncidentOccurred,
    MovementModelDissolved,
    MovementModelEstablished,
    ProtectionForceEstablished,
    SecurityPlanAdopted,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
)
from antq_compliance.domain.vocabulary import CoordinationParty, IncidentCategory, RuleTopic, Status
from antq_compliance.regulation.criteria import Context, Finding, ids, met
from antq_compliance.regulation.incidents import first_edition_category

__all__ = [
    "D7_K2_PARTIES",
    "FOUR_TOPICS",
    "INCIDENTS",
    "coordination_and_model",
    "nothing_happened",
    "plan_rules_commitment",
    "protection_force",
]

FOUR_TOPICS = (
    RuleTopic.UNIT_PROTECTION,
    RuleTopic.STATE_SECRETS,
    RuleTopic.INTERNAL_POLITICAL_SECURITY,
    RuleTopic.FIRE_PREVENTION,
)
"""TT23.D7.K1 names four rule topics; TT124 added occupational safety and environment."""

INCIDENTS = frozenset(
    {
        IncidentCategory.MASS_COMPLAINT,
        IncidentCategory.ILLEGAL_STRIKE,
        IncidentCategory.HIGH_VALUE_THEFT,
        IncidentCategory.SECRET_LEAK,
        IncidentCategory.FIRE_EXPLOSION,
        IncidentCategory.SERIOUS_OCCUPATIONAL_ACCIDENT,
    }
)
"""TT23.D7.K3 (verified): its list has no religious-activity category. Incidents recorded
since interchange format 3 are read into these categories (``first_edition_category``)."""


def plan_rules_commitment(ctx: Context) -> Finding:
    """TT23.D7.K1 — plan, registration, rules on four topics, 100% signed the commitment."""
    day = ctx.reference_day
    in_year = [f for f in ctx.record.facts if f.occurred_on in ctx.window]
    plans = [
        f for f in in_year if isinstance(f.data, SecurityPlanAdopted) and f.data.year == ctx.year
    ]
    regs = [
        f
        for f in in_year
        if isinstance(f.data, StandardRegistrationFiled) and f.data.year == ctx.year
    ]
    rules = ctx.record.rules_in_force(day)
    covered = {t for _, r in rules for t in r.topics}
    missing_topics = [t for t in FOUR_TOPICS if t not in covered]
    headcount = max(p.headcount for p in ctx.record.profiles_during(ctx.window.start, day))
    commitments = [
        (f, c)
        for f, c in ctx.record.of(EmulationCommitmentSigned)
        if c.year == ctx.year and f.occurred_on in ctx.window
    ]
    signed = sum(c.staff_signed for _, c in commitments)
    gaps_vi, gaps_en = [], []
    if not plans:
        gaps_vi.append("chưa có kế hoạch bảo đảm ANTT")
        gaps_en.append("no security plan")
    if not regs:
        gaps_vi.append("chưa có bản đăng ký")
        gaps_en.append("no registration form")
    if missing_topics:
        gaps_vi.append("thiếu nội quy về " + ", ".join(t.label_vi for t in missing_topics))
        gaps_en.append("no rule on " + ", ".join(t.label_en for t in missing_topics))
    if headcount and signed < headcount:
        gaps_vi.append(f"mới {signed}/{headcount} người ký cam kết giao ước thi đua")
        gaps_en.append(f"only {signed}/{headcount} staff signed the emulation commitment")
    evidence = ids(plans + regs) + ids(rules) + ids(commitments)
    if not gaps_vi:
        return met(
            f"Có kế hoạch, bản đăng ký, nội quy về bốn nội dung; {signed}/{headcount} người "
            "ký cam kết giao ước thi đua",
            f"Plan, registration, rules on the four topics; {signed}/{headcount} staff signed "
            "the emulation commitment",
            evidence,
        )
    return ctx.open_or_failed(ctx.window, "; ".join(gaps_vi), "; ".join(gaps_en), evidence)


D7_K2_PARTIES = frozenset({CoordinationParty.LOCAL_AUTHORITY, CoordinationParty.POLICE})
"""TT23.D7.K2: a coordination plan "with the local authority and the police": both."""


def coordination_and_model(ctx: Context) -> Finding:
    """TT23.D7.K2 — a coordination plan with the authority and police; a self-defence model."""
    day = ctx.reference_day
    signed = [(f, a) for f, a in ctx.record.of(CoordinationAgreementSigned) if f.occurred_on <= day]
    # "with the local authority and the police": together the agreements must cover both
    # (one joint document, or one with each).
    covered: frozenset[CoordinationParty] = frozenset().union(*(a.partners for _, a in signed))
    agreements = [f for f, _ in signed] if covered >= D7_K2_PARTIES else []
    dissolved = {d.model for f, d in ctx.record.of(MovementModelDissolved) if f.occurred_on <= day}
    models = [
        f
        for f, m in ctx.record.of(MovementModelEstablished)
        if f.occurred_on <= day and m.model not in dissolved
    ]
    if agreements and models:
        return met(
            "Có kế hoạch phối hợp với chính quyền, công an và mô hình tự phòng, tự quản, tự bảo vệ",
            "A coordination plan with the authority and police, and a self-defence model",
            ids(agreements + models),
        )
    gaps_vi = (
        [] if agreements else ["chưa có kế hoạch phối hợp với cả chính quyền và công an"]
    ) + ([] if models else ["chưa có mô hình tự phòng, tự quản, tự bảo vệ"])
    gaps_en = (
        [] if agreements else ["no coordination plan with both the authority and the police"]
    ) + ([] if models else ["no self-defence / self-management model"])
    evidence = ids([f for f, _ in signed] + models)
    return ctx.open_or_failed(ctx.window, "; ".join(gaps_vi), "; ".join(gaps_en), evidence)


def nothing_happened(ctx: Context) -> Finding:
    """TT23.D7.K3 — none of the listed incidents, no staff offence, in the year."""
    incidents = [
        (f, i)
        for f, i in ctx.record.of(IncidentOccurred)
        if f.occurred_on in ctx.window and first_edition_category(i) in INCIDENTS
    ]
    offences = [
        (f, o) for f, o in ctx.record.of(StaffOffenceRecorded) if f.occurred_on in ctx.window
    ]
    if incidents or offences:
        vi = [
            f"{first_edition_category(i).label_vi} ngày {fmt_date(f.occurred_on)}"
            for f, i in incidents
        ]
        vi += [f"vi phạm của {o.staff_ref} ngày {fmt_date(f.occurred_on)}" for f, o in offences]
        en = [
            f"{first_edition_category(i).label_en} on {f.occurred_on.isoformat()}"
            for f, i in incidents
        ]
        en += [f"offence by {o.staff_ref} on {f.occurred_on.isoformat()}" for f, o in offences]
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Để xảy ra: " + "; ".join(vi),
            reason_en="Occurred: " + "; ".join(en),
            evidence=ids([f for f, _ in incidents] + [f for f, _ in offences]),
        )
    if ctx.window_closed:
        return met(
            "Không để xảy ra vụ việc, không có người vi phạm trong năm",
            "No listed incident and no staff offence in the year",
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa xảy ra vụ việc; năm chưa kết thúc",
        "Nothing so far; the year is still open",
    )


def protection_force(ctx: Context) -> Finding:
    """TT23.D7.K4 (partial) — the unit builds its protection force."""
    forces = [
        f
        for f, _ in ctx.record.of(ProtectionForceEstablished)
        if f.occurred_on <= ctx.reference_day
    ]
    if forces:
        return met("Đã xây dựng lực lượng bảo vệ", "Protection force built", ids(forces))
    return ctx.open_or_failed(ctx.window, "Chưa xây dựng lực lượng bảo vệ", "No protection force")
