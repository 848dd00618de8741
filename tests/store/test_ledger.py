"""The application service on both stores: recording, validation, atomic import, concurrency."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from antq_compliance import (
    ConcurrencyConflict,
    FactRetracted,
    IncidentKind,
    IncidentOccurred,
    InvalidRecord,
    Ledger,
    PropagandaSessionHeld,
    Severity,
    Status,
    UnknownClause,
    UnknownSubject,
    Verdict,
    fact_to_json,
)
from antq_compliance.domain.policy import SYSTEM
from builders import SUBJECT, compliant_year, draft, registration
from conftest import FakeClock

AS_OF = date(2024, 12, 31)


def _ids(ledger: Ledger) -> list[str]:
    return [f.id for _, f in ledger.log.scan()]


def _content(ledger: Ledger) -> list[object]:
    return list(ledger.log.scan())


def test_record_and_ask_for_status(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year()])
    status = ledger.status(SUBJECT, 2024, as_of=AS_OF)
    assert status.verdict is Verdict.ACHIEVED
    assert status.name == "Công ty Điện lực Trà Vinh"


def test_recorded_facts_carry_the_recording_time_and_survive_reopening(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    first = open_ledger()
    clock.set("2025-02-03T04:05:06+00:00")
    first.record_many([registration()])
    first.close()
    facts = open_ledger().facts(SUBJECT)
    assert facts[0].recorded_at == clock.now
    assert facts[0].data.name == "Công ty Điện lực Trà Vinh"  # type: ignore[attr-defined]


def test_status_as_known_at_an_earlier_instant(ledger: Ledger, clock: FakeClock) -> None:
    clock.set("2025-01-05T00:00:00+00:00")
    ledger.record_many([registration(), *compliant_year()])
    first_known = clock.now
    clock.set("2025-03-01T00:00:00+00:00")
    ledger.record(
        SUBJECT,
        IncidentOccurred(
            kind=IncidentKind.CRIME,
            severity=Severity.SERIOUS,
            description="Trộm cắp máy biến áp (tội phạm nghiêm trọng)",
        ),
        occurred_on=date(2024, 9, 9),
        recorded_by="cong-an-xa",
        id="trom",
    )
    assert (
        ledger.status(SUBJECT, 2024, as_of=AS_OF, known_at=first_known).verdict is Verdict.ACHIEVED
    )
    now = ledger.status(SUBJECT, 2024, as_of=AS_OF)
    assert now.verdict is Verdict.NOT_ACHIEVED
    assert now.criterion("TT124.D6.K3.dd").evidence == ("trom",)


def test_retract_keeps_the_original_in_the_log(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year()])
    ledger.record(
        SUBJECT,
        IncidentOccurred(
            kind=IncidentKind.FIRE_EXPLOSION,
            severity=Severity.SERIOUS,
            description="Báo nhầm",
        ),
        occurred_on=date(2024, 6, 1),
        recorded_by="x",
        id="chay",
    )
    ledger.retract(
        SUBJECT,
        "chay",
        reason="Nhầm đơn vị",
        occurred_on=date(2024, 6, 2),
        recorded_by="x",
        id="rut",
    )
    assert ledger.status(SUBJECT, 2024, as_of=AS_OF).verdict is Verdict.ACHIEVED
    assert {"chay", "rut"} <= {f.id for f in ledger.facts(SUBJECT)}
    with pytest.raises(InvalidRecord, match="already retracted"):
        ledger.retract(
            SUBJECT, "chay", reason="again", occurred_on=date(2024, 6, 3), recorded_by="x"
        )


def test_recording_the_same_id_twice_is_idempotent_or_an_error(ledger: Ledger) -> None:
    ledger.record_many([registration()])
    data = PropagandaSessionHeld(topic="Phòng, chống tín dụng đen", attendance=120)
    first = ledger.record(SUBJECT, data, occurred_on=date(2024, 5, 1), recorded_by="x", id="tt1")
    again = ledger.record(SUBJECT, data, occurred_on=date(2024, 5, 1), recorded_by="x", id="tt1")
    assert again == first
    assert len(ledger.facts(SUBJECT)) == 2
    with pytest.raises(InvalidRecord, match="different content") as err:
        ledger.record(
            SUBJECT,
            PropagandaSessionHeld(topic="Khác", attendance=5),
            occurred_on=date(2024, 5, 1),
            recorded_by="x",
            id="tt1",
        )
    assert err.value.field == "id" and err.value.value == "tt1"


@pytest.mark.parametrize(
    ("mutate", "field", "problem"),
    [
        (lambda d: d.update(subject="21000001"), "subject", "tax code"),
        (lambda d: d.update(type="MeetingHeld"), "type", "unknown fact type"),
        (lambda d: d["data"].pop("attendance"), "data.attendance", "required"),
        (lambda d: d["data"].update(colour="red"), "data.colour", "not a field"),
        (lambda d: d.update(occurred_on="15/05/2024"), "occurred_on", "ISO date"),
        (lambda d: d.update(occurred_on="2026-01-01"), "occurred_on", "after the recording date"),
        (lambda d: d.update(subject="2100000999"), "subject", "not registered"),
        (lambda d: d["data"].update(attendance=-5), "data.attendance", "zero or more"),
        (lambda d: d["data"].update(attendance=True), "data.attendance", "integer"),
    ],
)
def test_a_bad_line_names_line_field_value_and_writes_nothing(
    ledger: Ledger,
    tmp_path: Path,
    mutate: Callable[[dict[str, Any]], None],
    field: str,
    problem: str,
) -> None:
    ledger.record_many([registration()])
    before = _content(ledger)
    good = {
        "id": "tt-1",
        "type": "PropagandaSessionHeld",
        "subject": SUBJECT,
        "occurred_on": "2024-05-01",
        "recorded_by": "x",
        "data": {"topic": "An ninh mạng", "attendance": 40},
    }
    bad = json.loads(json.dumps(good))
    bad["id"] = "tt-2"
    mutate(bad)
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRecord) as err:
        ledger.import_jsonl(path)
    assert err.value.record == "line 2"
    assert err.value.field == field
    assert problem in str(err.value)
    assert _content(ledger) == before, "nothing from a failed import is written"


def test_registration_validates_the_tax_code(ledger: Ledger, tmp_path: Path) -> None:
    line = fact_to_json_line(registration())
    line["subject"] = "0123456789-12"
    path = tmp_path / "reg.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InvalidRecord, match=r"line 1: field 'subject' = '0123456789-12'"):
        ledger.import_jsonl(path)
    assert ledger.head() == 0


def fact_to_json_line(d: Any) -> dict[str, Any]:
    from antq_compliance.codec.facts import draft_to_json

    return draft_to_json(d)


def test_malformed_json_and_duplicate_ids_are_named(ledger: Ledger, tmp_path: Path) -> None:
    reg = json.dumps(fact_to_json_line(registration()), ensure_ascii=False)
    path = tmp_path / "broken.jsonl"
    path.write_text(reg + '\n\n{"id": "x", \n', encoding="utf-8")
    with pytest.raises(InvalidRecord, match=r"line 3.*not valid JSON"):
        ledger.import_jsonl(path)
    session = {
        "id": "s",
        "type": "FestivalDayHeld",
        "subject": SUBJECT,
        "occurred_on": "2024-08-19",
        "recorded_by": "x",
        "data": {"attendance": 10},
    }
    clash = dict(session, data={"attendance": 11})
    path.write_text(
        "\n".join([reg, json.dumps(session), json.dumps(clash)]) + "\n", encoding="utf-8"
    )
    with pytest.raises(InvalidRecord, match="line 3: field 'id' = 's'"):
        ledger.import_jsonl(path)
    assert ledger.head() == 0


def test_an_import_is_atomic_and_can_be_rerun(ledger: Ledger, tmp_path: Path) -> None:
    lines = [fact_to_json_line(d) for d in [registration(), *compliant_year()]]
    path = tmp_path / "year.jsonl"
    path.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8"
    )
    first = ledger.import_jsonl(path)
    assert (first.written, first.unchanged) == (len(lines), 0)
    again = ledger.import_jsonl(path)
    assert (again.written, again.unchanged) == (0, len(lines))
    assert len(_ids(ledger)) == len(lines)


def test_references_must_exist_in_the_same_subject(ledger: Ledger) -> None:
    other = "2100000002"
    ledger.record_many([registration(), registration(other)])
    ledger.record(
        other,
        PropagandaSessionHeld(topic="x", attendance=1),
        occurred_on=date(2024, 1, 2),
        recorded_by="x",
        id="their",
    )
    with pytest.raises(
        InvalidRecord,
        match=r"field 'data.target' = 'their': no fact with this id for subject 2100000001",
    ):
        ledger.retract(SUBJECT, "their", reason="x", occurred_on=date(2024, 1, 3), recorded_by="x")
    with pytest.raises(InvalidRecord, match="cannot be retracted"):
        ledger.record(
            SUBJECT,
            FactRetracted(target=f"{SUBJECT}-reg", reason="x"),
            occurred_on=date(2024, 1, 3),
            recorded_by="x",
        )


def test_a_subject_cannot_be_registered_twice(ledger: Ledger) -> None:
    ledger.record_many([registration()])
    with pytest.raises(InvalidRecord, match="already registered"):
        ledger.record_many([draft("again", registration().data, date(2021, 1, 1))])


def test_unknown_subject_and_clause(ledger: Ledger) -> None:
    with pytest.raises(UnknownSubject):
        ledger.status("2100000009", 2024, as_of=AS_OF)
    ledger.record_many([registration()])
    with pytest.raises(UnknownClause):
        ledger.explain(SUBJECT, "TT124.D6.K7", 2024, as_of=AS_OF)


def test_explain_returns_the_evidence_facts(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year()])
    exp = ledger.explain(SUBJECT, "TT124.D6.K1.p1", 2024, as_of=AS_OF)
    assert exp.result.status is Status.MET
    assert [f.id for f in exp.evidence] == [f"{SUBJECT}-2024-nq"]
    assert fact_to_json(exp.evidence[0])["type"] == "PartyResolutionAdopted"


def test_subjects_lists_current_profiles(ledger: Ledger) -> None:
    ledger.record_many([registration(), registration("2100000002")])
    assert [s.id for s in ledger.subjects()] == [SUBJECT, "2100000002"]


def test_a_writer_that_lost_a_race_retries_from_a_fresh_read(
    open_ledger: Callable[[], Ledger], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = open_ledger(), open_ledger()
    a.record_many([registration()])
    real_read = a.log.read
    raced: list[bool] = []

    def read_then_lose_the_race(subject: str, *, lazy: bool = False) -> Any:
        facts = real_read(subject, lazy=lazy)
        if not raced:
            raced.append(True)
            b.record(
                SUBJECT,
                PropagandaSessionHeld(topic="b", attendance=1),
                occurred_on=date(2024, 1, 2),
                recorded_by="b",
                id="from-b",
            )
        return facts

    monkeypatch.setattr(a.log, "read", read_then_lose_the_race)
    a.record(
        SUBJECT,
        PropagandaSessionHeld(topic="a", attendance=2),
        occurred_on=date(2024, 1, 2),
        recorded_by="a",
        id="from-a",
    )
    assert {"from-a", "from-b"} <= {f.id for f in b.facts(SUBJECT)}


def test_a_writer_that_keeps_losing_gets_a_clear_conflict_and_writes_nothing(
    store: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = (
        Ledger(store, clock=clock, retries=2, actor=SYSTEM),
        Ledger(store, clock=clock, actor=SYSTEM),
    )
    try:
        a.record_many([registration()])
        real_read = a.log.read
        count = iter(range(100))

        def always_lose(subject: str, *, lazy: bool = False) -> Any:
            facts = real_read(subject, lazy=lazy)
            b.record(
                SUBJECT,
                PropagandaSessionHeld(topic="b", attendance=1),
                occurred_on=date(2024, 1, 2),
                recorded_by="b",
                id=f"b-{next(count)}",
            )
            return facts

        monkeypatch.setattr(a.log, "read", always_lose)
        with pytest.raises(ConcurrencyConflict, match="conflicted 2 times"):
            a.record(
                SUBJECT,
                PropagandaSessionHeld(topic="a", attendance=2),
                occurred_on=date(2024, 1, 2),
                recorded_by="a",
                id="from-a",
            )
        assert "from-a" not in {f.id for f in b.facts(SUBJECT)}
    finally:
        a.close()
        b.close()


def test_vietnamese_text_is_kept_in_one_normal_form(ledger: Ledger, tmp_path: Path) -> None:
    import unicodedata

    line = fact_to_json_line(registration())
    line["data"]["name"] = unicodedata.normalize("NFD", "Công ty Điện lực Trà Vinh")
    line["recorded_by"] = unicodedata.normalize("NFD", "Phòng PV05")
    path = tmp_path / "nfd.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    ledger.import_jsonl(path)
    (stored,) = ledger.facts(SUBJECT)
    assert stored.data.name == "Công ty Điện lực Trà Vinh"  # type: ignore[attr-defined]
    assert stored.recorded_by == "Phòng PV05"
    assert ledger.import_jsonl(path).unchanged == 1, "re-importing the NFD file is a no-op"


def test_model_references_follow_the_models_life(ledger: Ledger) -> None:
    from antq_compliance import (
        MovementModelAssessed,
        MovementModelDissolved,
        MovementModelEstablished,
    )

    ledger.record_many([registration()])

    def rec(data: Any, fact_id: str) -> None:
        ledger.record(SUBJECT, data, occurred_on=date(2024, 3, 1), recorded_by="x", id=fact_id)

    rec(MovementModelEstablished(model="clb", name="CLB tự quản"), "mh")
    rec(MovementModelDissolved(model="clb"), "gt")
    with pytest.raises(InvalidRecord, match=r"data.model' = 'clb': this model was dissolved"):
        rec(MovementModelAssessed(model="clb", effective=True, assessed_by="x"), "dg")
    with pytest.raises(InvalidRecord, match="already used"):
        rec(MovementModelEstablished(model="clb", name="again"), "mh2")
    ledger.retract(SUBJECT, "gt", reason="nhầm", occurred_on=date(2024, 3, 2), recorded_by="x")
    rec(MovementModelAssessed(model="clb", effective=True, assessed_by="x"), "dg")
    ledger.retract(SUBJECT, "mh", reason="nhầm", occurred_on=date(2024, 3, 2), recorded_by="x")
    with pytest.raises(InvalidRecord, match="no MovementModelEstablished in effect"):
        rec(MovementModelAssessed(model="clb", effective=False, assessed_by="x"), "dg2")


def test_repeal_retract_and_profile_changes_are_checked(ledger: Ledger) -> None:
    from antq_compliance import (
        InternalRuleIssued,
        InternalRuleRepealed,
        Ownership,
        ProfileChanged,
        RuleTopic,
        SubjectKind,
    )

    agency = "1234567"
    ledger.record_many([registration(), registration(agency, kind=SubjectKind.AGENCY)])

    def rec(subject: str, data: Any, fact_id: str) -> None:
        ledger.record(subject, data, occurred_on=date(2024, 3, 1), recorded_by="x", id=fact_id)

    rec(SUBJECT, InternalRuleIssued(title="Nội quy", topics=frozenset(RuleTopic)), "nq")
    rec(SUBJECT, InternalRuleRepealed(rule="nq"), "bb")
    with pytest.raises(InvalidRecord, match="already repealed"):
        rec(SUBJECT, InternalRuleRepealed(rule="nq"), "bb2")
    ledger.retract(
        SUBJECT, "bb", reason="nhầm", occurred_on=date(2024, 3, 2), recorded_by="x", id="r1"
    )
    with pytest.raises(InvalidRecord, match="a retraction cannot be retracted"):
        ledger.retract(SUBJECT, "r1", reason="x", occurred_on=date(2024, 3, 2), recorded_by="x")
    with pytest.raises(InvalidRecord, match=r"data\.armed_forces"):
        rec(SUBJECT, ProfileChanged(armed_forces=True), "pc1")
    with pytest.raises(
        InvalidRecord, match=r"data\.ownership' = 'private': applies to enterprises"
    ):
        rec(agency, ProfileChanged(ownership=Ownership.PRIVATE), "pc2")


def test_envelope_nulls_booleans_and_trailing_newlines_are_refused() -> None:
    from antq_compliance import draft_from_json

    good = {
        "id": "a",
        "type": "FestivalDayHeld",
        "subject": SUBJECT,
        "occurred_on": "2024-08-19",
        "recorded_by": "x",
        "data": {"attendance": 1},
    }
    for key in ("id", "subject", "recorded_by"):
        with pytest.raises(InvalidRecord, match=f"field '{key}' = None: is required"):
            draft_from_json({**good, key: None}, "line 1")
    with pytest.raises(InvalidRecord, match="field 'format' = True"):
        draft_from_json({**good, "format": True}, "line 1")
    with pytest.raises(InvalidRecord, match="field 'id'"):
        draft_from_json({**good, "id": "a\n"}, "line 1")
    with pytest.raises(InvalidRecord, match="field 'occurred_on'"):
        draft_from_json({**good, "occurred_on": "２０２４-08-19"}, "line 1")
    with pytest.raises(InvalidRecord, match="field 'reason'"):
        draft_from_json(
            {
                **good,
                "type": "FactRetracted",
                "reason": "x",
                "data": {"target": "b", "reason": "y"},
            },
            "line 1",
        )
