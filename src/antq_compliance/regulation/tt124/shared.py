"""What the articles of Circular 124 share, as small findings each article's predicate calls
with its own words: the year's opening acts in Q1 (Art. 4-7 cl. 1), internal rules and
briefings, the movement model, "fully implements" (Art. 4 cl. 2, Art. 6 cl. 2, Art. 7 cl. 2),
the guard force and the sub-units' ratings (Art. 6 cl. 4-5, Art. 7 cl. 5-6), discipline.

Every function here returns a :class:`~antq_compliance.regulation.criteria.Finding` for the
context it is given; the predicate of a clause is the one-line call in its article's module.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    BriefingHeld,
    CriterionAssessed,
    DisciplineDecided,
    Fact,
    InternalRuleRepealed,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    PartyResolutionAdopted,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    SecurityPlanAdopted,
    StandardRegistrationFiled,
    SubUnitDissolved,
    SubUnitEstablished,
)
from antq_compliance.domain.record import Record
from antq_compliance.domain.vocabulary import (
    Collective,
    EmulationTitle,
    Rating,
    RuleTopic,
    Status,
)
from antq_compliance.regulation import discipline, emulation
from antq_compliance.regulation.criteria import Context, Finding, ids, met, not_applicable
from antq_compliance.regulation.tt124.parts import negative_assessment

__all__ = [
    "ADVANCED_TITLES",
    "assessed",
    "briefed",
    "disciplined",
    "effective_model",
    "guard_force",
    "has_guard_force_on",
    "plan_and_registration",
    "q1_resolution",
    "rules_in_force",
    "sub_units_rated",
    "who",
]

ADVANCED_TITLES = (EmulationTitle.ADVANCED, EmulationTitle.EXCELLENT)
""""Tập thể lao động tiên tiến" or the higher title."""


def _not_met(vi: str, en: str, evidence: tuple[str, ...] = ()) -> Finding:
    return Finding(status=Status.NOT_MET, reason_vi=vi, reason_en=en, evidence=evidence)


# --- clause 1: the year's opening acts, rules, briefings, the model -----------------------------


def q1_resolution(ctx: Context, *, body_vi: str, body_en: str, required: bool) -> Finding:
    """A dedicated or integrated resolution on security and order of the year, adopted in Q1
    (``required``: even with no Party organisation recorded)."""
    day = min(ctx.q1.end, ctx.as_of)
    profile = ctx.record.profile_on(day)
    if not profile.has_party_organisation and not required:
        return not_applicable(
            f"Đơn vị không có tổ chức Đảng (tính đến hết ngày {fmt_date(day)})",
            f"The unit has no Party organisation (at the end of {day.isoformat()})",
            profile.evidence,
        )
    resolutions = [(f, r) for f, r in ctx.record.of(PartyResolutionAdopted) if r.year == ctx.year]
    in_q1 = [(f, r) for f, r in resolutions if f.occurred_on in ctx.q1]
    if in_q1:
        fact, res = in_q1[0]
        return met(
            f"{body_vi} có {res.form.label_vi} ngày {fmt_date(fact.occurred_on)}, trong quý I",
            f"The {body_en} adopted a {res.form.label_en} on {fact.occurred_on.isoformat()}, "
            "within Q1",
            ids(in_q1),
        )
    outside = "".join(
        f"; nghị quyết ngày {fmt_date(f.occurred_on)} ngoài quý I" for f, _ in resolutions
    )
    outside_en = "".join(
        f"; a resolution of {f.occurred_on.isoformat()} is outside Q1" for f, _ in resolutions
    )
    no_cell = "" if profile.has_party_organisation else " (không ghi nhận tổ chức Đảng)"
    no_cell_en = "" if profile.has_party_organisation else " (no Party organisation recorded)"
    return ctx.open_or_failed(
        ctx.q1,
        f"Chưa có nghị quyết về công tác bảo đảm an ninh, trật tự năm {ctx.year} trong quý I"
        f"{no_cell}{outside}",
        f"No resolution on security and order for {ctx.year} adopted in Q1{no_cell_en}{outside_en}",
        ids(resolutions),
    )


def _late(kind_vi: str, kind_en: str, facts: Sequence[Fact]) -> tuple[str, str]:
    vi = "".join(f" ({kind_vi} ngày {fmt_date(f.occurred_on)} ngoài hạn)" for f in facts)
    en = "".join(f" (the {kind_en} of {f.occurred_on.isoformat()} is late)" for f in facts)
    return vi, en


def plan_and_registration(ctx: Context, *, plan: bool = True, timing: str | None = None) -> Finding:
    """A security-and-order plan (``plan``) and the registration for the standard of the year,
    by the deadline the interpretation ``p2_timing`` reads (Q1 by default), or by ``timing``
    where the text itself fixes it (Art. 4 cl. 1 puts the registration in Q1)."""
    timing = timing or ctx.interpretation.p2_timing
    period = ctx.q1 if timing == "q1" else ctx.window
    plans = [(f, p) for f, p in ctx.record.of(SecurityPlanAdopted) if p.year == ctx.year]
    regs = [(f, r) for f, r in ctx.record.of(StandardRegistrationFiled) if r.year == ctx.year]
    plan_ok = [f for f, _ in plans if f.occurred_on in period]
    reg_ok = [f for f, _ in regs if f.occurred_on in period]
    where_vi = "trong quý I" if timing == "q1" else "trong kỳ đánh giá"
    where_en = "in Q1" if timing == "q1" else "in the evaluation window"
    if (plan_ok or not plan) and reg_ok:
        plan_vi = (
            f"Kế hoạch bảo đảm ANTT ngày {fmt_date(plan_ok[0].occurred_on)} và đ" if plan else "Đ"
        )
        plan_en = f"Security plan of {plan_ok[0].occurred_on.isoformat()} and r" if plan else "R"
        return met(
            f"{plan_vi}ăng ký phấn đấu ngày {fmt_date(reg_ok[0].occurred_on)}, {where_vi}",
            f"{plan_en}egistration of {reg_ok[0].occurred_on.isoformat()}, {where_en}",
            ids([*plan_ok[:1], reg_ok[0]]),
        )
    missing_vi, missing_en = [], []
    if plan and not plan_ok:
        vi, en = _late("kế hoạch", "plan", [f for f, _ in plans])
        missing_vi.append("chưa có kế hoạch bảo đảm an ninh, trật tự" + vi)
        missing_en.append("no security-and-order plan" + en)
    if not reg_ok:
        vi, en = _late("đăng ký", "registration", [f for f, _ in regs])
        missing_vi.append("chưa đăng ký phấn đấu đạt tiêu chuẩn" + vi)
        missing_en.append("no registration for the standard" + en)
    return ctx.open_or_failed(
        period,
        f"Năm {ctx.year}, {where_vi}: " + "; ".join(missing_vi),
        f"For {ctx.year}, {where_en}: " + "; ".join(missing_en),
        ids([f for f, _ in plans] + [f for f, _ in regs]),
    )


def _rule_check_days(ctx: Context) -> list[date]:
    """The days the internal rules are looked at: the reference day; from Q1's end to it,
    every day a rule was repealed as well (coverage only drops on those days) under the
    reading ``standing_duties = from_q1_end``."""
    day = ctx.reference_day
    if ctx.interpretation.standing_duties != "from_q1_end" or day <= ctx.q1.end:
        return [day]
    repealed = {
        f.occurred_on
        for f in ctx.record.facts
        if isinstance(f.data, InternalRuleRepealed) and ctx.q1.end < f.occurred_on <= day
    }
    return sorted({ctx.q1.end, *repealed, day})


def rules_in_force(
    ctx: Context, topics: Sequence[RuleTopic], count_vi: str, clause_id: str = ""
) -> Finding:
    """Internal rules in force on each of ``topics`` on the reference day (or, under
    ``standing_duties = from_q1_end``, without a gap from the end of Q1); a review body that
    found them not fitted to the unit's situation (an assessment of ``clause_id``) fails it."""
    refused = negative_assessment(ctx, clause_id) if clause_id else None
    if refused is not None:
        return refused
    days = _rule_check_days(ctx)
    evidence: list[str] = []
    missing: list[tuple[RuleTopic, date]] = []
    for on in days:
        in_force = ctx.record.rules_in_force(on)
        evidence += [i for i in ids(in_force) if i not in evidence]
        covered = {t for _, r in in_force for t in r.topics}
        missing += [(t, on) for t in topics if t not in covered and t not in dict(missing)]
    day = days[-1]
    if not missing:
        since_vi = f" từ ngày {fmt_date(days[0])}" if len(days) > 1 else ""
        since_en = f" from {days[0].isoformat()}" if len(days) > 1 else ""
        return met(
            f"Có nội quy, quy định về đủ {count_vi} nội dung{since_vi} (tính đến hết ngày "
            f"{fmt_date(day)})",
            f"Internal rules cover all {len(topics)} topics{since_en} (at the end of "
            f"{day.isoformat()})",
            tuple(evidence),
        )
    dated = len(days) > 1
    shown_vi = [t.label_vi + (f" (ngày {fmt_date(on)})" if dated else "") for t, on in missing]
    shown_en = [t.label_en + (f" (on {on.isoformat()})" if dated else "") for t, on in missing]
    return ctx.open_or_failed(
        ctx.window,
        "Thiếu nội quy, quy định về: " + ", ".join(shown_vi),
        "No internal rule in force on: " + ", ".join(shown_en),
        tuple(evidence),
    )


