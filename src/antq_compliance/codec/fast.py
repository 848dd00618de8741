"""The trusted fast decoder: stored facts read back from our own log, without re-validation.

Every stored row was validated when it was written (``codec.facts.draft_from_json`` or the attrs
validators of the Python API, then the ledger's stream checks) and is sealed in the hash chain
(``docs/integrity.md``): an edited row is found by ``antq verify``, not by decoding. Reading it
back therefore needs neither the attrs validators nor cattrs' generic structuring: this module
compiles, once per fact type, a plain function that builds the attrs objects straight from the
parsed JSON (``orjson``), filling their slots without calling ``__init__``.

It must decode *exactly* what :func:`antq_compliance.codec.facts.decode_fact` decodes (same types,
same values, same NFC normalisation of payload text, same upcasting of older shapes):
``tests/domain/test_fastpath.py`` checks this on every fact type, on random valid facts and on
format-1
data. Anything the compiled function does not expect (a malformed or unknown row) falls back to
``decode_fact``, which raises its usual, precise error.

The write side has the same kind of shortcut: :func:`encode_trusted` gives the bytes of
``codec.facts.encode_fact`` (checked byte for byte by the tests) for facts the library built, and
:func:`fact_from_draft` makes the :class:`Fact` of a draft that was validated when it was built.

An adapter, not pure domain: it knows the storage shape and uses orjson.
"""

from __future__ import annotations

import types
import typing
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import attrs
import orjson

from antq_compliance.codec.codegen import SourceCompiler
from antq_compliance.codec.facts import _READ_TOPIC, _WRITE_TOPIC, decode_fact
from antq_compliance.codec.upcast import upcast
from antq_compliance.domain.facts import FACT_TYPES, Fact, FactData, FactDraft

__all__ = ["decode_trusted", "encode_trusted", "fact_from_draft", "trusted_decoder"]

_Build = Callable[[dict[str, Any]], Any]
_MISSING = object()
_CACHE_LIMIT = 4096


def _is_factory(default: object) -> bool:
    return isinstance(default, attrs.Factory)  # type: ignore[arg-type]


def _nfc(value: str) -> str:
    # What the validated path's ``str`` hook does; a no-op (and cheap) on ASCII and NFC text.
    return value if value.isascii() else unicodedata.normalize("NFC", value)


class _Compiler(SourceCompiler):
    """Generates one ``build_<Class>(d)`` function per attrs class, as Python source."""

    def __init__(self) -> None:
        super().__init__(
            {
                "_new": object.__new__,
                "_nfc": _nfc,
                "_normalize": unicodedata.normalize,
                "_MISSING": _MISSING,
                "_date": date.fromisoformat,
            }
        )

    def convert(self, hint: Any, value: str) -> str:
        """A Python expression converting the JSON ``value`` (an expression) to ``hint``."""
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            if len(args) != 1:
                raise TypeError(f"no fast decoding for {hint!r}")
            inner = self.convert(args[0], value)
            return f"(None if {value} is None else {inner})"
        if origin is frozenset:
            (item,) = typing.get_args(hint)
            if not (isinstance(item, type) and issubclass(item, Enum)):
                raise TypeError(f"no fast decoding for {hint!r}")
            lookup = self._name("E", {m.value: m for m in item})
            return f"frozenset([{lookup}[x] for x in {value}])"
        if origin is tuple and typing.get_args(hint) == (int, Ellipsis):
            return f"tuple({value})"
        if hint is str:
            if value.isidentifier():  # _nfc inlined: one call less per text field
                return f"({value} if {value}.isascii() else _normalize('NFC', {value}))"
            return f"_nfc({value})"
        if hint is int or hint is bool:
            return value
        if hint is date:
            return f"_date({value})"
        if isinstance(hint, type) and issubclass(hint, Enum):
            lookup = self._name("E", {m.value: m for m in hint})
            return f"{lookup}[{value}]"
        if isinstance(hint, type) and attrs.has(hint):
            return f"{self.build(hint)}({value})"
        raise TypeError(f"no fast decoding for {hint!r}")

    def build(self, cls: type) -> str:
        """The name of the function building ``cls`` from its JSON object."""
        if cls in self.built:
            return self.built[cls]
        hints = typing.get_type_hints(cls)
        func = f"build_{cls.__name__}"
        self.built[cls] = func
        lines = [f"def {func}(d):", f"    o = _new({self._name('C', cls)})"]
        required = 0
        for field in attrs.fields(cls):
            setter = self._name("S", getattr(cls, field.name).__set__)
            expr = self.convert(hints[field.name], "v")
            if field.default is attrs.NOTHING:
                required += 1
                lines.append(f"    v = d[{field.name!r}]")
                lines.append(f"    {setter}(o, {expr})")
            else:
                default = field.default
                if _is_factory(default):
                    raise TypeError(f"no fast decoding for the factory default of {field.name}")
                name = self._name("D", default)
                lines.append(f"    v = d.get({field.name!r}, _MISSING)")
                lines.append(f"    if v is _MISSING: {setter}(o, {name})")
                lines.append(f"    else: n += 1; {setter}(o, {expr})")
        # A key that is not a field is not ours: let the validated path name it.
        lines.insert(1, f"    n = {required}")
        lines.append("    if n != len(d): raise KeyError('a field that is not in the class')")
        lines.append("    return o")
        exec("\n".join(lines), self.namespace)
        return func


