"""The readings of the text that are ours, as named parameters (``docs/rules.md``)."""

from __future__ import annotations

import enum
import functools
from typing import Literal

import attrs

from antq_compliance.domain.vocabulary import IncidentCategory, OffenceStage, Severity, SubjectKind

__all__ = ["Interpretation", "differences"]


@attrs.frozen(kw_only=True)
class Interpretation:
    """The interpretation choices the regulation reference names, as parameters.

    Every default is the reading documented in ``docs/rules.md``; change one with
    ``attrs.evolve(interpretation, ...)`` and pass the result to a rule version.
    """

    p2_timing: Literal["q1", "window"] = "q1"
    """TT124.D6.K1.p2: plan and registration both in Q1 (``q1``, how provinces apply it) or
    anywhere in the evaluation window up to its end (``window``)."""

    p4_denominator: Literal["peak_headcount", "headcount_at_window_end"] = "peak_headcount"
    """TT124.D6.K1.p4: the headcount that "100%" is measured against: the highest headcount in
    effect during the window, or the headcount at the window's end."""

    k2_requires_activity: bool = True
    """TT124.D6.K2: an agreement must also be carried out (one coordination activity in the
    window), not merely signed."""

    prov1_categories: frozenset[IncidentCategory] = frozenset(
        c for c in IncidentCategory if c is not IncidentCategory.OTHER
    )
    """TT124.D6.PROV1: the incident categories that make the criterion fail (data: a reviewer
    adds or drops a category per rule version)."""

    prov1_min_severity: Severity = Severity.MINOR
    """TT124.D6.PROV1: incidents below this severity are not counted."""

    prov2_counted_stages: frozenset[OffenceStage] = frozenset(OffenceStage)
    """TT124.D6.PROV2: which recorded stage counts as an offence (prosecution, conviction,
    social evil). Provinces in 2024 counted a prosecution."""

    prov3_applies_to: frozenset[SubjectKind] = frozenset(SubjectKind)
    """TT124.D6.PROV3: the kinds of unit that must build a protection force."""


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, frozenset):
        return ",".join(sorted(_text(item) for item in value))
    return str(value)


@functools.lru_cache(maxsize=256)
def differences(interpretation: Interpretation) -> tuple[tuple[str, str], ...]:
    """The parameters of ``interpretation`` that differ from the documented defaults, as
    ``(name, value)`` in declaration order (a set as its sorted values joined by commas): what a
    result carries in its rule reference (``RuleRef.interpretation``)."""
    default = Interpretation()
    return tuple(
        (field.name, _text(getattr(interpretation, field.name)))
        for field in attrs.fields(Interpretation)
        if getattr(interpretation, field.name) != getattr(default, field.name)
    )
