"""Provinces, communes and their reorganisations, as dated data (``data/admin_units.toml``).

A unit's profile names its province and commune as they were called when recorded. Reports
resolve those names here: :meth:`AdminUnits.current` follows every merger (Trà Vinh -> Vĩnh Long
since 01/07/2025); :meth:`AdminUnits.last_day` says until when a former province existed as
itself. Pure: names and dates in, names and dates out; nothing reads a clock.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import attrs

from antq_compliance.domain.errors import AntqError
from antq_compliance.regulation.dates import resolve

__all__ = [
    "AdminUnits",
    "CommuneMerger",
    "Merger",
    "UnknownAdminUnit",
    "admin_units",
    "load_admin_units",
    "same_name",
]


class UnknownAdminUnit(AntqError, LookupError):
    """A province or commune name the mapping and the log do not know, or not valid as asked."""


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    # A report compares the same few hundred names hundreds of thousands of times.
    return unicodedata.normalize("NFC", name).strip().casefold()


def same_name(a: str | None, b: str | None) -> bool:
    """Province and commune names compare in NFC, ignoring case and surrounding spaces."""
    if a is None or b is None:
        return a is b
    return _key(a) == _key(b)


@attrs.frozen(kw_only=True)
class Merger:
    """From ``effective`` on, the ``members`` provinces form province ``into``."""

    effective: date
    into: str
    members: tuple[str, ...]
    reference: str
    confirmed: bool


@attrs.frozen(kw_only=True)
class CommuneMerger:
    """From ``effective`` on, the ``members`` (province, commune) form commune ``into`` of
    ``province``."""

    effective: date
    province: str
    into: str
    members: tuple[tuple[str, str], ...]
    reference: str
    confirmed: bool


@attrs.frozen(kw_only=True)
class AdminUnits:
    provinces: tuple[str, ...] = ()
    mergers: tuple[Merger, ...] = ()
    commune_mergers: tuple[CommuneMerger, ...] = ()
    _current: dict[str, str] = attrs.field(
        factory=dict, init=False, eq=False, hash=False, repr=False
    )
    """:meth:`current` of each name asked (derived from the mergers: not part of the value)."""

    def known(self) -> tuple[str, ...]:
        """Every province name of the data: listed, merged or formed by a merger."""
        names = [*self.provinces]
        for m in self.mergers:
            names += [*m.members, m.into]
        return tuple(dict.fromkeys(unicodedata.normalize("NFC", n) for n in names))

    def canonical(self, name: str, extra: Iterable[str] = ()) -> str:
        """The spelling of ``name`` used by the data (or by ``extra``, names seen in the log)."""
        for known in (*self.known(), *extra):
            if same_name(known, name):
                return unicodedata.normalize("NFC", known)
        raise UnknownAdminUnit(f"unknown province {name!r}")

    def _merger_of(self, name: str) -> Merger | None:
        """The merger that ended province ``name`` as itself (the first, by date)."""
        found = [m for m in self.mergers if any(same_name(name, x) for x in m.members)]
        return min(found, key=lambda m: m.effective) if found else None

    def current(self, name: str) -> str:
        """The province the territory called ``name`` belongs to after every merger."""
        found = self._current.get(name)
        if found is None:
            if len(self._current) >= 4096:  # names from the log: bounded all the same
                self._current.clear()
            found = self._current[name] = self._follow_mergers(name)
        return found

    def _follow_mergers(self, name: str) -> str:
        day = date.min
        for _ in range(len(self.mergers) + 1):
            later = [
                m
                for m in self.mergers
                if m.effective > day and any(same_name(name, x) for x in m.members)
            ]
            if not later:
                break
            merger = min(later, key=lambda m: m.effective)
            name, day = merger.into, merger.effective
        return name

    def is_current(self, name: str) -> bool:
        return same_name(self.current(name), name)

    def last_day(self, name: str) -> date | None:
        """The last day former province ``name`` existed as itself (None: it still does)."""
        merger = self._merger_of(name)
        return None if merger is None else merger.effective - timedelta(days=1)

    def merged_into(self, name: str) -> tuple[str, date] | None:
        """The province ``name`` became part of, and from when (None: never merged)."""
        merger = self._merger_of(name)
        return None if merger is None else (merger.into, merger.effective)

    def members_of(self, name: str) -> tuple[str, ...]:
        """The former provinces whose territory now forms ``name`` (itself if never merged)."""
        return tuple(p for p in self.known() if same_name(self.current(p), name)) or (name,)

    # --- communes ----------------------------------------------------------------------------

    def _commune_merger_of(self, province: str, commune: str) -> CommuneMerger | None:
        found = [
            m
            for m in self.commune_mergers
            if any(same_name(province, p) and same_name(commune, c) for p, c in m.members)
        ]
        return min(found, key=lambda m: m.effective) if found else None

    def current_commune(self, province: str, commune: str) -> tuple[str, str]:
        """The (province, commune) the place called ``commune`` of ``province`` is now."""
        for _ in range(len(self.commune_mergers) + 1):
            merger = self._commune_merger_of(province, commune)
            if merger is None or (
                same_name(merger.province, province) and same_name(merger.into, commune)
            ):
                break
            province, commune = merger.province, merger.into
        return self.current(province), commune

    def commune_last_day(self, province: str, commune: str) -> date | None:
        merger = self._commune_merger_of(province, commune)
        return None if merger is None else merger.effective - timedelta(days=1)


def _date(entry: Mapping[str, Any], key: str) -> date:
    """A TOML date, or the name of a day of ``dates.toml`` (``"reorganisation_2025"``)."""
    return resolve(entry.get(key), f"admin_units.toml: {key}")


def _nfc(value: object) -> str:
    return unicodedata.normalize("NFC", str(value))


def load_admin_units(text: str) -> AdminUnits:
    """Parse an admin-units TOML document (the format of ``data/admin_units.toml``)."""
    raw = tomllib.loads(text)
    return AdminUnits(
        provinces=tuple(_nfc(p["name"]) for p in raw.get("province", [])),
        mergers=tuple(
            Merger(
                effective=_date(m, "effective"),
                into=_nfc(m["into"]),
                members=tuple(_nfc(x) for x in m["members"]),
                reference=str(m.get("reference", "")),
                confirmed=bool(m.get("confirmed", False)),
            )
            for m in raw.get("merger", [])
        ),
        commune_mergers=tuple(
            CommuneMerger(
                effective=_date(m, "effective"),
                province=_nfc(m["province"]),
                into=_nfc(m["into"]),
                members=tuple((_nfc(p), _nfc(c)) for p, c in m["members"]),
                reference=str(m.get("reference", "")),
                confirmed=bool(m.get("confirmed", False)),
            )
            for m in raw.get("commune_merger", [])
        ),
    )


@cache
def admin_units() -> AdminUnits:
    """The mapping shipped with the library."""
    text = (
        resources.files("antq_compliance.regulation")
        .joinpath("data/admin_units.toml")
        .read_text("utf-8")
    )
    return load_admin_units(text)
