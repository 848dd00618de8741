"""The Trà Vinh example: the verdicts its README promises, on both stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs

from antq_compliance import (
    AsOf,
    DecisionOutcome,
    Fact,
    Ledger,
    RecognitionDecided,
    Status,
    Verdict,
    YearStatus,
    evaluate,
)
from conftest import FakeClock

FOLDER = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh"
EXAMPLE = FOLDER / "events.jsonl"
LATE = FOLDER / "late.jsonl"


def test_the_example_year_2024(ledger: Ledger, clock: FakeClock) -> None:
    clock.set("2025-01-02T08:00:00+07:00")
    ledger.import_jsonl(EXAMPLE)
    assert ledger.status("2100000003", 2024, as_of=date(2024, 12, 31)).verdict is Verdict.ACHIEVED
    clock.set("2025-02-10T08:00:00+07:00")
    ledger.import_jsonl(LATE)  # the fire of 07/08/2024, reported in February
    boards = {s.subject: s for s in ledger.statuses(2024, as_of=date(2024, 12, 31))}
    assert boards["2100000001"].verdict is Verdict.ACHIEVED
    seafood = boards["2100000002"]
    assert seafood.verdict is Verdict.NOT_ACHIEVED
    assert [c.id for c in seafood.criteria if c.status is Status.NOT_MET] == ["TT124.D6.K1.p2"]
    assert seafood.criterion("TT124.D6.K1.p1").status is Status.NOT_APPLICABLE
    assert "ts-pb-1-sua" in seafood.criterion("TT124.D6.K1.p4").evidence  # the corrected briefing
    garment = boards["2100000003"]
    assert [c.id for c in garment.criteria if c.status is Status.NOT_MET] == ["TT124.D6.K3.g"]
    assert not garment.provisional
    assert boards["2100000004"].verdict is Verdict.NOT_APPLICABLE
    assert "Nghị định 80" in boards["2100000004"].criterion("TT124.D1.K2.b").reason_vi
    power = boards["2100000001"]  # clauses 2-5 met: a minor fire does not count
    assert power.criterion("TT124.D6.K3.g").status is Status.MET
    assert "80%" in power.criterion("TT124.D6.K5").reason_vi
    coconut = boards["2100000005"]  # 3 of 5 sub-units rated; no coordination document
    assert [c.id for c in coconut.criteria if c.status is Status.NOT_MET] == ["TT124.D6.K5"]
    assert coconut.criterion("TT124.D6.K2").status is Status.MET
    assert coconut.criterion("TT124.D6.K4").status is Status.MET  # a reprimand is below warning
    justice = boards["2100000006"]  # an agency funded from the State budget
    assert justice.criterion("TT124.D2.K2").status is Status.MET
    assert [c.id for c in justice.criteria if c.status is Status.NOT_MET] == ["TT124.D6.K3.h"]
    assert sorted(boards) == sorted([*UNITS, *TERRITORY])


UNITS = [f"210000000{n}" for n in range(1, 7)]
TERRITORY = ["29254", "29254-KHOM3", "29293", "29293-KHOM2", "8401234"]
"""The example's Article 6 units, then its two communes, their khóm and the high school."""


def _boards(ledger: Ledger, clock: FakeClock) -> dict[str, YearStatus]:
    clock.set("2025-01-02T08:00:00+07:00")
    ledger.import_jsonl(EXAMPLE)
    clock.set("2025-02-10T08:00:00+07:00")
    ledger.import_jsonl(LATE)
    return {s.subject: s for s in ledger.statuses(2024, as_of=date(2024, 12, 31))}


