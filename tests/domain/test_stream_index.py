"""A subject's state finds the facts of a type through its index by type (``_by_type``), not by
reading the whole stream, and keeps the live facts it found until the next addition: the facts
it finds, and their order, are the whole stream's."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime

import attrs

from antq_compliance.codec.fast import fact_from_draft
from antq_compliance.domain.facts import (
    FACT_TYPES,
    Fact,
    FactData,
    FactRetracted,
    MovementModelAssessed,
    MovementModelEstablished,
)
from antq_compliance.domain.stream import _SubjectState
from builders import SUBJECT, compliant_year, draft, registration

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def facts() -> list[Fact]:
    drafts = [registration(), *compliant_year(2023), *compliant_year(2024)]
    drafts.append(
        draft("r1", FactRetracted(target=drafts[3].id, reason="sai"), drafts[3].occurred_on)
    )
    return [fact_from_draft(d, NOW) for d in drafts]


def live_reference(state: _SubjectState, classes: tuple[type[FactData], ...]) -> list[Fact]:
    """``_live_facts`` as it was: every fact of the stream looked at."""
    found = [
        f
        for f in state.by_id.values()
        if isinstance(f.data, classes) and f.id not in state.withdrawn
    ]
    found.sort(key=lambda f: state._key[f.id])
    return found


def check(state: _SubjectState) -> None:
    types = [*FACT_TYPES.values(), FactData]
    for cls in types:
        assert state._of(cls) == [f for f in state.by_id.values() if isinstance(f.data, cls)]
    for pair in itertools.combinations(types, 2):
        assert state._live_facts(*pair) == live_reference(state, pair)
    for cls in types:
        assert state._live_facts(cls) == live_reference(state, (cls,))


def test_the_index_finds_what_the_whole_stream_holds() -> None:
    every = facts()
    for seed in range(5):
        order = every[:]
        random.Random(seed).shuffle(order)
        stored, batch = order[:10], order[10:]
        state = _SubjectState(SUBJECT, stored)
        for position, fact in enumerate(batch):
            state.add(fact, f"line {position + 1}", position)
            if seed == 0:  # the lists read before an addition are not read after it
                check(state)
        check(state)


def test_an_id_given_again_with_another_type_keeps_the_index_in_stream_order() -> None:
    every = facts()
    state = _SubjectState(SUBJECT, every[:5])
    model = next(f for f in every if isinstance(f.data, MovementModelEstablished))
    assert isinstance(model.data, MovementModelEstablished)
    again = attrs.evolve(
        model,
        data=MovementModelAssessed(model=model.data.model, effective=False, assessed_by="x"),
    )
    for position, fact in enumerate([*every[5:], again]):
        state.add(fact, f"line {position + 1}", position)
    check(state)
    assert state.by_id[model.id] is again
