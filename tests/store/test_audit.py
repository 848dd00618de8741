"""Audit replay on both stores: history, diff, decisions checked against the record."""

from __future__ import annotations

from datetime import UTC, date, datetime

import attrs
import pytest

from antq_compliance import (
    AuthorityLevel,
    BeforeSubjectExisted,
    DecisionOutcome,
    DossierDocument,
    DossierSubmitted,
    FactDraft,
    IncidentKind,
    IncidentOccurred,
    Ledger,
    LocalType,
    MeetingRole,
    RecognitionDecided,
    ReviewMeetingHeld,
    Severity,
    StandardRegistrationFiled,
    Status,
    SubjectKind,
    SubjectRegistered,
    Verdict,
)
from antq_compliance.regulation.tt124.d09_procedure import RECOGNITION_DOSSIER
from builders import SUBJECT, compliant_year, draft, registration
from conftest import FakeClock


def decided(
    on: date,
    outcome: DecisionOutcome = DecisionOutcome.RECOGNISED,
    level: AuthorityLevel = AuthorityLevel.COMMUNE,
) -> RecognitionDecided:
    return RecognitionDecided(
        year=2024,
        authority_level=level,
        authority="UBND phường 1",
        decision_number="12/QĐ-UBND",
        outcome=outcome,
        certificate_number="GCN-1" if outcome is DecisionOutcome.RECOGNISED else None,
    )


SIGNED = date(2024, 11, 18)
"""A decision signed in time: the deadline is "before 20 November" (TT124.D9.K1.c)."""


def procedure(
    police: bool = True, documents: frozenset[DossierDocument] = frozenset(RECOGNITION_DOSSIER)
) -> list:  # type: ignore[type-arg]
    """The review meeting with everyone Art. 9 cl. 1.c names (the grassroots police unless
    ``police`` is False) and the recognition dossier of cl. 2.b."""
    roles = frozenset(MeetingRole) - ({MeetingRole.GRASSROOTS_POLICE} if not police else set())
    return [
        draft(
            "hop-xet",
            ReviewMeetingHeld(year=2024, chaired_by="Giám đốc", attendees=roles),
            date(2024, 11, 16),
        ),
        draft(
            "ho-so",
            DossierSubmitted(year=2024, documents=documents, submitted_to="UBND phường 1"),
            date(2024, 11, 17),
        ),
    ]


def at(clock: FakeClock, moment: str) -> datetime:
    clock.set(moment)
    return clock.now


def test_history_lists_each_change_with_the_facts_that_caused_it(
    ledger: Ledger, clock: FakeClock
) -> None:
    t1 = at(clock, "2024-12-01T02:00:00+00:00")
    ledger.record_many([registration(), *compliant_year()])
    t2 = at(clock, "2024-12-10T02:00:00+00:00")
    ledger.record(
        SUBJECT,
        IncidentOccurred(
            kind=IncidentKind.FIRE_EXPLOSION,
            severity=Severity.SERIOUS,
            description="Cháy kho",
        ),
        occurred_on=date(2024, 3, 1),
        recorded_by="x",
        id="chay",
    )
    t3 = at(clock, "2025-01-05T02:00:00+00:00")
    ledger.retract(
        SUBJECT,
        "chay",
        reason="Cháy ở doanh nghiệp bên cạnh",
        occurred_on=date(2025, 1, 5),
        recorded_by="x",
        id="rut",
    )

    changes = ledger.history(SUBJECT, 2024)
    assert [(c.recorded_at, c.verdict_after) for c in changes] == [
        (t1, Verdict.ACHIEVED),
        (t2, Verdict.NOT_ACHIEVED),
        (t3, Verdict.ACHIEVED),
    ]
    assert changes[1].facts == ("chay",)
    assert [(c.id, c.before, c.after) for c in changes[1].criteria] == [
        ("TT124.D6.K3.g", Status.MET, Status.NOT_MET)
    ]
    assert changes[2].facts == ("rut",)

    between = ledger.diff(SUBJECT, 2024, known_from=t1, known_to=t2)
    assert [c.id for c in between.criteria] == ["TT124.D6.K3.g"]
    assert [f.id for f in between.facts] == ["chay"]
    assert (between.before.verdict, between.after.verdict) == (
        Verdict.ACHIEVED,
        Verdict.NOT_ACHIEVED,
    )
    assert ledger.diff(SUBJECT, 2024, known_from=t1, known_to=t3).criteria == ()


