"""Field validators for the domain's attrs classes.

Each raises :class:`InvalidRecord` naming the field and the value; the edge that knows the
record (a JSONL line, an API call) adds its label. ``codec/schema.py`` maps each to JSON Schema.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from antq_compliance.domain.errors import InvalidRecord

__all__ = [
    "CONTROL",
    "INVISIBLE",
    "JOINERS",
    "LATIN",
    "MAX_INTEGER",
    "PSEUDONYM",
    "REF",
    "non_empty",
    "non_negative",
    "not_an_integer",
    "positive",
    "pseudonym",
    "ref",
    "refused_character",
    "text",
    "text_problem",
    "year",
]

MAX_INTEGER = 2**53 - 1
"""The largest count or amount a fact may hold: what every JSON reader represents exactly
(RFC 8259 section 6). The importer refuses larger numbers anywhere in a line
(``codec.facts.MAX_INTEGER`` is this value); these validators refuse them from the Python API."""

_TOO_LARGE = f"is out of range (at most {MAX_INTEGER:,})"


def not_an_integer(value: object) -> str | None:
    """Why ``value`` is not a whole number (a count, an amount, a year), or None. ``True`` and
    ``2.0`` are not: ``bool`` is a subclass of ``int`` in Python, and a float count is a
    mistake, not a number to round. The one check of both paths: the importer's converter
    (``codec/converter.py``) and the fact classes' validators, with the same words."""
    if type(value) is int:
        return None
    return f"expected an integer, got {type(value).__name__}"


def _whole(a: attrs.Attribute[Any], value: object) -> None:
    problem = not_an_integer(value)
    if problem is not None:
        raise InvalidRecord("", a.name, value, problem)


def non_negative(_: object, a: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None:
        _whole(a, value)
    if value is not None and value < 0:
        raise InvalidRecord("", a.name, value, "must be zero or more")
    if value is not None and value > MAX_INTEGER:
        raise InvalidRecord("", a.name, value, _TOO_LARGE)


def positive(_: object, a: attrs.Attribute[Any], value: int) -> None:
    _whole(a, value)
    if value < 1:
        raise InvalidRecord("", a.name, value, "must be one or more")
    if value > MAX_INTEGER:
        raise InvalidRecord("", a.name, value, _TOO_LARGE)


# --- text: what a reviewer reading the record cannot see is refused ----------------------------
#
# The log is evidence: a name or a document number must read as what it is. Refused in every
# text field (the JSON Schema states the same classes, ``codec/schema.py``):
#
# * control characters (C0 but tab and newline, DEL, C1 such as the 8-bit terminal escape
#   U+009B);
# * invisible format characters that change how text is shown or compared without being seen:
#   bidirectional embeddings, overrides, isolates and marks ("Trojan Source": U+202A-U+202E,
#   U+2066-U+2069, U+200E, U+200F, U+061C), zero-width space U+200B, word joiner and invisible
#   operators U+2060-U+2064, deprecated format characters U+206A-U+206F, byte-order mark U+FEFF
#   inside text, soft hyphen U+00AD, Mongolian vowel separator U+180E, interlinear annotation
#   U+FFF9-U+FFFB, and the line and paragraph separators U+2028, U+2029 (a line break only some
#   readers show);
# * lone surrogates (not characters; no UTF-8 file can hold one).
#
# Zero-width non-joiner and joiner (U+200C, U+200D) are part of the spelling of Khmer (Trà Vinh
# has Khmer units), other Indic and Arabic scripts, and of emoji: they are allowed between two
# characters of such scripts, and refused next to a Latin letter (Vietnamese included), a digit,
# ASCII or general punctuation, a space, or at either end, where they could only hide a
# difference. Vietnamese letters, combining diacritics (U+0300-U+036F; NFD text is normalised to
# NFC when read), no-break spaces and punctuation such as – — “ ” ‘ ’ … ₫ № are all allowed.

CONTROL = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f"
"""Control characters refused in text, as a regex class body (Python and ECMA-262 alike)."""

INVISIBLE = (
    "\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u2064"
    "\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb"
)
"""Invisible format characters refused in text, as a regex class body."""

JOINERS = "\\u200c\\u200d"
"""Zero-width non-joiner and joiner: allowed only between two non-:data:`LATIN` characters."""

LATIN = "\\u0000-\\u036f\\u1e00-\\u1eff\\u2000-\\u200b\\u200e-\\u206f"
"""ASCII, Latin (Vietnamese included), combining diacritics and general punctuation: a joiner
next to one of these is refused (the joiners themselves excepted: a run of them is judged by
its ends)."""

_REFUSED = re.compile(f"[{CONTROL}{INVISIBLE}\\ud800-\\udfff]")
_STRAY_JOINER = re.compile(f"(?:^|(?<=[{LATIN}]))[{JOINERS}]+|[{JOINERS}]+(?=[{LATIN}]|\\Z)")


def _code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def refused_character(value: str) -> str | None:
    """Why ``value`` may not be recorded as text because of a character in it, naming the code
    point (``U+202E``) and its position, never showing the character itself; else None."""
    found = _REFUSED.search(value)
    if found is not None:
        char = found.group()
        at = f"at character {found.start() + 1}"
        if unicodedata.category(char) == "Cc":
            return f"must not contain control characters ({_code_point(char)} {at})"
        if unicodedata.category(char) == "Cs":
            return f"must not contain a lone surrogate ({_code_point(char)} {at})"
        name = unicodedata.name(char, "")
        return (
            f"must not contain the invisible character {_code_point(char)} ({name}) {at}: "
            "it changes how the text reads without being seen"
        )
    if "\u200c" in value or "\u200d" in value:
        stray = _STRAY_JOINER.search(value)
        if stray is not None:
            char = stray.group()[0]
            return (
                f"must not contain the invisible character {_code_point(char)} "
                f"({unicodedata.name(char)}) at character {stray.start() + 1}: it is allowed only "
                "between two letters of a script that needs it (Khmer, emoji...), not next to "
                "a Latin letter, digit, space or punctuation, nor at either end"
            )
    return None


def text_problem(value: object, max_len: int = 500) -> str | None:
    """Why ``value`` may not be recorded as a text of at most ``max_len`` characters (not a
    string, blank, too long, a refused character), or None. The one check of every text: the
    fact classes' fields (:func:`text`) and an erasure's reasons (``Ledger.erase``)."""
    if not isinstance(value, str):
        return f"expected a string, got {type(value).__name__}"
    if not value.strip():
        return "must not be blank"
    if len(value) > max_len:
        return f"must be at most {max_len} characters"
    return refused_character(value)


def text(max_len: int = 500) -> Any:
    def check(_: object, a: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        problem = text_problem(value, max_len)
        if problem is not None:
            raise InvalidRecord("", a.name, value, problem)

    return check


def year(_: object, a: attrs.Attribute[Any], value: int) -> None:
    _whole(a, value)
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
