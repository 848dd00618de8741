"""The interchange contract: the generated JSON Schema, and the docs that describe it.

The schema of the current format (3) is generated from the fact classes; these tests check that
the shipped copies are what the classes generate, that the schema and the library agree on what
a valid line is, and that the documentation covers every fact type with examples the library
accepts. The schemas of formats 1 and 2 are frozen historical files: each checked byte for byte
against a recorded checksum, and still the schema of the lines of its format the library reads
(which it upcasts to the current shapes, and writes back as lines of the current schema).

Every check against a schema goes through the ``jsonschema`` library (its draft 2020-12
validator, the schemas' ``$schema``; the ``test`` extra installs it), never through a validator
of our own: ``schema_errors`` below only makes its ``pattern`` read ``$`` as ECMA-262 does. The
documented examples checked are every ``jsonl`` block of README.md and docs/*.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeAlias

import attrs
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, ValidationError, validators

from antq_compliance import (
    FACT_TYPES,
    FORMAT_VERSION,
    FactDraft,
    IncidentCategory,
    IncidentKind,
    IncidentOccurred,
    InvalidRecord,
    Ledger,
    MeetingRole,
    RecognitionDecided,
    ReviewMeetingHeld,
    Size,
    SizeInputs,
    SubjectKind,
    SubjectRegistered,
    draft_from_json,
)
from antq_compliance.codec.converter import converter
from antq_compliance.codec.facts import draft_to_json
from antq_compliance.codec.schema import (
    _RULES,
    SCHEMA_FILENAME,
    _constraints,
    interchange_schema,
    main,
    render,
    shipped_paths,
)
from antq_compliance.codec.upcast import FORMATS_READ, shape_in_format
from antq_compliance.domain.checks import MAX_INTEGER
from antq_compliance.domain.policy import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EVENTS_MD = DOCS / "events.md"
INTERCHANGE_MD = DOCS / "interchange.md"
DOCUMENTED = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
"""Every page whose ``jsonl`` blocks are interchange lines the schemas must accept."""

# The documented error messages were produced on this day (Vietnam time): one of them names
# the recording date.
DOCS_RUN_CLOCK = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return interchange_schema()


def _frozen_files(version: int) -> tuple[Path, Path]:
    """The two shipped copies of the frozen schema of format ``version``: package, docs."""
    name = f"interchange-v{version}.schema.json"
    return ROOT / "src" / "antq_compliance" / "codec" / "data" / name, DOCS / name


V1_SCHEMA_FILES = _frozen_files(1)
V1_SCHEMA_SHA256 = "1b7453ecbfff4a146c25374be51513b2cba5e7bee8c635d04b1c3d9e156b94af"
"""The frozen schema of format 1, as released. It is never regenerated or edited: a change of
this checksum is a change of a published contract."""

V2_SCHEMA_FILES = _frozen_files(2)
V2_SCHEMA_SHA256 = "df6128416a5e73d2d2f8c0e7fedeec135a59d796d7097ba954ead6ca8c2447f7"
"""The frozen schema of format 2, as released (the current schema until format 3). Frozen like
format 1's: never regenerated or edited."""

FROZEN_SCHEMAS = {1: (V1_SCHEMA_FILES, V1_SCHEMA_SHA256), 2: (V2_SCHEMA_FILES, V2_SCHEMA_SHA256)}
"""Every earlier format's schema: format -> (its shipped copies, their checksum)."""


def _load_frozen(version: int) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FROZEN_SCHEMAS[version][0][0].read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def schema_v1() -> dict[str, Any]:
    return _load_frozen(1)


@pytest.fixture(scope="module")
def schema_v2() -> dict[str, Any]:
    return _load_frozen(2)


def written(draft: FactDraft) -> dict[str, Any]:
    """The line the library writes for ``draft``, as JSON text gives it back."""
    line: dict[str, Any] = orjson.loads(orjson.dumps(draft_to_json(draft)))
    return line


def schema_of_line(
    line: dict[str, Any], v1: dict[str, Any], v2: dict[str, Any], v3: dict[str, Any]
) -> dict[str, Any]:
    """The schema of the line's format: no "format" key means format 1."""
    return {1: v1, 2: v2, 3: v3}[line.get("format", 1)]


# --- validation: jsonschema, with ECMA-262's "$" ------------------------------------------------


def _pattern_found(pattern: str, text: str) -> bool:
    # JSON Schema patterns are ECMA-262 regexes, searched (not anchored); their '$' matches only
    # at the very end, Python's also before a final newline, hence the \Z.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.search(pattern, text) is not None


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _pattern_found(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(  # type: ignore[no-untyped-call]  # untyped in its stubs
    Draft202012Validator, {"pattern": _ecma_pattern}
)
"""jsonschema's draft 2020-12 validator (the schemas' ``$schema``), whose ``pattern`` reads
``$`` as ECMA-262 does."""


def schema_errors(value: Any, schema: dict[str, Any]) -> list[str]:
    """Every violation of ``schema`` by ``value``, one line each."""
    _Validator.check_schema(schema)
    return [
        f"{'.'.join(map(str, error.absolute_path))}: {error.message}"
        for error in _Validator(schema).iter_errors(value)
    ]


def accepts(schema: dict[str, Any], value: Any) -> bool:
    return not schema_errors(value, schema)


# --- helpers: markdown -----------------------------------------------------------------------

_FENCE = re.compile(r"^```([\w-]*)\n(.*?)^```[ \t]*$", re.M | re.S)


def code_blocks(path: Path) -> list[tuple[str, str]]:
    """(info string, body) of every fenced block, in order."""
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(path.read_text("utf-8"))]


def jsonl_lines(path: Path, lang: str = "jsonl") -> list[str]:
    return [
        line
        for info, body in code_blocks(path)
        if info == lang
        for line in body.splitlines()
        if line.strip()
    ]


