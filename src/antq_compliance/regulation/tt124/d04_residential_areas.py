"""Circular 124/2021/TT-BCA, Article 4: the criteria for residential areas (khu dân cư: thôn,
ấp, khóm, tổ dân phố...), evaluated over the window 01/11 of Y-1 to 31/10 of Y (Art. 8 cl.
2.a). Clauses 2 to 4 are also what a commune must meet on its territory (Art. 5 cl. 2): their
findings are functions of a context, reused by ``d05_communes``.

Readings that are ours are parameters of
:class:`~antq_compliance.regulation.interpretation.Interpretation`: ``residential_no_party_cell``
(cl. 1), ``implementation_evidence`` (cl. 2, 4.c), ``year_on_year`` (cl. 4.a).
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    CrimeFiguresReported,
    HotspotIdentified,
    HouseholdsCounted,
    SocialEvilCaseIdentified,
)
from antq_compliance.domain.vocabulary import Collective, EmulationTitle, Rating, Status
from antq_compliance.regulation import emulation
from antq_compliance.regulation.criteria import Context, Finding, ids, met
from antq_compliance.regulation.incidents import none_occurred
from antq_compliance.regulation.tt124 import shared
from antq_compliance.regulation.tt124.parts import combine

__all__ = [
    "households_registered",
    "implementation",
    "no_complaint_incitement",
    "no_exploiting_religion_or_disputes",
    "no_illegal_religion",
    "no_new_hotspot_or_social_evil",
    "no_prolonged_dispute",
    "no_sabotage",
    "no_separatism",
    "no_serious_crime",
    "no_serious_fire_or_accident",
    "no_subversion",
    "resolution_and_registration",
    "security_force_rated",
    "year_on_year",
]

# --- clause 1 ---------------------------------------------------------------------------------


def resolution_and_registration(ctx: Context) -> Finding:
    """TT124.D4.K1.p1 — in Q1, the Party cell's resolution and the area's registration for the
    standard (interpretation ``residential_no_party_cell``: an area with no Party cell of its
    own fails the resolution half unless read as not applicable)."""
    optional = ctx.interpretation.residential_no_party_cell == "not_applicable"
    resolution = shared.q1_resolution(
        ctx, body_vi="Chi bộ", body_en="Party cell", required=not optional
    )
    registration = shared.plan_and_registration(ctx, plan=False, timing="q1")
    return combine(
        ctx,
        (
            ("nghị quyết của chi bộ", "the Party cell's resolution", resolution),
            ("đăng ký phấn đấu", "the registration", registration),
        ),
    )


def households_registered(ctx: Context) -> Finding:
    """TT124.D4.K1.p2 — in Q1, 100% of the households residing in the area registered to take
    part: the latest count of the year dated by the end of Q1 (``HouseholdsCounted``)."""
    counts = [
        (f, c)
        for f, c in ctx.record.of(HouseholdsCounted)
        if c.year == ctx.year and f.occurred_on <= min(ctx.q1.end, ctx.as_of)
    ]
    if counts:
        fact, count = counts[-1]
        on = fmt_date(fact.occurred_on)
        if count.residing and count.registered >= count.residing:
            return met(
                f"100% hộ gia đình đang cư trú đã đăng ký ({count.registered}/{count.residing} "
                f"hộ, số liệu ngày {on})",
                f"All {count.residing} resident households registered (count of "
                f"{fact.occurred_on.isoformat()})",
                (fact.id,),
            )
        share = 100 * count.registered // count.residing if count.residing else 0
        reason = (
            f"Mới có {count.registered}/{count.residing} hộ gia đình đang cư trú đăng ký "
            f"({share}%, số liệu ngày {on})",
            f"Only {count.registered} of {count.residing} resident households registered "
            f"({share}%, count of {fact.occurred_on.isoformat()})",
        )
        return ctx.open_or_failed(ctx.q1, *reason, ids(counts))
    return ctx.open_or_failed(
        ctx.q1,
        f"Chưa có số liệu hộ gia đình đăng ký năm {ctx.year} trong quý I",
        f"No count of registered households for {ctx.year} in Q1",
    )


# --- clause 2 ---------------------------------------------------------------------------------


def implementation(ctx: Context) -> Finding:
    """TT124.D4.K2 — fully implements the Party's guidelines, State policy and law and the
    local rules on security and order: the review body's assessment decides "fully"
    (interpretation ``implementation_evidence``)."""
    return shared.assessed(ctx, "TT124.D4.K2")


# --- clause 3 ---------------------------------------------------------------------------------


def no_subversion(ctx: Context) -> Finding:
    """TT124.D4.K3.a — no activity against the Party or the government, or undermining the
    unity of the whole people."""
    return none_occurred(ctx, "TT124.D4.K3.a")


def no_sabotage(ctx: Context) -> Finding:
    """TT124.D4.K3.b — no sabotage of key economic, cultural, social, security or defence
    targets or works."""
    return none_occurred(ctx, "TT124.D4.K3.b")


def no_illegal_religion(ctx: Context) -> Finding:
    """TT124.D4.K3.c — no illegal propagation or development of a belief or religion."""
    return none_occurred(ctx, "TT124.D4.K3.c")


def no_exploiting_religion_or_disputes(ctx: Context) -> Finding:
    """TT124.D4.K3.d — no use of belief, religion, ethnicity, disputes or complaints that
    complicates security and order."""
    return none_occurred(ctx, "TT124.D4.K3.d")


def no_separatism(ctx: Context) -> Finding:
    """TT124.D4.K3.dd — no separatist activity or demand for autonomy."""
    return none_occurred(ctx, "TT124.D4.K3.dd")


def no_prolonged_dispute(ctx: Context) -> Finding:
    """TT124.D4.K3.e — no complex, prolonged conflict or dispute among the residents."""
    return none_occurred(ctx, "TT124.D4.K3.e")


def no_complaint_incitement(ctx: Context) -> Finding:
    """TT124.D4.K3.g — no incitement to crowd complaints or disorder, anti-State use of
    complaints, or slander of those who handle complaints."""
    return none_occurred(ctx, "TT124.D4.K3.g")


# --- clause 4 ---------------------------------------------------------------------------------

_GROUPS = (
    ("crimes", "tội phạm", "crimes"),
    ("social_evils", "tệ nạn xã hội", "social evils"),
    ("other_violations", "vi phạm pháp luật khác", "other violations"),
)


def year_on_year(ctx: Context) -> Finding:
    """TT124.D4.K4.a — crimes, social evils and other violations held down and reduced
    compared with the previous year: the counts reported for the year and for the year before
    (``CrimeFiguresReported``; interpretation ``year_on_year``)."""
    figures = {
        c.year: (f, c)
        for f, c in ctx.record.of(CrimeFiguresReported)
        if c.year in (ctx.year, ctx.year - 1) and f.occurred_on <= ctx.as_of
    }
    missing = [y for y in (ctx.year - 1, ctx.year) if y not in figures]
    if missing:
        shown = ", ".join(str(y) for y in missing)
        return ctx.open_or_failed(
            ctx.window,
            f"Chưa có số liệu tội phạm, tệ nạn xã hội, vi phạm pháp luật năm {shown}",
            f"No counts of crimes, social evils and violations for {shown}",
            ids(list(figures.values())),
        )
    (before_fact, before), (now_fact, now) = figures[ctx.year - 1], figures[ctx.year]
    rows = [(vi, en, getattr(before, name), getattr(now, name)) for name, vi, en in _GROUPS]
    shown_vi = "; ".join(f"{vi}: {a} → {b}" for vi, _, a, b in rows)
    shown_en = "; ".join(f"{en}: {a} → {b}" for _, en, a, b in rows)
    if ctx.interpretation.year_on_year == "every_group_fell":
        held = all(b < a or a == b == 0 for _, _, a, b in rows)
    else:
        held = all(b <= a for _, _, a, b in rows)
    evidence = (before_fact.id, now_fact.id)
    if held:
        return met(
            f"Kiềm chế, kéo giảm so với năm {ctx.year - 1} ({shown_vi})",
            f"Held down compared with {ctx.year - 1} ({shown_en})",
            evidence,
        )
    return Finding(
        status=Status.NOT_MET,
        reason_vi=f"Chưa kiềm chế, kéo giảm so với năm {ctx.year - 1} ({shown_vi})",
        reason_en=f"Not held down compared with {ctx.year - 1} ({shown_en})",
        evidence=evidence,
    )


def no_serious_crime(ctx: Context) -> Finding:
    """TT124.D4.K4.b — no crime of serious class or worse (except force majeure), unless
    detected promptly, its consequences limited and reported at once."""
    return none_occurred(ctx, "TT124.D4.K4.b")


def no_new_hotspot_or_social_evil(ctx: Context, clause_id: str = "TT124.D4.K4.c") -> Finding:
    """TT124.D4.K4.c — no new social-order hotspot, no new person with a social evil, and the
    persons under management handled effectively (the review body's assessment of
    ``clause_id``, interpretation ``implementation_evidence``)."""
    hotspots = [(f, h) for f, h in ctx.record.of(HotspotIdentified) if f.occurred_on in ctx.window]
    cases = [
        (f, c) for f, c in ctx.record.of(SocialEvilCaseIdentified) if f.occurred_on in ctx.window
    ]
    if hotspots or cases:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="; ".join(
                [f"Phát sinh tụ điểm phức tạp ngày {fmt_date(f.occurred_on)}" for f, _ in hotspots]
                + [
                    f"Phát sinh người mắc tệ nạn xã hội ({c.person_ref}) ngày "
                    f"{fmt_date(f.occurred_on)}"
                    for f, c in cases
                ]
            ),
            reason_en="; ".join(
                [f"New hotspot on {f.occurred_on.isoformat()}" for f, _ in hotspots]
                + [
                    f"New social-evil case ({c.person_ref}) on {f.occurred_on.isoformat()}"
                    for f, c in cases
                ]
            ),
            evidence=ids(hotspots) + ids(cases),
        )
    return shared.assessed(
        ctx,
        clause_id,
        what_vi=" (không phát sinh tụ điểm phức tạp, người mắc tệ nạn xã hội)",
        what_en=" (no new hotspot or social-evil case)",
    )


def no_serious_fire_or_accident(ctx: Context) -> Finding:
    """TT124.D4.K4.d — no serious fire or explosion, fatal labour accident or serious incident
    (except force majeure)."""
    return none_occurred(ctx, "TT124.D4.K4.d")


# --- clause 5 ---------------------------------------------------------------------------------


def security_force_rated(ctx: Context) -> Finding:
    """TT124.D4.K5 — the grassroots security force rated "hoàn thành nhiệm vụ" or better, and
    no member of it disciplined (any form)."""
    name_vi, name_en = "lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở", "grassroots force"
    bad = shared.disciplined(ctx, [Collective.GRASSROOTS_FORCE], from_warning=False)
    if bad:
        return Finding(
            status=Status.NOT_MET,
            reason_vi=f"Có cá nhân thuộc {name_vi} vi phạm bị xử lý kỷ luật: "
            + shared.who(bad, "vi"),
            reason_en=f"A member of the {name_en} was disciplined: " + shared.who(bad, "en"),
            evidence=ids(bad),
        )
    found = emulation.rating_for(ctx, Collective.GRASSROOTS_FORCE)
    if found is None:
        return ctx.open_or_failed(
            ctx.window,
            f"Chưa có kết quả đánh giá {name_vi} năm {ctx.year}",
            f"No rating of the {name_en} for {ctx.year}",
        )
    fact, rated = found
    shown = rated.title or rated.rating
    label_vi = shown.label("vi") if shown is not None else ""
    label_en = shown.label("en") if shown is not None else ""
    if emulation.meets(rated, minimum=Rating.DONE, titles=tuple(EmulationTitle)):
        return met(
            f"{name_vi.capitalize()} được đánh giá {label_vi} năm {rated.year}; không có cá nhân "
            "vi phạm bị xử lý kỷ luật",
            f"The {name_en} was rated {label_en} for {rated.year}; nobody disciplined",
            (fact.id,),
        )
    reason = (
        f"{name_vi.capitalize()} bị đánh giá {label_vi} năm {rated.year} (cần hoàn thành nhiệm vụ "
        "trở lên)",
        f"The {name_en} was rated {label_en} for {rated.year} (tasks completed or better needed)",
    )
    if rated.year != ctx.year:  # the year's own may still be decided before the window ends
        return ctx.open_or_failed(ctx.window, *reason, (fact.id,))
    return Finding(
        status=Status.NOT_MET, reason_vi=reason[0], reason_en=reason[1], evidence=(fact.id,)
    )
