"""Field validators for the domain's attrs classes.

Each raises :class:`InvalidRecord` naming the field and the value; the edge that knows the
record (a JSONL line, an API call) adds its label. ``_schema.py`` maps each to JSON Schema.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from .errors import InvalidRecord

__all__ = [
    "PSEUDONYM",
    "REF",
    "non_empty",
    "non_negative",
    "positive",
    "pseudonym",
    "ref",
    "text",
    "year",
]


def non_negative(_: object, a: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvalidRecord("", a.name, value, "must be zero or more")


def positive(_: object, a: attrs.Attribute[Any], value: int) -> None:
    if value < 1:
        raise InvalidRecord("", a.name, value, "must be one or more")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
"""Control characters other than tab and newline."""


def text(max_len: int = 500) -> Any:
    def check(_: object, a: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        if not value.strip():
            raise InvalidRecord("", a.name, value, "must not be blank")
        if len(value) > max_len:
            raise InvalidRecord("", a.name, value, f"must be at most {max_len} characters")
        if _CONTROL.search(value):
            raise InvalidRecord("", a.name, value, "must not contain control characters")

    return check


def year(_: object, a: attrs.Attribute[Any], value: int) -> None:
    if not 2000 <= value <= 2100:
        raise InvalidRecord("", a.name, value, "must be a year between 2000 and 2100")


def non_empty(_: object, a: attrs.Attribute[Any], value: frozenset[Any]) -> None:
    if not value:
        raise InvalidRecord("", a.name, sorted(value), "must name at least one item")


REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")


def ref(_: object, a: attrs.Attribute[Any], value: str) -> None:
    if not REF.fullmatch(value):
        raise InvalidRecord(
            "", a.name, value, "must be 1-128 characters of letters, digits and . _ : / -"
        )


PSEUDONYM = re.compile(r"^[A-Za-z0-9._:-]{4,64}$")


def pseudonym(_: object, a: attrs.Attribute[Any], value: str) -> None:
    # A pseudonymous reference, never a name: no spaces, no diacritics, at least one digit.
    if not PSEUDONYM.fullmatch(value) or not any(c.isdigit() for c in value):
        raise InvalidRecord(
            "",
            a.name,
            value,
            "must be a pseudonymous reference (4-64 ASCII letters, digits, . _ : -, with a "
            "digit), not a person's name",
        )