def briefed(
    ctx: Context,
    topics: Sequence[RuleTopic],
    *,
    criteria_vi: str,
    people_vi: str,
    people_en: str,
    learners: bool = False,
) -> Finding:
    """100% of the people briefed (phổ biến, quán triệt) on ``topics`` and on the criteria,
    against the headcount the interpretation ``p4_denominator`` reads (plus learners for an
    educational institution)."""
    profiles = ctx.record.profiles_during(ctx.window.start, ctx.reference_day)
    chosen = profiles if ctx.interpretation.p4_denominator == "peak_headcount" else profiles[-1:]
    denominator = max(p.headcount + ((p.learners or 0) if learners else 0) for p in chosen)
    profile_ids = tuple(dict.fromkeys(i for p in profiles for i in p.evidence))
    if denominator == 0:
        return not_applicable(
            f"Đơn vị không có {people_vi} trong kỳ",
            f"The unit has no {people_en} in the window",
            profile_ids,
        )
    briefings = [(f, b) for f, b in ctx.record.of(BriefingHeld) if f.occurred_on in ctx.window]
    items = [
        (t.label_vi, t.label_en, sum(b.staff_reached for _, b in briefings if t in b.topics))
        for t in topics
    ]
    items.append(
        (
            criteria_vi,
            "the criteria",
            sum(b.staff_reached for _, b in briefings if b.criteria_briefed),
        )
    )
    short = [(vi, en, n) for vi, en, n in items if n < denominator]
    evidence = ids(briefings) + profile_ids
    if not short:
        return met(
            f"Đã phổ biến, quán triệt cho 100% {people_vi} ({denominator} người) về nội quy, quy "
            f"định và {criteria_vi}",
            f"All {denominator} {people_en} were briefed on the internal rules and the criteria",
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
        f"Chưa phổ biến, quán triệt cho 100% {people_vi} — {detail_vi}",
        f"Fewer than 100% of {people_en} briefed — {detail_en}",
        evidence,
    )


