"""Circular 124/2021/TT-BCA, Article 7: the criteria for educational institutions (cơ sở giáo
dục; primary schools, kindergartens and nurseries are out of scope, Art. 1 cl. 2.b), evaluated
over the general window (Art. 8 cl. 2.b).

Clause 3 reuses the points a, b, c, đ, e and g of Art. 6 cl. 3 (not d, not h); clauses 5 and 6
are Art. 6 cl. 4 and 5 with an "if any" for the guard force and the institution's own kinds of
sub-unit (khoa, phòng, ban, tổ chuyên môn).
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    DisciplineDecided,
    Fact,
    IncidentOccurred,
    ParentsBoardArrangementAdopted,
    StaffOffenceRecorded,
)
from antq_compliance.domain.vocabulary import (
    GENERAL_EDUCATION,
    DisciplineReason,
    IncidentKind,
    OffenceStage,
    RuleTopic,
    Status,
)
from antq_compliance.regulation import discipline
from antq_compliance.regulation.criteria import Context, Finding, ids, met
from antq_compliance.regulation.incidents import none_occurred
from antq_compliance.regulation.tt124 import shared
from antq_compliance.regulation.tt124.parts import (
    combine,
    from_q1_end,
    model_standing_since_q1,
    settled,
)

__all__ = [
    "FOUR_TOPICS",
    "POINTS_OF_ART_6",
    "briefed_everyone",
    "coordination",
    "effective_model",
    "guard_force",
    "internal_rules",
    "no_incidents",
    "no_violence_crime_or_social_evil",
    "resolution_plan_registration",
    "sub_units_rated",
]

FOUR_TOPICS = (
    RuleTopic.INSTITUTION_PROTECTION,
    RuleTopic.INTERNAL_POLITICAL_SECURITY,
    RuleTopic.LEARNER_MANAGEMENT,
    RuleTopic.FIRE_PREVENTION,
)
"""The four topics of internal rules of TT124.D7.K1.p2."""

POINTS_OF_ART_6 = (
    ("a", "TT124.D6.K3.a"),
    ("b", "TT124.D6.K3.b"),
    ("c", "TT124.D6.K3.c"),
    ("đ", "TT124.D6.K3.dd"),
    ("e", "TT124.D6.K3.e"),
    ("g", "TT124.D6.K3.g"),
)
"""The points of Art. 6 cl. 3 that Art. 7 cl. 3 applies (not d, strikes; not h, staff)."""

# --- clause 1 ---------------------------------------------------------------------------------


def resolution_plan_registration(ctx: Context) -> Finding:
    """TT124.D7.K1.p1 — in Q1, the Party organisation's resolution (where there is one), the
    institution's security-and-order plan and its registration for the standard."""
    resolution = shared.q1_resolution(
        ctx, body_vi="Tổ chức Đảng", body_en="Party organisation", required=False
    )
    return combine(
        ctx,
        (
            ("nghị quyết", "the resolution", resolution),
            (
                "kế hoạch và đăng ký",
                "the plan and the registration",
                shared.plan_and_registration(ctx),
            ),
        ),
    )


def internal_rules(ctx: Context) -> Finding:
    """TT124.D7.K1.p2 — internal rules on protecting the institution, internal political
    security, managing and educating learners, fire prevention (``standing_duties``: under
    ``from_q1_end`` without a gap from 31 March, a gap being final)."""
    if from_q1_end(ctx):
        ctx = settled(ctx)
    return shared.rules_in_force(ctx, FOUR_TOPICS, "bốn")


def briefed_everyone(ctx: Context) -> Finding:
    """TT124.D7.K1.p3 — 100% of staff, workers, teachers and learners briefed on those rules and
    on the criteria of a safe institution (the learners counted in the denominator)."""
    return shared.briefed(
        ctx,
        FOUR_TOPICS,
        criteria_vi='tiêu chí của tiêu chuẩn "An toàn về an ninh, trật tự" dành cho cơ sở giáo dục',
        people_vi="cán bộ, công nhân viên, người lao động, người dạy, người học",
        people_en="staff, teachers and learners",
        learners=True,
    )


def effective_model(ctx: Context) -> Finding:
    """TT124.D7.K1.p4 — at least one model of the all-people movement operating effectively
    (``standing_duties`` as for Art. 6 cl. 1 p5)."""
    if from_q1_end(ctx) and not model_standing_since_q1(ctx):
        ctx = settled(ctx)
    return shared.effective_model(ctx)


# --- clause 2 ---------------------------------------------------------------------------------


def coordination(ctx: Context) -> Finding:
    """TT124.D7.K2 — policy, law and local rules fully implemented, coordination with the
    police (if any) carried out (the review body's assessment, ``implementation_evidence``),
    and, for general education, an arrangement with the parents' board for managing pupils."""
    implemented = shared.assessed(ctx, "TT124.D7.K2")
    levels = ctx.record.profile_on(ctx.reference_day).education_levels
    if not levels & GENERAL_EDUCATION:
        return implemented
    arrangements = [
        (f, a)
        for f, a in ctx.record.of(ParentsBoardArrangementAdopted)
        if f.occurred_on <= ctx.reference_day
    ]
    if arrangements:
        fact, arrangement = arrangements[-1]
        board = met(
            f'Có "{arrangement.title}" ngày {fmt_date(fact.occurred_on)}',
            f'"{arrangement.title}" of {fact.occurred_on.isoformat()}',
            (fact.id,),
        )
    else:
        board = ctx.open_or_failed(
            ctx.window,
            "Chưa có hình thức, biện pháp phối hợp với Ban Đại diện cha mẹ học sinh",
            "No arrangement with the parents' representative board",
        )
    return combine(
        ctx,
        (
            ("thực hiện đầy đủ", "fully implemented", implemented),
            ("phối hợp với Ban Đại diện cha mẹ học sinh", "the parents' board", board),
        ),
    )