def sections(path: Path) -> dict[str, str]:
    """Heading text -> the text up to the next heading of level 2 or 3 (code blocks skipped)."""
    text = _FENCE.sub("```", path.read_text("utf-8"))
    parts = re.split(r"^#{2,3} (.+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def section_with_blocks(path: Path, heading: str) -> str:
    """One section's raw text, code blocks included."""
    text = path.read_text("utf-8")
    start = text.index(f"\n### {heading}\n")
    following = re.compile(r"^#{2,3} ", re.M)
    match = following.search(text, start + 5)
    return text[start : match.start() if match else len(text)]


def table_rows(section: str) -> dict[str, list[str]]:
    """Field name -> the cells of its row, for the rows of the section's field table."""
    rows = {}
    for line in section.splitlines():
        match = re.match(r"^\| `(\w+)` \|(.*)\|\s*$", line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in match.group(2).split("|")]
    return rows


def branch(schema: dict[str, Any], type_name: str) -> dict[str, Any]:
    found = [b for b in schema["oneOf"] if b["properties"]["type"].get("const") == type_name]
    assert len(found) == 1, f"{type_name}: {len(found)} schema branches"
    result: dict[str, Any] = found[0]
    return result


def fixed_clock() -> datetime:
    return DOCS_RUN_CLOCK


# --- (a) the shipped files -------------------------------------------------------------------


def test_the_shipped_schema_files_are_what_the_classes_generate(schema: dict[str, Any]) -> None:
    data_file, docs_file = shipped_paths()
    assert data_file.name == docs_file.name == SCHEMA_FILENAME == "interchange-v3.schema.json"
    assert docs_file == DOCS / SCHEMA_FILENAME
    for path in (data_file, docs_file):
        text = path.read_text("utf-8")
        assert text == render(schema), (
            f"{path} is stale: python -m antq_compliance.codec.schema --write"
        )
        assert orjson.loads(text) == schema
    assert main(["--check"]) == 0


# What each frozen schema must say of the shapes that changed after it: type -> (fields it has,
# fields of later shapes it must not have).
_FROZEN_SHAPES: dict[int, dict[str, tuple[set[str], set[str]]]] = {
    1: {
        "CoordinationAgreementSigned": ({"partner"}, {"partners"}),
        "CoordinationActivityRecorded": ({"partner"}, {"partners"}),
        "IncidentOccurred": ({"category", "severity"}, {"kind", "former_category"}),
        "ReviewMeetingHeld": ({"police_representative_present"}, {"chair", "attendees"}),
        "SubjectRegistered": ({"headcount"}, {"local_type", "education_levels", "managed_by"}),
        "RecognitionDecided": (set(), {"delegated_from"}),
    },
    2: {
        "CoordinationAgreementSigned": ({"partners"}, {"partner"}),
        "CoordinationActivityRecorded": ({"partners"}, {"partner"}),
        "IncidentOccurred": ({"category", "severity"}, {"kind", "former_category"}),
        "ReviewMeetingHeld": ({"police_representative_present"}, {"chair", "attendees"}),
        "SubjectRegistered": ({"headcount"}, {"local_type", "education_levels", "managed_by"}),
        "RecognitionDecided": (set(), {"delegated_from"}),
    },
}


@pytest.mark.parametrize(
    ("version", "path"),
    [(v, p) for v, (files, _) in FROZEN_SCHEMAS.items() for p in files],
    ids=lambda x: x.parent.name if isinstance(x, Path) else f"v{x}",
)
def test_the_schemas_of_earlier_formats_are_kept_frozen(version: int, path: Path) -> None:
    raw = path.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == FROZEN_SCHEMAS[version][1], (
        f"{path} changed: the schema of format {version} is a released contract, never regenerated"
    )
    frozen = json.loads(raw)
    assert frozen["$id"] == f"https://antq-compliance.invalid/schema/interchange-v{version}.json"
    assert frozen["x-format-version"] == version
    assert frozen["properties"]["format"]["const"] == version
    branches = {b["title"]: b for b in frozen["oneOf"]}
    for type_name, (has, lacks) in _FROZEN_SHAPES[version].items():
        fields = set(branches[type_name]["properties"]["data"]["properties"])
        assert has <= fields and not lacks & fields, (version, type_name)
    # The types added in format 3 are not in the earlier schemas.
    assert "EmulationRated" not in branches and "SubUnitEstablished" not in branches


def test_the_frozen_schemas_differ_only_where_format_2_changed_a_shape(
    schema_v1: dict[str, Any], schema_v2: dict[str, Any]
) -> None:
    def shapes(frozen: dict[str, Any]) -> dict[str, tuple[list[str], list[str]]]:
        """Type -> (its data fields, the required ones)."""
        return {
            b["title"]: (
                list(b["properties"]["data"]["properties"]),
                b["properties"]["data"].get("required", []),
            )
            for b in frozen["oneOf"]
        }

    old, new = shapes(schema_v1), shapes(schema_v2)
    assert list(old) == list(new)
    changed = {name for name in old if old[name] != new[name]}
    assert changed == {"CoordinationAgreementSigned", "CoordinationActivityRecorded"}


def test_writing_the_schema_leaves_the_earlier_schemas_alone() -> None:
    names = {p.name for p in shipped_paths()}
    for files, _ in FROZEN_SCHEMAS.values():
        assert all(p.name not in names for p in files)
    assert set(FROZEN_SCHEMAS) == set(FORMATS_READ) - {FORMAT_VERSION}


def test_generating_twice_gives_the_same_schema() -> None:
    assert render(interchange_schema()) == render(interchange_schema())


def test_the_schema_names_its_dialect_id_and_format_version(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://antq-compliance.invalid/schema/interchange-v3.json"
    assert schema["x-format-version"] == FORMAT_VERSION == 3
    assert schema["properties"]["format"]["const"] == FORMAT_VERSION
    # Absent means format 1 to the library, so a line of this schema must name its format.
    assert "format" in schema["required"]
    assert schema["additionalProperties"] is False


# --- (b) the schema and the classes ----------------------------------------------------------


def test_every_fact_type_has_a_branch_with_exactly_its_fields(schema: dict[str, Any]) -> None:
    assert schema["properties"]["type"]["enum"] == list(FACT_TYPES)
    assert len(schema["oneOf"]) == len(FACT_TYPES)
    for name, cls in FACT_TYPES.items():
        data = branch(schema, name)["properties"]["data"]
        fields = attrs.fields(cls)
        assert list(data["properties"]) == [f.name for f in fields], name
        required = [f.name for f in fields if f.default is attrs.NOTHING]
        assert data.get("required", []) == required, name
        assert data["additionalProperties"] is False, name
        assert cls.label_en in data["description"], name
        assert cls.label_vi in data["description"], name
        for clause_id in cls.clauses:
            assert clause_id in data["description"], (name, clause_id)


def test_nested_objects_have_exactly_their_fields(schema: dict[str, Any]) -> None:
    for cls in (Size, SizeInputs):
        node = schema["$defs"][cls.__name__]
        assert list(node["properties"]) == [f.name for f in attrs.fields(cls)]
        assert node.get("required", []) == [
            f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING
        ]
        assert node["additionalProperties"] is False


def test_the_envelope_has_the_draft_fields_plus_type_and_format(schema: dict[str, Any]) -> None:
    draft_fields = [f.name for f in attrs.fields(FactDraft)]
    assert set(schema["properties"]) == {*draft_fields, "type", "format"}
    assert schema["required"] == [
        "id",
        "type",
        "subject",
        "occurred_on",
        "recorded_by",
        "data",
        "format",
    ]


def test_defaults_are_given_in_their_json_form(schema: dict[str, Any]) -> None:
    for name, cls in FACT_TYPES.items():
        properties = branch(schema, name)["properties"]["data"]["properties"]
        for f in attrs.fields(cls):
            if f.default is attrs.NOTHING or f.default is None:
                assert "default" not in properties[f.name], (name, f.name)
            else:
                assert properties[f.name]["default"] == converter.unstructure(f.default, f.type)


def test_every_cross_field_rule_is_described() -> None:
    # Rules in __attrs_post_init__ are not JSON Schema keywords: each must be described.
    for cls in [*FACT_TYPES.values(), Size, SizeInputs, FactDraft]:
        if "__attrs_post_init__" in cls.__dict__:
            assert cls in _RULES, f"{cls.__name__}: a post-init rule the schema does not describe"


def test_an_unknown_validator_is_an_error_not_a_silent_gap() -> None:
    def odd(_: object, __: object, ___: object) -> None:
        pass

    with pytest.raises(TypeError, match="no JSON Schema mapping"):
        _constraints(odd)


# Text the library must accept (Vietnamese, its punctuation, Khmer and emoji joiners) or refuse
# (controls, invisible characters, stray joiners): the schema's pattern must say the same.
INVISIBLE_SAMPLES = [
    "Số 12/QĐ-UBND – “Trà Vinh” … 5.000.000 ₫ № 3 — ‘x’",
    "Cộng hòa\u00a0xã hội",
    "Nguye\u0302\u0303n",  # combining marks (NFC is applied before the validators)
    "ព្រះ\u200cវិហារ",  # Khmer with a zero-width non-joiner
    "👩\u200d👩\u200d👧",
    "ក\u200d\u200cក",
    "del\x7f 1",
    "c1\x85 1",
    "csi\x9b31m 1",
    "12/QĐ\u202e-UBND",
    "abc\u2066def\u2069",
    "Trà\u200bVinh",
    "Trà\u200eVinh",
    "line\u2028sep",
    "bom\ufeff 1",
    "soft\u00adhyphen",
    "word\u2060joiner",
    "\u200dក",
    "ក\u200d",
    "a\u200dក",
    "ក\u200d a",
    "Trà\u200cVinh",
    "\u200c",
]


def _string_samples() -> list[str]:
    samples = [
        "",
        " ",
        "\t\n",
        "\u00a0",
        "a",
        "ab1",
        "abcd",
        "abc1",
        "a1b2",
        "NV-00417",
        "Nguyễn Văn A",
        "Nguyen Van A",
        "x y 1",
        "a/b:c.d_e-1",
        "a.b_c:d-1",
        "_x1",
        "-x1",
        "bell\x07 1",
        "tab\tok 1",
        "line\nbreak 1",
        "Hà Nội",
        "QĐ 15/2025/QĐ-CT",
        *INVISIBLE_SAMPLES,
    ]
    for n in (
        3,
        4,
        63,
        64,
        65,
        99,
        100,
        101,
        127,
        128,
        129,
        199,
        200,
        201,
        299,
        300,
        301,
        999,
        1000,
        1001,
    ):
        samples += ["1" * n, "a" * (n - 1) + "1"]
    return samples


_INT_ARRAY_SAMPLES: list[list[int]] = [
    [],
    [0],
    [-1],
    [1] * 12,
    [1] * 13,
    [0, 5, MAX_INTEGER],
    [3, MAX_INTEGER + 1],
]

_INT_SAMPLES = [-1, 0, 1, 2, 1999, 2000, 2100, 2101, 10**12, MAX_INTEGER, MAX_INTEGER + 1, 10**30]


def _validator_accepts(f: attrs.Attribute[Any], value: Any) -> bool:
    assert f.validator is not None
    try:
        f.validator(None, f, value)
    except (InvalidRecord, ValueError):
        return False
    return True


_Probe: TypeAlias = "tuple[str, attrs.Attribute[Any], dict[str, Any]]"


def _fields_with_validators(schema: dict[str, Any]) -> Iterator[_Probe]:
    for name, cls in FACT_TYPES.items():
        properties = branch(schema, name)["properties"]["data"]["properties"]
        for f in attrs.fields(cls):
            yield f"{name}.{f.name}", f, properties[f.name]
    for nested in (Size, SizeInputs):
        for f in attrs.fields(nested):
            node = schema["$defs"][nested.__name__]["properties"][f.name]
            yield f"{nested.__name__}.{f.name}", f, node
    for f in attrs.fields(FactDraft):
        if f.name != "data":
            yield f"envelope.{f.name}", f, schema["properties"][f.name]


def test_the_schema_constraints_agree_with_the_library_validators(schema: dict[str, Any]) -> None:
    checked = 0
    for where, f, node in _fields_with_validators(schema):
        if f.validator is None:
            continue
        base = typing.get_args(f.type)[0] if typing.get_origin(f.type) is not None else f.type
        if typing.get_origin(f.type) is frozenset:
            (item,) = typing.get_args(f.type)
            first = next(iter(item))
            for items in ([], [first.value]):
                value = frozenset(item(v) for v in items)
                assert accepts({**node, "$defs": schema["$defs"]}, items) == _validator_accepts(
                    f, value
                ), (where, items)
            checked += 1
            continue
        if typing.get_origin(f.type) is tuple:  # an array of integers
            for counts in _INT_ARRAY_SAMPLES:
                assert accepts({**node, "$defs": schema["$defs"]}, counts) == _validator_accepts(
                    f, tuple(counts)
                ), (where, counts)
            checked += 1
            continue
        samples: list[Any] = _string_samples() if base is str else _INT_SAMPLES
        assert base in (str, int), where
        for sample in samples:
            by_schema = accepts({**node, "$defs": schema["$defs"]}, sample)
            assert by_schema == _validator_accepts(f, sample), (where, sample)
        checked += 1
    assert checked > 30


def _integer_nodes(node: Any, at: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        types = node.get("type")
        if types == "integer" or (isinstance(types, list) and "integer" in types):
            yield at, node
        for key, value in node.items():
            yield from _integer_nodes(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _integer_nodes(value, f"{at}/{index}")


def _at(schema: dict[str, Any], pointer: str) -> dict[str, Any]:
    """The node of ``schema`` at a JSON pointer such as ``/oneOf/3/properties/data``."""
    node: Any = schema
    for part in pointer.strip("/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part]
    assert isinstance(node, dict)
    return node


def test_every_integer_field_states_its_bounds(schema: dict[str, Any]) -> None:
    """Integers are bounded to what every JSON reader holds exactly, and the schema says so."""
    nodes = list(_integer_nodes(schema))
    int_fields = [
        f
        for cls in [*FACT_TYPES.values(), SizeInputs]
        for f in attrs.fields(cls)
        # an array of integers has one integer node: its items
        if f.type in (int, int | None, "int", "int | None", tuple[int, ...], "tuple[int, ...]")
    ]
    assert any(f.name == "month_end_insured" for f in int_fields)
    assert len(nodes) == len(int_fields) + 1  # and "format"
    for at, node in nodes:
        if "const" in node:  # "format"
            continue
        bounds = {k: v for k, v in node.items() if k in ("minimum", "maximum")}
        for sub in node.get("allOf", []):
            bounds.update({k: v for k, v in sub.items() if k in ("minimum", "maximum")})
        if at.endswith("/items"):  # an array's items: bounded by the array's "allOf" items
            array = _at(schema, at.removesuffix("/items"))
            for sub in array.get("allOf", []):
                items = sub.get("items", {})
                bounds.update({k: v for k, v in items.items() if k in ("minimum", "maximum")})
        assert set(bounds) == {"minimum", "maximum"}, at
        assert -MAX_INTEGER <= bounds["minimum"] <= bounds["maximum"] <= MAX_INTEGER, at


_ALPHABET = (
    "aàĐ Z9\t\n.–“₫ក្ម👩"  # accepted characters, Latin and not
    "\u200c\u200d"  # joiners: accepted only between non-Latin characters
    "\x00\x1b\x7f\x9b\u00ad\u200b\u200e\u202e\u2028\u2066\u2069\ufeff"  # refused
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_the_text_pattern_and_the_text_validator_agree(value: str) -> None:
    """The schema's text rule and ``checks.text`` accept exactly the same strings."""
    f = attrs.fields(FactDraft).recorded_by
    node = interchange_schema()["properties"]["recorded_by"]
    assert accepts({**node, "$defs": {}}, value) == _validator_accepts(f, value), repr(value)


def test_a_reference_with_a_trailing_newline_is_refused_by_both() -> None:
    line = _example_line(id="kh-2025\n")
    assert not accepts(interchange_schema(), line)
    try:
        draft_from_json(line, "line 1")
    except InvalidRecord:
        return
    raise AssertionError("draft_from_json accepted an id ending in a newline")


def test_format_true_is_refused_by_both() -> None:
    line = _example_line(format=True)
    assert not accepts(interchange_schema(), line)
    try:
        draft_from_json(line, "line 1")
    except InvalidRecord:
        return
    raise AssertionError("draft_from_json accepted format: true")


@pytest.mark.parametrize(
    ("subject", "valid"),
    [
        ("1234567890", True),
        ("1234567890-001", True),
        ("1234567", True),
        ("123456789", False),
        ("12345678901", False),
        ("1234567890-01", False),
        ("12345678-90", False),
        ("MST1234567", False),
    ],
)
def test_the_schema_gives_the_shape_of_a_subject_identifier(
    schema: dict[str, Any], subject: str, valid: bool
) -> None:
    # The library checks the shape when the subject is registered (refusing every fact of an
    # unregistered subject), so a line with another shape can never be recorded. (It strips
    # surrounding whitespace first; the schema asks for the bare identifier.)
    assert accepts(schema, _example_line(subject=subject)) is valid


# --- lines the library accepts are accepted by the schema, and refused ones refused ----------


def _example_line(**envelope: Any) -> dict[str, Any]:
    """A format 3 line (``format=None`` leaves the key out: format 1)."""
    line: dict[str, Any] = {
        "id": "kh-2025",
        "type": "SecurityPlanAdopted",
        "subject": "1234567890",
        "occurred_on": "2025-02-10",
        "recorded_by": "bv-antt-01",
        "format": 3,
        "data": {"year": 2025},
    }
    line.update(envelope)
    if line["format"] is None:
        del line["format"]
    return line


def _agreement(fmt: int | None, **data: Any) -> dict[str, Any]:
    return _example_line(
        type="CoordinationAgreementSigned",
        format=fmt,
        data={"form": "plan", "title": "Kế hoạch phối hợp", **data},
    )


def _incident(fmt: int | None, **data: Any) -> dict[str, Any]:
    return _example_line(
        type="IncidentOccurred", format=fmt, data={"description": "Vụ việc ví dụ", **data}
    )


def _meeting(fmt: int | None, **data: Any) -> dict[str, Any]:
    return _example_line(
        type="ReviewMeetingHeld", format=fmt, data={"year": 2025, "chaired_by": "Giám đốc", **data}
    )


def _registration(fmt: int | None, subject: str = "1234567", **data: Any) -> dict[str, Any]:
    return _example_line(
        type="SubjectRegistered",
        subject=subject,
        format=fmt,
        data={
            "name": "Đơn vị Ví Dụ",
            "has_party_organisation": True,
            "province": "Vĩnh Long",
            **data,
        },
    )


def _decision(fmt: int | None, **data: Any) -> dict[str, Any]:
    return _example_line(
        type="RecognitionDecided",
        format=fmt,
        data={
            "year": 2025,
            "authority_level": "commune",
            "authority": "UBND phường Trà Vinh",
            "decision_number": "301/QĐ-UBND",
            "outcome": "recognised",
            **data,
        },
    )


def _rated(**data: Any) -> dict[str, Any]:
    return _example_line(
        type="EmulationRated", data={"year": 2024, "decided_by": "Giám đốc", **data}
    )


def _with_id(line: dict[str, Any], fact_id: str) -> dict[str, Any]:
    return {**line, "id": fact_id}


def _figures(**data: Any) -> dict[str, Any]:
    return _example_line(
        type="SizeFiguresReported",
        data={"year": 2024, "sector": "trade_services", "month_end_insured": [10, 12], **data},
    )


BUILT_VALID = [
    _example_line(),
    _example_line(document_ref=None, supersedes=None, reason=None),
    _agreement(3, partners=["police"]),
    _agreement(3, partners=["police", "local_authority"]),
    _example_line(
        type="CoordinationActivityRecorded",
        data={"partners": ["local_authority"], "description": "Tuần tra chung"},
    ),
    _example_line(supersedes="kh-2024", reason="sửa năm"),
    _example_line(
        type="SubjectRegistered",
        subject="1234567890-001",
        data={
            "kind": "enterprise",
            "name": "Chi nhánh Ví Dụ",
            "ownership": "state_owned",
            "size": {
                "inputs": {
                    "sector": "trade_services",
                    "insured_employees": 0,
                    "annual_revenue_vnd": None,
                    "capital_vnd": 0,
                }
            },
            "has_party_organisation": False,
            "province": "Vĩnh Long",
            "commune": None,
            "headcount": 0,
            "armed_forces": False,
        },
    ),
    # headcount may be left out from format 3 on (0)
    _registration(3, kind="agency", state_budget_funded=True, managed_by="province"),
    _registration(3, "29254", kind="commune", commune_type="dac_khu"),
    _registration(
        3, "29254-KHOM3", kind="residential_area", local_type="to_dan_pho", commune="Phường X"
    ),
    _registration(
        3,
        "7654321",
        kind="educational_institution",
        education_levels=["lower_secondary", "upper_secondary"],
        learners=900,
        headcount=60,
        followed_by_ministry=True,
    ),
    _example_line(type="ProfileChanged", data={"armed_forces": True, "commune": None}),
    _example_line(type="ProfileChanged", data={"learners": 0, "managed_by": "ministry"}),
    _example_line(type="BriefingHeld", data={"criteria_briefed": True, "staff_reached": 1}),
    _example_line(
        type="MovementModelActivityRecorded",
        data={"model": "m1", "description": "Họp\tđịnh kỳ\nquý II"},
    ),
    _example_line(type="FactRetracted", data={"target": "kh-2024", "reason": "trùng"}),
    _incident(3, kind="fire_explosion"),
    _incident(
        3,
        kind="crime",
        severity="serious",
        deaths=0,
        detected_promptly=True,
        consequences_limited=True,
        reported_at_once=False,
        classified_by="Cơ quan CSĐT",
        legal_basis="Bộ luật Hình sự 2015, Điều 9",
    ),
    _incident(3, kind="strike", unlawful=False, force_majeure=True, force_majeure_by="UBND"),
    _incident(3, kind="unclassified", former_category="mass_complaint", severity="minor"),
    _meeting(3),
    _meeting(3, chair="area_head", attendees=["party_cell_secretary", "grassroots_police"]),
    _decision(3, authority_level="ministry", authority="Bộ Công an", certificate_number="1"),
    _decision(3, delegated_from="province", outcome="not_recognised"),
    _example_line(
        type="DossierSubmitted",
        data={"year": 2025, "documents": ["other", "meeting_minutes"], "submitted_to": "CAP"},
    ),
    _example_line(type="ProtectionForceDisbanded", data={"reason": "Thuê dịch vụ bảo vệ"}),
    _example_line(
        type="SubUnitEstablished",
        data={"sub_unit": "khoa-1", "name": "Khoa Cơ bản", "sub_unit_kind": "khoa"},
    ),
    _example_line(type="SubUnitDissolved", data={"sub_unit": "khoa-1"}),
    _rated(collective="guard_force", title="excellent"),
    _rated(collective="sub_unit", sub_unit="khoa-1", eligible=False),
    _example_line(
        type="DisciplineDecided",
        data={
            "person_ref": "NV-00417",
            "regime": "civil_servant",
            "form": "warning",
            "reason": "social_evil",
            "decided_by": "Giám đốc",
        },
    ),
    _example_line(
        type="AdministrativeSanctionImposed",
        data={
            "person_ref": "NV-00418",
            "regime": "employee",
            "field": "security_order",
            "measure": "phạt tiền",
            "decided_by": "Trưởng Công an phường",
        },
    ),
    _example_line(
        type="CriterionAssessed",
        data={
            "year": 2025,
            "clause": "TT124.D4.K4.c",
            "fulfilled": False,
            "assessed_by": "Hội nghị",
            "note": "Chưa quản lý tốt",
        },
    ),
    _example_line(type="HouseholdsCounted", data={"year": 2025, "residing": 5, "registered": 5}),
    _example_line(
        type="CrimeFiguresReported",
        data={"year": 2025, "crimes": 0, "social_evils": 0, "other_violations": 0, "source": "CA"},
    ),
    _example_line(type="HotspotIdentified", data={"description": "Tụ điểm ví dụ"}),
    _example_line(type="SocialEvilCaseIdentified", data={"person_ref": "TNXH-0001"}),
    _example_line(type="ParentsBoardArrangementAdopted", data={"title": "Quy chế phối hợp"}),
    _figures(revenue_vnd=0),
    _figures(month_end_insured=[0] * 12, total_capital_vnd=10**12),
    _example_line(type="PartyResolutionAdopted", data={"year": 2025, "form": "integrated"}),
    _example_line(type="StandardRegistrationFiled", data={"year": 2025}),
    _example_line(
        type="InternalRuleIssued",
        data={"title": "Nội quy", "topics": ["institution_protection", "learner_management"]},
    ),
    _example_line(type="InternalRuleRepealed", data={"rule": "nq-1"}),
    _example_line(type="MovementModelEstablished", data={"model": "m1", "name": "Mô hình"}),
    _example_line(
        type="MovementModelAssessed",
        data={"model": "m1", "effective": False, "assessed_by": "Công an phường"},
    ),
    _example_line(type="MovementModelDissolved", data={"model": "m1"}),
    _example_line(type="StaffOffenceRecorded", data={"staff_ref": "HS-0193", "stage": "convicted"}),
    _example_line(type="ProtectionForceEstablished", data={"members": 1}),
    _example_line(type="ProtectionForceTrained", data={"members_trained": 1}),
    _example_line(
        type="PropagandaSessionHeld", data={"topic": "Phòng, chống ma túy", "attendance": 0}
    ),
    _example_line(type="FestivalDayHeld", data={"attendance": 0}),
    _example_line(
        type="CommendationReceived",
        data={
            "awarded_by": "Giám đốc Công an tỉnh",
            "recipient": "individual",
            "title": "Giấy khen",
        },
    ),
    _example_line(type="EmulationCommitmentSigned", data={"year": 2021, "staff_signed": 1}),
]

BUILT_INVALID = [
    _example_line(format=4),
    _example_line(format=0),
    _agreement(3, partners=[]),
    _agreement(3, partners=["police", "police"]),
    _agreement(3, partners=["police_and_local_authority"]),
    _agreement(3, partners="police"),
    _agreement(3, partner="police"),  # the format 1 field in a format 3 line
    _agreement(2, partner="police"),  # ... and in a format 2 line
    _agreement(3, partner="police", partners=["police"]),
    _agreement(None, partners=["police"]),  # the format 2 field in a format 1 line
    _agreement(1, partners=["police"]),
    _example_line(id=""),
    _example_line(id="kh 2025"),
    _example_line(occurred_on="2025-2-10"),
    _example_line(recorded_by="   "),
    _example_line(recorded_by="x" * 201),
    _example_line(subject=1234567890),
    _example_line(type="PlanAdopted"),
    _example_line(data={"year": 2025.5}),
    _example_line(data={"year": True}),
    _example_line(data={"year": 2101}),
    _example_line(data={}),
    _example_line(data={"year": 2025, "by": "x"}),
    _example_line(extra=1),
    _example_line(
        type="BriefingHeld",
        data={
            "topics": ["environment", "environment"],
            "criteria_briefed": True,
            "staff_reached": 3,
        },
    ),
    _example_line(type="BriefingHeld", data={"criteria_briefed": True, "staff_reached": 0}),
    _example_line(type="InternalRuleIssued", data={"title": "Nội quy", "topics": []}),
    _example_line(
        type="StaffOffenceRecorded", data={"staff_ref": "Nguyen Van A", "stage": "convicted"}
    ),
    _example_line(type="StaffOffenceRecorded", data={"staff_ref": "NV-A", "stage": "convicted"}),
    # The first edition's incident and meeting fields in a format 3 line, and the reverse.
    _incident(3, category="fire", severity="minor"),
    _incident(3, category="fire_explosion", severity="minor"),
    _incident(3, kind="crime", category="other"),
    _incident(2, kind="crime"),
    _incident(None, category="fire_explosion", severity="minor", former_category="other"),
    _incident(3, kind="fire"),
    _incident(3),
    _incident(3, kind="crime", deaths=-1),
    _meeting(3, police_representative_present=True),
    _meeting(2, attendees=["grassroots_police"]),
    _meeting(3, attendees=["grassroots_police", "grassroots_police"]),
    _meeting(3, attendees=["police"]),
    _meeting(3, chair="chairman"),
    _registration(2, kind="agency", headcount=3, managed_by="commune"),
    _registration(3, kind="agency", headcount=-1),
    _registration(3, kind="kindergarten"),
    _decision(3, authority_level="minister"),
    _decision(1, delegated_from="province"),
    _example_line(
        type="DossierSubmitted",
        data={"year": 2025, "documents": ["other", "other"], "submitted_to": "CAP"},
    ),
    _example_line(
        type="SubUnitEstablished",
        data={"sub_unit": "khoa 1", "name": "Khoa Cơ bản", "sub_unit_kind": "khoa"},
    ),
    _rated(collective="guard_force", rating="very_good"),
    _example_line(
        type="DisciplineDecided",
        data={
            "person_ref": "Nguyễn Văn A",
            "regime": "employee",
            "form": "reprimand",
            "reason": "violation",
            "decided_by": "Giám đốc",
        },
    ),
    _example_line(
        type="CriterionAssessed",
        data={
            "year": 2025,
            "clause": "TT124.D6",
            "fulfilled": True,
            "assessed_by": "Hội nghị",
            "note": "x",
        },
    ),
    _example_line(type="HouseholdsCounted", data={"year": 2025, "residing": -1, "registered": 0}),
    _example_line(type="SocialEvilCaseIdentified", data={"person_ref": "Trần B"}),
    _figures(month_end_insured=[], revenue_vnd=1),
    _figures(month_end_insured=[1] * 13, revenue_vnd=1),
    _figures(month_end_insured=[1, -1], revenue_vnd=1),
    _example_line(
        type="SubjectRegistered",
        data={
            "kind": "agency",
            "name": "X",
            "has_party_organisation": True,
            "province": "P",
            "headcount": -1,
        },
    ),
    _example_line(
        type="SubjectRegistered",
        data={
            "kind": "enterprise",
            "name": "X",
            "ownership": "private",
            "size": {"inputs": {"sector": "trade_services", "insured_employees": -1}},
            "has_party_organisation": True,
            "province": "P",
            "headcount": 1,
        },
    ),
]

# Rules the schema describes but does not (or, for 2025.0, cannot) encode: the library refuses
# these lines, the schema lets them through.
BUILT_LIBRARY_ONLY = [
    _example_line(data={"year": 2025.0}),
    _example_line(supersedes="kh-2024"),
    _example_line(reason="no supersedes"),
    _example_line(type="ProfileChanged", data={}),
    _example_line(type="BriefingHeld", data={"criteria_briefed": False, "staff_reached": 3}),
    _example_line(
        type="SubjectRegistered",
        data={
            "kind": "enterprise",
            "name": "X",
            "has_party_organisation": True,
            "province": "P",
            "headcount": 1,
        },
    ),
    _example_line(
        type="ProfileChanged",
        data={
            "size": {
                "declared": "small",
                "inputs": {"sector": "trade_services", "insured_employees": 3},
            }
        },
    ),
    # fields by kind (SubjectRegistered)
    _registration(3, "29254-KHOM3", kind="residential_area", commune="Phường X"),
    _registration(3, "29254-KHOM3", kind="residential_area", local_type="khom"),
    _registration(3, "29254", kind="commune"),
    _registration(3, "29254", kind="commune", commune_type="xa", ownership="private"),
    _registration(3, "7654321", kind="educational_institution"),
    _registration(3, kind="agency", learners=10),
    _registration(
        3, kind="enterprise", armed_forces=True, ownership="private", size={"declared": "large"}
    ),
    _registration(3, "29254", kind="commune", commune_type="xa", followed_by_ministry=True),
    # incidents
    _incident(3, kind="crime", unlawful=True),
    _incident(3, kind="fire_explosion", detected_promptly=True),
    _incident(3, kind="crime", force_majeure=True),
    _incident(3, kind="unclassified"),
    # ratings, discipline, counts, figures, decisions
    _rated(collective="sub_unit", rating="good"),
    _rated(collective="guard_force", sub_unit="khoa-1", rating="good"),
    _rated(collective="guard_force"),
    _example_line(
        type="DisciplineDecided",
        data={
            "person_ref": "NV-00417",
            "regime": "employee",
            "form": "reprimand",
            "reason": "violation",
            "collective": "sub_unit",
            "decided_by": "Giám đốc",
        },
    ),
    _example_line(type="HouseholdsCounted", data={"year": 2025, "residing": 5, "registered": 6}),
    _figures(),
    _decision(3, outcome="not_recognised", certificate_number="GCN-1"),
]


# Lines of earlier formats: the library reads them (upcast to the current shapes); the frozen
# schema of their format accepts them, and neither the other frozen schema nor the current one
# (whose lines must say "format": 3) does. What the library writes back is a format 3 line.
BUILT_OLDER_FORMATS = [
    _example_line(format=None),
    _example_line(format=1, document_ref=None, supersedes=None, reason=None),
    _example_line(format=2),
    _agreement(None, partner="police"),
    _agreement(1, partner="local_authority"),
    _agreement(None, partner="police_and_local_authority"),
    _agreement(2, partners=["police"]),
    _agreement(2, partners=["police", "local_authority"]),
    _example_line(
        type="CoordinationActivityRecorded",
        format=None,
        data={"partner": "police", "description": "Tuần tra chung"},
    ),
    _example_line(
        type="CoordinationActivityRecorded",
        format=2,
        data={"partners": ["local_authority"], "description": "Tuần tra chung"},
    ),
    _incident(None, category="fire_explosion", severity="minor"),
    _incident(1, category="illegal_strike", severity="serious"),
    _incident(2, category="mass_complaint", severity="very_serious"),
    _incident(2, category="serious_occupational_accident", severity="serious"),
    _meeting(None, police_representative_present=True),
    _meeting(2, police_representative_present=False),
    _registration(None, kind="agency", headcount=35),
    _registration(
        2,
        "1234567890",
        kind="enterprise",
        ownership="private",
        size={"declared": "medium"},
        headcount=260,
        armed_forces=False,
    ),
    _example_line(type="ProfileChanged", format=2, data={"headcount": 12}),
    _decision(None, certificate_number="GCN-2025-017"),
    _decision(2, authority_level="district", outcome="not_recognised"),
]


@pytest.mark.parametrize("line", BUILT_OLDER_FORMATS)
def test_an_older_format_line_is_read_and_fits_the_frozen_schema_of_its_format(
    schema: dict[str, Any],
    schema_v1: dict[str, Any],
    schema_v2: dict[str, Any],
    line: dict[str, Any],
) -> None:
    draft = draft_from_json(line, "built")
    own = schema_of_line(line, schema_v1, schema_v2, schema)
    assert list(schema_errors(line, own)) == []
    for other in (schema_v1, schema_v2, schema):
        if other is not own:
            assert not accepts(other, line)
    again = written(draft)  # the same fact, in format 3
    assert again["format"] == 3
    assert list(schema_errors(again, schema)) == []
    assert draft_from_json(again, "again") == draft


@pytest.mark.parametrize(
    ("partner", "partners"),
    [
        ("police", ["police"]),
        ("local_authority", ["local_authority"]),
        ("police_and_local_authority", ["local_authority", "police"]),
    ],
)
def test_a_format_1_partner_reads_as_the_set_of_parties(partner: str, partners: list[str]) -> None:
    old = draft_from_json(_agreement(None, partner=partner), "old")
    for fmt in (2, 3):
        new = draft_from_json(_agreement(fmt, partners=list(reversed(partners))), "new")
        assert old == new
    assert written(old)["data"]["partners"] == partners


# The contract of docs/interchange.md (Versioning): a first-edition category -> what the format 3
# incident says. Every field not named here is absent; the category is kept as former_category.
CATEGORY_READS_AS: dict[str, dict[str, Any]] = {
    "illegal_religious_activity": {"kind": "unclassified"},
    "mass_complaint": {"kind": "unclassified"},
    "illegal_strike": {"kind": "strike", "unlawful": True},
    "secret_leak": {"kind": "unclassified"},
    "high_value_theft": {"kind": "high_value_theft"},  # Circular 23 only
    "fire_explosion": {"kind": "fire_explosion"},
    "serious_occupational_accident": {"kind": "labour_accident"},
    "other": {"kind": "unclassified"},
}


def test_every_first_edition_category_has_a_documented_reading() -> None:
    assert set(CATEGORY_READS_AS) == {c.value for c in IncidentCategory}


@pytest.mark.parametrize("fmt", [None, 1, 2])
@pytest.mark.parametrize("category", list(CATEGORY_READS_AS))
def test_a_first_edition_category_reads_as_a_kind_and_is_kept(
    category: str, fmt: int | None
) -> None:
    old = draft_from_json(_incident(fmt, category=category, severity="serious"), "old")
    expected = {
        "description": "Vụ việc ví dụ",
        "severity": "serious",
        **CATEGORY_READS_AS[category],
        "former_category": category,
    }
    # Exactly these fields are written back (the others are absent or at their default)...
    assert written(old)["data"] == expected
    # ... and the same incident, said in format 3, is the same fact.
    assert draft_from_json(_incident(3, **expected), "new") == old


@pytest.mark.parametrize(("present", "attendees"), [(True, ["grassroots_police"]), (False, [])])
@pytest.mark.parametrize("fmt", [None, 1, 2])
def test_the_police_flag_reads_as_the_grassroots_police_among_the_attendees(
    fmt: int | None, present: bool, attendees: list[str]
) -> None:
    old = draft_from_json(_meeting(fmt, police_representative_present=present), "old")
    assert isinstance(old.data, ReviewMeetingHeld)
    assert old.data.chair is MeetingRole.HEAD
    assert sorted(old.data.attendees) == attendees
    assert draft_from_json(_meeting(3, chair="head", attendees=attendees), "new") == old


@pytest.mark.parametrize("fmt", [None, 1, 2])
def test_an_older_registration_and_decision_read_with_the_new_fields_absent(
    fmt: int | None,
) -> None:
    registration = draft_from_json(_registration(fmt, kind="agency", headcount=35), "old")
    assert registration == draft_from_json(_registration(3, kind="agency", headcount=35), "new")
    assert isinstance(registration.data, SubjectRegistered)
    assert registration.data.headcount == 35
    assert registration.data.state_budget_funded is None and registration.data.managed_by is None
    assert registration.data.followed_by_ministry is False
    decision = draft_from_json(_decision(fmt), "old")
    assert decision == draft_from_json(_decision(3), "new")
    assert isinstance(decision.data, RecognitionDecided) and decision.data.delegated_from is None


_FORMAT_3_FIELD = (
    "is a format 3 field, and this line is format {n}{default}, which has {has} instead: "
    'add "format": 3 to the line'
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            _agreement(None, partners=["police"]),
            "built: field 'data.partners' = ['police']: is a format 2 field, and this line is "
            "format 1 (no \"format\" key means format 1), which has 'partner' instead: add "
            '"format": 2 to the line',
        ),
        (
            _agreement(1, partners=["police"]),
            "built: field 'data.partners' = ['police']: is a format 2 field, and this line is "
            "format 1, which has 'partner' instead: add \"format\": 2 to the line",
        ),
        (
            _agreement(2, partner="police"),
            "built: field 'data.partner' = 'police': is a format 1 field, and this line is "
            "format 2, which has 'partners' instead",
        ),
        (
            _agreement(3, partner="police"),
            "built: field 'data.partner' = 'police': is a format 1 field, and this line is "
            "format 3, which has 'partners' instead",
        ),
        (
            _agreement(None, partner="both"),
            "built: field 'data.partner' = 'both': expected one of: police, local_authority, "
            "police_and_local_authority",
        ),
        (
            _agreement(None),
            "built: field 'data.partner' = None: is required",
        ),
        (
            _agreement(3),
            "built: field 'data.partners' = None: is required",
        ),
        (
            _agreement(3, partners=[]),
            "built: field 'data.partners' = []: must name at least one item",
        ),
        (
            _incident(None, kind="crime"),
            "built: field 'data.kind' = 'crime': "
            + _FORMAT_3_FIELD.format(
                n=1, default=' (no "format" key means format 1)', has="'category'"
            ),
        ),
        (
            _incident(2, kind="crime"),
            "built: field 'data.kind' = 'crime': "
            + _FORMAT_3_FIELD.format(n=2, default="", has="'category'"),
        ),
        (
            _incident(3, category="other", severity="minor"),
            "built: field 'data.category' = 'other': is a format 1 field, and this line is "
            "format 3, which has 'kind' and 'former_category' instead",
        ),
        (
            _incident(2, category="fire", severity="minor"),
            "built: field 'data.category' = 'fire': expected one of: illegal_religious_activity, "
            "mass_complaint, illegal_strike, secret_leak, high_value_theft, fire_explosion, "
            "serious_occupational_accident, other",
        ),
        (
            _incident(2, severity="minor"),
            "built: field 'data.category' = None: is required",
        ),
        (
            _incident(3, kind="unclassified"),
            "built: field 'data.kind' = 'unclassified': only a first-edition incident (with its "
            "former_category) is unclassified",
        ),
        (
            _meeting(3, police_representative_present=True),
            "built: field 'data.police_representative_present' = True: is a format 1 field, and "
            "this line is format 3, which has 'chair' and 'attendees' instead",
        ),
        (
            _meeting(2, chair="head", police_representative_present=True),
            "built: field 'data.chair' = 'head': "
            + _FORMAT_3_FIELD.format(n=2, default="", has="'police_representative_present'"),
        ),
        (
            _meeting(None),
            "built: field 'data.police_representative_present' = None: is required",
        ),
        (
            _meeting(2, police_representative_present="yes"),
            "built: field 'data.police_representative_present' = 'yes': expected true or false",
        ),
        (
            _example_line(format=4),
            "built: field 'format' = 4: this library reads format 1, 2 or 3",
        ),
    ],
)
def test_a_line_of_the_wrong_shape_for_its_format_is_refused_naming_field_and_format(
    line: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidRecord) as caught:
        draft_from_json(line, "built")
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "line",
    [
        _registration(2, kind="agency", headcount=3, managed_by="commune"),
        _decision(1, delegated_from="province"),
    ],
)
def test_a_field_added_in_format_3_in_an_older_line_is_named_sensibly(
    line: dict[str, Any],
) -> None:
    with pytest.raises(InvalidRecord) as caught:
        draft_from_json(line, "built")
    message = str(caught.value)
    assert "is a format 3 field, and this line is format" in message
    assert 'add "format": 3 to the line' in message
    assert "has  instead" not in message


@pytest.mark.parametrize(
    "line",
    [
        _registration(None, kind="agency"),
        _registration(2, kind="agency"),
        _incident(None, category="fire_explosion"),
        _incident(2, category="other"),
    ],
)
def test_an_older_line_without_a_field_its_format_requires_is_refused(
    schema_v1: dict[str, Any], schema_v2: dict[str, Any], line: dict[str, Any]
) -> None:
    assert not accepts(schema_of_line(line, schema_v1, schema_v2, interchange_schema()), line)
    with pytest.raises(InvalidRecord):
        draft_from_json(line, "built")


@pytest.mark.parametrize("line", BUILT_VALID)
def test_a_valid_line_is_accepted_by_the_library_and_the_schema(
    schema: dict[str, Any], line: dict[str, Any]
) -> None:
    draft = draft_from_json(line, "built")
    assert draft.type_name == line["type"]
    assert line["type"] in [b["properties"]["type"]["const"] for b in schema["oneOf"]]
    assert list(schema_errors(line, schema)) == []


def test_every_fact_type_has_a_valid_built_line() -> None:
    assert {line["type"] for line in BUILT_VALID} == set(FACT_TYPES)


@pytest.mark.parametrize("line", BUILT_INVALID)
def test_an_invalid_line_is_refused_by_the_library_and_the_schema(
    schema: dict[str, Any], line: dict[str, Any]
) -> None:
    with pytest.raises(InvalidRecord):
        draft_from_json(line, "built")
    assert not accepts(schema, line)


@pytest.mark.parametrize("line", BUILT_LIBRARY_ONLY)
def test_a_rule_the_schema_only_describes_is_left_to_the_library(
    schema: dict[str, Any], line: dict[str, Any]
) -> None:
    with pytest.raises(InvalidRecord):
        draft_from_json(line, "built")
    assert accepts(schema, line)


# --- record time: what docs/events.md says is "checked when recorded" beyond the fields ------


_REGISTERED = [
    _registration(
        3, "1234567890", kind="enterprise", ownership="private", size={"declared": "large"}
    ),
    _example_line(
        id="dm-1",
        type="SubUnitEstablished",
        data={"sub_unit": "phong-1", "name": "Phòng 1", "sub_unit_kind": "phong"},
    ),
    _example_line(id="gt-dm-1", type="SubUnitDissolved", data={"sub_unit": "phong-1"}),
]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            _example_line(
                id="dg-1",
                type="CriterionAssessed",
                data={
                    "year": 2025,
                    "clause": "TT124.D6.K1.p1",
                    "fulfilled": True,
                    "assessed_by": "Hội nghị",
                    "note": "x",
                },
            ),
            "line 1: field 'data.clause' = 'TT124.D6.K1.p1': no rule reads an assessment of "
            "this clause (TT124.D4.K2, TT124.D4.K4.c, TT124.D5.K2, TT124.D5.K3, TT124.D6.K1.p3, "
            "TT124.D6.K2, TT124.D7.K2)",
        ),
        (
            _example_line(
                id="kl-1",
                type="DisciplineDecided",
                data={
                    "person_ref": "NV-00417",
                    "regime": "employee",
                    "form": "warning",
                    "reason": "violation",
                    "decided_by": "Giám đốc",
                },
            ),
            "line 1: field 'data.form' = 'warning': is not a form of the employee regime "
            "(reprimand, raise_deferred, removed_from_post, dismissed)",
        ),
        (
            _with_id(_rated(collective="sub_unit", sub_unit="phong-2", rating="good"), "xl-1"),
            "line 1: field 'data.sub_unit' = 'phong-2': no SubUnitEstablished with this "
            "reference for this subject",
        ),
        (
            _with_id(_rated(collective="sub_unit", sub_unit="phong-1", rating="good"), "xl-1"),
            "line 1: field 'data.sub_unit' = 'phong-1': this sub-unit was dissolved on "
            "2025-02-10 (fact gt-dm-1)",
        ),
        (
            _example_line(
                id="dm-2",
                type="SubUnitEstablished",
                data={"sub_unit": "phong-1", "name": "Phòng 1 mới", "sub_unit_kind": "phong"},
            ),
            "line 1: field 'data.sub_unit' = 'phong-1': this sub-unit reference was already "
            "used (fact dm-1): choose a new one",
        ),
        (
            _example_line(id="chg-1", type="ProfileChanged", data={"local_type": "khom"}),
            "line 1: field 'data.local_type' = 'khom': applies to residential areas only, not to "
            "enterprises",
        ),
        (
            _example_line(
                id="dg-2",
                type="CriterionAssessed",
                data={
                    "year": 2025,
                    "clause": "TT124.D4.K2",
                    "fulfilled": True,
                    "assessed_by": "Hội nghị",
                    "note": "x",
                },
            ),
            "line 1: field 'data.clause' = 'TT124.D4.K2': is a criterion for residential area "
            "subjects; this subject is of kind enterprise",
        ),
        (
            _example_line(
                id="hk-1",
                type="HouseholdsCounted",
                data={"year": 2025, "residing": 10, "registered": 10},
            ),
            "line 1: field 'type' = 'HouseholdsCounted': is recorded for residential area "
            "subjects only; 1234567890 is of kind enterprise",
        ),
        (
            _example_line(
                id="gt-bv", type="ProtectionForceDisbanded", data={"reason": "Thuê dịch vụ"}
            ),
            "line 1: field 'type' = 'ProtectionForceDisbanded': no guard force stands on "
            "2025-02-10 (record its ProtectionForceEstablished first)",
        ),
        (
            _example_line(id="chg-2", type="ProfileChanged", data={"education_levels": []}),
            "line 1: field 'data.education_levels' = []: give at least one level (or leave it out)",
        ),
        (
            _with_id(
                _registration(3, "29254", kind="residential_area", local_type="khom", commune="X"),
                "reg-2",
            ),
            "line 1: field 'subject' = '29254': expected the commune's 5-digit code, '-', and "
            "the area's own reference (1-20 letters, digits or '-'), e.g. 29254-KHOM3",
        ),
    ],
)
def test_what_the_ledger_refuses_beyond_the_fields(
    tmp_path: Path, line: dict[str, Any], message: str
) -> None:
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text("\n".join(orjson.dumps(x).decode() for x in _REGISTERED) + "\n", "utf-8")
    bad.write_text(orjson.dumps(line).decode() + "\n", "utf-8")
    with Ledger(":memory:", clock=fixed_clock, actor=SYSTEM) as ledger:
        ledger.import_jsonl(good)
        draft_from_json(line, "line 1")  # the line itself is valid
        with pytest.raises(InvalidRecord) as caught:
            ledger.import_jsonl(bad)
        assert str(caught.value) == message


