"""The provincial-report projection kept current, not rebuilt per report (application/reports.py).

On both stores: a report asked with ``saved=True`` (as ``antq report`` does) starts from the
state saved beside the status view and reads only the facts recorded since; ``antq follow``
keeps that state current. Every answer equals a report from a projection rebuilt from the
whole log, and a saved state that does not belong to the log is dropped and rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import orjson
import pytest

from antq_compliance import Ledger
from antq_compliance.application.follow import StatusFollower
from antq_compliance.application.reports import ReportKeeper, saved_report_store
from antq_compliance.projections.reports.projection import ReportProjection
from conftest import FakeClock
from report_log import B, corrections, fill, first_batch, merger_year, session

QUESTIONS = [
    ("Vĩnh Long", 2024, False),
    ("Vĩnh Long", 2025, False),
    ("Trà Vinh", 2024, True),
    ("Hà Nội", 2024, False),
]


def _rebuilt(ledger: Ledger, province: str, year: int, former: bool) -> object:
    return ledger.report_projection().report(province, year, former=former)


def _scanned(ledger: Ledger) -> list[int]:
    """Count the facts the ledger's log reads in log order from now on (every such read goes
    through ``notifications``, or ``scan_places`` for the report projection)."""
    seen = [0]
    for name in ("notifications", "scan_places"):
        original = getattr(ledger.log, name)

        def counting(*args: object, _original: Any = original, **kwargs: object) -> object:
            for row in _original(*args, **kwargs):
                seen[0] += 1
                yield row

        setattr(ledger.log, name, counting)
    return seen


def test_the_state_round_trips(open_ledger: Callable[[], Ledger], clock: FakeClock) -> None:
    ledger = open_ledger()
    fill(ledger, clock)
    built = ledger.report_projection()
    state = orjson.loads(orjson.dumps(built.state()))
    back = ReportProjection(streams=ledger.log.read_many)
    assert back.restore(state) and back.position == built.position == ledger.head()
    assert back.state() == built.state()
    for province, year, former in QUESTIONS:
        assert back.report(province, year, former=former) == built.report(
            province, year, former=former
        )
    assert not ReportProjection().restore({**state, "version": 0})
    assert not ReportProjection().restore({"version": state["version"], "units": {"x": [1, 9]}})


def test_a_saved_report_reads_only_what_was_recorded_since(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    writer = open_ledger()
    if writer.log.location == ":memory:":
        pytest.skip("an in-memory log has no store to save in")
    clock.set("2025-01-10T02:00:00")
    writer.record_many(first_batch())
    clock.set("2025-06-01T02:00:00")
    writer.record_many(corrections())
    first = open_ledger()  # a new process, as each `antq report` is
    seen = _scanned(first)
    report = first.province_report("Trà Vinh", 2024, former=True, saved=True)
    assert report == _rebuilt(writer, "Trà Vinh", 2024, True)
    assert seen[0] == writer.head()  # the first report rebuilt it from the log, and saved it
    clock.set("2025-12-01T02:00:00")
    writer.record_many(merger_year())
    writer.record_many([session("B-tt-3", B, date(2024, 10, 1), 70)])
    second = open_ledger()
    seen = _scanned(second)
    for province, year, former in QUESTIONS:
        assert second.province_report(province, year, former=former, saved=True) == _rebuilt(
            writer, province, year, former
        )
    assert seen[0] == len(merger_year()) + 1  # only the facts recorded since the save
    third = open_ledger()
    seen = _scanned(third)
    third.province_report("Vĩnh Long", 2024, saved=True)
    assert seen[0] == 0  # nothing new: no fact decoded to bring it up to date


def test_a_saved_state_of_another_log_is_rebuilt(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    ledger = open_ledger()
    if ledger.log.location == ":memory:":
        pytest.skip("an in-memory log has no store to save in")
    fill(ledger, clock)
    store = saved_report_store(ledger.log.location)
    assert store is not None
    try:
        # A state that claims more facts of B than the log holds (another log's, same length).
        state = ledger.report_projection().state()
        units = dict(state["units"])  # type: ignore[call-overload]
        units[B] = [units[B][0] + 5, units[B][1]]
        store.save_report_state(ledger.head() - 1, orjson.dumps({**state, "units": units}))
        saved = store.report_state()
        assert saved is not None and saved[0] == ledger.head() - 1
    finally:
        store.close()
    fresh = open_ledger()
    assert fresh.province_report("Vĩnh Long", 2024, saved=True) == _rebuilt(
        ledger, "Vĩnh Long", 2024, False
    )
    # A state past the log's head (the log was replaced by a shorter one) is not loaded.
    store = saved_report_store(ledger.log.location)
    assert store is not None
    try:
        assert store.save_report_state(ledger.head() + 100, orjson.dumps(state))
    finally:
        store.close()
    keeper = ReportKeeper(fresh.log, fresh.rulebook, persist=True)
    assert keeper.current().position == ledger.head() and keeper.rebuilt


def test_follow_keeps_the_report_projection_current(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    ledger = open_ledger()
    if ledger.log.location == ":memory:":
        pytest.skip("an in-memory log cannot be followed")
    fill(ledger, clock)
    with StatusFollower(ledger.log.location, [2024]) as follower:
        follower.catch_up(batch=4)
        clock.set("2025-12-02T02:00:00")
        ledger.record_many([session("B-tt-3", B, date(2024, 10, 1), 70)])
        follower.catch_up(batch=4)
    reader = open_ledger()
    seen = _scanned(reader)
    for province, year, former in QUESTIONS:
        assert reader.province_report(province, year, former=former, saved=True) == _rebuilt(
            ledger, province, year, former
        )
    assert seen[0] == 0  # the follower had saved it at the log's head


def test_the_projection_counts_facts_it_does_not_decode_as_the_log_fed_one_does(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    """``catch_up`` decodes only registrations and profile changes and counts every other fact
    by its stream: from empty, from a position after the units' registrations (their subjects
    given by the projection), and for streams it was not told of (found from their rows)."""
    import itertools

    from antq_compliance.application.reports import _PLACE_TOPICS, catch_up

    ledger = open_ledger()
    fill(ledger, clock)
    facts = list(ledger.log.scan(lazy=True))
    fed = ReportProjection().apply_all(facts)
    assert catch_up(ledger.log, ReportProjection()).state() == fed.state()
    middle = facts[len(facts) // 2][0]
    half = ReportProjection().apply_all(itertools.takewhile(lambda r: r[0] <= middle, facts))
    assert catch_up(ledger.log, half).state() == fed.state()
    untold = list(ledger.log.scan_places(_PLACE_TOPICS, start=middle + 1))
    assert [(p, s) for p, s, _ in untold] == [(p, f.subject) for p, f in facts if p > middle]
    decoded = [f for _, _, f in ledger.log.scan_places(_PLACE_TOPICS) if f is not None]
    assert {f.type_name for f in decoded} == {"SubjectRegistered", "ProfileChanged"}
    assert len(decoded) < len(facts)
