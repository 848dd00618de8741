"""The importer's fast path: a valid interchange line into its draft, without cattrs.

:func:`antq_compliance.codec.facts.draft_from_json` is the importer's one validation; most of
its cost is bookkeeping for the error it may have to write: a path for every JSON value
(``_check_bounds``), cattrs' per-field notes and exception groups, ``**kwargs`` into attrs'
generated ``__init__``. This module compiles, once per fact type, a plain function that *checks*
a line with the same conversions as the converter's hooks (``codec/converter.py``: exact
``str``/``int``/``bool`` types, NFC text, enum values, lists of distinct enum values), the same
bounds (integers within ``MAX_INTEGER``; the shapes nest 5 levels at most), the same envelope
rules, the same attrs validators and ``__attrs_post_init__`` checks, in the same objects; but it
only says *whether* the line is valid.

Anything it does not accept (any error, any shape it does not expect: another type, a key it
does not know, an older format's field...) makes :func:`fast_draft` answer ``None``, and the
full path reads the line again, finds and names the problem: every error is the full path's, in
its words. ``tests/domain/test_fast_draft.py`` checks that both paths give equal drafts, of equal
types all the way down, or the same error, on valid, random and broken lines.

An adapter, not pure domain: it knows the interchange shape.
"""

from __future__ import annotations

import types
import typing
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from antq_compliance.codec.codegen import SourceCompiler
from antq_compliance.codec.converter import _ISO_DATE
from antq_compliance.codec.upcast import (
    _FORMAT_SHAPES,
    _check_shape_fields,
    first_format_of,
    shape_in_format,
    upcast,
)
from antq_compliance.domain.checks import MAX_INTEGER
from antq_compliance.domain.facts import FACT_TYPES, FactDraft
from antq_compliance.domain.vocabulary.base import Labelled

__all__ = ["fast_draft"]

_MISSING = object()
_DEPTH = 16  # codec.facts.MAX_DEPTH: not imported, codec.facts imports this module
_CACHE_LIMIT = 4096


class _Slow(Exception):
    """The line is not one the fast path vouches for: the full path reads it."""


class _Compiler(SourceCompiler):
    """Generates one ``check_<Class>(d)`` per attrs class, as Python source: the instance of
    ``d`` (a JSON object), or an exception."""

    def __init__(self) -> None:
        super().__init__(
            {
                "_new": object.__new__,
                "_norm": unicodedata.normalize,
                "_MISSING": _MISSING,
                "_Slow": _Slow,
                "_M": MAX_INTEGER,
            }
        )

    def convert(self, hint: Any, var: str, indent: str) -> list[str]:
        """Statements that check the JSON value in ``var`` as the converter's hook for
        ``hint`` would, and leave in ``var`` what that hook returns."""
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            if len(args) != 1:
                raise TypeError(f"no fast path for {hint!r}")
            inner = self.convert(args[0], var, indent + "    ")
            return [f"{indent}if {var} is not None:", *inner]
        if origin is frozenset:
            (item,) = typing.get_args(hint)
            if not (isinstance(item, type) and issubclass(item, Labelled)):
                raise TypeError(f"no fast path for {hint!r}")
            lookup = self._name("E", {m.value: m for m in item})
            return [
                f"{indent}if type({var}) is not list: raise _Slow",
                f"{indent}_s = frozenset([{lookup}[_i] for _i in {var}])",
                f"{indent}if len(_s) != len({var}): raise _Slow",  # an item twice
                f"{indent}{var} = _s",
            ]
        if origin is tuple and typing.get_args(hint) == (int, Ellipsis):
            return [
                f"{indent}if type({var}) is not list: raise _Slow",
                f"{indent}for _i in {var}:",
                f"{indent}    if type(_i) is not int or not -_M <= _i <= _M: raise _Slow",
                f"{indent}{var} = tuple({var})",
            ]
        if hint is str:
            return [
                f"{indent}if type({var}) is not str: raise _Slow",
                f"{indent}{var} = _norm('NFC', {var})",
            ]
        if hint is int:
            return [f"{indent}if type({var}) is not int or not -_M <= {var} <= _M: raise _Slow"]
        if hint is bool:
            return [f"{indent}if type({var}) is not bool: raise _Slow"]
        if isinstance(hint, type) and issubclass(hint, Labelled):
            # A key that is not a value (or not a string) raises KeyError (TypeError).
            lookup = self._name("E", {m.value: m for m in hint})
            return [f"{indent}{var} = {lookup}[{var}]"]
        if isinstance(hint, type) and attrs.has(hint):
            return [f"{indent}{var} = {self.build(hint)}({var})"]
        raise TypeError(f"no fast path for {hint!r}")

    def build(self, cls: type) -> str:
        """The name of the function checking ``cls`` from its JSON object."""
        if cls in self.built:
            return self.built[cls]
        hints = typing.get_type_hints(cls)
        func = f"check_{cls.__name__}"
        self.built[cls] = func
        fields = attrs.fields(cls)
        required = sum(1 for f in fields if f.default is attrs.NOTHING)
        lines = [
            f"def {func}(d):",
            "    if type(d) is not dict: raise _Slow",
            f"    n = {required}",
        ]
        for i, field in enumerate(fields):
            var = f"v{i}"
            if field.default is attrs.NOTHING:
                lines.append(f"    {var} = d[{field.name!r}]")
                lines += self.convert(hints[field.name], var, "    ")
            else:
                default = self._name("D", field.default)
                lines.append(f"    {var} = d.get({field.name!r}, _MISSING)")
                lines.append(f"    if {var} is _MISSING: {var} = {default}")
                lines.append("    else:")
                lines.append("        n += 1")
                lines += self.convert(hints[field.name], var, "        ")
        lines.append("    if n != len(d): raise _Slow")  # a key that is not a field
        lines.append(
            f"    return {self.init(cls)}({', '.join(f'v{i}' for i in range(len(fields)))})"
        )
        exec("\n".join(lines), self.namespace)
        return func

    def init(self, cls: type) -> str:
        """The name of a function doing what attrs' generated ``__init__`` of ``cls`` does
        with every field given positionally: set the slots, run the validators, then
        ``__attrs_post_init__``; without its keyword handling."""
        fields = attrs.fields(cls)
        for field in fields:
            if not field.init or field.converter is not None or field.alias != field.name:
                raise TypeError(f"no fast path for {cls.__name__}.{field.name}")
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                raise TypeError(f"no fast path for {cls.__name__}.{field.name}")
        if hasattr(cls, "__attrs_pre_init__"):
            raise TypeError(f"no fast path for {cls.__name__}: __attrs_pre_init__")
        func = self._name(f"init_{cls.__name__}_", None)
        args = [f"v{i}" for i in range(len(fields))]
        lines = [f"def {func}({', '.join(args)}):", f"    o = _new({self._name('C', cls)})"]
        for i, field in enumerate(fields):
            setter = self._name("S", getattr(cls, field.name).__set__)
            lines.append(f"    {setter}(o, v{i})")
        for i, field in enumerate(fields):
            if field.validator is not None:
                validator = self._name("V", field.validator)
                lines.append(f"    {validator}(o, {self._name('A', field)}, v{i})")
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    o.__attrs_post_init__()")
        lines.append("    return o")
        exec("\n".join(lines), self.namespace)
        return func