_GIVEN = ("occurred_on", "recorded_at", "data")
"""Envelope fields the decoder converts itself (with caches) and hands to ``envelope``."""


def _compile() -> tuple[dict[str, tuple[_Build, int, str, int]], Callable[..., Fact]]:
    compiler = _Compiler()
    builders: dict[str, tuple[_Build, int, str, int]] = {}
    for topic, (cls, version) in _READ_TOPIC.items():
        func = compiler.build(cls)
        builders[topic] = (compiler.namespace[func], version, cls.type_name, cls.shape_version)
    hints = typing.get_type_hints(Fact)
    lines = ["def envelope(body, data, occurred_on, recorded_at):", "    o = _new(_Fact)"]
    for field in attrs.fields(Fact):
        name = field.name
        setter = compiler._name("S", getattr(Fact, name).__set__)
        if name in _GIVEN:
            lines.append(f"    {setter}(o, {name})")
        elif field.default is attrs.NOTHING:
            lines.append(f"    {setter}(o, body[{name!r}])")
        elif hints[name] == str | None and field.default is None:
            lines.append(f"    {setter}(o, body.get({name!r}))")  # as decode_fact: as stored
        else:
            # A newer envelope field (e.g. an optional enum): decoded like a payload field.
            default = compiler._name("D", field.default)
            expr = compiler.convert(hints[name], "v")
            lines.append(f"    v = body.get({name!r}, _MISSING)")
            lines.append(f"    {setter}(o, {default} if v is _MISSING else {expr})")
    lines.append("    return o")
    namespace = compiler.namespace
    namespace["_Fact"] = Fact
    exec("\n".join(lines), namespace)
    return builders, namespace["envelope"]


_BUILDERS, _ENVELOPE = _compile()


def _check_types() -> None:
    missing = set(FACT_TYPES) - {name for _, _, name, _ in _BUILDERS.values()}
    if missing:
        raise RuntimeError(f"no fast decoder for {sorted(missing)}")


_check_types()


def trusted_decoder() -> Callable[[str, bytes], Fact]:
    """A decoder for rows of our own log, with its own small caches of dates and instants
    (facts of one batch share their recording instant; business dates repeat). Use one per
    read pass; it is not thread-safe."""
    days: dict[str, date] = {}
    instants: dict[str, datetime] = {}
    builders = _BUILDERS
    envelope = _ENVELOPE
    loads = orjson.loads

    def decode(topic: str, payload: bytes) -> Fact:
        found = builders.get(topic)
        if found is None:
            return decode_fact(topic, payload)  # raises its precise "unknown topic" error
        build, version, type_name, current = found
        try:
            body = loads(payload)
            raw = body["data"]
            if version != current:
                raw = upcast(type_name, version, raw)
            data: FactData = build(raw)
            day_text = body["occurred_on"]
            day = days.get(day_text)
            if day is None:
                if len(days) >= _CACHE_LIMIT:
                    days.clear()
                day = days[day_text] = date.fromisoformat(day_text)
            instant_text = body["recorded_at"]
            instant = instants.get(instant_text)
            if instant is None:
                if len(instants) >= _CACHE_LIMIT:
                    instants.clear()
                parsed = datetime.fromisoformat(instant_text)
                if parsed.tzinfo is None:
                    raise ValueError("recorded_at without a UTC offset")
                instant = instants[instant_text] = parsed.astimezone(UTC)
            fact: Fact = envelope(body, data, day, instant)
            return fact
        except Exception:  # not the shape we wrote: the validated path says what is wrong
            return decode_fact(topic, payload)

    return decode