def effective_model(ctx: Context) -> Finding:
    """At least one model of the all-people movement operating effectively: standing (not
    dissolved) on the reference day and assessed effective for the window."""
    day = ctx.reference_day
    dissolved = {
        d.model: f for f, d in ctx.record.of(MovementModelDissolved) if f.occurred_on <= day
    }
    models = [(f, m) for f, m in ctx.record.of(MovementModelEstablished) if f.occurred_on <= day]
    notes_vi, notes_en = [], []
    late = ctx.interpretation.standing_duties == "from_q1_end" and day > ctx.q1.end
    for fact, model in models:
        if late and fact.occurred_on > ctx.q1.end:
            notes_vi.append(
                f'mô hình "{model.name}" xây dựng ngày {fmt_date(fact.occurred_on)}, sau quý I'
            )
            notes_en.append(
                f'model "{model.name}" set up on {fact.occurred_on.isoformat()}, after Q1'
            )
            continue
        if model.model in dissolved:
            gone = dissolved[model.model].occurred_on
            notes_vi.append(f'mô hình "{model.name}" đã giải thể ngày {fmt_date(gone)}')
            notes_en.append(f'model "{model.name}" was dissolved on {gone.isoformat()}')
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
        on = last_fact.occurred_on
        if last.effective:
            return met(
                f'Mô hình "{model.name}" được {last.assessed_by} đánh giá hoạt động hiệu quả '
                f"ngày {fmt_date(on)}",
                f'Model "{model.name}" assessed effective by {last.assessed_by} on '
                f"{on.isoformat()}",
                (fact.id, last_fact.id),
            )
        notes_vi.append(f'mô hình "{model.name}" được đánh giá chưa hiệu quả ngày {fmt_date(on)}')
        notes_en.append(f'model "{model.name}" assessed not effective on {on.isoformat()}')
    if not models:
        notes_vi.append("chưa xây dựng mô hình nào")
        notes_en.append("no model established")
    return ctx.open_or_failed(
        ctx.window,
        "Chưa có mô hình hoạt động hiệu quả: " + "; ".join(notes_vi),
        "No model operating effectively: " + "; ".join(notes_en),
        ids(models),
    )


