"""The store's fast read paths give what the plain ones give, on each backend.

``scan_streams`` (one stream at a time), ``read_many`` (many streams per query), ``scan`` (rows
straight from the table) and a statuses-only projection (``replay(keep_facts=False)``, then
``follow``) must agree with per-subject reads and a projection that keeps every fact.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from antq_compliance import Ledger
from antq_compliance.codec.results import status_to_json
from antq_compliance.domain.facts import PropagandaSessionHeld
from antq_compliance.projections.status import StatusProjection
from builders import compliant_year, registration
from conftest import FakeClock

SUBJECTS = ["2100000001", "2100000002", "0312345678", "2100000004"]


def fill(ledger: Ledger) -> None:
    for subject in SUBJECTS[:3]:
        ledger.record_many([registration(subject), *compliant_year(2024, subject=subject)])
    ledger.record_many([registration(SUBJECTS[3])])


def board(projection: StatusProjection) -> dict[tuple[str, int], object]:
    return {key: status_to_json(value) for key, value in projection.statuses.items()}


def test_streams_and_many_reads_agree_with_single_reads(
    open_ledger: Callable[[], Ledger],
) -> None:
    ledger = open_ledger()
    fill(ledger)
    streams = {facts[0].subject: facts for facts in ledger.log.scan_streams(batch=7)}
    assert set(streams) == set(SUBJECTS)
    many = ledger.log.read_many([*SUBJECTS, "2199999999"])
    assert many["2199999999"] == []
    for subject in SUBJECTS:
        assert streams[subject] == ledger.facts(subject) == many[subject]
    assert [f for _, f in ledger.log.scan(batch=5)] == [f for _, f in ledger.log.scan()]
    assert sum(len(s) for s in streams.values()) == ledger.head()
    # A walk bounded by a position stops there, whatever was written since.
    bounded = [f for s in ledger.log.scan_streams(head=3) for f in s]
    assert len(bounded) == 3


def test_statuses_only_projection_equals_the_full_one_and_follows(
    open_ledger: Callable[[], Ledger], clock: FakeClock
) -> None:
    ledger = open_ledger()
    fill(ledger)
    years = (2024, 2025)
    full, lean = ledger.replay(years), ledger.replay(years, keep_facts=False)
    assert lean.facts == {} and lean.position == full.position == ledger.head()
    assert board(lean) == board(full) != {}
    as_of = full.as_of or (lambda year: date(year, 11, 15))
    found = [status_to_json(s) for s in ledger.statuses(2024, as_of=as_of(2024))]
    assert [s["subject"] for s in found] == sorted(SUBJECTS)  # ordered by subject
    assert {s["subject"]: s for s in found} == {
        s: v for (s, y), v in board(full).items() if y == 2024
    }
    ledger.record(
        SUBJECTS[3],
        PropagandaSessionHeld(topic="Phòng chống ma túy", attendance=30),
        occurred_on=date(2024, 5, 1),
        recorded_by="cán bộ",
    )
    ledger.follow(lean)
    ledger.follow(full)
    assert lean.position == full.position == ledger.head()
    assert board(lean) == board(full) == board(ledger.replay(years))
    with pytest.raises(ValueError, match="keeps no facts"):
        lean.apply(lean.position + 1, ledger.facts(SUBJECTS[3])[-1])
