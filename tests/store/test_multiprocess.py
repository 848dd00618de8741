"""N processes recording at once, to shared subjects and to their own, on both stores.

Each writer (``_workers.record_concurrently``, a ``spawn`` process) registers its own subject,
records a compliant year for it, and alternates single facts to one of two shared subjects
with atomic batches across its own subject and a shared one. Meanwhile the test process
follows the log with a status projection. Afterwards:

* every acknowledged fact is in the log exactly once, and nothing else is: a batch the ledger
  refused with ``ConcurrencyConflict`` after its own retries (the writer then sends it again,
  up to 5 times) left nothing behind, and its message says so;
* each stream's versions run 1..n without gaps, and ``verify`` is clean;
* the projection followed during the run saw every fact, in stream order, and its verdicts
  equal a fresh evaluation of every subject.

Short version in the default suite; ``pytest -m slow tests/store/test_multiprocess.py`` runs
``$ANTQ_CONCURRENCY_ROUNDS`` rounds per writer (default 150).
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter

import pytest

from _workers import (
    WorkerResult,
    fixed_clock,
    long_run,
    record_concurrently,
)
from antq_compliance import Ledger, status_to_json
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.application import stream_id
from builders import registration

SHARED = ("2100000001", "2100000002")
YEAR = 2024
SEED = 7


def _run(store: str, writers: int, rounds: int) -> dict[str, int]:
    with Ledger(store, clock=fixed_clock, actor=SYSTEM) as ledger:
        ledger.record_many([registration(s) for s in SHARED])
        projection = ledger.replay([YEAR])
        tasks = [(store, w, SHARED, f"22{w:08d}", rounds, SEED * 1000 + w) for w in range(writers)]
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(writers) as pool:
            pending = pool.starmap_async(record_concurrently, tasks)
            follows = 0
            deadline = time.monotonic() + 60 + rounds * writers
            while not pending.ready():
                if time.monotonic() > deadline:  # e.g. workers that cannot even start
                    pool.terminate()
                    pytest.fail(f"{writers} writers x {rounds} rounds did not finish in time")
                ledger.follow(projection)
                follows += 1
                pending.wait(0.05)
            results: list[WorkerResult] = pending.get(timeout=5)
        ledger.follow(projection)

        errors = [e for r in results for e in r["errors"]]
        assert not errors, errors[:3]
        acknowledged = [i for r in results for i in r["acknowledged"]] + [
            f"{s}-reg" for s in SHARED
        ]
        refused = {i for r in results for i in r["refused"]}
        conflicts = [c for r in results for c in r["conflicts"]]
        for message in conflicts:  # reported clearly: who collided, and that nothing was written
            assert "nothing from this batch was written" in message, message
        stored = [fact.id for _, fact in ledger.log.scan()]
        duplicates = [i for i, n in Counter(stored).items() if n > 1]
        assert not duplicates, f"stored twice: {duplicates[:5]}"
        assert sorted(stored) == sorted(acknowledged), "acknowledged and stored differ"
        assert not refused & set(stored), "a refused batch left facts behind"

        subjects = sorted({f.subject for _, f in ledger.log.scan()})
        assert len(subjects) == writers + len(SHARED)
        for subject in subjects:
            versions = [
                e.originator_version
                for e in ledger.log._app.recorder.select_events(stream_id(subject))
            ]
            assert versions == list(range(1, len(versions) + 1)), subject
            followed = [f.id for f in projection.facts[subject]]
            assert followed == [f.id for f in ledger.facts(subject)], f"{subject}: followed"
        end = ledger.rulebook.for_year(YEAR).window(YEAR).end
        fresh = {s.subject: status_to_json(s) for s in ledger.statuses(YEAR, as_of=end)}
        assert fresh == {s: status_to_json(projection.status(s, YEAR)) for s in subjects}
        verdicts = Counter(v["verdict"] for v in fresh.values())
        assert ledger.verify().ok
    return {
        "acknowledged": len(acknowledged),
        "stored": len(stored),
        "conflicts reported": len(conflicts),
        "refused": len(refused),
        "follows": follows,
        **{f"verdict {k}": n for k, n in verdicts.items()},
    }


@pytest.mark.parametrize("writers", [2, 4, 8])
def test_concurrent_writers_lose_and_duplicate_nothing(store: str, writers: int) -> None:
    figures = _run(store, writers, rounds=8)
    print(f"\n{writers} writers: {figures}")
    assert figures["acknowledged"] == figures["stored"]
    # Each writer's registration, 8 single facts and 8 two-fact batches went through (the
    # ledger's retries, and at worst the writer re-sending, absorb the conflicts).
    assert figures["acknowledged"] >= writers * (1 + 8 + 8 * 2) + len(SHARED)


@pytest.mark.slow
@pytest.mark.parametrize("writers", [2, 4, 8])
def test_concurrent_writers_long_run(store: str, writers: int) -> None:
    rounds = long_run("ANTQ_CONCURRENCY_ROUNDS", 150)
    figures = _run(store, writers, rounds)
    print(f"\n{writers} writers x {rounds} rounds: {figures}")
    assert figures["acknowledged"] == figures["stored"]
