"""The JSON Schema (draft 2020-12) of one interchange line, generated from the fact classes.

Nothing here lists fields by hand: the schema is built by walking ``attrs.fields`` of every
class in :data:`~antq_compliance.domain.facts.FACT_TYPES` (and of the envelope, :class:`FactDraft`),
with resolved types. The only hand-written parts are the mapping from a validator to JSON
Schema keywords (an unknown validator is an error, so a new one cannot be silently ignored) and
the prose of the cross-field rules that ``__attrs_post_init__`` methods enforce.

The schema is that of the current format, :data:`~antq_compliance.codec.upcast.FORMAT_VERSION`.
The generated file ships twice, identical: ``codec/data/interchange-v3.schema.json`` (in the
package) and ``docs/interchange-v3.schema.json`` (for readers). Regenerate both with::

    python -m antq_compliance.codec.schema --write

``python -m antq_compliance.codec.schema --check`` exits non-zero when either file is stale,
and with no option the schema is printed. The library's own validation (``draft_from_json`` and the
ledger's record-time checks) stays authoritative: the schema describes the shape of one line,
not the rules that need the rest of the log (see ``docs/interchange.md``).

The schemas of earlier formats (``interchange-v1.schema.json``, ``interchange-v2.schema.json``)
are frozen historical files, shipped beside it and never regenerated: the classes describe the
current shapes only.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import attrs

from antq_compliance.codec.converter import _ISO_DATE, converter
from antq_compliance.codec.facts import _ENVELOPE_OPTIONAL, _ENVELOPE_REQUIRED
from antq_compliance.codec.upcast import FORMAT_VERSION
from antq_compliance.domain import checks as _checks
from antq_compliance.domain import facts as _facts
from antq_compliance.domain import identifiers as _subjects
from antq_compliance.domain.facts import FACT_TYPES, FactData, FactDraft, Size, SizeInputs
from antq_compliance.domain.facts import assessments as _assessments
from antq_compliance.domain.facts import profile as _profile
from antq_compliance.domain.facts import size as _size
from antq_compliance.domain.vocabulary import Labelled
from antq_compliance.regulation.clauses import clause

__all__ = ["SCHEMA_FILENAME", "SCHEMA_ID", "interchange_schema", "main", "render", "shipped_paths"]

SCHEMA_ID = f"https://antq-compliance.invalid/schema/interchange-v{FORMAT_VERSION}.json"
"""The schema's ``$id``. The ``.invalid`` top-level domain is reserved: no host serves it."""

SCHEMA_FILENAME = f"interchange-v{FORMAT_VERSION}.schema.json"

# --- validators -> JSON Schema keywords ------------------------------------------------------


def _class_of(chars: list[int]) -> str:
    """A regex character class body of these code points (sorted), as ``\\uXXXX`` ranges."""
    parts, start = [], 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or chars[i] != chars[i - 1] + 1:
            first, last = chars[start], chars[i - 1]
            parts.append(f"\\u{first:04x}" + (f"-\\u{last:04x}" if last > first else ""))
            start = i
    return "".join(parts)


def _text_pattern() -> str:
    """What ``checks.text`` checks besides the length, as one ECMA-262 (and Python) pattern:
    not blank (a non-space character somewhere); no refused control or invisible character
    (``checks.CONTROL``, ``checks.INVISIBLE``); a run of joiners (``checks.JOINERS``) only
    between two characters that are not ``checks.LATIN``. No lookbehind (not in the subset
    JSON Schema recommends): a joiner run is consumed after a non-Latin character and must be
    followed by one. The two alternatives share no character, so matching never backtracks."""
    refused = f"{_checks.CONTROL}{_checks.INVISIBLE}{_checks.JOINERS}"
    in_latin, is_refused = re.compile(f"[{_checks.LATIN}]"), re.compile(f"[{refused}]")
    bmp = [chr(c) for c in range(0x10000)]
    latin = _class_of([ord(c) for c in bmp if in_latin.match(c) and not is_refused.match(c)])
    other = f"[^{_class_of([ord(c) for c in bmp if in_latin.match(c) or is_refused.match(c)])}]"
    joined = f"{other}(?:[{_checks.JOINERS}]+(?={other}))?"
    return f"^(?=[\\s\\S]*\\S)(?:[{latin}]|{joined})*$"