def test_as_of_before_the_subject_existed_is_an_error(ledger: Ledger, clock: FakeClock) -> None:
    at(clock, "2024-12-01T02:00:00+00:00")
    ledger.record_many([registration()])
    with pytest.raises(BeforeSubjectExisted, match="first recorded at 2024-12-01"):
        ledger.status(
            SUBJECT,
            2024,
            as_of=date(2024, 12, 31),
            known_at=datetime.fromisoformat("2024-11-30T00:00:00+00:00"),
        )
    with pytest.raises(
        BeforeSubjectExisted, match="before its registration took effect on 2020-01-01"
    ):
        ledger.status(SUBJECT, 2019, as_of=date(2019, 12, 31))


def test_a_sound_decision_raises_no_finding(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year(), *procedure()])
    ledger.record(
        SUBJECT,
        decided(SIGNED),
        occurred_on=SIGNED,
        recorded_by="ubnd",
        id="qd",
    )
    assert ledger.audit(2024) == []


def test_recognition_while_a_criterion_was_not_met_is_a_finding(ledger: Ledger) -> None:
    late = [d for d in compliant_year() if not d.id.endswith("-dk")]
    ledger.record_many(
        [
            registration(),
            *late,
            draft("dk", StandardRegistrationFiled(year=2024), date(2024, 4, 10)),
            *procedure(),
        ]
    )
    ledger.record(
        SUBJECT,
        decided(SIGNED),
        occurred_on=SIGNED,
        recorded_by="ubnd",
        id="qd",
    )
    (finding,) = ledger.audit(2024)
    assert finding.code == "recognised_against_record" and finding.severity == "error"
    assert "TT124.D6.K1.p2 (not_met)" in finding.message_en
    assert finding.decision == "qd" and "dk" in finding.evidence


def test_a_fact_recorded_after_the_signing_day_does_not_impeach_it(
    ledger: Ledger, clock: FakeClock
) -> None:
    at(clock, "2024-11-17T10:00:00+00:00")
    ledger.record_many([registration(), *compliant_year(), *procedure()])
    at(clock, "2025-01-05T01:00:00+00:00")
    theft = IncidentOccurred(
        kind=IncidentKind.CRIME,
        severity=Severity.SERIOUS,
        description="Trộm cắp tài sản (tội phạm nghiêm trọng)",
    )
    ledger.record(SUBJECT, theft, occurred_on=date(2024, 10, 1), recorded_by="x", id="trom")
    at(clock, "2025-01-10T01:00:00+00:00")
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd")
    # Signed on what was known at the end of 18/11/2024: the crime was reported later. The
    # late report still changes the status as known today, and history shows when.
    assert ledger.audit(2024) == []
    assert ledger.status(SUBJECT, 2024, as_of=date(2024, 12, 31)).verdict is Verdict.NOT_ACHIEVED


def test_a_backfilled_log_is_compared_when_the_decision_was_recorded(
    ledger: Ledger, clock: FakeClock
) -> None:
    at(clock, "2025-03-01T01:00:00+00:00")
    late = [d for d in compliant_year() if not d.id.endswith("-dk")]
    ledger.record_many([registration(), *late, *procedure()])
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd")
    codes = {f.code: f for f in ledger.audit(2024)}
    # without the registration, the year is not achieved and its registration dossier lacks it
    assert set(codes) == {"recognised_against_record", "registration_dossier_incomplete"}
    assert codes["recognised_against_record"].known_at == clock.now


