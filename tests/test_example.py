"""The Trà Vinh example: the verdicts its README promises, on both stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from antq_compliance import Ledger, Status, Verdict

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tra_vinh" / "events.jsonl"


def test_the_example_year_2024(ledger: Ledger) -> None:
    ledger.import_jsonl(EXAMPLE)
    boards = {s.subject: s for s in ledger.statuses(2024, as_of=date(2024, 12, 31))}
    assert boards["2100000001"].verdict is Verdict.ACHIEVED
    seafood = boards["2100000002"]
    assert seafood.verdict is Verdict.NOT_ACHIEVED
    assert [c.id for c in seafood.criteria if c.status is Status.NOT_MET] == ["TT124.D6.K1.p2"]
    assert seafood.criterion("TT124.D6.K1.p1").status is Status.NOT_APPLICABLE
    assert "ts-pb-1-sua" in seafood.criterion("TT124.D6.K1.p4").evidence  # the corrected briefing
    garment = boards["2100000003"]
    assert [c.id for c in garment.criteria if c.status is Status.NOT_MET] == ["TT124.D6.PROV1"]
    assert garment.provisional
    assert boards["2100000004"].verdict is Verdict.NOT_APPLICABLE


def test_the_seafood_briefing_before_its_correction_fell_short(ledger: Ledger) -> None:
    ledger.import_jsonl(EXAMPLE)
    facts = ledger.facts("2100000002")
    before = [f for f in facts if f.id != "ts-pb-1-sua"]
    from antq_compliance import AsOf, evaluate

    result = evaluate("2100000002", before, 2024, AsOf(business=date(2024, 12, 31)))
    assert result.criterion("TT124.D6.K1.p4").status is Status.NOT_MET
    assert "150/180" in result.criterion("TT124.D6.K1.p4").reason_en