# --- "fully implements": what the review body assessed ----------------------------------------


def assessed(
    ctx: Context,
    clause_id: str,
    evidence: tuple[str, ...] = (),
    what_vi: str = "",
    what_en: str = "",
) -> Finding:
    """A clause the text leaves to the review body's judgement ("đầy đủ", "có hiệu quả"):
    not met on an assessment of the year that says so; met on one that says it was; with none,
    met once the window closed (interpretation ``implementation_evidence``:
    ``no_contrary_finding``) or only on a positive one (``positive_assessment``)."""
    found = [
        (f, a)
        for f, a in ctx.record.of(CriterionAssessed)
        if a.clause == clause_id and a.year == ctx.year
    ]
    every = ids(found) + evidence
    if found:
        fact, last = found[-1]
        on = fmt_date(fact.occurred_on)
        if not last.fulfilled:
            return _not_met(
                f"{last.assessed_by} đánh giá chưa đạt ngày {on}: {last.note}",
                f"Assessed not fulfilled by {last.assessed_by} on {fact.occurred_on.isoformat()}: "
                f"{last.note}",
                every,
            )
        return met(
            f"{last.assessed_by} đánh giá đạt ngày {on}{what_vi}",
            f"Assessed fulfilled by {last.assessed_by} on {fact.occurred_on.isoformat()}{what_en}",
            every,
        )
    if ctx.window_closed and ctx.interpretation.implementation_evidence == "no_contrary_finding":
        return met(
            f"Không có đánh giá nào cho thấy chưa thực hiện đầy đủ trong kỳ{what_vi}",
            f"No assessment found it not fulfilled in the window{what_en}",
            every,
        )
    return ctx.open_or_failed(
        ctx.window,
        f"Chưa có đánh giá của cuộc họp kiểm điểm hoặc cơ quan thẩm định{what_vi}",
        f"Not yet assessed by the review meeting or the appraising body{what_en}",
        every,
    )


# --- forces, sub-units, discipline ------------------------------------------------------------


def disciplined(
    ctx: Context, collectives: Collection[Collective | None] | None, *, from_warning: bool
) -> list[tuple[Fact, DisciplineDecided]]:
    """The disciplinary decisions of the window a clause counts (Conventions: by decision
    date): against members of ``collectives`` (None: anyone of the unit), from a warning
    upward (per the person's regime) or of any form."""
    in_window = [(f, d) for f, d in ctx.record.of(DisciplineDecided) if f.occurred_on in ctx.window]
    wanted = None if collectives is None else frozenset(collectives)
    return discipline.counted(in_window, at_least_warning=from_warning, collectives=wanted)


def who(decisions: Sequence[tuple[Fact, DisciplineDecided]], lang: str) -> str:
    """The people of ``decisions``, each with the form and the date of the decision."""
    return _who(decisions, lang)


def _who(decisions: Sequence[tuple[Fact, DisciplineDecided]], lang: str) -> str:
    return "; ".join(
        f"{d.person_ref} ({d.form.label(lang)}, {fmt_date(f.occurred_on, lang)})"
        for f, d in decisions
    )


