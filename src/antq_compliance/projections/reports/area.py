"""The area a report covers: a province (current, or former as it was), or one commune of it.

A commune is named within its province. A name alone may name several communes of a province
(former Trà Vinh's and former Vĩnh Long's "Phường 1" are both in Vĩnh Long today; two districts
of one province may each have a "Phường 1"): a report refuses such a name, listing the
communes it names, and takes a qualified one instead — the commune's 5-digit code
(``"29254"``), or its name and the province its units recorded (``"Phường 1, Trà Vinh"``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

import attrs

from antq_compliance.projections.reports.figures import AmbiguousCommune
from antq_compliance.regulation.admin_units import AdminUnits, same_name

__all__ = ["Area", "CommuneSpec", "Place", "ambiguity", "names_commune"]

Place = tuple[str, str | None, str | None]
"""A unit's place as recorded: province, commune name, commune code (5 digits) when known."""

_CODE = re.compile(r"\d{5}")


@attrs.frozen(kw_only=True)
class CommuneSpec:
    """A commune as asked for: its 5-digit code, or its name, optionally with the province its
    units recorded (``origin``)."""

    asked: str
    name: str | None = None
    origin: str | None = None
    code: str | None = None

    @classmethod
    def parse(cls, text: str, provinces: Iterable[str]) -> CommuneSpec:
        """``"29254"``, ``"Phường 1, Trà Vinh"`` (the part after the last comma is a province
        name), or a name (which may itself hold commas: "Phường 1, thành phố Trà Vinh")."""
        text = text.strip()
        if _CODE.fullmatch(text):
            return cls(asked=text, code=text)
        head, comma, tail = text.rpartition(",")
        if comma:
            origin = next((p for p in provinces if same_name(p, tail)), None)
            if origin is not None and head.strip():
                return cls(asked=text, name=head.strip(), origin=origin)
        return cls(asked=text, name=text)

    def matches(self, place: Place) -> bool:
        """The place is this commune, as recorded (names through no mapping)."""
        province, commune, code = place
        if self.code is not None:
            return code == self.code
        if self.origin is not None and not same_name(province, self.origin):
            return False
        return names_commune(commune, self.name)


def names_commune(recorded: str | None, asked: str | None) -> bool:
    """A recorded commune name is the one asked for: the same name, or the name followed by
    its district ("Phường 1, thành phố Trà Vinh" is a "Phường 1")."""
    if recorded is None or asked is None:
        return False
    if same_name(recorded, asked):
        return True
    head = recorded.split(",", 1)[0]
    return "," in recorded and "," not in asked and same_name(head, asked)


@attrs.frozen(kw_only=True)
class Area:
    province: str
    commune: CommuneSpec | None
    former: bool
    until: date | None
    units: AdminUnits

    def contains(self, place: Place) -> bool:
        province, commune, _ = place
        if self.former:
            if not same_name(province, self.province):
                return False
            return self.commune is None or self.commune.matches(place)
        if self.commune is None:
            return same_name(self.units.current(province), self.province)
        spec = self.commune
        if spec.code is not None or commune is None:
            return same_name(self.units.current(province), self.province) and spec.matches(place)
        now = self.units.current_commune(province, commune)
        if spec.origin is not None and not same_name(province, spec.origin):
            return False
        return same_name(now[0], self.province) and names_commune(now[1], spec.name)

    def unit_day(self, reference_day: date) -> date:
        return reference_day if self.until is None else min(reference_day, self.until)

    def counts_on(self, day: date) -> bool:
        return self.until is None or day <= self.until


def ambiguity(area: Area, places: Iterable[Place]) -> None:
    """Refuse a commune asked by a name that names several communes of the area. Two places
    are one commune when they have the same code, when a commune merger of the mapping made
    them one, or (without a code) when they have the same recorded province and name — a place
    recorded without its code is the coded commune of the same province and name, if any."""
    spec = area.commune
    if spec is None or spec.code is not None:
        return
    found: dict[tuple[str, ...], Place] = {}
    named: dict[tuple[str, str], tuple[str, ...]] = {}
    for place in places:
        key = _identity(area, place)
        found.setdefault(key, place)
        if place[2] is not None:
            named.setdefault((_fold(place[0]), _fold(place[1] or "")), key)
    for key, (province, commune, code) in list(found.items()):
        same = named.get((_fold(province), _fold(commune or "")))
        if code is None and same is not None and same != key:
            del found[key]  # the same name in the same province, recorded without its code
    if len(found) < 2:
        return
    listed = sorted(found.values(), key=lambda p: (_fold(p[0]), p[2] or "", _fold(p[1] or "")))
    shown = "; ".join(
        f"{commune} of {province} ({code or 'code not recorded'})"
        for province, commune, code in listed
    )
    by_province = {_fold(p[0]) for p in listed}
    hint = (
        f'ask for one as "{spec.name}, {listed[0][0]}" or by its 5-digit code'
        if len(by_province) == len(listed)
        else "ask for one by its 5-digit code (or its full recorded name)"
    )
    raise AmbiguousCommune(
        f"commune {spec.asked!r} names {len(listed)} communes of {area.province}: {shown}; {hint}"
    )


def _identity(area: Area, place: Place) -> tuple[str, ...]:
    province, commune, code = place
    if code is not None:
        return ("code", code)
    if commune is not None:
        now = area.units.current_commune(province, commune)
        if not same_name(now[1], commune):  # merged into another commune by the mapping
            return ("merged", _fold(now[0]), _fold(now[1]))
    return ("name", _fold(province), _fold(commune or ""))


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()