_TEXT_PATTERN = _text_pattern()


def _text_max_len(validator: object) -> int | None:
    """``max_len`` of a validator made by ``facts._text``, else None."""
    if getattr(validator, "__qualname__", "") != f"{_checks.text.__qualname__}.<locals>.check":
        return None
    value = inspect.getclosurevars(typing.cast(Callable[..., Any], validator)).nonlocals["max_len"]
    return int(value)


_AT_MOST = f"at most {_checks.MAX_INTEGER} (2^53 - 1)"

_NUMBER_KEYWORDS = {
    ">=": "minimum",
    ">": "exclusiveMinimum",
    "<=": "maximum",
    "<": "exclusiveMaximum",
}

_Constraint = tuple[dict[str, Any], str]
"""JSON Schema keywords and the same constraint in words."""


def _constraints(validator: object) -> list[_Constraint]:
    """What an attrs validator checks, as JSON Schema keywords and prose.

    Raises :class:`TypeError` for a validator it does not know, so that a new validator in
    ``domain/facts/`` cannot go unnoticed: add its mapping here.
    """
    if validator is None:
        return []
    if validator is _checks.non_negative:
        return [({"minimum": 0, "maximum": _checks.MAX_INTEGER}, f"zero or more, {_AT_MOST}")]
    if validator is _checks.positive:
        return [({"minimum": 1, "maximum": _checks.MAX_INTEGER}, f"one or more, {_AT_MOST}")]
    if validator is _checks.year:
        return [({"minimum": 2000, "maximum": 2100}, "a year between 2000 and 2100")]
    if validator is _checks.non_empty:
        return [({"minItems": 1}, "at least one item")]
    if validator is _checks.ref:
        return [
            (
                {"pattern": _checks.REF.pattern},
                "a reference: 1-128 characters of ASCII letters, digits and . _ : / -, "
                "starting with a letter or digit",
            )
        ]
    if validator is _checks.pseudonym:
        return [
            (
                {"pattern": _checks.PSEUDONYM.pattern},
                "a pseudonymous reference, never a person's name: 4-64 ASCII letters, digits "
                "and . _ : - (no spaces, no diacritics)",
            ),
            ({"pattern": "[0-9]"}, "with at least one digit"),
        ]
    if validator is _profile._commune_code:
        return [({"pattern": f"^{_profile._COMMUNE_CODE.pattern}$"}, "a commune's 5-digit code")]
    if validator is _assessments._clause_id:
        return [({"pattern": _assessments._CLAUSE.pattern}, "a clause id such as TT124.D6.K2")]
    if validator is _size._month_counts:
        return [
            (
                {
                    "minItems": 1,
                    "maxItems": 12,
                    "items": {"minimum": 0, "maximum": _checks.MAX_INTEGER},
                },
                "one count per month operated (1 to 12), each zero or more",
            )
        ]
    max_len = _text_max_len(validator)
    if max_len is not None:
        return [
            (
                {"minLength": 1, "maxLength": max_len, "pattern": _TEXT_PATTERN},
                f"text of at most {max_len} characters, not blank, without control characters "
                "other than tab and newline (C0, DEL and C1 are refused) nor invisible "
                "characters that change how text reads (bidirectional overrides, embeddings, "
                "isolates and marks, zero-width space, word joiner, soft hyphen, byte-order "
                "mark, line and paragraph separators); zero-width non-joiner and joiner only "
                "between two characters of a non-Latin script (Khmer, emoji...)",
            )
        ]
    inner = getattr(validator, "validator", None)
    if type(validator) is type(attrs.validators.optional(attrs.validators.ge(0))):
        return _constraints(inner)  # null is allowed by the field's type already
    if type(validator) is type(attrs.validators.and_()):
        return [c for v in getattr(validator, "_validators", ()) for c in _constraints(v)]
    if type(validator) is type(attrs.validators.ge(0)):
        op, bound = validator.compare_op, validator.bound  # type: ignore[attr-defined]
        words = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than"}[op]
        return [({_NUMBER_KEYWORDS[op]: bound}, f"{words} {bound}")]
    raise TypeError(
        f"no JSON Schema mapping for the validator {validator!r}: add one in "
        "antq_compliance/codec/schema.py"
    )