# --- the docs: every example is a valid line -------------------------------------------------


def test_every_documented_example_is_a_valid_line(
    schema: dict[str, Any], schema_v1: dict[str, Any], schema_v2: dict[str, Any]
) -> None:
    consts = {b["properties"]["type"]["const"] for b in schema["oneOf"]}
    count = 0
    formats = set()
    for path in DOCUMENTED:
        for number, text in enumerate(jsonl_lines(path), start=1):
            raw = orjson.loads(text)
            draft = draft_from_json(raw, f"{path.name} example {number}")
            assert draft.type_name in consts
            own = schema_of_line(raw, schema_v1, schema_v2, schema)
            assert list(schema_errors(raw, own)) == [], (path.name, number)
            # What the library writes for it is a format 3 line of the current schema.
            again = written(draft)
            assert list(schema_errors(again, schema)) == [], (path.name, number)
            formats.add(raw.get("format", 1))
            count += 1
    assert count >= len(FACT_TYPES) + 4
    assert formats == {1, 2, 3}
    assert {EVENTS_MD, INTERCHANGE_MD, DOCS / "guide-vi.md"} <= {
        path for path in DOCUMENTED if jsonl_lines(path)
    }


def test_schema_errors_is_jsonschema_s_validator_and_it_can_fail(schema: dict[str, Any]) -> None:
    """The check above could not pass vacuously: the same validator refuses a documented line
    with a field of the wrong type, and the frozen schemas are valid draft 2020-12 schemas."""
    line = orjson.loads(jsonl_lines(EVENTS_MD)[0])
    assert schema_errors(line, schema) == []
    broken = {**line, "occurred_on": 20250101}
    assert schema_errors(broken, schema), "an integer date must be refused"
    assert _Validator.META_SCHEMA == Draft202012Validator.META_SCHEMA