def test_the_khom_the_communes_and_the_school(ledger: Ledger, clock: FakeClock) -> None:
    boards = _boards(ledger, clock)
    for subject in ("29254", "29254-KHOM3", "29293-KHOM2", "8401234"):
        board = boards[subject]
        assert board.verdict is Verdict.ACHIEVED, subject
        assert all(c.status is Status.MET for c in board.criteria), subject
    khom = boards["29254-KHOM3"]  # Art. 4, its own window (01/11/2023 - 31/10/2024)
    assert (khom.window.start, khom.window.end) == (date(2023, 11, 1), date(2024, 10, 31))
    assert len(khom.criteria) == 15 and khom.criteria[0].id == "TT124.D4.K1.p1"
    assert "412/412" in khom.criterion("TT124.D4.K1.p2").reason_vi
    assert "3 → 2" in khom.criterion("TT124.D4.K4.a").reason_vi  # crimes, 2023 → 2024
    assert khom.criterion("TT124.D4.K4.a").evidence == ("k3-sl-2023", "k3-sl-2024")
    assert khom.criterion("TT124.D4.K5").evidence == ("k3-tbv-2024",)
    school = boards["8401234"]  # Art. 7: staff and learners briefed, the parents' board
    assert [c.id for c in school.criteria][-1] == "TT124.D7.K6"
    assert "1236" in school.criterion("TT124.D7.K1.p3").reason_vi
    assert "thpt-pbcm" in school.criterion("TT124.D7.K2").evidence
    assert "4/5 (80%)" in school.criterion("TT124.D7.K6").reason_vi
    ward = boards["29254"]  # Phường 1 manages Khóm 3 and the seafood company: 2/2
    clause_4 = ward.criterion("TT124.D5.K4")
    assert "2/2 (100%)" in clause_4.reason_vi
    assert {e.split("/")[0] for e in clause_4.evidence} == {"29254-KHOM3", "2100000002"}
    town = boards["29293"]  # Thị trấn Cầu Kè: Khóm 2 recognised, Dừa Cầu Kè refused: 1/2
    assert town.verdict is Verdict.NOT_ACHIEVED
    assert [c.id for c in town.criteria if c.status is Status.NOT_MET] == ["TT124.D5.K4"]
    assert "1/2 (50%)" in town.criterion("TT124.D5.K4").reason_vi
    assert {e.split("/")[0] for e in town.criterion("TT124.D5.K4").evidence} == {
        "29293-KHOM2",
        "2100000005",
    }


def test_the_ward_s_clause_4_follows_the_seafood_company_s_decision(
    ledger: Ledger, clock: FakeClock
) -> None:
    """On 17/11 the seafood company was not decided yet (18/11): 1 of 2, still open until the
    19th; its recognition makes it 2 of 2; had it been refused, the ward would fail."""
    _boards(ledger, clock)
    before = ledger.status("29254", 2024, as_of=date(2024, 11, 17)).criterion("TT124.D5.K4")
    assert before.status is Status.PENDING and "1/2 (50%)" in before.reason_vi
    after = ledger.status("29254", 2024, as_of=date(2024, 11, 18)).criterion("TT124.D5.K4")
    assert after.status is Status.MET
    facts = {s: ledger.facts(s) for s in ("2100000002", "29254-KHOM3")}

    def refusal(fact: Fact) -> Fact:
        if not isinstance(fact.data, RecognitionDecided):
            return fact
        data = attrs.evolve(
            fact.data, outcome=DecisionOutcome.NOT_RECOGNISED, certificate_number=None
        )
        return attrs.evolve(fact, data=data)

    refused = [refusal(f) for f in facts["2100000002"]]
    what_if = evaluate(
        "29254",
        ledger.facts("29254"),
        2024,
        AsOf(business=date(2024, 12, 31)),
        others={**facts, "2100000002": refused},
    )
    assert what_if.criterion("TT124.D5.K4").status is Status.NOT_MET


def test_the_seafood_briefing_before_its_correction_fell_short(ledger: Ledger) -> None:
    ledger.import_jsonl(EXAMPLE)
    facts = ledger.facts("2100000002")
    before = [f for f in facts if f.id != "ts-pb-1-sua"]
    from antq_compliance import AsOf, evaluate

    result = evaluate("2100000002", before, 2024, AsOf(business=date(2024, 12, 31)))
    assert result.criterion("TT124.D6.K1.p4").status is Status.NOT_MET
    assert "150/180" in result.criterion("TT124.D6.K1.p4").reason_en


def test_the_example_decisions_against_the_record(ledger: Ledger, clock: FakeClock) -> None:
    clock.set("2025-01-02T08:00:00+07:00")
    ledger.import_jsonl(EXAMPLE)
    clock.set("2025-02-10T08:00:00+07:00")
    ledger.import_jsonl(LATE)
    findings = {(f.subject, f.code) for f in ledger.audit(2024)}
    assert findings == {
        ("2100000002", "recognised_against_record"),
        ("2100000002", "no_police_representative"),
        ("2100000002", "dossier_incomplete"),
    }, "the garment factory's decision stood on what was known when it was recorded"
    (first, late) = ledger.history("2100000003", 2024)
    assert (first.verdict_after, late.verdict_after) == (Verdict.ACHIEVED, Verdict.NOT_ACHIEVED)
    assert late.facts == ("may-chay",)
