"""The readings of the text that are ours, as named parameters with their defaults in data
(``regulation/data/interpretation.toml``; ``docs/rules.md``).

A result carries every parameter whose value differs from the shipped defaults
(:func:`differences`, ``RuleRef.interpretation``), so a status computed under another reading
never looks like one computed under the library's.
"""

from __future__ import annotations

import enum
import functools
import tomllib
from importlib import resources
from typing import Any, Literal

import attrs

__all__ = ["PARAMETERS", "Interpretation", "Parameter", "differences"]


@attrs.frozen(kw_only=True)
class Parameter:
    """One reading: the clause it reads, the values it may take, its default, what it means."""

    name: str
    clause: str
    values: tuple[str, ...]
    default: str
    en: str


def _load() -> dict[str, Parameter]:
    text = resources.files("antq_compliance.regulation").joinpath("data/interpretation.toml")
    raw = tomllib.loads(text.read_text("utf-8"))
    out = {}
    for name, entry in raw["parameter"].items():
        item = Parameter(
            name=name,
            clause=entry["clause"],
            values=tuple(entry["values"]),
            default=entry["default"],
            en=entry["en"],
        )
        if item.default not in item.values:
            raise ValueError(f"interpretation.toml: {name}: default {item.default!r} not allowed")
        out[name] = item
    return out


PARAMETERS: dict[str, Parameter] = _load()
"""Every interpretation parameter of the data, by name."""


def _default(name: str) -> Any:
    return attrs.field(default=PARAMETERS[name].default)


@attrs.frozen(kw_only=True)
class Interpretation:
    """The interpretation choices, as parameters; each default comes from
    ``interpretation.toml``. Change one with ``Interpretation(p2_timing="window")`` (or
    ``attrs.evolve``) and pass it to an evaluation, a ledger's query or a rulebook."""

    p2_timing: Literal["q1", "window"] = _default("p2_timing")
    standing_duties: Literal["on_reference_day", "from_q1_end"] = _default("standing_duties")
    p4_denominator: Literal["peak_headcount", "headcount_at_window_end"] = _default(
        "p4_denominator"
    )
    implementation_evidence: Literal["no_contrary_finding", "positive_assessment"] = _default(
        "implementation_evidence"
    )
    unclassified_incidents: Literal["pending", "ignored"] = _default("unclassified_incidents")
    k3h_warning_qualifies: Literal["social_evil_only", "both_limbs"] = _default(
        "k3h_warning_qualifies"
    )
    guard_force_absent: Literal["not_met", "not_applicable"] = _default("guard_force_absent")
    not_eligible: Literal["title_half_lapses", "whole_clause_lapses"] = _default("not_eligible")
    sub_unit_discipline: Literal["anyone_in_the_unit", "per_sub_unit"] = _default(
        "sub_unit_discipline"
    )
    no_sub_units: Literal["not_met", "not_applicable"] = _default("no_sub_units")
    rating_year: Literal["latest_by_window_end", "same_year"] = _default("rating_year")
    small_micro_reading: Literal["nd80", "declared_only"] = _default("small_micro_reading")
    agency_funding_unrecorded: Literal["in_scope", "not_applicable"] = _default(
        "agency_funding_unrecorded"
    )
    deadline_day: Literal["day_before", "same_day"] = _default("deadline_day")
    residential_no_party_cell: Literal["not_met", "not_applicable"] = _default(
        "residential_no_party_cell"
    )
    year_on_year: Literal["no_group_rose", "every_group_fell"] = _default("year_on_year")
    commune_territory: Literal["commune_and_areas", "commune_record"] = _default(
        "commune_territory"
    )
    commune_police_scope: Literal["commune_police", "all_grassroots_forces"] = _default(
        "commune_police_scope"
    )
    learner_crime_from: Literal["conviction", "prosecution"] = _default("learner_crime_from")
    ministry_overlap: Literal["ministry", "managing_level"] = _default("ministry_overlap")
    delegation_levels: Literal["next_existing_level", "strict_three_levels"] = _default(
        "delegation_levels"
    )

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            allowed = PARAMETERS[field.name].values
            if value not in allowed:
                raise ValueError(
                    f"interpretation {field.name} = {value!r}: expected one of {', '.join(allowed)}"
                )


def _check() -> None:
    names = {f.name for f in attrs.fields(Interpretation)}
    if names != set(PARAMETERS):
        raise RuntimeError(
            f"Interpretation and interpretation.toml differ: {names ^ set(PARAMETERS)}"
        )


_check()


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
    """The parameters of ``interpretation`` that differ from the defaults, as ``(name,
    value)`` in declaration order: what a result carries in its rule reference
    (``RuleRef.interpretation``)."""
    default = Interpretation()
    return tuple(
        (field.name, _text(getattr(interpretation, field.name)))
        for field in attrs.fields(Interpretation)
        if getattr(interpretation, field.name) != getattr(default, field.name)
    )