def _section_lines(type_name: str) -> list[dict[str, Any]]:
    return [
        orjson.loads(line)
        for line in section_with_blocks(EVENTS_MD, type_name).splitlines()
        if line.startswith("{")
    ]


def test_the_coordination_examples_show_format_2_and_format_1() -> None:
    for type_name in ("CoordinationAgreementSigned", "CoordinationActivityRecorded"):
        lines = _section_lines(type_name)
        assert {line.get("format", 1) for line in lines} == {1, 2}, type_name
        for line in lines:
            assert ("partners" in line["data"]) == (line.get("format", 1) == 2), line["id"]
    # The agreement's format 1 line is the same fact as its format 2 line.
    first, second = (
        draft_from_json(line, "events.md") for line in _section_lines("CoordinationAgreementSigned")
    )
    assert first == second


def test_the_examples_of_a_shape_of_format_3_say_format_3(schema_v2: dict[str, Any]) -> None:
    """The page's rule: a type added in format 3, or whose shape changed in format 3, is shown in
    format 3; its older-format lines (shown to say how they are read) are of its older shape."""
    in_v2 = {b["title"] for b in schema_v2["oneOf"]}
    new_or_changed = [
        name
        for name in FACT_TYPES
        if name not in in_v2 or shape_in_format(name, 3) != shape_in_format(name, 2)
    ]
    assert {"IncidentOccurred", "ReviewMeetingHeld", "EmulationRated"} <= set(new_or_changed)
    for line in map(orjson.loads, jsonl_lines(EVENTS_MD)):
        if line["type"] not in in_v2:
            assert line.get("format") == 3, line["id"]
    for name in new_or_changed:
        lines = [line for line in _section_lines(name) if line["type"] == name]
        assert any(line.get("format") == 3 for line in lines), name