def _merge(schema: dict[str, Any], keywords: dict[str, Any]) -> None:
    """Add ``keywords`` to ``schema``; a keyword already there goes into ``allOf``."""
    for key, value in keywords.items():
        if key in schema:
            schema.setdefault("allOf", []).append({key: value})
        else:
            schema[key] = value


# --- cross-field rules (``__attrs_post_init__``), in words --------------------------------------

_RULES: dict[type, str] = {
    _facts.SubjectRegistered: (
        "Fields by kind: 'ownership' and 'size' for an enterprise (both required there); "
        "'armed_forces' and 'state_budget_funded' for an agency; 'local_type' (required) and "
        "'commune' (required) for a residential area; 'commune_type' (required) for a commune; "
        "'education_levels' (required, not empty) and 'learners' for an educational "
        "institution; 'followed_by_ministry' for an agency, an enterprise or an institution. "
        "The envelope's 'subject' is the unit's identifier, checked when recorded: an "
        "enterprise's tax code (10 digits, or 10 digits '-' 3 digits for a branch; the check "
        "digit is not verified); an agency's or an institution's tax code or 7-digit "
        "budget-relation code; a commune's 5-digit administrative-unit code; a residential "
        "area's commune code, '-', and its own reference (29254-KHOM3)."
    ),
    _facts.ProfileChanged: (
        "At least one field must be given with a value other than null; a field the unit's "
        "kind does not have (see SubjectRegistered) is refused."
    ),
    _facts.IncidentOccurred: (
        "'unlawful' only for a strike; 'detected_promptly', 'consequences_limited' and "
        "'reported_at_once' only for a crime; 'force_majeure_by' is required when "
        "'force_majeure' is true; 'unclassified' only with a 'former_category' (a first-edition "
        "incident)."
    ),
    _facts.EmulationRated: (
        "'sub_unit' is required for the collective 'sub_unit' and only for it (it names a live "
        "SubUnitEstablished); an eligible collective has a 'title' or a 'rating'."
    ),
    _facts.DisciplineDecided: (
        "'sub_unit' is required for the collective 'sub_unit' and only for it; the 'form' must "
        "be one the person's 'regime' has (regulation/data/discipline.toml)."
    ),
    _facts.HouseholdsCounted: "'registered' cannot exceed 'residing'.",
    _facts.SizeFiguresReported: "Give 'revenue_vnd' or 'total_capital_vnd' (or both).",
    _facts.CriterionAssessed: (
        "'clause' must be one whose rule reads an assessment: TT124.D4.K2, TT124.D4.K4.c, "
        "TT124.D5.K3, TT124.D6.K2, TT124.D7.K2 (checked when recorded)."
    ),
    _facts.BriefingHeld: "'topics' may be empty only when 'criteria_briefed' is true.",
    Size: (
        "Give exactly one of 'declared' and 'inputs'. With 'inputs' the size class is computed "
        "per ND80 (thresholds marked 'verify' in the regulation reference). The fact keeps "
        "what was given, so the basis ('declared' or 'ND80') is on record; an out-of-scope "
        "result names it in its reason."
    ),
    _facts.RecognitionDecided: "A decision that does not recognise the unit has no "
    "'certificate_number'.",
    SizeInputs: "ND80 needs 'annual_revenue_vnd' or 'capital_vnd' (or both).",
    FactDraft: (
        "'reason' is required with 'supersedes' and allowed only with it (a FactRetracted "
        "gives its reason in data.reason). A SubjectRegistered or a FactRetracted cannot "
        "supersede another fact; "
        "any other fact supersedes only a fact of its own type and subject."
    ),
}

