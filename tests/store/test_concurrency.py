"""Several processes recording to the same subject at once: no acknowledged event is lost."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime

from antq_compliance import Ledger, PropagandaSessionHeld
from antq_compliance.domain.policy import SYSTEM
from builders import SUBJECT, registration

WRITERS = 3
FACTS_EACH = 15


def _writer(store: str, writer: int) -> list[str]:
    acknowledged = []
    clock = lambda: datetime(2025, 1, 1, tzinfo=UTC)  # noqa: E731
    with Ledger(store, clock=clock, retries=50, actor=SYSTEM) as ledger:
        for n in range(FACTS_EACH):
            fact_id = f"w{writer}-{n}"
            ledger.record(
                SUBJECT,
                PropagandaSessionHeld(topic=f"Buổi {n}", attendance=n),
                occurred_on=date(2024, 5, 1),
                recorded_by=f"writer-{writer}",
                id=fact_id,
            )
            acknowledged.append(fact_id)
    return acknowledged


def test_concurrent_writers_to_one_subject_lose_nothing(ledger: Ledger, store: str) -> None:
    ledger.record_many([registration()])
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(WRITERS) as pool:
        results = pool.starmap(_writer, [(store, w) for w in range(WRITERS)])
    acknowledged = [i for batch in results for i in batch]
    stored = [f.id for f in ledger.facts(SUBJECT)][1:]
    assert len(acknowledged) == WRITERS * FACTS_EACH
    assert sorted(stored) == sorted(acknowledged), "every acknowledged fact exactly once"
    versions = [v for v, _ in ledger.log.scan()]
    assert len(versions) == len(set(versions))
