"""The "none of these occurs" points of Circular 124 as predicates built from data
(``regulation/data/incident_points.toml``): Art. 6 cl. 3 a-g (reused by Art. 7 cl. 3 and, on a
commune's territory, Art. 5 cl. 2), Art. 4 cl. 3 and the incident points of Art. 4 cl. 4.

For each incident of the window the point decides: it **counts** (the point is not met), it is
**pending** (its kind needs a classification not recorded yet: severity, deaths, unlawfulness;
or a first-edition incident waiting to be reclassified), it is **exempt** (force majeure, where
the text excepts it), or it is **not counted** (below the text's threshold, lawful, handled).
An incident counts by the day it occurred (Conventions of ``docs/rules.md``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Literal

import attrs

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import HANDLING, Fact, IncidentOccurred
from antq_compliance.domain.vocabulary import IncidentCategory, IncidentKind, Status
from antq_compliance.regulation.clauses import clause
from antq_compliance.regulation.criteria import Context, Finding, ids, met

__all__ = [
    "Gate",
    "IncidentPoint",
    "Outcome",
    "first_edition_category",
    "judge",
    "none_occurred",
    "point",
    "points",
]

Gate = Literal["any", "unlawful", "serious", "fatal", "serious_crime", "reclassify"]
Outcome = Literal["counts", "pending", "exempt", "not_counted"]


@attrs.frozen(kw_only=True)
class IncidentPoint:
    """One point of a list: what counts under it, and whether force majeure exempts."""

    clause: str
    counts: tuple[tuple[IncidentKind, Gate], ...]
    force_majeure: bool
    first_edition: frozenset[IncidentCategory]
    """First-edition categories whose unclassified incidents may fall under this point."""

    def gate_of(self, kind: IncidentKind) -> Gate | None:
        return next((gate for k, gate in self.counts if k is kind), None)


@cache
def points() -> dict[str, IncidentPoint]:
    """Every point of the data, by clause id."""
    text = resources.files("antq_compliance.regulation").joinpath("data/incident_points.toml")
    raw = tomllib.loads(text.read_text("utf-8"))
    first: dict[str, set[IncidentCategory]] = {}
    for category, clause_ids in raw.get("first_edition", {}).items():
        for clause_id in clause_ids:
            first.setdefault(clause_id, set()).add(IncidentCategory(category))
    out = {}
    for entry in raw["point"]:
        clause(entry["clause"])  # an unknown clause id fails here, at load
        gates = ("any", "unlawful", "serious", "fatal", "serious_crime", "reclassify")
        counts = []
        for item in entry["counts"]:
            if item["gate"] not in gates:
                raise ValueError(f"incident_points.toml: {entry['clause']}: gate {item['gate']}")
            counts.append((IncidentKind(item["kind"]), item["gate"]))
        out[entry["clause"]] = IncidentPoint(
            clause=entry["clause"],
            counts=tuple(counts),
            force_majeure=bool(entry.get("force_majeure", False)),
            first_edition=frozenset(first.get(entry["clause"], ())),
        )
    return out


def point(clause_id: str) -> IncidentPoint:
    return points()[clause_id]


def _gated(gate: Gate, incident: IncidentOccurred) -> Outcome:
    if gate == "any":
        return "counts"
    if gate == "reclassify":  # a Circular 23 kind: which point it is, is not recorded yet
        return "pending"
    if gate == "unlawful":
        if incident.unlawful is None:
            return "pending"
        return "counts" if incident.unlawful else "not_counted"
    if gate == "fatal":
        if incident.deaths is None:
            return "pending"
        return "counts" if incident.deaths > 0 else "not_counted"
    if incident.severity is None:
        return "pending"
    if not incident.severity.serious_or_worse:
        return "not_counted"
    if gate == "serious_crime" and all(getattr(incident, name) is True for name in HANDLING):
        return "not_counted"  # detected promptly, consequences limited, reported at once
    return "counts"


def judge(point: IncidentPoint, incident: IncidentOccurred, unclassified: str) -> Outcome | None:
    """What ``incident`` does to ``point``; None when it is not of the point's kinds."""
    if incident.kind is IncidentKind.UNCLASSIFIED:
        if incident.former_category in point.first_edition and unclassified == "pending":
            return "pending"
        return None
    gate = point.gate_of(incident.kind)
    if gate is None:
        return None
    if point.force_majeure and incident.force_majeure:
        return "exempt"
    return _gated(gate, incident)


def _what(fact: Fact, incident: IncidentOccurred, lang: str) -> str:
    kind = incident.kind.label(lang)
    if incident.severity is not None:
        kind += f" ({incident.severity.label(lang)})"
    return f"{kind} {'ngày' if lang == 'vi' else 'on'} {fmt_date(fact.occurred_on, lang)}"


