"""The status projection holds each status encoded (``CompactStatuses``): what it gives back is
equal to what was evaluated, with the same JSON, and each status held is small."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

from antq_compliance import AsOf, Fact, evaluate
from antq_compliance.codec.results import status_to_json
from antq_compliance.projections.compact import CompactStatuses
from antq_compliance.projections.status import StatusProjection
from antq_compliance.regulation.results import YearStatus
from builders import compliant_year, registration

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
AT = datetime(2025, 1, 10, tzinfo=UTC)


@pytest.fixture(scope="module")
def generated() -> tuple[StatusProjection, dict[tuple[str, int], YearStatus]]:
    """The benchmark's realistic units (every kind, communes among them), projected, and the
    same statuses evaluated afresh, never encoded."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    drafts = list(generate.generate_events(6000, 2024, 124))
    facts = [Fact(**attrs.asdict(d, recurse=False), recorded_at=AT) for d in drafts]
    projection = StatusProjection(years=(2023, 2024)).apply_all(enumerate(facts, start=1))
    originals = {}
    for subject, stream in projection.facts.items():
        for year in projection.years:
            if (subject, year) in projection.statuses:
                originals[(subject, year)] = evaluate(
                    subject,
                    stream,
                    year,
                    AsOf(business=projection.as_of_for(stream, year)),
                    others=projection._others(subject, stream),
                )
    return projection, originals


def test_held_statuses_are_given_back_equal_with_the_same_json(
    generated: tuple[StatusProjection, dict[tuple[str, int], YearStatus]],
) -> None:
    projection, originals = generated
    held = projection.statuses
    assert isinstance(held, CompactStatuses)
    assert len(originals) > 150 and sorted(held) == sorted(originals)
    for key, original in originals.items():
        assert held[key] == original
        assert status_to_json(held[key]) == status_to_json(original)
    assert held == originals and originals == held
    assert CompactStatuses(originals) == held


def test_a_held_status_is_small(
    generated: tuple[StatusProjection, dict[tuple[str, int], YearStatus]],
) -> None:
    """A status is held in a few hundred bytes (its name, its evidence ids, pool indices): the
    status it decodes to is some 4 KB of objects."""
    held = generated[0].statuses
    assert isinstance(held, CompactStatuses)
    sizes = [held.encoded_size(key) for key in held]
    assert min(sizes) > 0, "every generated status fits the encoding"
    assert sum(sizes) / len(sizes) < 400
    assert max(sizes) < 1024


def test_a_status_that_does_not_fit_is_held_as_it_is() -> None:
    facts = [
        Fact(**attrs.asdict(d, recurse=False), recorded_at=AT)
        for d in [registration(), *compliant_year()]
    ]
    status = evaluate(facts[0].subject, facts, 2024, AsOf(business=AT.date()))
    odd = attrs.evolve(status, name="Công ty\x1fTNHH")
    held = CompactStatuses()
    held[(status.subject, 2024)] = status
    held[(status.subject, 2023)] = odd  # a separator in the name, and not its year
    assert held.encoded_size((status.subject, 2024)) > 0
    held[("other", 2024)] = attrs.evolve(status, subject="other", name="\ud800")  # no UTF-8
    assert held.encoded_size((status.subject, 2023)) == held.encoded_size(("other", 2024)) == -1
    assert held[("other", 2024)].name == "\ud800"
    del held[("other", 2024)]
    assert held[(status.subject, 2024)] == status and held[(status.subject, 2023)] is odd
    del held[(status.subject, 2023)]
    assert list(held) == [(status.subject, 2024)] and (status.subject, 2023) not in held
    assert StatusProjection(years=(2024,), statuses=dict(held)).statuses == held