def test_the_older_examples_of_changed_types_read_as_the_page_says() -> None:
    incident_v2, reclassified = _section_lines("IncidentOccurred")[2:4]
    assert incident_v2["format"] == 2 and "category" in incident_v2["data"]
    incident = draft_from_json(incident_v2, "events.md").data
    assert isinstance(incident, IncidentOccurred)
    assert incident.kind is IncidentKind.LABOUR_ACCIDENT and incident.deaths is None
    assert incident.former_category is IncidentCategory.SERIOUS_OCCUPATIONAL_ACCIDENT
    assert reclassified["supersedes"] == incident_v2["id"] and reclassified["format"] == 3
    meeting_v2 = [line for line in _section_lines("ReviewMeetingHeld") if line.get("format") == 2]
    (line,) = meeting_v2
    meeting = draft_from_json(line, "events.md").data
    assert isinstance(meeting, ReviewMeetingHeld)
    assert meeting.chair is MeetingRole.HEAD
    assert meeting.attendees == {MeetingRole.GRASSROOTS_POLICE}


def test_the_examples_of_events_md_are_one_consistent_log(tmp_path: Path) -> None:
    lines = jsonl_lines(EVENTS_MD)
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The format 1 copy of a format 2 example (same id, same fact) is counted as unchanged.
    facts = {(line["subject"], line["id"]) for line in map(orjson.loads, lines)}
    with Ledger(":memory:", clock=fixed_clock, actor=SYSTEM) as ledger:
        result = ledger.import_jsonl(path)
        assert result.written == len(facts)
        assert result.unchanged == len(lines) - len(facts) == 1
        assert ledger.import_jsonl(path).unchanged == len(lines)
        # Every kind of subject takes part in the story.
        kinds = {s.kind.value for s in ledger.subjects()}
        assert kinds == {k.value for k in SubjectKind}


