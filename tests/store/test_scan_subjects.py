"""``EventLog.scan_subjects`` and the ``Ledger.statuses`` built on it: the streams of the
registered subjects in subject order, bounded by the head the walk started at, one batch at a
time (``docs/performance.md``: ``statuses`` holds one batch, not every status)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from test_erasure import AS_OF, history

from antq_compliance import Ledger
from antq_compliance.application import ledger as ledger_module
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.regulation.evaluation import evaluate
from antq_compliance.regulation.results import AsOf
from builders import compliant_year, registration

# Subject ids whose stream ids do not sort as the ids do (the log's own order is by stream id).
UNITS = [f"21000000{n:02d}" for n in (7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6, 12)]


def test_streams_come_in_subject_order_bounded_by_the_head(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for unit in UNITS for d in history(unit)])
        head = ledger.head()
        # After the head: a new unit, and one more fact of a unit already there.
        ledger.record_many([registration("2100000099"), *compliant_year(2025, "2100000099")])
        late = ledger.head()
        streams = list(ledger.log.scan_subjects(head=head, batch=5))
        assert [s[0].subject for s in streams] == sorted(UNITS)
        assert all(len({f.subject for f in s}) == 1 for s in streams)
        for facts in streams:  # each stream whole, in stream order, as read on its own
            assert [f.id for f in facts] == [f.id for f in ledger.facts(facts[0].subject)]
        later = [s[0].subject for s in ledger.log.scan_subjects(batch=5)]
        assert later == sorted([*UNITS, "2100000099"]) and late > head


def test_statuses_are_the_evaluations_of_every_subject_in_order(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for unit in UNITS for d in history(unit)])
        got = list(ledger.statuses(2024, as_of=AS_OF[2024]))
        expected = [
            evaluate(unit, ledger.facts(unit), 2024, AsOf(business=AS_OF[2024]))
            for unit in sorted(UNITS)
        ]
        assert got == expected


def test_statuses_hands_out_a_batch_before_reading_the_next(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    mp = monkeypatch
    mp.setattr(ledger_module, "_STATUS_BATCH", 4)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for unit in UNITS for d in history(unit)])
        reads: list[int] = []
        original = ledger.log.read_many

        def counting(*args: object, **kwargs: object) -> object:
            reads.append(len(args[0]))  # type: ignore[arg-type]
            return original(*args, **kwargs)  # type: ignore[arg-type]

        mp.setattr(ledger.log, "read_many", counting)
        statuses = ledger.statuses(2024, as_of=AS_OF[2024])
        first = next(statuses)
        assert first.subject == min(UNITS)
        assert sum(reads) < len(UNITS)  # not every stream read for the first status
        rest = list(statuses)
        assert [s.subject for s in [first, *rest]] == sorted(UNITS)