def test_procedure_gaps_are_findings(ledger: Ledger) -> None:
    partial = frozenset({DossierDocument.SUBMISSION_LETTER, DossierDocument.RESULTS_REPORT})
    ledger.record_many(
        [registration(), *compliant_year(), *procedure(police=False, documents=partial)]
    )
    ledger.record(
        SUBJECT,
        decided(date(2025, 7, 2), level=AuthorityLevel.DISTRICT),
        occurred_on=date(2025, 7, 2),
        recorded_by="ubnd",
        id="qd",
    )
    codes = {f.code: f for f in ledger.audit(2024)}
    assert set(codes) == {
        "no_police_representative",
        "dossier_incomplete",
        "abolished_authority",
        "late_decision",
    }
    assert codes["no_police_representative"].clause == "TT124.D9.K1.c"
    assert codes["dossier_incomplete"].clause == "TT124.D9.K2.b"
    assert "minutes" in codes["dossier_incomplete"].message_en


def test_refusing_an_achieving_unit_is_a_warning(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year(), *procedure()])
    ledger.record(
        SUBJECT,
        decided(SIGNED, outcome=DecisionOutcome.NOT_RECOGNISED),
        occurred_on=SIGNED,
        recorded_by="ubnd",
        id="qd",
    )
    (finding,) = ledger.audit(2024)
    assert (finding.code, finding.severity) == ("refused_against_record", "warning")


def test_routing_is_dated_data() -> None:
    from antq_compliance.regulation.tt48 import dossier_recipient_on
    from antq_compliance.regulation.tt124.d10_competence import authorities_on

    assert AuthorityLevel.DISTRICT in authorities_on(date(2025, 6, 30))
    assert AuthorityLevel.DISTRICT not in authorities_on(date(2025, 7, 1))
    before, after = dossier_recipient_on(date(2025, 6, 30)), dossier_recipient_on(date(2025, 7, 1))
    assert (before.clause, after.clause) == ("TT124.D9.K1.a", "TT48")
    assert not after.date_confirmed and "Công an cấp xã" in after.recipient_vi
    with pytest.raises(LookupError):
        dossier_recipient_on(date(2021, 1, 1))


def test_a_recipient_naming_the_replaced_body_is_recognised_in_any_unicode_form() -> None:
    import unicodedata

    from antq_compliance.regulation.tt48 import superseded_recipient_named

    committee = "Thường trực BAN CHỈ ĐẠO phường 1"
    nfd = unicodedata.normalize("NFD", committee)
    assert nfd != committee
    for text in (committee, nfd):
        found = superseded_recipient_named(text, date(2025, 7, 1))
        assert found is not None
        assert (found[0].clause, found[1].clause) == ("TT48", "TT124.D9.K1.a")
    assert superseded_recipient_named(committee, date(2025, 6, 30)) is None
    assert superseded_recipient_named("Công an phường 1, thường trực BCĐ", date(2025, 7, 1)) is None
    assert superseded_recipient_named("Văn phòng", date(2025, 7, 1)) is None
    assert superseded_recipient_named(committee, date(2021, 1, 1)) is None


def test_every_audit_check_has_its_own_function_in_the_module_of_its_clause() -> None:
    from antq_compliance import DEFAULT_RULEBOOK, catalogue

    codes = [check.code for check in DEFAULT_RULEBOOK.checks]
    assert len(codes) == len(set(codes))
    functions = [check.check for check in DEFAULT_RULEBOOK.checks]
    assert len(set(functions)) == len(functions), "one check function per finding code"
    for check in DEFAULT_RULEBOOK.checks:
        item = catalogue()[check.clause]
        assert check.severity in {"error", "warning"}
        module = check.check.__module__
        if item.instrument == "TT124":
            assert module.startswith(f"antq_compliance.regulation.tt124.d{item.article:02d}_")
        else:
            assert module == f"antq_compliance.regulation.{item.instrument.lower()}"


def test_a_district_decision_is_fine_until_the_district_level_ends(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year(), *procedure()])
    last_day = decided(date(2025, 6, 30), level=AuthorityLevel.DISTRICT)
    ledger.record(SUBJECT, last_day, occurred_on=date(2025, 6, 30), recorded_by="ubnd", id="qd")
    # competent on its last day (only the 20/11/2024 deadline was missed)
    assert [f.code for f in ledger.audit(2024)] == ["late_decision"]