def decode_trusted(topic: str, payload: bytes) -> Fact:
    """One stored fact through the fast path (see the module docstring)."""
    return trusted_decoder()(topic, payload)


# --- the write side: the same bytes as ``codec.facts.encode_fact``, without cattrs
# --------------------


class _EncoderCompiler(SourceCompiler):
    """One ``enc_<Class>(o)`` per attrs class: the dict ``codec.facts.converter.unstructure`` gives
    (fields in declaration order, defaults omitted, enums as values, sets as sorted lists)."""

    def __init__(self) -> None:
        super().__init__({"_sorted": sorted})

    def convert(self, hint: Any, value: str) -> str:
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
            return f"(None if {value} is None else {self.convert(inner, value)})"
        if origin is frozenset:
            (item,) = typing.get_args(hint)
            if not (isinstance(item, type) and issubclass(item, Enum)):
                raise TypeError(f"no fast encoding for {hint!r}")
            return f"_sorted([x._value_ for x in {value}])"  # .value, without its descriptor
        if origin is tuple and typing.get_args(hint) == (int, Ellipsis):
            return f"list({value})"
        if hint is str or hint is int or hint is bool:
            return value
        if hint is date:
            return f"{value}.isoformat()"
        if isinstance(hint, type) and issubclass(hint, Enum):
            return f"{value}._value_"
        if isinstance(hint, type) and attrs.has(hint):
            return f"{self.build(hint)}({value})"
        raise TypeError(f"no fast encoding for {hint!r}")

    def build(self, cls: type) -> str:
        if cls in self.built:
            return self.built[cls]
        hints = typing.get_type_hints(cls)
        func = f"enc_{cls.__name__}"
        self.built[cls] = func
        lines = [f"def {func}(o):", "    d = {}"]
        # cattrs writes the fields without a default first, then the others (each group in
        # declaration order): the same order gives the same bytes.
        fields = sorted(attrs.fields(cls), key=lambda f: f.default is not attrs.NOTHING)
        for field in fields:
            expr = self.convert(hints[field.name], "v")
            lines.append(f"    v = o.{field.name}")
            if field.default is attrs.NOTHING:
                lines.append(f"    d[{field.name!r}] = {expr}")
            else:
                if _is_factory(field.default):
                    raise TypeError(f"no fast encoding for the factory default of {field.name}")
                default = self._name("V", field.default)
                lines.append(f"    if v != {default}: d[{field.name!r}] = {expr}")
        lines.append("    return d")
        exec("\n".join(lines), self.namespace)
        return func


def _compile_encoders() -> dict[type, Callable[[Any], dict[str, Any]]]:
    compiler = _EncoderCompiler()
    return {cls: compiler.namespace[compiler.build(cls)] for cls in FACT_TYPES.values()}


_ENCODERS = _compile_encoders()
_dumps = orjson.dumps
_last_instant: tuple[object, str] = (object(), "")
"""The last recording instant encoded and its text (one tuple: replaced, never mutated)."""


def encode_trusted(fact: Fact) -> tuple[str, bytes]:
    """``codec.facts.encode_fact(fact)``, byte for byte, for a fact built by the library (a valid
    :class:`Fact`). ``tests/domain/test_fastpath.py`` checks the bytes on every fact type."""
    data = fact.data
    body: dict[str, Any] = {
        "id": fact.id,
        "subject": fact.subject,
        "occurred_on": fact.occurred_on.isoformat(),
        "recorded_by": fact.recorded_by,
    }
    if fact.document_ref is not None:
        body["document_ref"] = fact.document_ref
    if fact.supersedes is not None:
        body["supersedes"] = fact.supersedes
    if fact.reason is not None:
        body["reason"] = fact.reason
    body["data"] = _ENCODERS[type(data)](data)
    global _last_instant
    instant, text = _last_instant
    if fact.recorded_at is not instant:  # a batch shares one instant: written once
        instant = fact.recorded_at
        text = instant.astimezone(UTC).isoformat().replace("+00:00", "Z")
        _last_instant = instant, text
    body["recorded_at"] = text
    for name in _LATER_ENVELOPE:  # e.g. the role, written when it is known
        value = getattr(fact, name)
        if value is not None:
            body[name] = value._value_
    return _WRITE_TOPIC[data.type_name], _dumps(body)