_Check = Callable[[dict[str, Any]], Any]


def _compile() -> tuple[dict[str, tuple[_Check, str, int, int]], Callable[..., FactDraft]]:
    compiler = _Compiler()
    checks = {
        name: (
            compiler.namespace[compiler.build(cls)],
            cls.type_name,
            cls.shape_version,
            first_format_of(cls.type_name),
        )
        for name, cls in FACT_TYPES.items()
    }
    return checks, compiler.namespace[compiler.init(FactDraft)]


_CHECKS, _DRAFT = _compile()
_DRAFT_ORDER = tuple(f.name for f in attrs.fields(FactDraft))
if _DRAFT_ORDER != (
    "id",
    "subject",
    "occurred_on",
    "recorded_by",
    "data",
    "document_ref",
    "supersedes",
    "reason",
):  # pragma: no cover - a new envelope field needs its line in fast_draft
    raise RuntimeError(f"fast_draft does not know the envelope {_DRAFT_ORDER}")

_ENVELOPE = frozenset(
    ("id", "type", "subject", "occurred_on", "recorded_by", "data", "document_ref")
) | frozenset(("supersedes", "reason", "format"))
_OPTIONAL_TEXT = ("document_ref", "supersedes", "reason")
_DAYS: dict[str, date] = {}


def _in_bounds(value: Any, depth: int) -> bool:
    """Whether ``codec.facts._check_bounds`` accepts ``value`` at ``depth``: no integer beyond
    ``MAX_INTEGER``, no object or array deeper than ``MAX_DEPTH``; without paths. Recursion
    stops at the depth limit."""
    if isinstance(value, dict):
        children: Any = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return not (type(value) is int and abs(value) > MAX_INTEGER)
    if depth > _DEPTH:
        return False
    for child in children:
        if type(child) is str:
            continue
        if not _in_bounds(child, depth + 1):
            return False
    return True


def fast_draft(raw: Any) -> FactDraft | None:
    """The draft of ``raw`` exactly as ``draft_from_json`` builds it, or None when the fast path
    does not vouch for ``raw`` (invalid, or a case it leaves to the full path)."""
    try:
        return _fast_draft(raw)
    except Exception:  # any problem: the full path finds it and names it
        return None


def _fast_draft(raw: Any) -> FactDraft | None:
    if type(raw) is not dict or not raw.keys() <= _ENVELOPE:
        return None
    version = raw.get("format", 1)
    if type(version) is not int or version not in _FORMAT_SHAPES:
        return None
    found = _CHECKS.get(raw["type"])
    if found is None:
        return None
    check, type_name, current, since = found
    if version < since:
        return None
    id_, subject, day, recorded_by = (
        raw["id"],
        raw["subject"],
        raw["occurred_on"],
        raw["recorded_by"],
    )
    if type(id_) is not str or type(subject) is not str or type(recorded_by) is not str:
        return None
    optional = [raw.get(key) for key in _OPTIONAL_TEXT]
    for value in optional:
        if value is not None and type(value) is not str:
            return None
    occurred_on = _DAYS.get(day)
    if occurred_on is None:
        if type(day) is not str or not _ISO_DATE.fullmatch(day):
            return None
        occurred_on = date.fromisoformat(day)
        if len(_DAYS) >= _CACHE_LIMIT:
            _DAYS.clear()
        _DAYS[day] = occurred_on
    data = raw["data"]
    if type(data) is not dict:
        return None
    shape = shape_in_format(type_name, version)
    if shape != current:
        # An older shape, upcast: the checks below see the upcaster's output, not the line.
        if not _in_bounds(data, 2):
            return None
        _check_shape_fields("", raw, type_name, version)
        data = upcast(type_name, shape, data)
    elif current != 1:
        _check_shape_fields("", raw, type_name, version)
    document_ref, supersedes, reason = optional
    return _DRAFT(
        id_,
        _norm("NFC", subject.strip()),
        occurred_on,
        _norm("NFC", recorded_by),
        check(data),
        None if document_ref is None else _norm("NFC", document_ref),
        supersedes,
        None if reason is None else _norm("NFC", reason),
    )


_norm = unicodedata.normalize
