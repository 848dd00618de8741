"""Hostile input: the importer, the converter and the command line never crash, hang or
write part of a file.

Every input below either imports correctly or is refused with a clear error: an
:class:`InvalidRecord` naming the line, the field and the value (one line of text), or, on
the command line, exit 1 or 2 with one line on stderr. After a refusal the log is unchanged.

Property tests (hypothesis) cover random bytes, valid files with one value replaced by a
hostile one (huge, negative and fractional numbers, NaN and infinities, control characters,
bidirectional overrides and other invisible characters, deep nesting, lone surrogates,
decomposed Vietnamese), arbitrary JSON values given to ``draft_from_json``, arbitrary text and
integers given to the fact classes (the Python API), the same facts written in NFC and NFD and
imported twice, and argument lists given to ``antq``. Examples cover wrong encodings, a single
20 MiB line (refused with bounded memory), nesting depths up to 100,000, every refused
invisible character (named by code point, never printed), the Vietnamese text and joined
scripts that must stay valid, lookalike identifiers, and out-of-range integers from the API.
``pytest -m slow tests/store/test_hostile.py`` runs ``$ANTQ_HOSTILE_EXAMPLES`` examples per property
(default 2,000).
"""

from __future__ import annotations

import io
import re
import tracemalloc
import unicodedata
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _workers import long_run
from antq_compliance import (
    ImportResult,
    InvalidRecord,
    Ledger,
    SubjectRegistered,
    draft_from_json,
)
from antq_compliance.cli.main import main
from antq_compliance.codec.facts import MAX_DEPTH
from antq_compliance.domain.checks import MAX_INTEGER, refused_character
from antq_compliance.domain.facts import (
    BriefingHeld,
    EmulationCommitmentSigned,
    FestivalDayHeld,
    PropagandaSessionHeld,
    ProtectionForceEstablished,
    SizeInputs,
)
from antq_compliance.domain.vocabulary import Sector

MIB = 1 << 20
SUBJECT = "2100000001"

REGISTRATION: dict[str, Any] = {
    "id": "reg-1",
    "type": "SubjectRegistered",
    "subject": SUBJECT,
    "occurred_on": "2020-01-01",
    "recorded_by": "phòng PV05",
    "document_ref": "12/QĐ-UBND",
    "data": {
        "kind": "enterprise",
        "name": "Công ty Cổ phần Thủy sản Trà Vinh",
        "ownership": "private",
        "size": {"declared": "medium"},
        "has_party_organisation": True,
        "province": "Trà Vinh",
        "commune": "Phường 1, thành phố Trà Vinh",
        "headcount": 260,
    },
}
SESSION: dict[str, Any] = {
    "id": "tt-1",
    "type": "PropagandaSessionHeld",
    "subject": SUBJECT,
    "occurred_on": "2024-05-01",
    "recorded_by": "cán bộ an ninh",
    "data": {"topic": "Tuyên truyền phòng, chống tội phạm", "attendance": 40},
}
RULE: dict[str, Any] = {
    "id": "nq-1",
    "type": "InternalRuleIssued",
    "subject": SUBJECT,
    "occurred_on": "2023-12-01",
    "recorded_by": "cán bộ an ninh",
    "data": {"title": "Nội quy bảo vệ cơ quan", "topics": ["unit_protection", "fire_prevention"]},
}
VALID = (REGISTRATION, SESSION, RULE)