_PENDING_WHY = {
    "vi": "chưa được phân loại theo tiêu chí (mức độ, số người chết, tính trái pháp luật; hoặc "
    "vụ việc ghi theo loại của Thông tư 23 hay của bản đầu, cần phân loại lại theo Thông tư 124)",
    "en": "not yet classified as the point needs (seriousness, deaths, unlawfulness; or an "
    "incident of a Circular 23 or first-edition kind, to be reclassified under Circular 124)",
}


def _finding(ctx: Context, judged: dict[Outcome, list[tuple[Fact, IncidentOccurred]]]) -> Finding:
    counted, pending = judged["counts"], judged["pending"]
    others = judged["exempt"] + judged["not_counted"]
    if counted:
        return Finding(
            status=Status.NOT_MET,
            reason_vi="Để xảy ra: " + "; ".join(_what(f, i, "vi") for f, i in counted),
            reason_en="Occurred: " + "; ".join(_what(f, i, "en") for f, i in counted),
            evidence=ids(counted),
        )
    if pending:
        return Finding(
            status=Status.PENDING,
            reason_vi=f"Vụ việc {_PENDING_WHY['vi']}: "
            + "; ".join(_what(f, i, "vi") for f, i in pending),
            reason_en=f"Incidents {_PENDING_WHY['en']}: "
            + "; ".join(_what(f, i, "en") for f, i in pending),
            evidence=ids(pending),
        )
    note_vi = (
        f" ({len(others)} vụ việc không tính: bất khả kháng hoặc dưới ngưỡng)" if others else ""
    )
    note_en = (
        f" ({len(others)} not counted: force majeure or below the threshold)" if others else ""
    )
    if ctx.window_closed:
        return met(
            f"Không để xảy ra trường hợp nào trong kỳ{note_vi}",
            f"None occurred in the window{note_en}",
            ids(others),
        )
    return ctx.open_or_failed(
        ctx.window,
        f"Chưa xảy ra trường hợp nào; kỳ đánh giá chưa kết thúc{note_vi}",
        f"None so far; the window is still open{note_en}",
        ids(others),
    )


def none_occurred(ctx: Context, clause_id: str) -> Finding:
    """The finding of one point: none of its incidents occurred in the window."""
    the_point = point(clause_id)
    judged: dict[Outcome, list[tuple[Fact, IncidentOccurred]]] = {
        "counts": [],
        "pending": [],
        "exempt": [],
        "not_counted": [],
    }
    unclassified = ctx.interpretation.unclassified_incidents
    for fact, incident in ctx.record.of(IncidentOccurred):
        if fact.occurred_on in ctx.window:
            outcome = judge(the_point, incident, unclassified)
            if outcome is not None:
                judged[outcome].append((fact, incident))
    return _finding(ctx, judged)


_BY_KIND: dict[IncidentKind, IncidentCategory] = {
    IncidentKind.STRIKE: IncidentCategory.ILLEGAL_STRIKE,
    IncidentKind.FIRE_EXPLOSION: IncidentCategory.FIRE_EXPLOSION,
    IncidentKind.LABOUR_ACCIDENT: IncidentCategory.SERIOUS_OCCUPATIONAL_ACCIDENT,
    IncidentKind.STATE_SECRET_BREACH: IncidentCategory.SECRET_LEAK,
    IncidentKind.TECHNOLOGY_LEAK: IncidentCategory.SECRET_LEAK,
    IncidentKind.HIGH_VALUE_THEFT: IncidentCategory.HIGH_VALUE_THEFT,
    IncidentKind.MASS_COMPLAINT: IncidentCategory.MASS_COMPLAINT,
    IncidentKind.COMPLAINT_INCITEMENT: IncidentCategory.MASS_COMPLAINT,
    IncidentKind.ILLEGAL_RELIGION: IncidentCategory.ILLEGAL_RELIGIOUS_ACTIVITY,
    IncidentKind.EXPLOITING_RELIGION_OR_DISPUTES: IncidentCategory.ILLEGAL_RELIGIOUS_ACTIVITY,
}


def first_edition_category(incident: IncidentOccurred) -> IncidentCategory:
    """The category the first edition would have recorded: the one kept by the upcast, or the
    nearest for an incident recorded since."""
    if incident.former_category is not None:
        return incident.former_category
    if incident.kind is IncidentKind.STRIKE and incident.unlawful is False:
        return IncidentCategory.OTHER
    if incident.kind is IncidentKind.LABOUR_ACCIDENT and _minor_accident(incident):
        return IncidentCategory.OTHER  # TT23 counts a labour accident only when serious
    return _BY_KIND.get(incident.kind, IncidentCategory.OTHER)


def _minor_accident(incident: IncidentOccurred) -> bool:
    """Classified below serious and no death recorded (an unclassified one keeps counting)."""
    minor = incident.severity is not None and not incident.severity.serious_or_worse
    return minor and not incident.deaths