def _later_envelope() -> tuple[str, ...]:
    """Envelope fields added after ``recorded_at`` (optional enums, written as their value
    after it, and left out when ``None``); anything else needs its own line above."""
    draft = {f.name for f in attrs.fields(FactDraft)}
    hints = typing.get_type_hints(Fact)
    out = []
    for field in attrs.fields(Fact):
        if field.name in draft or field.name == "recorded_at":
            continue
        args = [a for a in typing.get_args(hints[field.name]) if a is not type(None)]
        if field.default is not None or len(args) != 1 or not issubclass(args[0], Enum):
            raise RuntimeError(f"no fast encoding for the envelope field {field.name}")
        out.append(field.name)
    return tuple(out)


_LATER_ENVELOPE = _later_envelope()


_DRAFT_FIELDS = tuple(f.name for f in attrs.fields(FactDraft))
_FACT_SLOTS = tuple((name, getattr(Fact, name).__set__) for name in _DRAFT_FIELDS)
_SET_RECORDED_AT = Fact.recorded_at.__set__  # type: ignore[attr-defined]
_FACT_DEFAULTS = tuple(
    (getattr(Fact, f.name).__set__, f.default)
    for f in attrs.fields(Fact)
    if f.name not in _DRAFT_FIELDS and f.name != "recorded_at"
)


def _check_defaults() -> None:
    for field in attrs.fields(Fact):
        extra = field.name not in _DRAFT_FIELDS and field.name != "recorded_at"
        if extra and (field.default is attrs.NOTHING or _is_factory(field.default)):
            raise RuntimeError(f"fact_from_draft cannot default Fact.{field.name}")


_check_defaults()


def _compile_copy() -> Callable[[FactDraft, datetime], Fact]:
    """One straight-line function setting every slot of a new :class:`Fact`: the draft's
    fields, the recording instant, then the defaults of the fields beyond them."""
    namespace: dict[str, Any] = {"_new": object.__new__, "_Fact": Fact}
    lines = ["def copy(draft, recorded_at):", "    fact = _new(_Fact)"]
    for i, (name, setter) in enumerate(_FACT_SLOTS):
        namespace[f"_S{i}"] = setter
        lines.append(f"    _S{i}(fact, draft.{name})")
    namespace["_SET_RECORDED_AT"] = _SET_RECORDED_AT
    lines.append("    _SET_RECORDED_AT(fact, recorded_at)")
    for i, (setter, default) in enumerate(_FACT_DEFAULTS):
        namespace[f"_T{i}"], namespace[f"_D{i}"] = setter, default
        lines.append(f"    _T{i}(fact, _D{i})")
    lines.append("    return fact")
    exec("\n".join(lines), namespace)
    return namespace["copy"]  # type: ignore[no-any-return]


_copy = _compile_copy()


def fact_from_draft(draft: FactDraft, recorded_at: datetime, **more: Any) -> Fact:
    """``Fact(**attrs.asdict(draft, recurse=False), recorded_at=recorded_at, **more)`` without
    running the validators again: ``draft`` was validated when it was built, and ``more``
    (fields a fact has beyond the draft's, e.g. the recording role) must be valid values.
    Fields not given take their defaults."""
    fact = _copy(draft, recorded_at)
    for name, value in more.items():
        setter = _EXTRA_SETTERS.get(name)
        if setter is None:
            raise TypeError(f"Fact has no field {name!r} beyond the draft's")
        setter(fact, value)
    return fact


_EXTRA_FIELDS = frozenset(
    f.name for f in attrs.fields(Fact) if f.name not in _DRAFT_FIELDS and f.name != "recorded_at"
)
_EXTRA_SETTERS: dict[str, Any] = {name: getattr(Fact, name).__set__ for name in _EXTRA_FIELDS}