def _guard_force_on(record: Record, on: date) -> tuple[Fact | None, tuple[str, ...]]:
    """The establishment of the guard force standing on ``on``, and the facts that say so."""
    changes = [
        f
        for f in record.facts
        if isinstance(f.data, ProtectionForceEstablished | ProtectionForceDisbanded)
        and f.occurred_on <= on
    ]
    last = changes[-1] if changes else None
    standing = None
    if last is not None and isinstance(last.data, ProtectionForceEstablished):
        standing = last
    return standing, ids(changes)


def has_guard_force_on(record: Record, on: date) -> bool:
    """Whether the unit has a guard force on ``on``."""
    return _guard_force_on(record, on)[0] is not None


def _has_guard_force(ctx: Context) -> tuple[Fact | None, tuple[str, ...]]:
    return _guard_force_on(ctx.record, ctx.reference_day)


def guard_force(ctx: Context, *, if_any: bool) -> Finding:
    """The guard force holds "Tập thể lao động tiên tiến" or is rated "Hoàn thành tốt nhiệm vụ"
    or better (where eligible for emulation review), and none of its members was disciplined
    from a warning upward (Art. 6 cl. 4; Art. 7 cl. 5, whose "if any" makes a unit without one
    not applicable)."""
    standing, force_ids = _has_guard_force(ctx)
    if standing is None:
        if if_any or ctx.interpretation.guard_force_absent == "not_applicable":
            return not_applicable(
                "Đơn vị không có lực lượng bảo vệ", "The unit has no guard force", force_ids
            )
        return ctx.open_or_failed(
            ctx.window, "Đơn vị không có lực lượng bảo vệ", "The unit has no guard force", force_ids
        )
    return _collective_rated(
        ctx, Collective.GUARD_FORCE, None, "lực lượng bảo vệ", "guard force", force_ids
    )


def _collective_rated(
    ctx: Context,
    collective: Collective,
    sub_unit: str | None,
    name_vi: str,
    name_en: str,
    evidence: tuple[str, ...],
) -> Finding:
    bad = disciplined(ctx, [collective], from_warning=True)
    if bad:
        return _not_met(
            f"Có cá nhân thuộc {name_vi} bị kỷ luật từ hình thức cảnh cáo trở lên: "
            f"{_who(bad, 'vi')}",
            f"A member of the {name_en} was disciplined from a warning upward: {_who(bad, 'en')}",
            evidence + ids(bad),
        )
    found = emulation.rating_for(ctx, collective, sub_unit)
    if found is None:
        return ctx.open_or_failed(
            ctx.window,
            f"Chưa có kết quả bình xét thi đua, đánh giá của {name_vi} năm {ctx.year}",
            f"No emulation title or rating of the {name_en} for {ctx.year}",
            evidence,
        )
    fact, rated = found
    shown = rated.title or rated.rating
    shown_vi = shown.label("vi") if shown is not None else ""
    shown_en = shown.label("en") if shown is not None else ""
    if not rated.eligible:
        lapses = ctx.interpretation.not_eligible == "whole_clause_lapses"
        reason = (
            f"{name_vi.capitalize()} không đủ điều kiện bình xét danh hiệu thi đua năm "
            f"{rated.year}",
            f"The {name_en} was not eligible for emulation review for {rated.year}",
        )
        if lapses:
            return not_applicable(*reason, (*evidence, fact.id))
        return met(
            reason[0] + "; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
            reason[1] + "; no member disciplined from a warning upward",
            (*evidence, fact.id),
        )
    if emulation.meets(rated, minimum=Rating.GOOD, titles=ADVANCED_TITLES):
        return met(
            f"{name_vi.capitalize()} đạt {shown_vi} năm {rated.year}; không có cá nhân bị kỷ luật "
            "từ hình thức cảnh cáo trở lên",
            f"The {name_en}: {shown_en} for {rated.year}; no member disciplined from a warning "
            "upward",
            (*evidence, fact.id),
        )
    reason = (
        f"{name_vi.capitalize()} chỉ đạt {shown_vi} năm {rated.year} (cần Tập thể lao động tiên "
        "tiến hoặc Hoàn thành tốt nhiệm vụ trở lên)",
        f"The {name_en} was rated {shown_en} for {rated.year} (advanced collective or 'completed "
        "tasks well' or better needed)",
    )
    if rated.year != ctx.year:  # the year's own may still be decided before the window ends
        return ctx.open_or_failed(ctx.window, *reason, (*evidence, fact.id))
    return _not_met(*reason, (*evidence, fact.id))


