"""Circular 124/2021/TT-BCA, Article 6: the criteria for agencies and enterprises.

One small predicate per clause id, in the order of the text; each calls the shared finding of
``tt124/shared.py`` (or of ``regulation/incidents.py`` for the points of clause 3) with the
article's own words. Readings that are ours are parameters of
:class:`~antq_compliance.regulation.interpretation.Interpretation`, never constants here.
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    AdministrativeSanctionImposed,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    DisciplineDecided,
    Fact,
)
from antq_compliance.domain.vocabulary import (
    CoordinationParty,
    DisciplineReason,
    RuleTopic,
    SanctionField,
    Status,
)
from antq_compliance.regulation import discipline
from antq_compliance.regulation.criteria import Context, Finding, ids
from antq_compliance.regulation.incidents import none_occurred
from antq_compliance.regulation.tt124 import shared
from antq_compliance.regulation.tt124.parts import from_q1_end, model_standing_since_q1, settled

__all__ = [
    "SIX_TOPICS",
    "briefed_everyone",
    "coordination",
    "effective_model",
    "guard_force",
    "internal_rules",
    "no_complaint_incitement",
    "no_exploiting_religion_or_disputes",
    "no_illegal_religion",
    "no_serious_crime",
    "no_serious_fire_accident_or_violation",
    "no_staff_sanctioned_or_disciplined",
    "no_state_secret_breach",
    "no_unlawful_strike",
    "party_resolution",
    "plan_and_registration",
    "sub_units_rated",
]

SIX_TOPICS = (
    RuleTopic.UNIT_PROTECTION,
    RuleTopic.STATE_SECRETS,
    RuleTopic.INTERNAL_POLITICAL_SECURITY,
    RuleTopic.OCCUPATIONAL_SAFETY,
    RuleTopic.FIRE_PREVENTION,
    RuleTopic.ENVIRONMENT,
)
"""The six topics of internal rules of TT124.D6.K1.p3."""


# --- clause 1 ---------------------------------------------------------------------------------


def party_resolution(ctx: Context) -> Finding:
    """TT124.D6.K1.p1 — in Q1, the Party organisation (where there is one) adopts a dedicated
    resolution, or folds the work into its annual leadership resolution."""
    return shared.q1_resolution(
        ctx, body_vi="Tổ chức Đảng", body_en="Party organisation", required=False
    )


def plan_and_registration(ctx: Context) -> Finding:
    """TT124.D6.K1.p2 — a security-and-order plan and the registration for the standard."""
    return shared.plan_and_registration(ctx)


def internal_rules(ctx: Context) -> Finding:
    """TT124.D6.K1.p3 — internal rules on the six topics, in force on the reference day or,
    under ``standing_duties = from_q1_end``, without a gap from 31 March (a gap is final), and
    not found unfitted to the unit's situation by the review body."""
    if from_q1_end(ctx):
        ctx = settled(ctx)
    return shared.rules_in_force(ctx, SIX_TOPICS, "sáu", "TT124.D6.K1.p3")


def briefed_everyone(ctx: Context) -> Finding:
    """TT124.D6.K1.p4 — 100% of officials, civil servants, public employees and workers briefed
    on those rules and on the criteria of a safe agency or enterprise (attendances of the
    window's sessions added up, per topic: the record holds no list of persons)."""
    return shared.briefed(
        ctx,
        SIX_TOPICS,
        criteria_vi='bộ tiêu chí cơ quan, doanh nghiệp "An toàn về an ninh, trật tự"',
        people_vi="cán bộ, công chức, viên chức, người lao động",
        people_en="staff",
    )


def effective_model(ctx: Context) -> Finding:
    """TT124.D6.K1.p5 — at least one model of the all-people movement operating effectively:
    standing on the reference day or, under ``standing_duties = from_q1_end``, since 31 March
    (with no such model left, not met at once), and last assessed effective in the window."""
    if from_q1_end(ctx) and not model_standing_since_q1(ctx):
        ctx = settled(ctx)
    return shared.effective_model(ctx)


# --- clause 2 ---------------------------------------------------------------------------------


def coordination(ctx: Context) -> Finding:
    """TT124.D6.K2 — fully implements the Party's guidelines, State policy and law, the
    coordination regulations, programmes and plans with the police (if any) and local rules.
    Having no coordination document with the police is not a failure; the review body's
    assessment decides "fully" (interpretation ``implementation_evidence``)."""
    day = ctx.reference_day
    police = [
        f.id
        for f in ctx.record.facts
        if isinstance(f.data, CoordinationAgreementSigned | CoordinationActivityRecorded)
        and CoordinationParty.POLICE in f.data.partners
        and f.occurred_on <= day
    ]
    note_vi = (
        f" ({len(police)} văn bản, hoạt động phối hợp với lực lượng Công an)"
        if police
        else " (không có văn bản phối hợp với lực lượng Công an: quy chế, chương trình, kế hoạch)"
    )
    note_en = (
        f" ({len(police)} coordination documents and activities with the police)"
        if police
        else " (no coordination document with the police)"
    )
    return shared.assessed(ctx, "TT124.D6.K2", tuple(police), note_vi, note_en)


# --- clause 3 ---------------------------------------------------------------------------------


def no_illegal_religion(ctx: Context) -> Finding:
    """TT124.D6.K3.a — no illegal propagation or development of a belief or religion."""
    return none_occurred(ctx, "TT124.D6.K3.a")