# --- clauses 3 and 4 --------------------------------------------------------------------------


def no_incidents(ctx: Context) -> Finding:
    """TT124.D7.K3 — none of the cases of Art. 6 cl. 3 points a, b, c, đ, e and g; the result
    names the points that failed (or wait for a classification)."""
    parts = [
        (f"điểm {letter}", f"point {letter}", none_occurred(ctx, point))
        for letter, point in POINTS_OF_ART_6
    ]
    combined = combine(ctx, parts)
    if combined.status in (Status.MET, Status.NOT_APPLICABLE):
        return Finding(
            status=combined.status,
            reason_vi="Không để xảy ra trường hợp nào của các điểm a, b, c, đ, e, g khoản 3 Điều 6",
            reason_en="None of the cases of Art. 6 cl. 3 points a, b, c, đ, e, g",
            evidence=combined.evidence,
        )
    return combine(ctx, [p for p in parts if p[2].status is combined.status])


def _offences(ctx: Context) -> tuple[list[tuple[Fact, str, str]], list[Fact]]:
    """Crimes of staff, teachers or learners in the window: those that count, those pending
    (interpretation ``learner_crime_from``)."""
    counted: list[tuple[Fact, str, str]] = []
    pending: list[Fact] = []
    conviction = ctx.interpretation.learner_crime_from == "conviction"
    for fact, offence in ctx.record.of(StaffOffenceRecorded):
        if fact.occurred_on not in ctx.window or offence.stage is OffenceStage.SOCIAL_EVIL:
            continue
        on = fmt_date(fact.occurred_on)
        what = (
            fact,
            f"{offence.staff_ref} {offence.stage.label_vi} ngày {on}",
            f"{offence.staff_ref} {offence.stage.label_en} on {fact.occurred_on.isoformat()}",
        )
        if offence.stage is OffenceStage.CONVICTED or not conviction:
            counted.append(what)
        else:
            pending.append(fact)
    return counted, pending


def no_violence_crime_or_social_evil(ctx: Context) -> Finding:
    """TT124.D7.K4 — no school violence; no staff member, teacher or learner who commits a
    crime (``learner_crime_from``) or, involved in a social evil, is disciplined from a warning
    upward (per the person's regime)."""
    violence = [
        (f, i)
        for f, i in ctx.record.of(IncidentOccurred)
        if f.occurred_on in ctx.window and i.kind is IncidentKind.SCHOOL_VIOLENCE
    ]
    crimes, prosecuted = _offences(ctx)
    evils = discipline.counted(
        [
            (f, d)
            for f, d in ctx.record.of(DisciplineDecided)
            if f.occurred_on in ctx.window and d.reason is DisciplineReason.SOCIAL_EVIL
        ],
        at_least_warning=True,
    )
    found_vi = [f"bạo lực học đường ngày {fmt_date(f.occurred_on)}" for f, _ in violence]
    found_en = [f"school violence on {f.occurred_on.isoformat()}" for f, _ in violence]
    found_vi += [vi for _, vi, _ in crimes]
    found_en += [en for _, _, en in crimes]
    found_vi += [
        f"{d.person_ref} mắc tệ nạn xã hội, bị kỷ luật {d.form.label_vi}" for _, d in evils
    ]
    found_en += [
        f"{d.person_ref} disciplined ({d.form.label_en}) for a social evil" for _, d in evils
    ]
    evidence = ids(violence) + tuple(f.id for f, _, _ in crimes) + ids(evils)
    if found_vi:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Để xảy ra: " + "; ".join(found_vi),
            reason_en="Occurred: " + "; ".join(found_en),
            evidence=evidence,
        )
    if prosecuted:
        return Finding(
            status=Status.PENDING,
            reason_vi="Có người bị khởi tố, chưa có bản án (cách hiểu learner_crime_from)",
            reason_en="Someone was prosecuted, not convicted yet (reading learner_crime_from)",
            evidence=tuple(f.id for f in prosecuted),
        )
    if ctx.window_closed:
        return met(
            "Không để xảy ra bạo lực học đường; không có người phạm tội hoặc mắc tệ nạn xã hội bị "
            "kỷ luật từ hình thức cảnh cáo trở lên",
            "No school violence; nobody committed a crime or was disciplined from a warning "
            "upward for a social evil",
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa xảy ra trường hợp nào; kỳ đánh giá chưa kết thúc",
        "None so far; the window is still open",
    )


# --- clauses 5 and 6 --------------------------------------------------------------------------


def guard_force(ctx: Context) -> Finding:
    """TT124.D7.K5 — the guard force, if the institution has one, holds "Tập thể lao động tiên
    tiến" or is rated "Hoàn thành tốt nhiệm vụ" or better (where eligible), none of its members
    disciplined from a warning upward; without one, not applicable ("nếu có")."""
    return shared.guard_force(ctx, if_any=True)


def sub_units_rated(ctx: Context) -> Finding:
    """TT124.D7.K6 — at least 70% of the directly subordinate units (khoa, phòng, ban, tổ
    chuyên môn) rated as in Art. 6 cl. 5, nobody disciplined from a warning upward."""
    return shared.sub_units_rated(ctx, names_vi="đầu mối trực thuộc")
