"""The first edition's reading of Circular 124, Article 6 (retired): the rule version the
library applied before the official text was read, kept so that a year judged under it can be
re-judged and the difference shown as a change of rule version (``antq diff --from-rulebook
TT124@2022-02-10``). No year is assigned to it; no new rule may cite its ids.

It differed from the text: coordination "with the police or the local authority" with at least
one activity (TT124.D6.K2 as then read); incidents of a closed list of categories of any
seriousness (``TT124.D6.PROV1``); staff prosecuted, convicted or involved in social evils
(``PROV2``); "a protection force exists" (``PROV3``).
"""

from __future__ import annotations

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import (
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    IncidentOccurred,
    ProtectionForceEstablished,
    StaffOffenceRecorded,
)
from antq_compliance.domain.vocabulary import (
    CoordinationParty,
    IncidentCategory,
    Status,
    SubjectKind,
    parties_label,
)
from antq_compliance.regulation.calendar import q1
from antq_compliance.regulation.criteria import Context, Criterion, Finding, ids, met
from antq_compliance.regulation.incidents import first_edition_category
from antq_compliance.regulation.rulebook import Article, RuleVersion
from antq_compliance.regulation.tt124 import d06_agencies_enterprises as d06
from antq_compliance.regulation.tt124.d01_scope import scope
from antq_compliance.regulation.tt124.d08_evaluation import general_window

__all__ = ["FIRST_EDITION"]

_PARTNERS = frozenset({CoordinationParty.POLICE, CoordinationParty.LOCAL_AUTHORITY})


def coordination(ctx: Context) -> Finding:
    """TT124.D6.K2 as first read: an agreement with the police or the local authority, and at
    least one coordination activity in the window."""
    day = ctx.reference_day
    agreements = [
        (f, a)
        for f, a in ctx.record.of(CoordinationAgreementSigned)
        if f.occurred_on <= day and a.partners & _PARTNERS
    ]
    activities = [
        (f, a)
        for f, a in ctx.record.of(CoordinationActivityRecorded)
        if f.occurred_on in ctx.window and a.partners & _PARTNERS
    ]
    if agreements and activities:
        fact, agreement = agreements[-1]
        return met(
            f"Có {agreement.form.label_vi} với {parties_label(agreement.partners, 'vi')} (ký ngày "
            f"{fmt_date(fact.occurred_on)}), {len(activities)} hoạt động phối hợp trong kỳ",
            f"A {agreement.form.label_en} with {parties_label(agreement.partners, 'en')} signed on "
            f"{fact.occurred_on.isoformat()}, {len(activities)} coordination activities",
            ids(agreements) + ids(activities),
        )
    vi, en = (
        ("Chưa có văn bản phối hợp với công an, chính quyền", "No coordination agreement")
        if not agreements
        else ("Chưa có hoạt động phối hợp trong kỳ", "No coordination activity in the window")
    )
    return ctx.open_or_failed(ctx.window, vi, en, ids(agreements))


def no_listed_incident(ctx: Context) -> Finding:
    """TT124.D6.PROV1 (retired) — none of the listed categories, of any seriousness."""
    incidents = [(f, i) for f, i in ctx.record.of(IncidentOccurred) if f.occurred_on in ctx.window]
    counted = [
        (f, i) for f, i in incidents if first_edition_category(i) is not IncidentCategory.OTHER
    ]
    if counted:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Để xảy ra: "
            + "; ".join(
                f"{first_edition_category(i).label_vi} ngày {fmt_date(f.occurred_on)}"
                for f, i in counted
            ),
            reason_en="Occurred: "
            + "; ".join(
                f"{first_edition_category(i).label_en} on {f.occurred_on.isoformat()}"
                for f, i in counted
            ),
            evidence=ids(counted),
        )
    if ctx.window_closed:
        return met("Không để xảy ra vụ việc thuộc danh mục", "No listed incident", ids(incidents))
    return ctx.open_or_failed(
        ctx.window,
        "Chưa xảy ra vụ việc thuộc danh mục",
        "No listed incident so far",
        ids(incidents),
    )


def no_staff_offence(ctx: Context) -> Finding:
    """TT124.D6.PROV2 (retired) — no staff member prosecuted, convicted or in social evils."""
    offences = [
        (f, o) for f, o in ctx.record.of(StaffOffenceRecorded) if f.occurred_on in ctx.window
    ]
    if offences:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Có cán bộ, người lao động vi phạm: "
            + "; ".join(f"{o.staff_ref} {o.stage.label_vi}" for _, o in offences),
            reason_en="Staff offence: "
            + "; ".join(f"{o.staff_ref} {o.stage.label_en}" for _, o in offences),
            evidence=ids(offences),
        )
    if ctx.window_closed:
        return met("Không có cán bộ, người lao động vi phạm", "No staff offence")
    return ctx.open_or_failed(ctx.window, "Chưa ghi nhận vi phạm", "No offence recorded so far")


def protection_force(ctx: Context) -> Finding:
    """TT124.D6.PROV3 (retired) — the unit has built its protection force."""
    forces = [
        (f, p)
        for f, p in ctx.record.of(ProtectionForceEstablished)
        if f.occurred_on <= ctx.reference_day
    ]
    if forces:
        return met("Đã xây dựng lực lượng bảo vệ", "Protection force established", ids(forces))
    return ctx.open_or_failed(ctx.window, "Chưa xây dựng lực lượng bảo vệ", "No protection force")


def _build() -> RuleVersion:
    from antq_compliance.regulation.tt124 import TT124  # the official version's dates

    return RuleVersion(
        instrument="TT124",
        version=TT124.effective_from.isoformat(),
        edition="first edition (reconstructed; retired)",
        effective_from=TT124.effective_from,
        effective_to=None,
        articles=(
            Article(
                number=6,
                kinds=frozenset({SubjectKind.AGENCY, SubjectKind.ENTERPRISE}),
                window_clause="TT124.D8.K2.b",
                window=general_window,
                scope=(Criterion(clause_id="TT124.D1.K2.b", predicate=scope),),
                criteria=(
                    Criterion(clause_id="TT124.D6.K1.p1", predicate=d06.party_resolution),
                    Criterion(clause_id="TT124.D6.K1.p2", predicate=d06.plan_and_registration),
                    Criterion(clause_id="TT124.D6.K1.p3", predicate=d06.internal_rules),
                    Criterion(clause_id="TT124.D6.K1.p4", predicate=d06.briefed_everyone),
                    Criterion(clause_id="TT124.D6.K1.p5", predicate=d06.effective_model),
                    Criterion(clause_id="TT124.D6.K2", predicate=coordination),
                    Criterion(clause_id="TT124.D6.PROV1", predicate=no_listed_incident),
                    Criterion(clause_id="TT124.D6.PROV2", predicate=no_staff_offence),
                    Criterion(clause_id="TT124.D6.PROV3", predicate=protection_force),
                ),
            ),
        ),
        q1=q1,
        window=general_window,
        applies_to_year=lambda _year: False,
        year_rule="no year: a retired reading, evaluated only when named",
    )


FIRST_EDITION: RuleVersion = _build()
