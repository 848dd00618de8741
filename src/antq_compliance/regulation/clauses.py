"""The clause catalogue shipped with the library (``regulation/data/clauses.toml``)."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import attrs

from antq_compliance.domain.errors import UnknownClause
from antq_compliance.domain.vocabulary import TextStatus
from antq_compliance.regulation.dates import resolve

__all__ = ["Clause", "Instrument", "catalogue", "clause", "instrument", "instruments"]


@attrs.frozen(kw_only=True)
class Clause:
    """A clause of a circular as the catalogue knows it: its id (``TT124.D6.K1.p2``), the
    instrument and article it belongs to, how sure the wording is (``text_status``), its titles
    and an English paraphrase (never the official wording), and the days it is in force."""

    id: str
    instrument: str
    article: int
    text_status: TextStatus
    title_vi: str
    title_en: str
    paraphrase_en: str
    effective_from: date | None = None
    """First day in force; None when the regulation reference does not confirm it."""
    effective_to: date | None = None
    """Last day in force; None while in force (or when no end is confirmed)."""
    retired: bool = False
    """A first-edition id that no longer names a clause: data recorded under it stays
    readable, no new rule may cite it (``replaced_by`` names the official clauses)."""
    replaced_by: tuple[str, ...] = ()
    informational: bool = False
    """The clause sets no requirement on a unit (subject matter, principles, entry into
    force): nothing is evaluated against it."""
    no_failing_side: str = ""
    """Why the clause has no failing side to specify (a scope clause that excludes nothing):
    the specification asks for its passing side only, and the report says why."""

    @property
    def provisional(self) -> bool:
        return self.text_status is TextStatus.PROVISIONAL

    def in_force_on(self, day: date) -> bool | None:
        """Whether the clause is in force on ``day``; None when an unconfirmed date decides it."""
        if self.effective_to is not None and day > self.effective_to:
            return False
        if self.effective_from is None:
            return None
        return day >= self.effective_from

    def title(self, lang: str = "vi") -> str:
        return self.title_vi if lang == "vi" else self.title_en


@attrs.frozen(kw_only=True)
class Instrument:
    """A legal instrument that clauses cite (``TT124``, ``TT23``, ...)."""

    id: str
    name: str
    """Its short official reference, e.g. "Thông tư 124/2021/TT-BCA"."""
    subject_vi: str
    subject_en: str
    issued: date | None = None
    """Date of signing; None when the regulation reference does not give it."""
    in_force: date | None = None
    """First day in force; None when the regulation reference does not confirm it."""
    replaced_by: str | None = None
    """The instrument that replaced this one, if any."""
    amends: str | None = None
    """The instrument this one amends (its clauses then belong to that one's rule version)."""
    last_day: date | None = None
    """The day before the replacing instrument came into force; None while in force."""


@cache
def _raw() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("antq_compliance.regulation")
        .joinpath("data/clauses.toml")
        .read_text("utf-8")
    )


def _date(entry: dict[str, Any], key: str) -> date | None:
    value = entry.get(key)
    return None if value is None else resolve(value, f"clauses.toml: {entry.get('id')!r}: {key}")


@cache
def instruments() -> dict[str, Instrument]:
    """Every instrument the catalogue cites, keyed by id, in catalogue order."""
    result: dict[str, Instrument] = {}
    entries = _raw()["instrument"]
    in_force = {entry["id"]: _date(entry, "in_force") for entry in entries}
    for entry in entries:
        replaced_by = entry.get("replaced_by")
        if replaced_by is not None and in_force.get(replaced_by) is None:
            raise ValueError(f"instrument {entry['id']!r}: {replaced_by!r} has no in_force date")
        successor = in_force[replaced_by] if replaced_by else None
        item = Instrument(
            id=entry["id"],
            name=entry["name"],
            subject_vi=entry["subject_vi"],
            subject_en=entry["subject_en"],
            issued=_date(entry, "issued"),
            in_force=in_force[entry["id"]],
            replaced_by=replaced_by,
            amends=entry.get("amends"),
            last_day=None if successor is None else successor - timedelta(days=1),
        )
        if item.id in result:
            raise ValueError(f"instrument id {item.id!r} appears twice in clauses.toml")
        result[item.id] = item
    return result


def instrument(instrument_id: str) -> Instrument:
    """The instrument ``instrument_id`` of the catalogue."""
    return instruments()[instrument_id]


@cache
def catalogue() -> dict[str, Clause]:
    """Every clause of the regulation reference, keyed by clause id."""
    known = instruments()
    result: dict[str, Clause] = {}
    for entry in _raw()["clause"]:
        source = known.get(entry["instrument"])
        if source is None:
            raise ValueError(
                f"clause {entry['id']!r} cites instrument {entry['instrument']!r}, not listed"
            )
        item = Clause(
            id=entry["id"],
            instrument=entry["instrument"],
            article=entry["article"],
            text_status=TextStatus(entry["text_status"]),
            title_vi=entry["title_vi"],
            title_en=entry["title_en"],
            paraphrase_en=entry["paraphrase_en"],
            effective_from=_date(entry, "effective_from") or source.in_force,
            effective_to=_date(entry, "effective_to") or source.last_day,
            retired=bool(entry.get("retired", False)),
            replaced_by=tuple(entry.get("replaced_by", ())),
            informational=bool(entry.get("informational", False)),
            no_failing_side=entry.get("no_failing_side", ""),
        )
        if item.id in result:
            raise ValueError(f"clause id {item.id!r} appears twice in clauses.toml")
        if item.effective_from and item.effective_to and item.effective_to < item.effective_from:
            raise ValueError(f"clause {item.id!r} ends before it starts")
        result[item.id] = item
    return result


def clause(clause_id: str) -> Clause:
    """The catalogue entry for ``clause_id``; :class:`UnknownClause` if there is none."""
    try:
        return catalogue()[clause_id]
    except KeyError:
        raise UnknownClause(clause_id) from None
