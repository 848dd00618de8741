"""The Trà Vinh example: the verdicts its README promises, on both stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from antq_compliance import Ledger, Status, Verdict
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
