"""The figures of a report, from the contributions of the units and activities in its area."""

from __future__ import annotations

from collections.abc import Callable

from antq_compliance.domain.vocabulary import IncidentKind, Recipient, Status, Verdict
from antq_compliance.projections.reports.figures import (
    _GROUPS,
    _KIND_KEYS,
    FIGURE_KEYS,
    KINDS,
    CommuneRow,
    Figure,
    Item,
)
from antq_compliance.projections.reports.units import _Activity, _UnitYear

__all__ = ["figures"]

Placed = Callable[[_UnitYear], tuple[str, ...]]
"""The profile evidence of a unit on the day it is placed."""


def _count(key: str, items: list[Item], of: int | None = None) -> Figure:
    return Figure(key=key, value=len(items), items=tuple(items), of=of)


def _unit_item(u: _UnitYear, events: tuple[str, ...], detail: str = "") -> Item:
    return Item(subject=u.subject, name=u.name, events=events, detail=detail)


def _activity_items(activities: list[tuple[_UnitYear, _Activity]], kind: str) -> list[Item]:
    return [
        Item(subject=u.subject, name=u.name, events=(a.fact_id,), detail=a.detail)
        for u, a in activities
        if a.kind == kind
    ]


def _counted(out: dict[str, Figure], in_scope: list[_UnitYear], placed: Placed) -> None:
    """``units.*``, ``registered.*``, ``recognised.*``: per group and per kind of subject."""
    selections: list[tuple[str, list[_UnitYear]]] = [("total", in_scope)]
    selections += [(g, [u for u in in_scope if u.group == g]) for g in _GROUPS]
    selections += [(k, [u for u in in_scope if u.kind.value == k]) for k in _KIND_KEYS]
    for name, members in selections:
        out[f"units.{name}"] = _count(f"units.{name}", [_unit_item(u, placed(u)) for u in members])
        out[f"registered.{name}"] = _count(
            f"registered.{name}",
            [_unit_item(u, u.registrations) for u in members if u.registrations],
            of=len(members),
        )
        out[f"recognised.{name}"] = _count(
            f"recognised.{name}",
            [_unit_item(u, u.recognition) for u in members if u.recognition],
            of=len(members),
        )


def _verdicts(out: dict[str, Figure], units: list[_UnitYear]) -> None:
    for verdict in Verdict:
        chosen = [u for u in units if u.verdict is verdict]
        items = [_unit_item(u, u.verdict_events, u.verdict_detail) for u in chosen]
        out[f"verdicts.{verdict.value}"] = _count(f"verdicts.{verdict.value}", items)
        for kind in KINDS:
            key = f"verdicts.{kind.value}.{verdict.value}"
            paired = zip(chosen, items, strict=True)
            out[key] = _count(key, [i for u, i in paired if u.kind is kind])


def _communes(out: dict[str, Figure], rows: list[CommuneRow]) -> None:
    for status in (Status.MET, Status.NOT_MET, Status.PENDING):
        key = f"communes.clause4_{status.value}"
        out[key] = _count(
            key,
            [
                Item(subject=r.subject, name=r.name, events=r.evidence, detail=r.ratio)
                for r in rows
                if r.status is status
            ],
        )


def figures(
    units: list[_UnitYear], activities: list[tuple[_UnitYear, _Activity]], placed: Placed
) -> tuple[Figure, ...]:
    out: dict[str, Figure] = {}
    in_scope = [u for u in units if u.verdict not in (Verdict.NOT_APPLICABLE, None)]
    _counted(out, in_scope, placed)
    sessions = [
        Item(subject=u.subject, name=u.name, events=(a.fact_id,), value=a.value)
        for u, a in activities
        if a.kind == "session"
    ]
    out["sessions"] = _count("sessions", sessions)
    out["attendance"] = Figure(
        key="attendance", value=sum(i.value for i in sessions), items=tuple(sessions)
    )
    out["models.units_effective"] = _count(
        "models.units_effective",
        [_unit_item(u, u.model_evidence) for u in units if u.model_evidence is not None],
    )
    out["models.established"] = _count("models.established", _activity_items(activities, "model"))
    out["festival_days"] = _count("festival_days", _activity_items(activities, "festival"))
    _verdicts(out, units)
    _communes(out, [u.commune for u in units if u.commune is not None])
    incidents = _activity_items(activities, "incident")
    out["incidents.total"] = _count("incidents.total", incidents)
    for category in IncidentKind:
        out[f"incidents.{category.value}"] = _count(
            f"incidents.{category.value}", [i for i in incidents if i.detail == category.value]
        )
    commendations = _activity_items(activities, "commendation")
    out["commendations.total"] = _count("commendations.total", commendations)
    for recipient in Recipient:
        out[f"commendations.{recipient.value}"] = _count(
            f"commendations.{recipient.value}",
            [i for i in commendations if i.detail == recipient.value],
        )
    return tuple(out[key] for key in FIGURE_KEYS)