def _invalid_examples() -> list[tuple[str, str]]:
    blocks = code_blocks(INTERCHANGE_MD)
    pairs: list[tuple[str, str]] = []
    for index, (info, body) in enumerate(blocks):
        if info == "jsonl-invalid":
            follow_info, follow = blocks[index + 1]
            assert follow_info == "text", f"the message after invalid example {len(pairs) + 1}"
            pairs.append((body, follow.strip()))
    return pairs


def test_the_documented_error_messages_are_the_real_ones(tmp_path: Path) -> None:
    valid = "\n".join(jsonl_lines(INTERCHANGE_MD)) + "\n"
    pairs = _invalid_examples()
    assert len(pairs) >= 15
    for number, (body, message) in enumerate(pairs, start=1):
        good, bad = tmp_path / f"valid-{number}.jsonl", tmp_path / f"invalid-{number}.jsonl"
        good.write_text(valid, encoding="utf-8")
        bad.write_text(body, encoding="utf-8")
        with Ledger(":memory:", clock=fixed_clock, actor=SYSTEM) as ledger:
            ledger.import_jsonl(good)
            head = ledger.head()
            with pytest.raises(InvalidRecord) as caught:
                ledger.import_jsonl(bad)
            assert str(caught.value) == message, f"invalid example {number}"
            assert ledger.head() == head, f"invalid example {number} wrote something"