def test_a_log_backfilled_after_an_early_registration_is_compared_when_recorded(
    ledger: Ledger, clock: FakeClock
) -> None:
    at(clock, "2023-06-01T01:00:00+00:00")
    ledger.record_many([registration()])
    at(clock, "2025-03-01T01:00:00+00:00")
    ledger.record_many([*compliant_year(), *procedure()])
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd")
    assert ledger.audit(2024) == [], "nothing of 2024 was on record on the signing day"


def test_findings_carry_the_text_status_of_their_clause(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year(), *procedure(police=False)])
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd")
    (finding,) = ledger.audit(2024)
    assert finding.clause == "TT124.D9.K1.c" and not finding.provisional


def test_decisions_before_tt124_have_a_deciding_authority(ledger: Ledger) -> None:
    ledger.record_many([registration()])
    old = RecognitionDecided(
        year=2021,
        authority_level=AuthorityLevel.COMMUNE,
        authority="UBND phường 1",
        decision_number="5/QĐ-UBND",
        outcome=DecisionOutcome.NOT_RECOGNISED,
    )
    ledger.record(SUBJECT, old, occurred_on=date(2021, 12, 20), recorded_by="ubnd")
    assert all(f.code != "abolished_authority" for f in ledger.audit(2021))


def test_an_inverted_interval_is_a_clear_error(ledger: Ledger) -> None:
    from antq_compliance import InvalidQuery

    ledger.record_many([registration()])
    t1, t2 = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 2, 1, tzinfo=UTC)
    with pytest.raises(InvalidQuery, match="before the start instant"):
        ledger.diff(SUBJECT, 2024, known_from=t2, known_to=t1)


AREA = "29254-KHOM3"
"""A residential area (its identifier starts with its commune's code)."""


def area_registration(party: bool = True) -> FactDraft:
    return draft(
        "khom-3-reg",
        SubjectRegistered(
            kind=SubjectKind.RESIDENTIAL_AREA,
            name="Khóm 3",
            local_type=LocalType.KHOM,
            commune="Phường 1",
            has_party_organisation=party,
            province="Trà Vinh",
        ),
        date(2020, 1, 1),
        AREA,
    )


def test_an_area_meeting_recorded_as_chaired_by_its_head_reads_as_the_area_head(
    ledger: Ledger,
) -> None:
    # ``chair`` defaults to ``head``, as a meeting of interchange formats 1-2 reads: for a
    # residential area its head is the Trưởng khu dân cư (TT124.D9.K1.a).
    roles = {MeetingRole.PARTY_CELL_SECRETARY, MeetingRole.FRONT_COMMITTEE}
    ledger.record_many(
        [
            area_registration(),
            draft(
                "hop",
                ReviewMeetingHeld(
                    year=2024,
                    chaired_by="Trưởng khóm",
                    attendees=frozenset(roles | {MeetingRole.GRASSROOTS_POLICE}),
                ),
                date(2024, 11, 5),
                AREA,
            ),
            draft(
                "ho-so",
                DossierSubmitted(
                    year=2024,
                    documents=frozenset(RECOGNITION_DOSSIER),
                    submitted_to="BCĐ phường 1",
                ),
                date(2024, 11, 7),
                AREA,
            ),
        ]
    )
    signed = date(2024, 11, 14)
    ledger.record(AREA, decided(signed), occurred_on=signed, recorded_by="ubnd", id="qd")
    codes = {f.code for f in ledger.audit(2024)}
    assert not codes & {"attendee_missing", "no_police_representative", "dossier_incomplete"}


def test_an_area_meeting_chaired_by_another_role_is_a_warning_in_the_words_of_cl_1a(
    ledger: Ledger,
) -> None:
    ledger.record_many(
        [
            area_registration(party=False),
            draft(
                "hop",
                ReviewMeetingHeld(
                    year=2024,
                    chaired_by="Bí thư chi bộ",
                    chair=MeetingRole.PARTY_CELL_SECRETARY,
                    attendees=frozenset({MeetingRole.FRONT_COMMITTEE}),
                ),
                date(2024, 11, 5),
                AREA,
            ),
        ]
    )
    signed = date(2024, 11, 14)
    ledger.record(AREA, decided(signed), occurred_on=signed, recorded_by="ubnd", id="qd")
    codes = {f.code: f for f in ledger.audit(2024)}
    missing = codes["attendee_missing"]
    assert (missing.clause, missing.severity) == ("TT124.D9.K1.a", "warning")
    assert "không do Trưởng khu dân cư chủ trì (người chủ trì: Bí thư chi bộ)" in missing.message_vi
    # no chi bộ, so no Bí thư chi bộ is asked for; the police are (cl. 1.a's words)
    assert "thiếu" not in missing.message_vi
    police = codes["no_police_representative"]
    assert police.message_vi.endswith("không có đại diện Công an cấp cơ sở")


