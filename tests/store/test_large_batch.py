"""A large batch is one transaction on both stores, and does not stall on PostgreSQL.

eventsourcing 9.5 sends a batch as one pipelined message; psycopg 3.3 stalled on messages over
about 10 MB (imports of ~20,000 facts). The ledger's PostgreSQL recorder sends it in chunks.
"""

from __future__ import annotations

from datetime import date

from antq_compliance import FactDraft, Ledger, PropagandaSessionHeld
from builders import registration

FACTS = 25_000


def test_a_25_000_fact_batch_is_written_whole(ledger: Ledger) -> None:
    subjects = [f"21{n:08d}" for n in range(50)]
    ledger.record_many([registration(s) for s in subjects])
    topic = "Tuyên truyền phòng, chống tội phạm, tệ nạn xã hội và tín dụng đen " * 6
    drafts = [
        FactDraft(
            id=f"tt-{n}",
            subject=subjects[n % len(subjects)],
            occurred_on=date(2024, 5, 1),
            recorded_by="bench",
            data=PropagandaSessionHeld(topic=topic[:300], attendance=n % 400),
        )
        for n in range(FACTS)
    ]
    result = ledger.record_many(drafts)
    assert result.written == FACTS
    assert ledger.head() == FACTS + len(subjects)
    assert ledger.verify().ok
