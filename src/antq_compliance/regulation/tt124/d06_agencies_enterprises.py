"""Circular 124/2021/TT-BCA, Article 6 (agencies and enterprises), as small pure predicates.

One function per clause id. Each returns met / not met / pending / not applicable with the
evidence fact ids and a reason in Vietnamese and English. Interpretations are parameters of
:class:`~antq_compliance.regulation.interpretation.Interpretation`, never constants here.
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    BriefingHeld,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    IncidentOccurred,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    PartyResolutionAdopted,
    ProtectionForceEstablished,
    SecurityPlanAdopted,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
)
from antq_compliance.domain.vocabulary import CoordinationParty, RuleTopic, Status, parties_label
from antq_compliance.regulation.criteria import Context, Finding, ids
from antq_compliance.regulation.criteria import met as _met
from antq_compliance.regulation.criteria import not_applicable as _na

__all__ = [
    "K2_PARTIES",
    "briefed_everyone",
    "coordination",
    "effective_model",
    "internal_rules",
    "no_listed_incident",
    "no_staff_offence",
    "party_resolution",
    "plan_and_registration",
    "protection_force",
]


def party_resolution(ctx: Context) -> Finding:
    """TT124.D6.K1.p1 — a dedicated or integrated Party resolution adopted in Q1."""
    day = min(ctx.q1.end, ctx.as_of)
    profile = ctx.record.profile_on(day)
    if not profile.has_party_organisation:
        return _na(
            f"Đơn vị không có tổ chức Đảng (tại ngày {fmt_date(day)})",
            f"The unit has no Party organisation (on {day.isoformat()})",
            profile.evidence,
        )
    resolutions = [(f, r) for f, r in ctx.record.of(PartyResolutionAdopted) if r.year == ctx.year]
    in_q1 = [(f, r) for f, r in resolutions if f.occurred_on in ctx.q1]
    if in_q1:
        fact, res = in_q1[0]
        return _met(
            f"Cấp ủy ban hành {res.form.label_vi} ngày {fmt_date(fact.occurred_on)}, trong quý I",
            f"The Party organisation adopted a {res.form.label_en} on "
            f"{fact.occurred_on.isoformat()}, within Q1",
            ids(in_q1),
        )
    outside = "".join(
        f"; nghị quyết ngày {fmt_date(f.occurred_on)} ngoài quý I" for f, _ in resolutions
    )
    outside_en = "".join(
        f"; a resolution of {f.occurred_on.isoformat()} is outside Q1" for f, _ in resolutions
    )
    return ctx.open_or_failed(
        ctx.q1,
        f"Chưa có nghị quyết về công tác bảo đảm ANTT năm {ctx.year} trong quý I{outside}",
        f"No Party resolution on security and order for {ctx.year} adopted in Q1{outside_en}",
        ids(resolutions),
    )


def plan_and_registration(ctx: Context) -> Finding:
    """TT124.D6.K1.p2 — a security plan and registration for the standard, by the deadline."""
    timing = ctx.interpretation.p2_timing
    period = ctx.q1 if timing == "q1" else ctx.window
    plans = [(f, p) for f, p in ctx.record.of(SecurityPlanAdopted) if p.year == ctx.year]
    regs = [(f, r) for f, r in ctx.record.of(StandardRegistrationFiled) if r.year == ctx.year]
    plan_ok = [(f, p) for f, p in plans if f.occurred_on in period]
    reg_ok = [(f, r) for f, r in regs if f.occurred_on in period]
    where_vi = "trong quý I" if timing == "q1" else "trong kỳ đánh giá"
    where_en = "in Q1" if timing == "q1" else "in the evaluation window"
    if plan_ok and reg_ok:
        return _met(
            f"Kế hoạch bảo đảm ANTT ngày {fmt_date(plan_ok[0][0].occurred_on)} và đăng ký phấn đấu "
            f"ngày {fmt_date(reg_ok[0][0].occurred_on)}, {where_vi}",
            f"Security plan of {plan_ok[0][0].occurred_on.isoformat()} and registration of "
            f"{reg_ok[0][0].occurred_on.isoformat()}, {where_en}",
            ids([plan_ok[0][0], reg_ok[0][0]]),
        )
    missing_vi, missing_en = [], []
    if not plan_ok:
        late = [f for f, _ in plans]
        missing_vi.append(
            "chưa có kế hoạch bảo đảm ANTT"
            + "".join(f" (kế hoạch ngày {fmt_date(f.occurred_on)} ngoài hạn)" for f in late)
        )
        missing_en.append(
            "no security-and-order plan"
            + "".join(
                f" (the plan of {f.occurred_on.isoformat()} is outside the period)" for f in late
            )
        )
    if not reg_ok:
        late = [f for f, _ in regs]
        missing_vi.append(
            "chưa đăng ký phấn đấu đạt tiêu chuẩn"
            + "".join(f" (đăng ký ngày {fmt_date(f.occurred_on)} ngoài hạn)" for f in late)
        )
        missing_en.append(
            "no registration for the standard"
            + "".join(
                f" (the registration of {f.occurred_on.isoformat()} is outside the period)"
                for f in late
            )
        )
    return ctx.open_or_failed(
        period,
        f"Năm {ctx.year}, {where_vi}: " + "; ".join(missing_vi),
        f"For {ctx.year}, {where_en}: " + "; ".join(missing_en),
        ids([f for f, _ in plans] + [f for f, _ in regs]),
    )


def internal_rules(ctx: Context) -> Finding:
    """TT124.D6.K1.p3 — internal rules in force covering all six topics."""
    day = ctx.reference_day
    in_force = ctx.record.rules_in_force(day)
    covered = {t for _, r in in_force for t in r.topics}
    missing = [t for t in RuleTopic if t not in covered]
    if not missing:
        return _met(
            f"Có nội quy, quy định về đủ sáu nội dung (tại ngày {fmt_date(day)})",
            f"Internal rules cover all six topics (on {day.isoformat()})",
            ids(in_force),
        )
    return ctx.open_or_failed(
        ctx.window,
        "Thiếu nội quy, quy định về: " + ", ".join(t.label_vi for t in missing),
        "No internal rule in force on: " + ", ".join(t.label_en for t in missing),
        ids(in_force),
    )


def briefed_everyone(ctx: Context) -> Finding:
    """TT124.D6.K1.p4 — 100% of staff briefed on the six topics and on the criteria."""
    end = ctx.reference_day
    profiles = ctx.record.profiles_during(ctx.window.start, end)
    if ctx.interpretation.p4_denominator == "peak_headcount":
        denominator = max(p.headcount for p in profiles)
    else:
        denominator = profiles[-1].headcount
    profile_ids = tuple(dict.fromkeys(i for p in profiles for i in p.evidence))
    if denominator == 0:
        return _na(
            "Đơn vị không có cán bộ, người lao động trong kỳ",
            "The unit has no staff in the window",
            profile_ids,
        )
    briefings = [(f, b) for f, b in ctx.record.of(BriefingHeld) if f.occurred_on in ctx.window]
    items: list[tuple[str, str, int]] = [
        (t.label_vi, t.label_en, sum(b.staff_reached for _, b in briefings if t in b.topics))
        for t in RuleTopic
    ]
    items.append(
        (
            'tiêu chuẩn "An toàn về ANTT"',
            "the criteria of the standard",
            sum(b.staff_reached for _, b in briefings if b.criteria_briefed),
        )
    )
    short = [(vi, en, n) for vi, en, n in items if n < denominator]
    evidence = ids(briefings) + profile_ids
    if not short:
        return _met(
            f"Đã phổ biến, quán triệt cho 100% cán bộ, người lao động ({denominator} người) về "
            "nội quy, quy định và tiêu chuẩn",
            f"All {denominator} staff were briefed on the internal rules and on the criteria",
            evidence,
        )
    detail_vi = "; ".join(
        f"{vi}: {n}/{denominator} ({100 * n // denominator}%)" for vi, _, n in short
    )
    detail_en = "; ".join(
        f"{en}: {n}/{denominator} ({100 * n // denominator}%)" for _, en, n in short
    )
    return ctx.open_or_failed(
        ctx.window,
        f"Chưa phổ biến cho 100% cán bộ, người lao động — {detail_vi}",
        f"Fewer than 100% of staff briefed — {detail_en}",
        evidence,
    )


def effective_model(ctx: Context) -> Finding:
    """TT124.D6.K1.p5 — at least one movement model operating effectively."""
    day = ctx.reference_day
    dissolved = {
        d.model: f for f, d in ctx.record.of(MovementModelDissolved) if f.occurred_on <= day
    }
    models = [(f, m) for f, m in ctx.record.of(MovementModelEstablished) if f.occurred_on <= day]
    notes_vi, notes_en = [], []
    for fact, model in models:
        if model.model in dissolved:
            gone = dissolved[model.model]
            notes_vi.append(f'mô hình "{model.name}" đã giải thể ngày {fmt_date(gone.occurred_on)}')
            notes_en.append(f'model "{model.name}" was dissolved on {gone.occurred_on.isoformat()}')
            continue
        assessments = [
            (f, a)
            for f, a in ctx.record.of(MovementModelAssessed)
            if a.model == model.model and f.occurred_on in ctx.window
        ]
        if not assessments:
            notes_vi.append(f'mô hình "{model.name}" chưa được đánh giá trong kỳ')
            notes_en.append(f'model "{model.name}" has not been assessed in the window')
            continue
        last_fact, last = assessments[-1]
        if last.effective:
            return _met(
                f'Mô hình "{model.name}" được {last.assessed_by} đánh giá hoạt động hiệu quả '
                f"ngày {fmt_date(last_fact.occurred_on)}",
                f'Model "{model.name}" assessed effective by {last.assessed_by} on '
                f"{last_fact.occurred_on.isoformat()}",
                (fact.id, last_fact.id),
            )
        notes_vi.append(
            f'mô hình "{model.name}" được đánh giá chưa hiệu quả ngày '
            f"{fmt_date(last_fact.occurred_on)}"
        )
        notes_en.append(
            f'model "{model.name}" assessed not effective on {last_fact.occurred_on.isoformat()}'
        )
    if not models:
        notes_vi.append("chưa xây dựng mô hình nào")
        notes_en.append("no model established")
    return ctx.open_or_failed(
        ctx.window,
        "Chưa có mô hình hoạt động hiệu quả: " + "; ".join(notes_vi),
        "No model operating effectively: " + "; ".join(notes_en),
        ids(models),
    )


K2_PARTIES = frozenset({CoordinationParty.POLICE, CoordinationParty.LOCAL_AUTHORITY})
"""TT124.D6.K2: coordination "with the police or the local authority": either one counts."""


def coordination(ctx: Context) -> Finding:
    """TT124.D6.K2 (partial) — a coordination agreement exists and is carried out."""
    day = ctx.reference_day
    agreements = [
        (f, a)
        for f, a in ctx.record.of(CoordinationAgreementSigned)
        if f.occurred_on <= day and a.partners & K2_PARTIES
    ]
    activities = [
        (f, a)
        for f, a in ctx.record.of(CoordinationActivityRecorded)
        if f.occurred_on in ctx.window and a.partners & K2_PARTIES
    ]
    needs_activity = ctx.interpretation.k2_requires_activity
    if agreements and (activities or not needs_activity):
        fact, agreement = agreements[-1]
        return _met(
            f"Có {agreement.form.label_vi} với {parties_label(agreement.partners, 'vi')} "
            f"(ký ngày {fmt_date(fact.occurred_on)})"
            + (f", {len(activities)} hoạt động phối hợp trong kỳ" if needs_activity else ""),
            f"A {agreement.form.label_en} with {parties_label(agreement.partners, 'en')} signed on "
            f"{fact.occurred_on.isoformat()}"
            + (
                f", {len(activities)} coordination activities in the window"
                if needs_activity
                else ""
            ),
            ids(agreements) + ids(activities),
        )
    if not agreements:
        vi, en = (
            "Chưa có quy chế, chương trình, kế hoạch phối hợp với công an, chính quyền",
            "No coordination regulation, programme or plan with the police or local authority",
        )
    else:
        vi, en = (
            "Có văn bản phối hợp nhưng chưa ghi nhận hoạt động phối hợp nào trong kỳ",
            "A coordination agreement exists but no coordination activity is recorded in the "
            "window",
        )
    return ctx.open_or_failed(ctx.window, vi, en, ids(agreements))


def no_listed_incident(ctx: Context) -> Finding:
    """TT124.D6.PROV1 (provisional) — none of the listed incidents occurs in the window."""
    params = ctx.interpretation
    incidents = [(f, i) for f, i in ctx.record.of(IncidentOccurred) if f.occurred_on in ctx.window]
    counted = [
        (f, i)
        for f, i in incidents
        if i.category in params.prov1_categories
        and i.severity.rank >= params.prov1_min_severity.rank
    ]
    if counted:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Để xảy ra: "
            + "; ".join(
                f"{i.category.label_vi} ngày {fmt_date(f.occurred_on)}" for f, i in counted
            ),
            reason_en="Occurred: "
            + "; ".join(
                f"{i.category.label_en} on {f.occurred_on.isoformat()}" for f, i in counted
            ),
            evidence=ids(counted),
        )
    ignored = len(incidents)
    extra_vi = f" ({ignored} vụ việc khác không thuộc danh mục)" if ignored else ""
    extra_en = f" ({ignored} other incidents not in the list)" if ignored else ""
    if ctx.window_closed:
        return _met(
            f"Không để xảy ra vụ việc thuộc danh mục trong kỳ{extra_vi}",
            f"No listed incident occurred in the window{extra_en}",
            ids(incidents),
        )
    return ctx.open_or_failed(
        ctx.window,
        f"Chưa xảy ra vụ việc thuộc danh mục; kỳ đánh giá chưa kết thúc{extra_vi}",
        f"No listed incident so far; the window is still open{extra_en}",
        ids(incidents),
    )


def no_staff_offence(ctx: Context) -> Finding:
    """TT124.D6.PROV2 (provisional) — no staff member commits a crime or is in social evils."""
    stages = ctx.interpretation.prov2_counted_stages
    offences = [
        (f, o) for f, o in ctx.record.of(StaffOffenceRecorded) if f.occurred_on in ctx.window
    ]
    counted = [(f, o) for f, o in offences if o.stage in stages]
    if counted:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Có cán bộ, người lao động vi phạm: "
            + "; ".join(
                f"{o.staff_ref} {o.stage.label_vi} ngày {fmt_date(f.occurred_on)}"
                for f, o in counted
            ),
            reason_en="Staff offence: "
            + "; ".join(
                f"{o.staff_ref} {o.stage.label_en} on {f.occurred_on.isoformat()}"
                for f, o in counted
            ),
            evidence=ids(counted),
        )
    if ctx.window_closed:
        return _met(
            "Không có cán bộ, người lao động phạm tội, mắc tệ nạn xã hội trong kỳ",
            "No staff member committed a crime or was involved in social evils in the window",
            ids(offences),
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa ghi nhận vi phạm; kỳ đánh giá chưa kết thúc",
        "No offence recorded so far; the window is still open",
        ids(offences),
    )


def protection_force(ctx: Context) -> Finding:
    """TT124.D6.PROV3 (provisional) — the unit has built its protection force."""
    day = ctx.reference_day
    profile = ctx.record.profile_on(day)
    if profile.kind not in ctx.interpretation.prov3_applies_to:
        return _na(
            f"Tiêu chí không áp dụng cho {profile.kind.label_vi}",
            f"This criterion does not apply to an {profile.kind.label_en}",
            profile.evidence,
        )
    forces = [(f, p) for f, p in ctx.record.of(ProtectionForceEstablished) if f.occurred_on <= day]
    if forces:
        fact, force = forces[-1]
        return _met(
            f"Đã xây dựng lực lượng bảo vệ ({force.members} người, "
            f"ngày {fmt_date(fact.occurred_on)})",
            f"Protection force of {force.members} established on {fact.occurred_on.isoformat()}",
            ids(forces),
        )
    return ctx.open_or_failed(
        ctx.window, "Chưa xây dựng lực lượng bảo vệ", "No protection force established"
    )