SUB_UNIT_SHARE = (7, 10)
"""At least 70% (TT124.D6.K5, D7.K6), compared exactly: rated * 10 >= eligible * 7."""


def _sub_units(ctx: Context) -> list[tuple[Fact, SubUnitEstablished]]:
    day = ctx.reference_day
    gone = {d.sub_unit for f, d in ctx.record.of(SubUnitDissolved) if f.occurred_on <= day}
    return [
        (f, s)
        for f, s in ctx.record.of(SubUnitEstablished)
        if f.occurred_on <= day and s.sub_unit not in gone
    ]


def sub_units_rated(ctx: Context, *, names_vi: str) -> Finding:
    """At least 70% of the directly subordinate units (eligible for emulation review) hold
    "Tập thể lao động tiên tiến" or are rated "Hoàn thành tốt nhiệm vụ" or better, and no
    individual was disciplined from a warning upward (Art. 6 cl. 5, Art. 7 cl. 6)."""
    units = _sub_units(ctx)
    per_sub_unit = ctx.interpretation.sub_unit_discipline == "per_sub_unit"
    bad = disciplined(ctx, None, from_warning=True)
    if bad and (not per_sub_unit or not units):
        return _not_met(
            f"Có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên: {_who(bad, 'vi')}",
            f"Someone of the unit was disciplined from a warning upward: {_who(bad, 'en')}",
            ids(bad),
        )
    if not units and ctx.interpretation.no_sub_units == "not_met":
        return ctx.open_or_failed(
            ctx.window,
            f"Chưa ghi nhận {names_vi} nào (phòng, ban, tổ, đội)",
            "No directly subordinate unit recorded",
        )
    struck = {d.sub_unit for _, d in bad}
    eligible, good, unknown, evidence = 0, 0, [], list(ids(units))
    for _, unit in units:
        found = emulation.rating_for(ctx, Collective.SUB_UNIT, unit.sub_unit)
        if found is None or found[1].year != ctx.year:
            unknown.append(unit.name)  # the year's own rating may still come
        if found is None:
            eligible += 1
            continue
        fact, rated = found
        evidence.append(fact.id)
        if not rated.eligible:
            continue
        eligible += 1
        if unit.sub_unit not in struck and emulation.meets(
            rated, minimum=Rating.GOOD, titles=ADVANCED_TITLES
        ):
            good += 1
    if eligible == 0:
        return not_applicable(
            f"Không có {names_vi} đủ điều kiện bình xét danh hiệu thi đua; không có cá nhân bị kỷ "
            "luật từ hình thức cảnh cáo trở lên",
            "No sub-unit eligible for emulation review; nobody disciplined from a warning upward",
            tuple(evidence),
        )
    share = f"{good}/{eligible} ({100 * good // eligible}%)"
    if good * SUB_UNIT_SHARE[1] >= eligible * SUB_UNIT_SHARE[0]:
        return met(
            f"{share} {names_vi} đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ "
            "trở lên",
            f"{share} sub-units advanced or rated 'completed tasks well' or better",
            tuple(evidence),
        )
    still = f"; chưa có kết quả năm {ctx.year}: {', '.join(unknown)}" if unknown else ""
    still_en = f"; no rating for {ctx.year} yet: {', '.join(unknown)}" if unknown else ""
    reason = (
        f"Chỉ {share} {names_vi} đạt Tập thể lao động tiên tiến hoặc Hoàn thành tốt nhiệm vụ "
        f"trở lên (cần từ 70% trở lên){still}",
        f"Only {share} sub-units advanced or rated well (70% or more needed){still_en}",
    )
    if unknown:
        return ctx.open_or_failed(ctx.window, *reason, tuple(evidence))
    return _not_met(*reason, tuple(evidence))
