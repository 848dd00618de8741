"""Every argument of ``antq`` has bounds and a one-line error (issue 16, item 9): no
traceback, no MemoryError, nothing opened or written for a value out of range."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from antq_compliance import InvalidRecord, Ledger
from antq_compliance.cli.main import main
from antq_compliance.domain.policy import SYSTEM
from builders import registration


def run_cli(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "antq.sqlite3")


FOLLOW = ["follow", "--once"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        ([*FOLLOW, "--years", "2000-2100000000"], "years out of range 2000-2100"),
        ([*FOLLOW, "--years", "2024-99999999999999999999"], "not a year, a range"),
        ([*FOLLOW, "--years", "2025-2022"], "ends before it starts"),
        ([*FOLLOW, "--years", "2024,"], "not a year, a range"),
        ([*FOLLOW, "--years", "２０２４"], "not a year, a range"),  # fullwidth digits
        ([*FOLLOW, "--years", "2_024"], "not a year, a range"),
        ([*FOLLOW, "--years", "2024", "--poll", "nan"], "seconds between polls must be"),
        ([*FOLLOW, "--years", "2024", "--poll", "inf"], "seconds between polls must be"),
        ([*FOLLOW, "--years", "2024", "--poll=-inf"], "seconds between polls must be"),
        ([*FOLLOW, "--years", "2024", "--poll", "0"], "seconds between polls must be"),
        ([*FOLLOW, "--years", "2024", "--poll", "1e308"], "seconds between polls must be"),
        ([*FOLLOW, "--years", "2024", "--poll", "soon"], "not a number of seconds"),
        ([*FOLLOW, "--years", "2024", "--batch", "0"], "a batch is a whole number"),
        ([*FOLLOW, "--years", "2024", "--batch", str(10**30)], "a batch is a whole number"),
        ([*FOLLOW, "--years", "2024", "--batch", "1.5"], "a batch is a whole number"),
        (["status", "2100000001", "--year", "1e3"], "not a year"),
        (["status", "2100000001", "--year", "2_024"], "not a year"),
        (["status", "2100000001", "--year", "9" * 5000], "not a year"),
        (["status", "2100000001", "--year", "2024", "--as-of", "0001-01-01"], "out of range"),
        (["status", "2100000001", "--year", "2024", "--as-of", "9999-12-31"], "out of range"),
        (["status", "2100000001", "--year", "2024", "--known-at", "0001-01-01"], "out of range"),
        (["status", "2100000001", "--year", "2024", "--known-at", "9999-01-01"], "out of range"),
        (["replay", "--year", "20245"], "year out of range"),
        (["history", "2100000001", "--year", "2024", "--as-of", "31/12/1800"], "out of range"),
        (["diff", "2100000001", "--year", "2024", "--from", "1066-10-14T09:00"], "out of range"),
        (["report", "province", "Trà Vinh", "--year", "3000"], "year out of range"),
    ],
)
def test_out_of_bounds_arguments_get_one_line(db: str, argv: list[str], words: str) -> None:
    code, err = run_cli(["--db", db, *argv])
    assert code == 2, err
    assert err.startswith("antq: error: ") and err.count("\n") == 1, err
    assert words in err
    assert not Path(db).exists()  # refused before the store was opened


def test_a_huge_key_file_is_not_read(db: str, tmp_path: Path) -> None:
    big = tmp_path / "big.key"
    big.write_bytes(b"A" * 10_000_000)
    code, err = run_cli(["--db", db, "--key-file", str(big), "--role", "system", "import", "-"])
    assert code == 1 and err.count("\n") == 1
    assert "is not a key file (more than 1024 bytes" in err
    code, err = run_cli(
        ["--db", db, "--key-file", str(tmp_path), "--role", "system", "import", "-"]
    )
    assert code == 1 and err.count("\n") == 1


def test_years_in_range_still_work(db: str) -> None:
    from antq_compliance.cli.args import batch_arg, poll_arg, years_arg

    assert years_arg("2022-2025") == [2022, 2023, 2024, 2025]
    assert years_arg("2024,2022-2023,2024") == [2024, 2022, 2023]
    assert years_arg(" 2000 - 2100 ")[-1] == 2100
    assert poll_arg("0.5") == 0.5 and batch_arg("5000") == 5000


BIDI = "ND13\u202eĐ16"


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--legal-basis", BIDI, "must not contain the invisible character U+202E"),
        ("--legal-basis", "ND13\x1b[2JĐ16", "must not contain control characters (U+001B"),
        ("--legal-basis", " ", "must not be blank"),
        ("--by", "dpo\u2066-01", "must not contain the invisible character U+2066"),
        ("--by", "dpo\x07", "must not contain control characters (U+0007"),
        ("--by", "x" * 201, "must be at most 200 characters"),
    ],
)
def test_erasure_reasons_refuse_what_a_fact_refuses(
    db: str, option: str, value: str, problem: str
) -> None:
    with Ledger(db, actor=SYSTEM) as ledger:
        ledger.record_many([registration()])
        head = ledger.head()
    argv = {"--legal-basis": "ND13 Đ16", "--by": "dpo-01", option: value}
    code, err = run_cli(
        [
            "--db",
            db,
            "--role",
            "police",
            "erase",
            "NV-00417",
            *[x for kv in argv.items() for x in kv],
        ]
    )
    assert code == 1 and err.count("\n") == 1, err
    field = "legal_basis" if option == "--legal-basis" else "recorded_by"
    assert err.startswith(f"antq: error: erasure: field '{field}' = ")
    assert problem in err
    assert "\u202e" not in err and "\x1b" not in err  # named by code point, never shown
    with Ledger(db, actor=SYSTEM) as ledger:
        assert ledger.head() == head
        with pytest.raises(InvalidRecord, match="U\\+202E"):
            ledger.erase(
                "NV-00417", legal_basis=BIDI, recorded_by="dpo-01", occurred_on=date(2025, 1, 1)
            )
