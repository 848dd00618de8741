"""Given: a reading of the text other than the library's (an interpretation parameter);
Then: the result carries the reading it was computed under."""

from __future__ import annotations

import attrs
from pytest_bdd import given, then

from antq_compliance import Interpretation, Ledger
from antq_compliance.domain.policy import SYSTEM

from .base import CLAUSE, Spec, step_re

READING = r'cách hiểu "(?P<name>[^"]+)" là "(?P<value>[^"]+)"'


@given(step_re(rf"địa phương áp dụng {READING}"))
def reading_applied(spec: Spec, name: str, value: str) -> None:
    """The ledger is reopened on the same store with the rulebook read this way
    (``Rulebook.with_interpretation``), as a deployment would configure it."""
    current = spec.ledger.rulebook.versions[0].interpretation
    changes: dict[str, object] = {name: value}
    reading: Interpretation = attrs.evolve(current, **changes)  # type: ignore[arg-type]
    spec.ledger = Ledger(
        spec.store,
        clock=spec.clock,
        rulebook=spec.ledger.rulebook.with_interpretation(reading),
        actor=SYSTEM,
    )
    spec.opened.append(spec.ledger)


@then(step_re(rf"kết quả của {CLAUSE} ghi {READING}"))
def reading_carried(spec: Spec, clause: str, name: str, value: str) -> None:
    carried = dict(spec.result(clause).rule.interpretation)
    assert carried.get(name) == value, f"{clause} carries {carried}, not {name} = {value}"


@then(step_re(rf"kết quả của {CLAUSE} theo cách hiểu mặc định"))
def default_reading(spec: Spec, clause: str) -> None:
    carried = spec.result(clause).rule.interpretation
    assert carried == (), f"{clause} carries a non-default reading: {carried}"