PROPERTY = settings(
    max_examples=60,
    deadline=timedelta(seconds=10),  # a hang fails; generous for two shared cores
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _long(examples: int) -> settings:
    return settings(PROPERTY, max_examples=examples)


# --- the contract every input is held to ---------------------------------------------------


def _log(ledger: Ledger) -> list[tuple[int, str]]:
    return [(position, fact.id) for position, fact in ledger.log.scan()]


def import_or_refuse(ledger: Ledger, path: Path) -> ImportResult | InvalidRecord:
    """Import ``path``: any exception but a clear InvalidRecord fails the test, and a refused
    file leaves the log as it was."""
    before = _log(ledger)
    try:
        return ledger.import_jsonl(path)
    except InvalidRecord as exc:
        refused = exc
    assert re.fullmatch(r"line [1-9][0-9]*", refused.record), refused.record
    assert refused.problem
    shown = str(refused)
    assert "\n" not in shown and len(shown) < 600, shown
    assert shown.startswith(f"{refused.record}: ")
    assert _log(ledger) == before, "a refused file wrote something"
    return refused


def _line(obj: Any) -> bytes:
    return orjson.dumps(obj)


def _file(tmp_path: Path, content: bytes, name: str = "input.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# --- random bytes and mutated files ---------------------------------------------------------

# JSON text spliced into a valid line in place of one value.
HOSTILE_JSON = [
    str(2**70),
    str(2**64 - 1),
    str(MAX_INTEGER + 1),
    str(-(2**63)),
    "-1",
    "0",
    "1.5",
    "2024.0",
    "1e308",
    "1e999",
    "-0.0",
    "NaN",
    "Infinity",
    "-Infinity",
    "true",
    "null",
    "[]",
    "{}",
    '""',
    '"   "',
    '"\\u0000"',
    '"a\\u0007b"',
    '"\\u001b[31mđỏ"',
    '"12/QĐ\\u202e-UBND"',
    '"\\u2066Trà Vinh\\u2069"',
    '"a\\u009b31mb"',
    '"Trà\\u200bVinh"',
    '"x\\u2028y"',
    '"\\ufeffTrà Vinh"',
    '"a\\u200db"',
    '"ព្រះ\\u200cវិហារ"',
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '"' + "ệ" * 5000 + '"',
    '"' + unicodedata.normalize("NFD", "Trà Vinh Phường Hội An") + '"',
    "[" * 40 + "]" * 40,
    "[" * 2000 + "]" * 2000,
    '{"a":' * 30 + "1" + "}" * 30,
    '"2024-02-30"',
    '"9999-99-99"',
    '"2100000001\\n"',
]

PATHS = [
    ("id",),
    ("type",),
    ("subject",),
    ("occurred_on",),
    ("recorded_by",),
    ("document_ref",),
    ("format",),
    ("data",),
    ("data", "name"),
    ("data", "province"),
    ("data", "headcount"),
    ("data", "size"),
    ("data", "size", "declared"),
    ("data", "kind"),
    ("data", "attendance"),
    ("data", "topic"),
    ("data", "topics"),
    ("data", "title"),
    ("unknown",),
]


def _spliced(obj: dict[str, Any], path: tuple[str, ...], raw: str) -> bytes:
    """``obj`` as a JSON line with the value at ``path`` replaced by the JSON text ``raw``."""
    marker = "@@HOSTILE@@"
    copy = orjson.loads(orjson.dumps(obj))
    target = copy
    for step in path[:-1]:
        if not isinstance(target.get(step), dict):
            target[step] = {}
        target = target[step]
    target[path[-1]] = marker
    return orjson.dumps(copy).replace(f'"{marker}"'.encode(), raw.encode("utf-8", "surrogatepass"))


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[bytes, int, tuple[str, ...]]:
    """A valid three-line file with one value of one line replaced (the line number and the
    path of the replaced value)."""
    lines = [_line(obj) for obj in VALID]
    index = draw(st.integers(0, len(VALID) - 1))
    path = draw(st.sampled_from(PATHS))
    raw = draw(
        st.one_of(
            st.sampled_from(HOSTILE_JSON),
            st.integers(-(2**80), 2**80).map(str),
            st.floats(allow_nan=False, allow_infinity=False).map(
                lambda f: orjson.dumps(f).decode()
            ),
            st.text(max_size=300).map(lambda t: orjson.dumps(t).decode()),
        )
    )
    lines[index] = _spliced(VALID[index], path, raw)
    return b"\n".join(lines) + b"\n", index + 1, path


def test_random_bytes_are_refused_clearly(ledger: Ledger, tmp_path: Path) -> None:
    @PROPERTY
    @given(
        st.lists(
            st.one_of(st.binary(max_size=300), st.sampled_from([_line(v) for v in VALID])),
            max_size=6,
        ).map(b"\n".join)
    )
    def check(content: bytes) -> None:
        import_or_refuse(ledger, _file(tmp_path, content))

    check()


def _mutations_hold(ledger: Ledger, tmp_path: Path) -> Callable[..., None]:
    @given(mutated_files())
    def check(case: tuple[bytes, int, tuple[str, ...]]) -> None:
        content, number, path = case
        known = {fact_id for _, fact_id in _log(ledger)}  # from earlier examples
        outcome = import_or_refuse(ledger, _file(tmp_path, content))
        if isinstance(outcome, InvalidRecord) and outcome.record == f"line {number}":
            # The line with the hostile value is named together with its field, or the line
            # as a whole (not JSON, too deep), or a consequence: its subject is unknown, or
            # its id was imported before with other content.
            expected = {"", path[0], "subject"}
            if VALID[number - 1]["id"] in known:
                expected.add("id")
            assert outcome.field.split(".")[0] in expected, (outcome, path)
        if isinstance(outcome, ImportResult):
            for _, fact in ledger.log.scan():
                for text in (fact.recorded_by, fact.document_ref, getattr(fact.data, "name", "")):
                    assert text is None or unicodedata.is_normalized("NFC", text)
                    assert text is None or refused_character(text) is None

    return check


def test_a_hostile_value_anywhere_is_refused_clearly_or_imported(
    ledger: Ledger, tmp_path: Path
) -> None:
    PROPERTY(_mutations_hold(ledger, tmp_path))()


@pytest.mark.slow
def test_hostile_values_long_run(ledger: Ledger, tmp_path: Path) -> None:
    _long(long_run("ANTQ_HOSTILE_EXAMPLES", 2000))(_mutations_hold(ledger, tmp_path))()


# --- the converter on arbitrary JSON values -------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=30,
)


def _envelopes() -> st.SearchStrategy[Any]:
    """Objects shaped like facts, with arbitrary values in some places."""
    keys = st.sampled_from(sorted({*REGISTRATION, *SESSION, "format", "reason", "supersedes"}))
    base = st.sampled_from(VALID).map(lambda v: orjson.loads(orjson.dumps(v)))
    return st.builds(
        lambda obj, changes, data_changes: {
            **obj,
            **changes,
            "data": {**obj["data"], **data_changes} if isinstance(obj["data"], dict) else {},
        },
        base,
        st.dictionaries(keys, json_values, max_size=3),
        st.dictionaries(st.text(max_size=12), json_values, max_size=3),
    )


def _converter_holds(value: Any) -> None:
    try:
        draft = draft_from_json(value, "record 1")
    except InvalidRecord as exc:
        refused = exc
    else:
        assert unicodedata.is_normalized("NFC", draft.recorded_by)
        return
    assert refused.record == "record 1"
    assert "\n" not in str(refused) and len(str(refused)) < 600


@PROPERTY
@given(st.one_of(json_values, _envelopes()))
def test_the_converter_refuses_any_json_value_clearly(value: Any) -> None:
    _converter_holds(value)


@pytest.mark.slow
def test_the_converter_long_run() -> None:
    examples = long_run("ANTQ_HOSTILE_EXAMPLES", 2000)
    _long(examples)(given(st.one_of(json_values, _envelopes()))(_converter_holds))()


# --- encodings ------------------------------------------------------------------------------


def _text_file() -> str:
    return "\n".join(orjson.dumps(v).decode() for v in VALID) + "\n"


@pytest.mark.parametrize(
    ("encoding", "problem"),
    [
        ("utf-8-sig", "byte-order mark; save as UTF-8 without BOM"),
        ("utf-16", "UTF-16 (byte-order mark)"),
        ("utf-16-le", "NUL bytes"),
        ("utf-16-be", "NUL bytes"),
        ("utf-32", "UTF-32 (byte-order mark)"),
        ("utf-32-be", "NUL bytes"),
        ("cp1258", "is not valid UTF-8"),
        ("latin-1", "is not valid UTF-8"),
    ],
)
def test_a_file_in_another_encoding_is_refused_at_line_1(
    ledger: Ledger, tmp_path: Path, encoding: str, problem: str
) -> None:
    content = _text_file().encode(encoding, errors="replace")
    outcome = import_or_refuse(ledger, _file(tmp_path, content))
    assert isinstance(outcome, InvalidRecord)
    assert outcome.record == "line 1" and problem in outcome.problem


def test_the_same_file_in_nfd_is_the_same_facts(ledger: Ledger, tmp_path: Path) -> None:
    """Vietnamese typed decomposed (NFD, as macOS and some keyboards produce) is the same text
    as composed (NFC): the NFD file re-imports as unchanged, and what is stored is NFC."""
    nfc = _text_file()
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc and nfd.encode() != nfc.encode()
    first = import_or_refuse(ledger, _file(tmp_path, nfd.encode(), "nfd.jsonl"))
    assert isinstance(first, ImportResult) and first.written == len(VALID)
    again = import_or_refuse(ledger, _file(tmp_path, nfc.encode(), "nfc.jsonl"))
    assert isinstance(again, ImportResult)
    assert (again.written, again.unchanged) == (0, len(VALID))
    (summary,) = ledger.subjects()
    assert summary.province == "Trà Vinh" == unicodedata.normalize("NFC", "Trà Vinh")
    assert summary.name == REGISTRATION["data"]["name"]


def test_nfd_text_from_the_python_api_is_stored_nfc(ledger: Ledger, tmp_path: Path) -> None:
    """A name typed decomposed through the Python API is stored composed, like a file's: the
    same facts re-imported from the NFC file are unchanged."""
    nfc = _text_file()
    drafts = [
        draft_from_json(orjson.loads(line), f"line {n}")
        for n, line in enumerate(nfc.splitlines(), 1)
    ]
    decomposed = [
        attrs.evolve(
            d,
            recorded_by=unicodedata.normalize("NFD", d.recorded_by),
            data=attrs.evolve(d.data, name=unicodedata.normalize("NFD", d.data.name))
            if isinstance(d.data, SubjectRegistered)
            else d.data,
        )
        for d in drafts
    ]
    assert decomposed != drafts
    assert ledger.record_many(decomposed).written == len(VALID)
    again = import_or_refuse(ledger, _file(tmp_path, nfc.encode(), "nfc.jsonl"))
    assert isinstance(again, ImportResult)
    assert (again.written, again.unchanged) == (0, len(VALID))
    stored = [f.draft() for s in ledger.subjects() for f in ledger.facts(s.id)]
    assert sorted(stored, key=lambda d: d.id) == sorted(drafts, key=lambda d: d.id)


vietnamese = st.text(
    alphabet="aăâeêioôơuưyđAĂÂĐ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    min_size=1,
    max_size=60,
).filter(lambda t: t.strip() != "")


@PROPERTY
@given(vietnamese, vietnamese, st.sampled_from(["NFD", "NFC"]))
def test_any_normalisation_form_gives_the_same_draft(
    name: str, province: str, form: Literal["NFD", "NFC"]
) -> None:
    def registration(n: str, p: str) -> dict[str, Any]:
        obj: dict[str, Any] = orjson.loads(orjson.dumps(REGISTRATION))
        obj["data"]["name"], obj["data"]["province"], obj["recorded_by"] = n, p, n
        return obj

    composed = draft_from_json(registration(name, province), "line 1")
    other = draft_from_json(
        registration(unicodedata.normalize(form, name), unicodedata.normalize(form, province)),
        "line 1",
    )
    assert other == composed


# --- size and depth -------------------------------------------------------------------------


def _huge_line_file(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write(b'{"id":"x","data":"')
        chunk = b"a" * MIB
        for _ in range(size // MIB):
            out.write(chunk)


def test_a_20_mib_line_is_refused_without_reading_it_whole(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    _huge_line_file(path, 20 * MIB)
    tracemalloc.start()
    try:
        outcome = import_or_refuse(ledger, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(outcome, InvalidRecord)
    assert outcome.record == "line 1" and "longer than 1 MiB" in outcome.problem
    assert peak < 4 * MIB, f"peak {peak:,} bytes for a refused line"


@pytest.mark.parametrize(("size", "too_long"), [(MIB, False), (MIB + 1, True)])
def test_the_line_limit_is_1_mib_with_its_newline(
    ledger: Ledger, tmp_path: Path, size: int, too_long: bool
) -> None:
    line = _line(REGISTRATION)
    padded = line + b" " * (size - len(line) - 1) + b"\n"  # JSON allows trailing spaces
    assert len(padded) == size
    outcome = import_or_refuse(ledger, _file(tmp_path, padded))
    if too_long:
        assert isinstance(outcome, InvalidRecord) and "1 MiB" in outcome.problem
    else:
        assert isinstance(outcome, ImportResult) and outcome.written == 1


@pytest.mark.parametrize("depth", [MAX_DEPTH - 2, MAX_DEPTH + 1, 100, 1000, 1023, 1025, 100_000])
def test_deep_nesting_is_refused_before_recursion_trouble(
    ledger: Ledger, tmp_path: Path, depth: int
) -> None:
    nested = "[" * depth + "]" * depth
    content = _spliced(SESSION, ("data", "topic"), nested)
    outcome = import_or_refuse(ledger, _file(tmp_path, _line(REGISTRATION) + b"\n" + content))
    assert isinstance(outcome, InvalidRecord) and outcome.record == "line 2"
    if depth + 2 > MAX_DEPTH:  # the line and data are two levels
        assert "nested" in outcome.problem or "depth" in outcome.problem
    else:
        assert outcome.field == "data.topic"


def test_the_converter_refuses_deep_python_values_without_recursion() -> None:
    value: Any = []
    for _ in range(100_000):
        value = [value]
    obj = {**SESSION, "data": {"topic": value, "attendance": 1}}
    with pytest.raises(InvalidRecord, match="nested more than") as caught:
        draft_from_json(obj, "fact 'tt-1'")
    assert caught.value.field == "data"


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "raw", "problem"),
    [
        (("data", "headcount"), str(2**70), "expected an integer, got float"),
        (("data", "headcount"), str(2**64 - 1), "out of range"),
        (("data", "headcount"), str(MAX_INTEGER + 1), "out of range"),
        (("data", "headcount"), "-1", "zero or more"),
        (("data", "headcount"), "260.0", "expected an integer"),
        (("data", "headcount"), '"260"', "expected an integer"),
        (("data", "headcount"), "true", "expected an integer"),
        (("data", "headcount"), "NaN", "not valid JSON"),
        (("data", "headcount"), "1e999", "not valid JSON"),
        (("occurred_on",), '"20240-01-01"', "ISO date"),
        (("occurred_on",), '"2024-02-30"', "day is out of range"),
        (("format",), str(2**70), "reads format"),
    ],
)
def test_numbers_out_of_range_are_named(
    ledger: Ledger, tmp_path: Path, path: tuple[str, ...], raw: str, problem: str
) -> None:
    content = _spliced(REGISTRATION, path, raw)
    outcome = import_or_refuse(ledger, _file(tmp_path, content))
    assert isinstance(outcome, InvalidRecord) and outcome.record == "line 1"
    assert problem in outcome.problem
    if "JSON" not in problem:
        assert outcome.field == ".".join(path)


@pytest.mark.parametrize("year", [2**70, -(2**70), 1999, 2101])
def test_a_year_out_of_range_given_to_the_converter_is_named(year: int) -> None:
    obj = {**SESSION, "type": "SecurityPlanAdopted", "data": {"year": year}}
    with pytest.raises(InvalidRecord) as caught:
        draft_from_json(obj, "fact 'kh'")
    assert caught.value.field == "data.year" and caught.value.value == year


# --- control characters ---------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x0b", "\r"])
@pytest.mark.parametrize("field", [("recorded_by",), ("data", "name"), ("data", "province")])
def test_control_characters_in_text_are_refused(
    ledger: Ledger, tmp_path: Path, char: str, field: tuple[str, ...]
) -> None:
    content = _spliced(REGISTRATION, field, orjson.dumps(f"Trà{char}Vinh").decode())
    outcome = import_or_refuse(ledger, _file(tmp_path, content))
    assert isinstance(outcome, InvalidRecord)
    assert outcome.field == ".".join(field) and "control characters" in outcome.problem


# Invisible and 8-bit control characters: refused in every text field, named by code point.
INVISIBLE = [
    "\x7f",  # DEL
    "\x85",  # NEXT LINE (C1)
    "\x9b",  # CONTROL SEQUENCE INTRODUCER (C1): the 8-bit terminal escape
    "\u00ad",  # SOFT HYPHEN
    "\u061c",  # ARABIC LETTER MARK
    "\u200b",  # ZERO WIDTH SPACE
    "\u200e",  # LEFT-TO-RIGHT MARK
    "\u200f",  # RIGHT-TO-LEFT MARK
    "\u2028",  # LINE SEPARATOR
    "\u2029",  # PARAGRAPH SEPARATOR
    "\u202a",  # LEFT-TO-RIGHT EMBEDDING
    "\u202b",  # RIGHT-TO-LEFT EMBEDDING
    "\u202c",  # POP DIRECTIONAL FORMATTING
    "\u202d",  # LEFT-TO-RIGHT OVERRIDE
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2060",  # WORD JOINER
    "\u2066",  # LEFT-TO-RIGHT ISOLATE
    "\u2067",  # RIGHT-TO-LEFT ISOLATE
    "\u2068",  # FIRST STRONG ISOLATE
    "\u2069",  # POP DIRECTIONAL ISOLATE
    "\ufeff",  # BYTE ORDER MARK inside text
    "\u200c",  # ZERO WIDTH NON-JOINER between Latin letters
    "\u200d",  # ZERO WIDTH JOINER between Latin letters
]
TEXT_FIELDS = [
    ("recorded_by",),
    ("document_ref",),
    ("data", "name"),
    ("data", "province"),
    ("data", "commune"),
]


def _code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


@pytest.mark.parametrize(
    ("char", "field"),
    [(char, TEXT_FIELDS[i % len(TEXT_FIELDS)]) for i, char in enumerate(INVISIBLE)],
    ids=lambda v: _code_point(v) if isinstance(v, str) else ".".join(v),
)
def test_invisible_characters_in_text_are_refused_by_code_point(
    ledger: Ledger, tmp_path: Path, char: str, field: tuple[str, ...]
) -> None:
    """A name or document number that reads differently from what it holds (bidirectional
    overrides, "Trojan Source"; zero-width and 8-bit control characters) is refused, the code
    point shown, the character itself never printed."""
    content = _spliced(REGISTRATION, field, orjson.dumps(f"12/QĐ{char}-UBND").decode())
    outcome = import_or_refuse(ledger, _file(tmp_path, content))
    assert isinstance(outcome, InvalidRecord)
    assert (outcome.record, outcome.field) == ("line 1", ".".join(field))
    assert _code_point(char) in outcome.problem and "at character 6" in outcome.problem
    assert char not in str(outcome)


# What must stay valid: Vietnamese, its punctuation, no-break spaces, and the joiners inside
# Khmer words (Trà Vinh has Khmer units) and emoji sequences.
ACCEPTED_TEXT = [
    "Công ty TNHH Một thành viên Xổ số kiến thiết Trà Vinh",
    "Số 12/QĐ-UBND – “Trà Vinh” … 5.000.000 ₫, № 3 — ‘Tổ tự quản’",
    "Ấp\u00a0Bến Có, xã Nguyệt Hóa\tnăm 2024\nquý II",
    unicodedata.normalize("NFD", "Ủy ban nhân dân phường Hòa Thuận"),
    "Chùa ព្រះ\u200cវិហារ Âng",
    "Đội 👩\u200d👩\u200d👧 xung kích",
]


@pytest.mark.parametrize("value", ACCEPTED_TEXT)
@pytest.mark.parametrize("field", TEXT_FIELDS, ids=".".join)
def test_vietnamese_text_and_joined_scripts_are_accepted(
    ledger: Ledger, tmp_path: Path, value: str, field: tuple[str, ...]
) -> None:
    content = _spliced(REGISTRATION, field, orjson.dumps(value).decode())
    outcome = import_or_refuse(ledger, _file(tmp_path, content))
    assert isinstance(outcome, ImportResult) and outcome.written == 1, outcome
    (fact,) = [fact for _, fact in ledger.log.scan()]
    stored = fact.data if field[0] == "data" else fact
    assert getattr(stored, field[-1]) == unicodedata.normalize("NFC", value)


@pytest.mark.parametrize("char", INVISIBLE, ids=_code_point)
def test_the_python_api_refuses_invisible_characters_too(ledger: Ledger, char: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        PropagandaSessionHeld(topic=f"Tuyên truyền{char}luật", attendance=1)
    assert caught.value.field == "topic" and _code_point(char) in caught.value.problem
    with pytest.raises(InvalidRecord) as recorded:
        ledger.record(
            SUBJECT,
            PropagandaSessionHeld(topic="Tuyên truyền", attendance=1),
            occurred_on=date(2024, 5, 1),
            recorded_by=f"cán bộ{char}an ninh",
            id="tt-api",
        )
    assert (recorded.value.record, recorded.value.field) == ("fact 'tt-api'", "recorded_by")
    assert char not in str(recorded.value)
    assert _log(ledger) == []


BIDI_CONTROLS = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM", "ALM"}


def _hides_something(value: str) -> bool:
    """A control character (but tab and newline), a lone surrogate, a line or paragraph
    separator, or a bidirectional control: judged from the Unicode database, not
    domain/checks.py."""
    return any(
        (unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") and c not in "\t\n")
        or unicodedata.bidirectional(c) in BIDI_CONTROLS
        for c in value
    )


# Any code point (lone surrogates included), with the refused and the joining ones drawn often.
any_text = st.text(
    st.characters(exclude_categories=())
    | st.sampled_from([*INVISIBLE, "\t", "\n", " ", "a", "ệ", "ក", "👩", "\u0301"]),
    max_size=40,
)


def _text_holds(value: str) -> None:
    """Arbitrary text in a text field: accepted, or refused with a one-line message that shows
    no refused character raw. Nothing that hides a control or a bidirectional character is
    accepted."""
    refused = not value.strip() or refused_character(value) is not None
    if not refused:
        assert not _hides_something(value), repr(value)
        assert PropagandaSessionHeld(topic=value, attendance=1).topic == value
        return
    with pytest.raises(InvalidRecord) as caught:
        PropagandaSessionHeld(topic=value, attendance=1)
    shown = str(caught.value)
    assert caught.value.field == "topic" and "\n" not in shown
    assert refused_character(shown) is None and not _hides_something(shown), shown


@PROPERTY
@given(any_text)
def test_any_text_is_accepted_or_refused_with_a_visible_code_point(value: str) -> None:
    _text_holds(value)


@pytest.mark.slow
def test_any_text_long_run() -> None:
    _long(long_run("ANTQ_HOSTILE_EXAMPLES", 2000))(given(any_text)(_text_holds))()


# --- integers given to the Python API -------------------------------------------------------


INTEGER_FIELDS: list[tuple[Callable[[int], Any], str]] = [
    (lambda n: PropagandaSessionHeld(topic="Tuyên truyền", attendance=n), "attendance"),
    (lambda n: FestivalDayHeld(attendance=n), "attendance"),
    (
        lambda n: BriefingHeld(topics=frozenset(), criteria_briefed=True, staff_reached=n),
        "staff_reached",
    ),
    (lambda n: ProtectionForceEstablished(members=n), "members"),
    (
        lambda n: SizeInputs(sector=Sector.TRADE_SERVICES, insured_employees=n, capital_vnd=1),
        "insured_employees",
    ),
    (
        lambda n: SizeInputs(sector=Sector.TRADE_SERVICES, insured_employees=1, capital_vnd=n),
        "capital_vnd",
    ),
    (lambda n: EmulationCommitmentSigned(year=2024, staff_signed=n), "staff_signed"),
]


@pytest.mark.parametrize(("build", "field"), INTEGER_FIELDS, ids=[f for _, f in INTEGER_FIELDS])
def test_the_python_api_bounds_integers_as_the_importer_does(
    build: Callable[[int], Any], field: str
) -> None:
    assert getattr(build(MAX_INTEGER), field) == MAX_INTEGER
    for too_large in (MAX_INTEGER + 1, 2**64, 10**30):
        with pytest.raises(InvalidRecord, match="out of range") as caught:
            build(too_large)
        assert (caught.value.field, caught.value.value) == (field, too_large)


@PROPERTY
@given(st.integers(-(2**80), 2**80))
def test_any_attendance_is_accepted_or_refused_by_name(number: int) -> None:
    if 0 <= number <= MAX_INTEGER:
        assert PropagandaSessionHeld(topic="Tuyên truyền", attendance=number).attendance == number
        return
    with pytest.raises(InvalidRecord) as caught:
        PropagandaSessionHeld(topic="Tuyên truyền", attendance=number)
    assert (caught.value.field, caught.value.value) == ("attendance", number)


# --- identifiers and normalisation forms ----------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("id",), "tt\u20111"),  # NON-BREAKING HYPHEN, looks like '-'
        (("id",), "tt-\u0430"),  # CYRILLIC SMALL LETTER A, looks like 'a'
        (("id",), unicodedata.normalize("NFD", "tt-ệ")),
        (("id",), "tt-1\u200b"),
        (("subject",), "２１００００００01"),  # FULLWIDTH DIGITS
        (("subject",), "٢١٠٠٠٠٠٠٠١"),  # ARABIC-INDIC DIGITS
        (("data", "rule"), "nq\u200d1"),
    ],
)
def test_identifiers_are_ascii_so_they_have_no_lookalikes(
    ledger: Ledger, tmp_path: Path, field: tuple[str, ...], value: str
) -> None:
    """Fact ids, references to facts and subject identifiers are ASCII letters, digits and a
    little punctuation: no normalisation form or lookalike character makes two of them look the
    same. A lookalike is refused, naming the field."""
    repeal = {
        **SESSION,
        "id": "bq-1",
        "type": "InternalRuleRepealed",
        "data": {"rule": "nq-1"},
    }
    lines = [
        _line(REGISTRATION),
        _line(RULE),
        _spliced(repeal, field, orjson.dumps(value).decode()),
    ]
    outcome = import_or_refuse(ledger, _file(tmp_path, b"\n".join(lines) + b"\n"))
    assert isinstance(outcome, InvalidRecord) and outcome.record == "line 3"
    assert outcome.field == ".".join(field)


_forms = st.sampled_from(["NFC", "NFD"])


def _nfc_nfd_holds(ledger: Ledger, tmp_path: Path) -> Callable[..., None]:
    seen: list[int] = []

    @given(vietnamese, vietnamese, vietnamese, _forms, _forms)
    def check(
        title: str,
        topic: str,
        clerk: str,
        first: Literal["NFC", "NFD"],
        second: Literal["NFC", "NFD"],
    ) -> None:
        seen.append(1)
        n = len(seen)
        base = [
            {**RULE, "id": f"nq-{n}", "data": {**RULE["data"], "title": title}},
            {**SESSION, "id": f"tt-{n}", "data": {"topic": topic, "attendance": n}},
        ]
        for line in base:
            line["recorded_by"] = line["document_ref"] = clerk

        def file(form: Literal["NFC", "NFD"], name: str) -> Path:
            text = "\n".join(orjson.dumps(v).decode() for v in base) + "\n"
            return _file(tmp_path, unicodedata.normalize(form, text).encode(), name)

        once = import_or_refuse(ledger, file(first, "first.jsonl"))
        assert isinstance(once, ImportResult) and once.written == len(base)
        again = import_or_refuse(ledger, file(second, "second.jsonl"))
        assert isinstance(again, ImportResult)
        assert (again.written, again.unchanged) == (0, len(base))
        drafts = [
            draft_from_json(
                orjson.loads(unicodedata.normalize(form, orjson.dumps(v).decode())), "x"
            )
            for v in base
            for form in ("NFC", "NFD")
        ]
        assert drafts[0] == drafts[1] and drafts[2] == drafts[3]
        # A different spelling (not just another form) is a conflict, not a duplicate.
        changed = {**base[0], "data": {**base[0]["data"], "title": title + " mới"}}
        other = _file(tmp_path, _line(changed) + b"\n", "changed.jsonl")
        conflict = import_or_refuse(ledger, other)
        assert isinstance(conflict, InvalidRecord) and conflict.field == "id"

    return check


def test_nfc_and_nfd_spellings_are_the_same_facts_on_re_import(
    ledger: Ledger, tmp_path: Path
) -> None:
    """The same Vietnamese title, topic and clerk in NFC and NFD: equal drafts, and a file
    re-imported in the other form is recognised as the same facts (unchanged), whichever form
    came first; a different spelling with the same id is still a conflict."""
    import_or_refuse(ledger, _file(tmp_path, _line(REGISTRATION) + b"\n", "reg.jsonl"))
    settings(PROPERTY, max_examples=25)(_nfc_nfd_holds(ledger, tmp_path))()


@pytest.mark.slow
def test_nfc_and_nfd_long_run(ledger: Ledger, tmp_path: Path) -> None:
    import_or_refuse(ledger, _file(tmp_path, _line(REGISTRATION) + b"\n", "reg.jsonl"))
    examples = long_run("ANTQ_HOSTILE_EXAMPLES", 2000) // 4  # three imports an example
    _long(examples)(_nfc_nfd_holds(ledger, tmp_path))()


# --- the command line -----------------------------------------------------------------------

COMMANDS = ["import", "status", "explain", "subjects", "verify", "history", "diff", "replay"]
TOKENS = [
    *COMMANDS,
    "audit",
    "--year",
    "--as-of",
    "--known-at",
    "--from",
    "--to",
    "--format",
    "--rulebook",
    "--lang",
    "--db",
    "--no-seal",
    "--check",
    "--role",
    "--unit",
    "system",
    "unit",
    "police",
    "-h",
    "--",
    "-",
    SUBJECT,
    "TT124.D6.K1.p2",
    "2024",
    "1999",
    str(2**70),
    "-5",
    "2024-12-31",
    "31/12/2024",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59-12:00",
    "2024-02-30",
    "json",
    "table",
    "TT124",
    "x\x00y",
    "Trà Vinh",
    unicodedata.normalize("NFD", "Trà Vinh"),
    "a\nb",
    "ệ" * 500,
    "postgresql://u:secret@127.0.0.1:99999/x",
    "postgresql://u:secret@127.0.0.1:5432/x?schema=a%22b",
    "/",
    "/nonexistent/folder/x.sqlite3",
    "missing.jsonl",
    "bad.jsonl",
    "good.jsonl",
]


@pytest.fixture
def cli_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a store holding the valid file, a good and a bad file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANTQ_DB", raising=False)
    (tmp_path / "good.jsonl").write_text(_text_file(), encoding="utf-8")
    (tmp_path / "bad.jsonl").write_bytes(b"\xff\xfe{\x00")
    (tmp_path / "not-a-store.sqlite3").write_text("Sổ theo dõi\n", encoding="utf-8")
    assert main(["--db", "store.sqlite3", "--role", "system", "import", "good.jsonl"]) == 0
    return tmp_path


def run_cli(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit:  # --help (or an abbreviation) prints the help, exits 0
            code = -1 if exit.code != 0 or "usage: antq" not in out.getvalue() else 0
    return code, err.getvalue()


def _cli_holds(argv: list[str]) -> None:
    code, err = run_cli(["--db", "store.sqlite3", *argv])
    assert code in (0, 1, 2), (argv, code)
    if code:
        assert err.startswith("antq: error: ") and err.count("\n") == 1, (argv, err)


@pytest.mark.usefixtures("cli_folder")
def test_random_arguments_give_one_line_errors() -> None:
    PROPERTY(
        given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=20), max_size=7))(_cli_holds)
    )()


@pytest.mark.usefixtures("cli_folder")
@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["import", "x\x00y"], 2),
        (["--db", "x\x00y", "subjects"], 2),
        (["--db", "postgresql://u:secret@127.0.0.1:99999/x", "subjects"], 2),
        (["--db", "postgresql://u:secret@h/x?schema=a%22b", "subjects"], 2),
        (["--db", "/nonexistent/folder/x.sqlite3", "subjects"], 2),
        (["--db", "/", "subjects"], 2),
        (["status", SUBJECT, "--year", str(2**70)], 2),
        (["diff", SUBJECT, "--year", "2024", "--from", "0001-01-01T00:00", "--to", "now"], 2),
        (["--role", "system", "import", "missing.jsonl"], 1),
        (["--role", "system", "import", "bad.jsonl"], 1),
        (["--role", "system", "import", "/"], 1),
        (["status", "a\nb", "--year", "2024"], 1),
        (["--db", "not-a-store.sqlite3", "subjects"], 1),
    ],
)
def test_hostile_arguments_exit_with_one_line(argv: list[str], code: int) -> None:
    got, err = run_cli(argv if "--db" in argv else ["--db", "store.sqlite3", *argv])
    assert got == code, err
    assert err.startswith("antq: error: ") and err.count("\n") == 1, err
    assert "secret" not in err