# --- envelope fields, in words (their names and types come from FactDraft) --------------------

_ENVELOPE_TEXT: dict[str, str] = {
    "id": (
        "The fact's id, chosen by the sender, unique per subject. Re-sending the same id with "
        "identical content is a no-op; the same id with different content is an error."
    ),
    "type": "The fact type: selects the shape of 'data'.",
    "subject": (
        "The unit's identifier: a tax code (10 digits, or 10 digits '-' 3 digits for a branch; "
        "the check digit is not verified), a 7-digit budget-relation code (an agency, an "
        "institution), a commune's 5-digit code, or a residential area's commune code, '-' and "
        "its own reference. Checked against the unit's kind when the SubjectRegistered fact is "
        "recorded."
    ),
    "occurred_on": (
        "The business date the fact happened on (ISO YYYY-MM-DD). Not after the recording "
        "date in Vietnam time (UTC+7)."
    ),
    "recorded_by": "Who records the fact (a user or system reference).",
    "data": "The payload; its fields depend on 'type'.",
    "document_ref": "The reference of the supporting document (number, file reference).",
    "supersedes": (
        "The id of an earlier fact of the same subject and type that this one replaces "
        "(a correction)."
    ),
    "reason": "Why the superseded fact is replaced. Required with 'supersedes'.",
    "format": (
        f"The interchange format version: {FORMAT_VERSION} for lines this schema describes. "
        "Required here: a line without 'format' is format 1 (see interchange-v1.schema.json), "
        "which the library still reads."
    ),
}

# --- types -> JSON Schema -----------------------------------------------------------------------


def _doc(cls: type) -> str:
    """The class's own docstring (not an inherited one), cleaned, without the paragraphs the
    schema gives otherwise: the clauses that read a fact ("Read by …", the schema's "Serves")
    and its ``Attributes:`` (each field has its description)."""
    doc = cls.__dict__.get("__doc__")
    text = inspect.cleandoc(doc) if isinstance(doc, str) else ""
    kept = [p for p in text.split("\n\n") if not p.startswith(("Read by ", "Attributes:\n"))]
    return " ".join("\n\n".join(kept).replace("``", "'").split())


def _enum_schema(cls: type[Enum]) -> dict[str, Any]:
    values = [str(m.value) for m in cls]
    if issubclass(cls, Labelled):
        labels = "; ".join(f"'{m.value}': {m.label_en} ({m.label_vi})" for m in cls)
        described = " ".join(filter(None, [_doc(cls), f"Values: {labels}."]))
        return {
            "title": cls.__name__,
            "description": described,
            "type": "string",
            "enum": values,
            "x-labels": {m.value: {"vi": m.label_vi, "en": m.label_en} for m in cls},
        }
    return {"title": cls.__name__, "description": _doc(cls), "type": "string", "enum": values}