def no_exploiting_religion_or_disputes(ctx: Context) -> Finding:
    """TT124.D6.K3.b — no use of belief, religion, ethnicity, disputes or complaints that
    complicates security and order."""
    return none_occurred(ctx, "TT124.D6.K3.b")


def no_complaint_incitement(ctx: Context) -> Finding:
    """TT124.D6.K3.c — no stirring up of crowd complaints or disorder, anti-State use of
    complaints, harm to State interests, or slander of those handling complaints."""
    return none_occurred(ctx, "TT124.D6.K3.c")


def no_unlawful_strike(ctx: Context) -> Finding:
    """TT124.D6.K3.d — no strike or go-slow found unlawful."""
    return none_occurred(ctx, "TT124.D6.K3.d")


def no_serious_crime(ctx: Context) -> Finding:
    """TT124.D6.K3.dd — no crime of serious class or worse (except force majeure), unless
    detected promptly, its consequences limited and reported at once."""
    return none_occurred(ctx, "TT124.D6.K3.dd")


def no_state_secret_breach(ctx: Context) -> Finding:
    """TT124.D6.K3.e — no breach of the rules on protecting State secrets."""
    return none_occurred(ctx, "TT124.D6.K3.e")


def no_serious_fire_accident_or_violation(ctx: Context) -> Finding:
    """TT124.D6.K3.g — no serious fire or explosion, fatal labour accident, serious incident,
    or environment or food-safety violation with serious consequences (except force
    majeure)."""
    return none_occurred(ctx, "TT124.D6.K3.g")


def no_staff_sanctioned_or_disciplined(ctx: Context) -> Finding:
    """TT124.D6.K3.h — no staff member given an administrative sanction in the field of
    security and order, or disciplined from a warning upward for a social evil
    (interpretation ``k3h_warning_qualifies``)."""
    sanctions = [
        (f, s)
        for f, s in ctx.record.of(AdministrativeSanctionImposed)
        if f.occurred_on in ctx.window and s.field is SanctionField.SECURITY_ORDER
    ]
    if ctx.interpretation.k3h_warning_qualifies == "both_limbs":
        warned = {
            d.person_ref
            for _, d in discipline.counted(
                [
                    (f, d)
                    for f, d in ctx.record.of(DisciplineDecided)
                    if f.occurred_on in ctx.window
                ],
                at_least_warning=True,
            )
        }
        sanctions = [(f, s) for f, s in sanctions if s.person_ref in warned]
    social_evil = [
        (f, d)
        for f, d in ctx.record.of(DisciplineDecided)
        if f.occurred_on in ctx.window and d.reason is DisciplineReason.SOCIAL_EVIL
    ]
    counted = discipline.counted(social_evil, at_least_warning=True)
    if sanctions or counted:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="; ".join(
                [_sanction(f, s, "vi") for f, s in sanctions]
                + [_discipline(f, d, "vi") for f, d in counted]
            ),
            reason_en="; ".join(
                [_sanction(f, s, "en") for f, s in sanctions]
                + [_discipline(f, d, "en") for f, d in counted]
            ),
            evidence=ids(sanctions) + ids(counted),
        )
    below = ids(social_evil)
    if ctx.window_closed:
        return Finding(
            status=Status.MET,
            reason_vi="Không có người của đơn vị bị xử phạt vi phạm hành chính về an ninh, trật "
            "tự, cũng không có ai mắc tệ nạn xã hội mà bị kỷ luật từ cảnh cáo trở lên",
            reason_en="No staff member sanctioned in the security-and-order field or disciplined "
            "from a warning upward for a social evil",
            evidence=below,
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa ghi nhận trường hợp nào; kỳ đánh giá chưa kết thúc",
        "None recorded so far; the window is still open",
        below,
    )


def _sanction(fact: Fact, sanction: AdministrativeSanctionImposed, lang: str) -> str:
    if lang == "vi":
        return (
            f"{sanction.person_ref} bị xử phạt vi phạm hành chính ({sanction.measure}) trong lĩnh "
            f"vực an ninh, trật tự ngày {fmt_date(fact.occurred_on)}"
        )
    return (
        f"{sanction.person_ref} administratively sanctioned ({sanction.measure}) in the "
        f"security-and-order field on {fact.occurred_on.isoformat()}"
    )


def _discipline(fact: Fact, decision: DisciplineDecided, lang: str) -> str:
    if lang == "vi":
        return (
            f"{decision.person_ref} mắc tệ nạn xã hội, bị kỷ luật {decision.form.label_vi} ngày "
            f"{fmt_date(fact.occurred_on)}"
        )
    return (
        f"{decision.person_ref} disciplined ({decision.form.label_en}) for a social evil on "
        f"{fact.occurred_on.isoformat()}"
    )


# --- clauses 4 and 5 --------------------------------------------------------------------------


def guard_force(ctx: Context) -> Finding:
    """TT124.D6.K4 — the guard force holds "Tập thể lao động tiên tiến" or is rated "Hoàn
    thành tốt nhiệm vụ" or better (where eligible), none of its members disciplined from a
    warning upward (interpretations ``guard_force_absent``, ``not_eligible``,
    ``rating_year``)."""
    return shared.guard_force(ctx, if_any=False)


def sub_units_rated(ctx: Context) -> Finding:
    """TT124.D6.K5 — at least 70% of the directly subordinate units (phòng, ban, tổ, đội)
    hold the title or the rating (where eligible), nobody disciplined from a warning upward
    (interpretation ``sub_unit_discipline``)."""
    return shared.sub_units_rated(ctx, names_vi="đầu mối trực thuộc")