def test_a_dossier_filed_before_the_meeting_cannot_hold_its_minutes(ledger: Ledger) -> None:
    meeting, dossier = procedure()
    early = happening_on(dossier, date(2024, 11, 15))
    ledger.record_many([registration(), *compliant_year(), meeting, early])
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd", id="qd")
    (finding,) = ledger.audit(2024)
    assert (finding.code, finding.clause) == ("dossier_incomplete", "TT124.D9.K2.b")
    assert "before the review meeting of 2024-11-16" in finding.message_en
    assert {"ho-so", "hop-xet"} <= set(finding.evidence)


def test_a_dossier_filed_on_the_meeting_day_is_in_order(ledger: Ledger) -> None:
    meeting, dossier = procedure()
    ledger.record_many(
        [registration(), *compliant_year(), meeting, happening_on(dossier, date(2024, 11, 16))]
    )
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd", id="qd")
    assert ledger.audit(2024) == []


def test_a_decision_signed_on_the_last_day_of_the_window_is_a_warning(ledger: Ledger) -> None:
    meeting, dossier = procedure()
    ledger.record_many(
        [
            registration(),
            *compliant_year(),
            happening_on(meeting, date(2024, 11, 12)),
            happening_on(dossier, date(2024, 11, 13)),
        ]
    )
    last = date(2024, 11, 15)
    ledger.record(SUBJECT, decided(last), occurred_on=last, recorded_by="ubnd", id="qd")
    (finding,) = ledger.audit(2024)
    assert (finding.code, finding.clause) == ("decided_before_window_end", "TT124.D8.K2.b")


def test_recognised_against_record_names_statuses_in_vietnamese(ledger: Ledger) -> None:
    late = [d for d in compliant_year() if not d.id.endswith("-dk")]
    ledger.record_many(
        [
            registration(),
            *late,
            draft("dk", StandardRegistrationFiled(year=2024), date(2024, 4, 10)),
            *procedure(),
        ]
    )
    ledger.record(SUBJECT, decided(SIGNED), occurred_on=SIGNED, recorded_by="ubnd", id="qd")
    (finding,) = ledger.audit(2024)
    assert "TT124.D6.K1.p2 (chưa đạt)" in finding.message_vi
    assert "not_met" not in finding.message_vi


def test_the_tt48_finding_does_not_name_the_recipient_it_has_not_read(ledger: Ledger) -> None:
    sent = date(2025, 7, 1)
    ledger.record_many(
        [
            area_registration(),
            draft(
                "ho-so",
                DossierSubmitted(
                    year=2025,
                    documents=frozenset(RECOGNITION_DOSSIER),
                    submitted_to="Thường trực Ban Chỉ đạo phường 1",
                ),
                sent,
                AREA,
            ),
        ]
    )
    signed = date(2025, 11, 14)
    refused = attrs.evolve(decided(signed, outcome=DecisionOutcome.NOT_RECOGNISED), year=2025)
    ledger.record(AREA, refused, occurred_on=signed, recorded_by="ubnd", id="qd")
    (finding,) = [f for f in ledger.audit(2025) if f.code == "dossier_misrouted"]
    assert "Công an" not in finding.message_vi.replace("Thông tư 48/2025/TT-BCA", "")
    assert "police" not in finding.message_en
    assert "chưa đối chiếu" in finding.message_vi and "giả định" in finding.message_vi
    assert "not been read" in finding.message_en and "assumed" in finding.message_en


def happening_on(fact: FactDraft, on: date) -> FactDraft:
    """The same draft, happening on another day."""
    moved: FactDraft = attrs.evolve(fact, occurred_on=on)
    return moved