class _Builder:
    """Builds schemas for types, collecting shared definitions (enums, nested classes)."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: nested classes may recurse
            self.defs[name] = make()
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, tp: Any) -> tuple[dict[str, Any], str]:
        """(schema, JSON type in words) of a resolved Python type."""
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = typing.get_args(tp)
            inner = [a for a in args if a is not type(None)]
            if len(inner) != 1 or len(inner) == len(args):
                raise TypeError(f"only Optional[X] unions are supported, not {tp!r}")
            schema, words = self.of_type(inner[0])
            if set(schema) <= {"type", "format", "pattern"} and isinstance(schema["type"], str):
                return {**schema, "type": [schema["type"], "null"]}, f"{words} or null"
            return {"anyOf": [schema, {"type": "null"}]}, f"{words} or null"
        if tp is bool:
            return {"type": "boolean"}, "boolean"
        if tp is int:
            return {"type": "integer"}, "integer"
        if tp is str:
            return {"type": "string"}, "string"
        if tp is date:
            return {"type": "string", "format": "date", "pattern": _ISO_DATE.pattern}, "date"
        if isinstance(tp, type) and issubclass(tp, Enum):
            enum_cls: type[Enum] = tp
            return self.ref(tp.__name__, lambda: _enum_schema(enum_cls)), f"{tp.__name__} (enum)"
        if origin is frozenset:
            (item,) = typing.get_args(tp)
            items, words = self.of_type(item)
            schema = {"type": "array", "items": items, "uniqueItems": True}
            return schema, f"array of {words}, each at most once"
        if origin is tuple and typing.get_args(tp)[1:] == (Ellipsis,):
            items, words = self.of_type(typing.get_args(tp)[0])
            return {"type": "array", "items": items}, f"array of {words}"
        if isinstance(tp, type) and attrs.has(tp):
            cls: type = tp
            return self.ref(tp.__name__, lambda: self.of_class(cls)), f"{tp.__name__} (object)"
        raise TypeError(f"no JSON Schema mapping for the type {tp!r}: add one in codec/schema.py")

    def field(self, f: attrs.Attribute[Any], *, also: object = None) -> dict[str, Any]:
        """A field's schema; ``also`` is a validator applied outside attrs (post-init)."""
        schema, words = self.of_type(f.type)
        constraints = _constraints(f.validator) + _constraints(also)
        for keywords, _ in constraints:
            _merge(schema, keywords)
        parts = [words[0].upper() + words[1:]]
        parts += [text for _, text in constraints]
        schema = {"description": "; ".join(parts) + ".", **schema}
        if f.default is attrs.NOTHING:
            return schema
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"field {f.name!r}: factory defaults are not supported here")
        if f.default is not None:
            schema["default"] = converter.unstructure(f.default, f.type)
        return schema

    def of_class(
        self,
        cls: type,
        *,
        description: str | None = None,
        replace: dict[str, dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A strict object schema of an attrs class: its fields, required = no default."""
        attrs.resolve_types(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in attrs.fields(cls):
            if replace and f.name in replace:
                properties[f.name] = replace[f.name]
            else:
                properties[f.name] = self.field(f)
            if f.default is attrs.NOTHING:
                required.append(f.name)
        if description is None:
            description = " ".join(filter(None, [_doc(cls), _RULES.get(cls, "")]))
        schema: dict[str, Any] = {"title": cls.__name__}
        if description:
            schema["description"] = description
        schema.update(type="object", properties=properties, additionalProperties=False)
        if required:
            schema["required"] = required
        return schema


def _fact_description(cls: type[FactData]) -> str:
    parts = [f"{cls.label_en} — {cls.label_vi}."]
    parts.append(_doc(cls))
    if cls.clauses:
        served = "; ".join(
            f"{c} ({clause(c).title_en}, {clause(c).text_status.value})" for c in cls.clauses
        )
        parts.append(f"Serves: {served}.")
    else:
        parts.append("Serves no criterion clause directly.")
    parts.append(_RULES.get(cls, ""))
    return " ".join(p for p in parts if p)


def _envelope(builder: _Builder) -> tuple[dict[str, Any], list[str]]:
    """Envelope properties (all but 'data', which each branch gives) and the required names."""
    attrs.resolve_types(FactDraft)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in attrs.fields(FactDraft):
        if f.name == "data":
            properties["type"] = {"type": "string", "enum": list(FACT_TYPES)}
            properties["data"] = {"type": "object"}
            required += ["type", "data"]
            continue
        # 'supersedes' is checked with _ref in FactDraft.__attrs_post_init__, not by attrs.
        properties[f.name] = builder.field(f, also=_checks.ref if f.name == "supersedes" else None)
        if f.name == "subject":  # checked by the ledger (subjects.validate_identifier)
            properties[f.name]["anyOf"] = [
                {"pattern": _subjects._TAX_CODE.pattern},
                {"pattern": _subjects._BUDGET_CODE.pattern},
                {"pattern": _subjects._COMMUNE_CODE.pattern},
                {"pattern": _subjects._AREA_CODE.pattern},
            ]
        if f.default is attrs.NOTHING:
            required.append(f.name)
    # Optional for the library, where its absence means format 1; so a line of this format
    # must name it.
    properties["format"] = {"type": "integer", "const": FORMAT_VERSION}
    order = (*_ENVELOPE_REQUIRED, *_ENVELOPE_OPTIONAL)
    if set(properties) != set(order) or set(required) != set(_ENVELOPE_REQUIRED):
        raise RuntimeError(
            "the envelope of FactDraft and the codec's envelope field lists disagree: "
            f"{sorted(properties)} / {sorted(order)}"
        )
    described = {}
    for name in order:  # the codec's order: id, type, subject, ...
        schema = properties[name]
        words = schema.pop("description", "")
        described[name] = {"description": f"{_ENVELOPE_TEXT[name]} {words}".strip(), **schema}
    return described, [*_ENVELOPE_REQUIRED, "format"]


def interchange_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one JSON Lines interchange object, current format.

    Generated afresh from :data:`FACT_TYPES` on every call; the shipped files are its output.
    """
    builder = _Builder()
    properties, required = _envelope(builder)
    branches = []
    for name, cls in FACT_TYPES.items():
        data = builder.of_class(cls, description=_fact_description(cls))
        data.pop("title")
        branches.append(
            {
                "title": name,
                "description": f"{cls.label_en} ({cls.label_vi})",
                "properties": {"type": {"const": name}, "data": data},
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "$comment": (
            "Generated by `python -m antq_compliance.codec.schema --write` from the fact classes. "
            "Do not edit by hand."
        ),
        "title": f"antq-compliance interchange line, format {FORMAT_VERSION}",
        "description": (
            "One line of a JSON Lines interchange file (UTF-8 without BOM, one object per "
            "line): one fact about one subject. The envelope is common to every type; 'data' "
            "depends on 'type'. " + _RULES[FactDraft] + " The library also checks, when a "
            "fact is recorded, what needs the rest of the log: the subject is registered "
            "first, referenced facts exist, ids are unique per subject, occurred_on is not "
            "after the recording date. Integers are written without a fraction or exponent (2025, "
            "not 2025.0), which JSON Schema cannot express. Strings are normalised to Unicode "
            "NFC when read, and length limits apply after that; 'subject' is the bare "
            "identifier (the library strips surrounding whitespace). See docs/interchange.md "
            "and docs/events.md. Lines of earlier formats (without 'format', or 'format': 1) "
            "are described by the earlier schemas and are still read, upcast to this shape."
        ),
        "x-format-version": FORMAT_VERSION,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        "oneOf": branches,
        "$defs": dict(sorted(builder.defs.items())),
    }


# --- the shipped files --------------------------------------------------------------------------


def render(schema: dict[str, Any] | None = None) -> str:
    """The schema as the shipped files hold it: 2-space indented UTF-8 JSON, final newline."""
    return json.dumps(schema or interchange_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_paths() -> tuple[Path, Path]:
    """(package data file, docs file). The docs file exists only in a source checkout."""
    package = Path(__file__).resolve().parent
    return package / "data" / SCHEMA_FILENAME, package.parents[2] / "docs" / SCHEMA_FILENAME


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m antq_compliance.codec.schema",
        description="Print, write or check the interchange JSON Schema.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write the package and docs copies")
    group.add_argument("--check", action="store_true", help="fail if a shipped copy is stale")
    args = parser.parse_args(argv)
    text = render()
    if not (args.write or args.check):
        sys.stdout.write(text)
        return 0
    data_file, docs_file = shipped_paths()
    if not (docs_file.parent.parent / "pyproject.toml").is_file():
        print(f"not a source checkout: {docs_file.parent.parent}", file=sys.stderr)
        return 2
    stale = [p for p in (data_file, docs_file) if not p.is_file() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(
                f"stale: {path} (run python -m antq_compliance.codec.schema --write)",
                file=sys.stderr,
            )
        return 1 if stale else 0
    for path in (data_file, docs_file):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"{'wrote' if path in stale else 'unchanged'}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
