"""The project's one cattrs converter: how JSON values become domain values, and errors.

Nothing else in the library decides how a value looks in JSON.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from antq_compliance.domain.checks import not_an_integer
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.vocabulary import Labelled

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)


def _strict(kind: type, name: str) -> Any:
    def structure(value: Any, _: Any) -> Any:
        # bool is a subclass of int: refuse True where a number is expected, and vice versa.
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return structure


def _integer(value: Any, _: Any) -> int:
    # One check with the fact classes' validators (checks.not_an_integer): True and 2.0 are
    # not counts, whichever path they come by.
    problem = not_an_integer(value)
    if problem is not None:
        raise TypeError(problem)
    return value  # type: ignore[no-any-return]


converter.register_structure_hook(int, _integer)
converter.register_structure_hook(bool, _strict(bool, "true or false"))


def _text(value: Any, _: Any) -> str:
    # Vietnamese typed on different systems arrives composed (NFC) or decomposed (NFD); the
    # record keeps one form so that equal-looking names compare equal.
    if type(value) is not str:
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return unicodedata.normalize("NFC", value)


converter.register_structure_hook(str, _text)


def _enum(value: Any, cl: type[Enum]) -> Enum:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    try:
        return cl(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cl)
        raise ValueError(f"expected one of: {allowed}") from None


# Registered on the base class: singledispatch prefers it to the ``str`` hook for our enums.
converter.register_structure_hook(Labelled, _enum)


def _date(value: Any, _: Any) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("expected an ISO date YYYY-MM-DD")
    return date.fromisoformat(value)


def _datetime(value: Any, _: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an ISO date-time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("expected a date-time with a UTC offset")
    return parsed.astimezone(UTC)


converter.register_structure_hook(date, _date)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(datetime, _datetime)
converter.register_unstructure_hook(
    datetime, lambda d: d.astimezone(UTC).isoformat().replace("+00:00", "Z")
)
converter.register_unstructure_hook_func(
    lambda t: getattr(t, "__origin__", None) is frozenset,
    lambda s: sorted(v.value if isinstance(v, Enum) else v for v in s),
)
converter.register_unstructure_hook(tuple, list)


def _structure_frozenset(value: Any, cl: Any) -> frozenset[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    (item_type,) = cl.__args__
    items = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(converter.structure(item, item_type))
        except Exception as exc:  # collected and re-raised as one group
            exc.__notes__ = [IterableValidationNote(f"@ index {index}", index, item_type)]
            errors.append(exc)
    if errors:
        raise IterableValidationError("While structuring a list", errors, cl)
    if len(set(items)) != len(items):
        raise ValueError("lists an item twice")
    return frozenset(items)


converter.register_structure_hook_func(
    lambda t: getattr(t, "__origin__", None) is frozenset, _structure_frozenset
)

# --- error reporting ---------------------------------------------------------------------------


def _first_problem(exc: BaseException, path: list[str | int]) -> tuple[list[str | int], str]:
    """The path and message of the first leaf error in a cattrs exception group."""
    if isinstance(exc, InvalidRecord):
        return ([*path, *exc.field.split(".")] if exc.field else path), exc.problem
    if isinstance(exc, ForbiddenExtraKeysError):
        return [*path, sorted(exc.extra_fields)[0]], "is not a field of this type"
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        for sub in exc.exceptions:
            step: list[str | int] = []
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    step = [note.name]
                elif isinstance(note, IterableValidationNote):
                    step = [note.index]
            return _first_problem(sub, [*path, *step])
    if isinstance(exc, KeyError):
        return path, "is required"
    return path, str(exc).replace("'", "") if isinstance(exc, ValueError) else str(exc)


def _lookup(obj: Any, path: list[str | int]) -> Any:
    for step in path:
        try:
            obj = obj[step]
        except (KeyError, IndexError, TypeError):
            return None
    return obj


def _invalid(record: str, raw: Any, exc: BaseException, prefix: list[str | int]) -> InvalidRecord:
    path, problem = _first_problem(exc, prefix)
    field = _shown(".".join(str(p) for p in path))
    return InvalidRecord(record, field, _lookup(raw, path), problem)


def _shown(name: str) -> str:
    """A field name as a message shows it: characters that are not printable (a newline in an
    unknown key) escaped, so that an error stays one line; Vietnamese letters kept."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def _instant(moment: datetime) -> str:
    return converter.unstructure(moment, datetime)  # type: ignore[no-any-return]