# --- (c) events.md covers every fact type ----------------------------------------------------


def test_events_md_has_one_section_per_fact_type() -> None:
    text = _FENCE.sub("```", EVENTS_MD.read_text("utf-8"))
    headings = re.findall(r"^### (\w+)[ \t]*$", text, re.M)
    assert sorted(headings) == sorted(FACT_TYPES)
    assert len(headings) == len(set(headings))


@pytest.mark.parametrize("type_name", list(FACT_TYPES))
def test_the_section_of_a_fact_type_describes_it(type_name: str) -> None:
    cls = FACT_TYPES[type_name]
    section = sections(EVENTS_MD)[type_name]
    assert f"{cls.label_vi} — {cls.label_en}." in section
    clause_line = re.search(r"Clause ids:\s+(.*?)(?:\n\n|$)", section, re.S)
    assert clause_line is not None, f"{type_name}: no 'Clause ids:' line"
    listed = set(re.findall(r"`(TT\d+(?:\.[\w.]+)?|ND80|QD510)`", clause_line.group(1)))
    assert listed == set(cls.clauses), type_name
    if not cls.clauses:
        assert clause_line.group(1).startswith("none")
    assert "**When:**" in section and "**Checked when recorded:**" in section
    rows = table_rows(section)
    fields = attrs.fields(cls)
    assert list(rows) == [f.name for f in fields], f"{type_name}: field table"
    for f in fields:
        expected = "yes" if f.default is attrs.NOTHING else "no"
        assert rows[f.name][1].startswith(expected), (type_name, f.name)
    examples = [
        orjson.loads(line)
        for line in section_with_blocks(EVENTS_MD, type_name).splitlines()
        if line.startswith("{")
    ]
    assert any(e["type"] == type_name for e in examples), f"{type_name}: no example line"


def test_the_envelope_and_nested_tables_list_exactly_their_fields(schema: dict[str, Any]) -> None:
    all_sections = sections(EVENTS_MD)
    assert list(table_rows(all_sections["The envelope"])) == list(schema["properties"])
    for cls in (Size, SizeInputs):
        rows = table_rows(all_sections[f"{cls.__name__} (object)"])
        assert list(rows) == [f.name for f in attrs.fields(cls)]
