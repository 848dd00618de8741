"""An import reports every bad line in one pass, in the language asked for, and writes nothing
(issue 17, item 3); duplicate keys are refused; errors never echo the file's content beyond
the field value they name (issue 16, item 10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from antq_compliance import InvalidRecord, Ledger
from antq_compliance.cli.main import main
from antq_compliance.codec.facts import draft_to_json
from antq_compliance.domain.errors import InvalidRecords
from antq_compliance.domain.messages import problem_text, record_errors
from antq_compliance.domain.policy import SYSTEM
from builders import SUBJECT, compliant_year, registration

GOOD = [draft_to_json(d) for d in [registration(), *compliant_year(2024)]]


def _session(n: int, attendance: Any = 40) -> dict[str, Any]:
    return {
        "id": f"tt-{n}",
        "type": "PropagandaSessionHeld",
        "subject": SUBJECT,
        "occurred_on": "2024-03-01",
        "recorded_by": "clerk-1",
        "data": {"topic": "Phòng chống ma tuý", "attendance": attendance},
    }


def _write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def _three_bad(tmp_path: Path) -> Path:
    lines = [orjson.dumps(line) for line in GOOD]
    lines.insert(1, b'{"id": "x", oops')  # line 2: not JSON
    lines.insert(4, orjson.dumps(_session(1, attendance=True)))  # line 5: a boolean count
    lines.append(orjson.dumps({**_session(2), "type": "NoSuchFact"}))  # the last: unknown type
    return _write(tmp_path / "three-bad.jsonl", lines)


def _cli(store: str, lang: str, file: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(["--db", store, "--lang", lang, "--role", "system", "import", str(file)])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    return captured.err.splitlines()


def test_three_bad_lines_are_reported_in_one_pass(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = _three_bad(tmp_path)
    last = len(GOOD) + 3
    english = _cli(store, "en", file, capsys)
    assert english == [
        "antq: error: line 2: record = '<17 bytes>': is not valid JSON (unexpected "
        "character, expected a string key: line 1 column 13 (char 12))",
        "antq: error: line 5: field 'data.attendance' = True: expected an integer, got bool",
        f"antq: error: line {last}: field 'type' = 'NoSuchFact': unknown fact type (see "
        "docs/events.md for the list)",
    ]
    vietnamese = _cli(store, "vi", file, capsys)
    assert vietnamese == [
        "antq: error: dòng 2: bản ghi = '<17 bytes>': không phải JSON hợp lệ (ở cột 13; "
        "bộ đọc JSON báo: unexpected character, expected a string key)",
        "antq: error: dòng 5: trường 'data.attendance' = True: cần một số nguyên, nhận được bool",
        f"antq: error: dòng {last}: trường 'type' = 'NoSuchFact': loại dữ kiện không có (xem "
        "danh sách ở docs/events.md)",
    ]
    with Ledger(store) as ledger:
        assert ledger.head() == 0  # nothing written


def test_the_list_stops_at_twenty_and_counts_the_rest(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [orjson.dumps(GOOD[0])]
    lines += [orjson.dumps(_session(n, attendance=-n)) for n in range(1, 26)]
    file = _write(tmp_path / "many.jsonl", lines)
    with Ledger(store, actor=SYSTEM) as ledger, pytest.raises(InvalidRecords) as refused:
        ledger.import_jsonl(file)
    error = refused.value
    assert (error.total, len(error.problems), error.unlisted) == (25, 20, 5)
    assert [p.record for p in error.problems] == [f"line {n}" for n in range(2, 22)]
    assert (error.record, error.field, error.value) == ("line 2", "data.attendance", -1)
    assert str(error).endswith("must be zero or more (and 24 more bad records)")
    english = _cli(store, "en", file, capsys)
    assert len(english) == 21 and english[-1] == "antq: error: and 5 more bad lines"
    vietnamese = _cli(store, "vi", file, capsys)
    assert vietnamese[0] == "antq: error: dòng 2: trường 'data.attendance' = -1: phải từ 0 trở lên"
    assert vietnamese[-1] == "antq: error: và 5 dòng lỗi khác"


def test_one_problem_per_subject_once_every_line_is_well_formed(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Lines well-formed on their own, wrong against their stream: the first problem of each
    subject is reported (the later facts of a subject depend on it)."""
    other = "2100000002"
    lines = [
        orjson.dumps(GOOD[0]),
        orjson.dumps({**_session(1), "subject": other}),  # line 2: not registered
        orjson.dumps(draft_to_json(registration())),  # line 3: the same line again: fine
        orjson.dumps({**GOOD[0], "id": "reg-again"}),  # line 4: registered twice
    ]
    with pytest.raises(InvalidRecords) as refused:
        ledger.import_jsonl(_write(tmp_path / "streams.jsonl", lines))
    assert [(p.record, p.field) for p in refused.value.problems] == [
        ("line 2", "subject"),
        ("line 4", "subject"),
    ]
    assert ledger.head() == 0


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (b'{"id": "a", "id": "b", "type": "x"}', "id"),
        (
            b'{"id":"tt-1","type":"PropagandaSessionHeld","subject":"2100000001",'
            b'"occurred_on":"2024-03-01","recorded_by":"c","data":{"topic":"x",'
            b'"attendance":5,"attendance":500}}',
            "attendance",
        ),
        (b'{"a\\nb": 1, "a\\nb": 2}', "a\\nb"),
    ],
)
def test_a_key_given_twice_is_refused(
    ledger: Ledger, tmp_path: Path, line: bytes, field: str
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        ledger.import_jsonl(_write(tmp_path / "twice.jsonl", [line]))
    assert str(refused.value) == (
        f"line 1: field '{field}' = '<twice>': this key appears twice in one object: give each "
        "field once"
    )
    assert ledger.head() == 0


def test_a_colon_in_a_text_is_not_a_second_key(ledger: Ledger, tmp_path: Path) -> None:
    session = _session(1)
    session["data"]["topic"] = 'Chủ đề: "an ninh": mạng'  # looks like keys, is text
    lines = [orjson.dumps(GOOD[0]), orjson.dumps(session)]
    assert ledger.import_jsonl(_write(tmp_path / "colon.jsonl", lines)).written == 2


SECRET = b"hunter2-very-secret-value"


@pytest.mark.parametrize(
    "content",
    [
        b"password=" + SECRET + b"\n",  # a file given by mistake
        b"-----BEGIN PRIVATE KEY-----\n" + SECRET + b"\n",
        b'"' + SECRET + b'"\n',  # JSON, but not an object
        b'[1, 2, "' + SECRET + b'"]\n',
        b"\xff" + SECRET + b"\n",  # not UTF-8
        SECRET + b"\x00" + SECRET + b"\n",  # NUL bytes
    ],
)
def test_errors_never_echo_the_file(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    file = tmp_path / "not-events.txt"
    file.write_bytes(content)
    for lang in ("en", "vi"):
        err = _cli(store, lang, file, capsys)
        assert err and all(
            line.startswith(("antq: error: line ", "antq: error: dòng ")) for line in err
        )
        assert not any(b"hunter2" in line.encode() for line in err), err


def test_every_problem_of_reading_a_line_is_in_vietnamese(ledger: Ledger, tmp_path: Path) -> None:
    """Each problem an ill-formed line gets while it is read is in the catalogue."""
    lines = [
        b'{"id": "x", oops',
        b'"text"',
        b'{"id": "a", "id": "b"}',
        b"\xff{}",
        b"a\x00b",
        orjson.dumps({**_session(1), "extra": 1}),
        orjson.dumps({**_session(2), "recorded_by": None}),
        orjson.dumps({**_session(3), "recorded_by": 5}),
        orjson.dumps({**_session(4), "type": "Nope"}),
        orjson.dumps({**_session(5), "occurred_on": "1/3/2024"}),
        orjson.dumps(_session(6, attendance=2.5)),
        orjson.dumps(_session(7, attendance=-1)),
        orjson.dumps(_session(8, attendance=2**60)),
        orjson.dumps({**_session(9), "data": {"topic": " ", "attendance": 1}}),
        orjson.dumps({**_session(10), "data": {"topic": "a\u202eb", "attendance": 1}}),
        orjson.dumps({**_session(11), "data": {"topic": "a\x07b", "attendance": 1}}),
        orjson.dumps({**_session(12), "data": {"topic": "x" * 400, "attendance": 1}}),
        orjson.dumps({**_session(13), "data": {"attendance": 1}}),
        orjson.dumps({**_session(14), "data": {"topic": "x", "attendance": 1, "n": 2}}),
        orjson.dumps({**_session(15), "id": "bad id"}),
    ]
    with pytest.raises(InvalidRecords) as refused:
        ledger.import_jsonl(_write(tmp_path / "all.jsonl", lines))
    assert refused.value.total == len(lines)
    for problem in refused.value.problems:
        assert problem_text(problem.problem, "vi") != problem.problem, problem
    rendered = record_errors(refused.value, "vi")
    assert rendered[0].startswith("dòng 1: bản ghi = ")
    assert all(line.startswith("dòng ") for line in rendered)
