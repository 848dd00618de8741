"""Pure evaluation: two clocks, corrections, profile changes, interpretations. No store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import attrs
import pytest

from antq_compliance import (
    AdministrativeSanctionImposed,
    AsOf,
    ClauseNotEvaluated,
    CriterionAssessed,
    Fact,
    FactDraft,
    FactRetracted,
    IncidentKind,
    IncidentOccurred,
    Interpretation,
    NoRuleVersion,
    OffenceStage,
    PersonRegime,
    ProfileChanged,
    SanctionField,
    Severity,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    Status,
    UnknownClause,
    Verdict,
    evaluate,
)
from builders import SUBJECT, compliant_year, draft, registration

T0 = datetime(2025, 1, 10, tzinfo=UTC)
END = date(2024, 12, 31)


def stamp(drafts: list[FactDraft], at: datetime = T0) -> list[Fact]:
    return [Fact(**attrs.asdict(d, recurse=False), recorded_at=at) for d in drafts]


def status_of(facts: list[Fact], as_of: date = END, known_at: datetime | None = None, **kw: object):  # type: ignore[no-untyped-def]
    return evaluate(SUBJECT, facts, 2024, AsOf(business=as_of, known_at=known_at), **kw)  # type: ignore[arg-type]


def test_a_complete_year_is_achieved_and_verified() -> None:
    result = status_of(stamp([registration(), *compliant_year()]))
    assert result.verdict is Verdict.ACHIEVED
    assert all(c.status is Status.MET for c in result.criteria)
    assert not result.provisional, "every Article 6 clause is verified from the official text"
    assert [r.instrument for r in result.rulebook] == ["TT124"]
    assert [c.id for c in result.criteria][-10:] == [
        "TT124.D6.K3.a",
        "TT124.D6.K3.b",
        "TT124.D6.K3.c",
        "TT124.D6.K3.d",
        "TT124.D6.K3.dd",
        "TT124.D6.K3.e",
        "TT124.D6.K3.g",
        "TT124.D6.K3.h",
        "TT124.D6.K4",
        "TT124.D6.K5",
    ]


def test_each_result_names_its_clause_rule_evidence_and_reasons() -> None:
    result = status_of(stamp([registration(), *compliant_year()]))
    p2 = result.criterion("TT124.D6.K1.p2")
    assert p2.evidence == (f"{SUBJECT}-2024-kh", f"{SUBJECT}-2024-dk")
    assert p2.rule.instrument == "TT124"
    assert "quý I" in p2.reason_vi and "Q1" in p2.reason_en
    assert p2.text_status.value == "verified" and not p2.provisional
    assert result.criterion("TT124.D6.K3.a").text_status.value == "verified"


def test_an_unknown_clause_id_is_an_error() -> None:
    result = status_of(stamp([registration(), *compliant_year()]))
    with pytest.raises(UnknownClause):
        result.criterion("TT124.D6.K9")
    with pytest.raises(ClauseNotEvaluated, match="evaluation window 2023-11-16 to 2024-11-15"):
        result.criterion("TT124.D8.K2.b")
    with pytest.raises(ClauseNotEvaluated, match=r"\(TT124\) does not evaluate it"):
        result.criterion("TT23.D7.K1")


def test_years_before_tt23_have_no_rule_version() -> None:
    with pytest.raises(NoRuleVersion, match="evaluation year 2011"):
        evaluate(SUBJECT, stamp([registration()]), 2011, AsOf(business=date(2011, 12, 31)))


def test_2021_follows_tt23_with_its_calendar_year_reading() -> None:
    result = evaluate(SUBJECT, stamp([registration()]), 2021, AsOf(business=date(2021, 12, 31)))
    assert [r.instrument for r in result.rulebook] == ["TT23"]
    assert (result.window.start, result.window.end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert result.window.clause is None and "calendar year" in result.window.note
    assert result.scope is None
    assert [c.id for c in result.criteria] == [
        "TT23.D7.K1",
        "TT23.D7.K2",
        "TT23.D7.K3",
        "TT23.D7.K4",
    ]


def test_the_2022_cycle_straddling_the_effective_date_follows_tt124() -> None:
    result = evaluate(SUBJECT, stamp([registration()]), 2022, AsOf(business=date(2022, 12, 31)))
    assert result.rulebook[0].instrument == "TT124"
    assert result.window.start == date(2021, 11, 16)


def test_a_fact_recorded_late_counts_only_from_its_recording_time() -> None:
    on_time = stamp([registration(), *compliant_year()])
    late_incident = stamp(
        [
            draft(
                "chay",
                IncidentOccurred(
                    kind=IncidentKind.FIRE_EXPLOSION,
                    severity=Severity.SERIOUS,
                    description="Cháy kho",
                ),
                date(2024, 3, 1),
            )
        ],
        at=T0 + timedelta(days=30),
    )
    facts = on_time + late_incident
    assert status_of(facts, known_at=T0).verdict is Verdict.ACHIEVED
    assert status_of(facts, known_at=T0 + timedelta(days=30)).verdict is Verdict.NOT_ACHIEVED
    assert status_of(facts).criterion("TT124.D6.K3.g").evidence == ("chay",)


def test_a_retraction_withdraws_a_fact_from_its_recording_time_on() -> None:
    base = stamp([registration(), *compliant_year()])
    incident = stamp(
        [
            draft(
                "chay",
                IncidentOccurred(
                    kind=IncidentKind.FIRE_EXPLOSION,
                    severity=Severity.SERIOUS,
                    description="Báo nhầm",
                ),
                date(2024, 3, 1),
            )
        ]
    )
    retraction = stamp(
        [
            draft(
                "rut", FactRetracted(target="chay", reason="Báo cáo nhầm đơn vị"), date(2024, 3, 5)
            )
        ],
        at=T0 + timedelta(hours=1),
    )
    facts = base + incident + retraction
    assert status_of(facts, known_at=T0).verdict is Verdict.NOT_ACHIEVED
    assert status_of(facts).verdict is Verdict.ACHIEVED


def test_a_superseding_fact_replaces_the_original() -> None:
    late = [d for d in compliant_year() if not d.id.endswith("-dk")]
    wrong = draft("dk", StandardRegistrationFiled(year=2024), date(2024, 4, 2))
    fixed = draft(
        "dk-2",
        StandardRegistrationFiled(year=2024),
        date(2024, 3, 2),
        supersedes="dk",
        reason="Sai ngày trên văn bản",
    )
    facts = stamp([registration(), *late, wrong]) + stamp([fixed], at=T0 + timedelta(hours=1))
    assert status_of(facts, known_at=T0).criterion("TT124.D6.K1.p2").status is Status.NOT_MET
    after = status_of(facts).criterion("TT124.D6.K1.p2")
    assert after.status is Status.MET and "dk-2" in after.evidence and "dk" not in after.evidence


def test_business_as_of_ignores_what_happened_later() -> None:
    facts = stamp([registration(), *compliant_year()])
    early = status_of(facts, as_of=date(2024, 1, 20))
    assert early.verdict is Verdict.PENDING
    assert early.criterion("TT124.D6.K1.p1").status is Status.MET
    assert early.criterion("TT124.D6.K1.p4").status is Status.PENDING
    assert early.criterion("TT124.D6.K1.p4").due == date(2024, 11, 15)


def test_headcount_growth_in_the_window_raises_the_briefing_denominator() -> None:
    grow = draft("grow", ProfileChanged(headcount=150), date(2024, 6, 1))
    facts = stamp([registration(headcount=100), *compliant_year(headcount=100), grow])
    p4 = status_of(facts).criterion("TT124.D6.K1.p4")
    assert p4.status is Status.NOT_MET and "100/150" in p4.reason_en
    at_end = Interpretation(p4_denominator="headcount_at_window_end")
    assert (
        status_of(facts, interpretation=at_end).criterion("TT124.D6.K1.p4").status is Status.NOT_MET
    )
    shrink = draft("shrink", ProfileChanged(headcount=80), date(2024, 6, 1))
    facts = stamp([registration(headcount=100), *compliant_year(headcount=90), shrink])
    assert status_of(facts).criterion("TT124.D6.K1.p4").status is Status.NOT_MET
    assert status_of(facts, interpretation=at_end).criterion("TT124.D6.K1.p4").status is Status.MET


def test_a_party_organisation_set_up_after_q1_makes_p1_not_applicable_that_year() -> None:
    no_party = [d for d in compliant_year() if not d.id.endswith("-nq")]
    facts = stamp(
        [
            registration(party=False),
            *no_party,
            draft("dang", ProfileChanged(has_party_organisation=True), date(2024, 5, 1)),
        ]
    )
    assert status_of(facts).criterion("TT124.D6.K1.p1").status is Status.NOT_APPLICABLE
    early = stamp(
        [
            registration(party=False),
            *no_party,
            draft("dang", ProfileChanged(has_party_organisation=True), date(2024, 3, 31)),
        ]
    )
    assert status_of(early).criterion("TT124.D6.K1.p1").status is Status.NOT_MET


def test_p2_timing_is_a_named_interpretation() -> None:
    late = [d for d in compliant_year() if not d.id.endswith("-dk")]
    facts = stamp(
        [
            registration(),
            *late,
            draft("dk", StandardRegistrationFiled(year=2024), date(2024, 4, 15)),
        ]
    )
    assert status_of(facts).criterion("TT124.D6.K1.p2").status is Status.NOT_MET
    window = Interpretation(p2_timing="window")
    assert status_of(facts, interpretation=window).criterion("TT124.D6.K1.p2").status is Status.MET


def test_whether_the_warning_threshold_qualifies_a_sanction_is_a_parameter() -> None:
    sanction = draft(
        "xp",
        AdministrativeSanctionImposed(
            person_ref="NV-0042",
            regime=PersonRegime.EMPLOYEE,
            field=SanctionField.SECURITY_ORDER,
            measure="phạt tiền",
            decided_by="Công an phường",
        ),
        date(2024, 7, 1),
    )
    facts = stamp([registration(), *compliant_year(), sanction])
    assert status_of(facts).criterion("TT124.D6.K3.h").status is Status.NOT_MET
    both = Interpretation(k3h_warning_qualifies="both_limbs")
    assert status_of(facts, interpretation=both).verdict is Verdict.ACHIEVED
    offence = draft(
        "vp",
        StaffOffenceRecorded(staff_ref="NV-0043", stage=OffenceStage.PROSECUTED),
        date(2024, 7, 1),
    )
    prosecuted = stamp([registration(), *compliant_year(), offence])
    assert status_of(prosecuted).verdict is Verdict.ACHIEVED, "a prosecution alone is not listed"


def test_an_incident_counts_only_past_the_text_s_threshold() -> None:
    def incident(fact_id: str, **fields: object) -> FactDraft:
        data = IncidentOccurred(description="Vụ việc", **fields)  # type: ignore[arg-type]
        return draft(fact_id, data, date(2024, 7, 1))

    def g_status(*extra: FactDraft) -> Status:
        facts = stamp([registration(), *compliant_year(), *extra])
        found: Status = status_of(facts).criterion("TT124.D6.K3.g").status
        return found

    assert g_status(incident("c1", kind=IncidentKind.FIRE_EXPLOSION, severity=Severity.MINOR)) is (
        Status.MET
    )
    assert g_status(incident("c2", kind=IncidentKind.FIRE_EXPLOSION)) is Status.PENDING
    assert g_status(incident("t1", kind=IncidentKind.LABOUR_ACCIDENT, deaths=0)) is Status.MET
    assert g_status(incident("t2", kind=IncidentKind.LABOUR_ACCIDENT, deaths=1)) is Status.NOT_MET
    forced = incident(
        "c3",
        kind=IncidentKind.FIRE_EXPLOSION,
        severity=Severity.VERY_SERIOUS,
        force_majeure=True,
        force_majeure_by="Cảnh sát PCCC",
    )
    assert g_status(forced) is Status.MET
    theft = incident("tr", kind=IncidentKind.HIGH_VALUE_THEFT)
    assert g_status(theft) is Status.MET, "a Circular 23 category, not listed by Circular 124"


def test_a_unit_without_a_guard_force_is_a_named_reading() -> None:
    no_force = [d for d in compliant_year() if "-llbv" not in d.id]
    facts = stamp([registration(), *no_force])
    assert status_of(facts).criterion("TT124.D6.K4").status is Status.NOT_MET
    if_any = Interpretation(guard_force_absent="not_applicable")
    result = status_of(facts, interpretation=if_any)
    assert result.criterion("TT124.D6.K4").status is Status.NOT_APPLICABLE
    assert result.verdict is Verdict.ACHIEVED


def test_no_coordination_document_is_not_a_failure_a_contrary_assessment_is() -> None:
    none = [d for d in compliant_year() if "-pc" not in d.id]
    facts = stamp([registration(), *none])
    assert status_of(facts).criterion("TT124.D6.K2").status is Status.MET
    assessed = Interpretation(implementation_evidence="positive_assessment")
    assert status_of(facts, interpretation=assessed).criterion("TT124.D6.K2").status is (
        Status.NOT_MET
    )
    contrary = draft(
        "dg",
        CriterionAssessed(
            year=2024,
            clause="TT124.D6.K2",
            fulfilled=False,
            assessed_by="Công an tỉnh",
            note="Không thực hiện quy chế phối hợp",
        ),
        date(2024, 11, 10),
    )
    failed = status_of(stamp([registration(), *compliant_year(), contrary]))
    assert failed.criterion("TT124.D6.K2").status is Status.NOT_MET


def test_a_growing_enterprise_enters_scope_from_its_profile_change() -> None:
    from antq_compliance import Size, SizeClass

    grows = draft("lon", ProfileChanged(size=Size(declared=SizeClass.MEDIUM)), date(2024, 2, 1))
    facts = stamp([registration(size=SizeClass.SMALL), *compliant_year(), grows])
    assert status_of(facts).verdict is Verdict.ACHIEVED
    small = stamp([registration(size=SizeClass.SMALL), *compliant_year()])
    result = status_of(small)
    assert result.verdict is Verdict.NOT_APPLICABLE
    assert not result.provisional
    assert all(c.status is Status.NOT_APPLICABLE for c in result.criteria)


def test_the_same_facts_under_tt23_and_tt124_differ_as_documented() -> None:
    from antq_compliance import (
        TT23,
        TT124,
        CoordinationAgreementSigned,
        CoordinationForm,
        CoordinationParty,
        EmulationCommitmentSigned,
        InternalRuleIssued,
        MovementModelEstablished,
        ProtectionForceEstablished,
        RuleTopic,
        SecurityPlanAdopted,
        Size,
        SizeClass,
    )

    four = frozenset(
        {
            RuleTopic.UNIT_PROTECTION,
            RuleTopic.STATE_SECRETS,
            RuleTopic.INTERNAL_POLITICAL_SECURITY,
            RuleTopic.FIRE_PREVENTION,
        }
    )
    year_2021 = [
        registration(size=SizeClass.SMALL, headcount=40),
        draft("kh", SecurityPlanAdopted(year=2021), date(2021, 5, 1)),
        draft("dk", StandardRegistrationFiled(year=2021), date(2021, 5, 2)),
        draft("nq", InternalRuleIssued(title="Nội quy", topics=four), date(2020, 1, 1)),
        draft("ck", EmulationCommitmentSigned(year=2021, staff_signed=40), date(2021, 5, 3)),
        draft(
            "pc",
            CoordinationAgreementSigned(
                partners=frozenset(CoordinationParty),
                form=CoordinationForm.PLAN,
                title="Kế hoạch phối hợp",
            ),
            date(2021, 2, 1),
        ),
        draft("mh", MovementModelEstablished(model="tu-quan", name="Tổ tự quản"), date(2021, 2, 2)),
        draft("llbv", ProtectionForceEstablished(members=3), date(2019, 1, 1)),
    ]
    facts = stamp(year_2021)
    as_of = AsOf(business=date(2021, 12, 31))
    under_tt23 = evaluate(SUBJECT, facts, 2021, as_of)
    assert under_tt23.rulebook[0].instrument == "TT23"
    assert under_tt23.verdict is Verdict.ACHIEVED, under_tt23.reason_en
    what_if = evaluate(SUBJECT, facts, 2021, as_of, rule=TT124)
    assert what_if.rulebook[0].instrument == "TT124"
    assert what_if.verdict is Verdict.NOT_APPLICABLE, "a small enterprise is out of TT124's scope"
    grown = stamp(
        [
            *year_2021,
            draft("lon", ProfileChanged(size=Size(declared=SizeClass.MEDIUM)), date(2021, 1, 1)),
        ]
    )
    judged = evaluate(SUBJECT, grown, 2021, as_of, rule=TT124)
    failing = {c.id for c in judged.criteria if c.status is Status.NOT_MET}
    # six topics, 100% briefed (not a commitment), Q1 plan/registration, an assessed model,
    # a rated guard force: each is a documented difference; coordination with the police "if
    # any" is not one (TT124.D6.K2 is met without a finding against it).
    assert failing >= {
        "TT124.D6.K1.p2",
        "TT124.D6.K1.p3",
        "TT124.D6.K1.p4",
        "TT124.D6.K1.p5",
        "TT124.D6.K4",
    }
    assert judged.criterion("TT124.D6.K2").status is Status.MET
    assert evaluate(SUBJECT, grown, 2021, as_of, rule=TT23).verdict is Verdict.ACHIEVED


def test_a_province_adds_its_own_criterion_from_a_date_without_editing_the_library() -> None:
    from antq_compliance import (
        DEFAULT_RULEBOOK,
        Context,
        FestivalDayHeld,
        Finding,
        ProvincialCriterion,
        met,
    )

    def festival_day(ctx: Context) -> Finding:
        held = [f for f, _ in ctx.record.of(FestivalDayHeld) if f.occurred_on in ctx.window]
        if held:
            return met("Đã tổ chức Ngày hội", "Festival day held", tuple(f.id for f in held))
        return ctx.open_or_failed(ctx.window, "Chưa tổ chức Ngày hội", "No festival day")

    rulebook = DEFAULT_RULEBOOK.with_provincial(
        ProvincialCriterion(
            id="TV.QD05-2024.1",
            province="Trà Vinh",
            effective_from=date(2024, 1, 1),
            title_vi="Tổ chức Ngày hội toàn dân bảo vệ ANTQ",
            title_en="Hold the festival day",
            predicate=festival_day,
            document_ref="05/2024/QĐ-UBND",
        )
    )
    facts = stamp([registration(), *compliant_year()])
    result = status_of(facts, rulebook=rulebook)
    extra = result.criterion("TV.QD05-2024.1")
    assert extra.status is Status.NOT_MET and result.verdict is Verdict.NOT_ACHIEVED
    assert [r.instrument for r in result.rulebook] == ["TT124", "TT124.D8.K1:Trà Vinh"]
    held = stamp(
        [
            registration(),
            *compliant_year(),
            draft("nh", FestivalDayHeld(attendance=300), date(2024, 8, 19)),
        ]
    )
    assert status_of(held, rulebook=rulebook).verdict is Verdict.ACHIEVED
    before = evaluate(SUBJECT, facts, 2023, AsOf(business=date(2023, 12, 31)), rulebook=rulebook)
    assert "TV.QD05-2024.1" not in [c.id for c in before.criteria], "effective from 2024 only"
    elsewhere = stamp(
        [
            registration(),
            *compliant_year(),
            draft("move", ProfileChanged(province="Vĩnh Long"), date(2024, 1, 1)),
        ]
    )
    assert "TV.QD05-2024.1" not in [c.id for c in status_of(elsewhere, rulebook=rulebook).criteria]
    with pytest.raises(ValueError, match="catalogue"):
        DEFAULT_RULEBOOK.with_provincial(attrs.evolve(rulebook.provincial[0], id="TT124.D6.K2"))


def test_the_reading_used_is_part_of_every_rule_reference() -> None:
    facts = stamp([registration(), *compliant_year()])
    default = status_of(facts)
    assert default.rulebook[0].interpretation == ()
    assert all(c.rule.interpretation == () for c in default.criteria)
    reading = Interpretation(p2_timing="window", implementation_evidence="positive_assessment")
    other = status_of(facts, interpretation=reading)
    expected = (("p2_timing", "window"), ("implementation_evidence", "positive_assessment"))
    assert other.rulebook[0].interpretation == expected
    assert all(c.rule.interpretation == expected for c in other.criteria)
    assert other.rulebook[0] != default.rulebook[0]
    assert not other.rulebook[0].default_reading and default.rulebook[0].default_reading


def test_the_status_json_and_the_board_show_a_reading_other_than_the_default() -> None:
    from antq_compliance import status_to_json
    from antq_compliance.cli.render.text import board

    facts = stamp([registration(), *compliant_year()])
    shown = status_of(facts, interpretation=Interpretation(p2_timing="window"))
    body = status_to_json(shown)
    assert body["rulebook"][0]["interpretation"] == {"p2_timing": "window"}
    assert all(c["rule"]["interpretation"] == {"p2_timing": "window"} for c in body["criteria"])
    assert "p2_timing=window" in board(shown, "en")
    assert "p2_timing" not in board(status_of(facts), "en")


def test_a_province_report_evaluates_with_the_reading_it_is_given() -> None:
    from antq_compliance import DEFAULT_RULEBOOK
    from antq_compliance.projections.reports.projection import build_report

    drafts = [registration(), *compliant_year()]
    late_plan = [
        attrs.evolve(d, occurred_on=date(2024, 6, 1)) if d.id.endswith("-kh") else d for d in drafts
    ]
    facts = stamp(late_plan)
    default = build_report(facts, "Vĩnh Long", 2024)
    window = build_report(
        facts,
        "Vĩnh Long",
        2024,
        rulebook=DEFAULT_RULEBOOK.with_interpretation(Interpretation(p2_timing="window")),
    )
    assert default.value("verdicts.not_achieved") == 1 and default.interpretation == ()
    assert window.value("verdicts.achieved") == 1
    assert window.interpretation == (("p2_timing", "window"),)
