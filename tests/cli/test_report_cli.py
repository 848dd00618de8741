"""`antq report province`: every format, --explain, and bad input (one line, exit 2).

The log is the hand-built one of ``report_log.py``, written once into a SQLite file; each
output is compared with the library's own report, not with numbers copied here.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.cli.render.province import BOM, report_html
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.projections.reports.figures import FIGURE_KEYS, ProvinceReport
from conftest import FakeClock
from report_log import B, C, fill

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("report") / "report.sqlite3")
    clock = FakeClock()
    with Ledger(path, clock=clock, actor=SYSTEM) as ledger:
        fill(ledger, clock)
    return path


@pytest.fixture(scope="module")
def expected(db: str) -> Callable[..., ProvinceReport]:
    def report(province: str, year: int, **kwargs: object) -> ProvinceReport:
        with Ledger(db, actor=SYSTEM) as ledger:
            return ledger.province_report(province, year, **kwargs)  # type: ignore[arg-type]

    return report


@pytest.fixture
def run(db: str, capsys: pytest.CaptureFixture[str]) -> Run:
    def runner(*args: str, database: str = db) -> tuple[int, str, str]:
        code = main(["--db", database, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return runner


def test_table_is_vietnamese_by_default(run: Run, expected: Callable[..., ProvinceReport]) -> None:
    code, out, err = run("report", "province", "Vĩnh Long", "--year", "2024")
    assert (code, err) == (0, "")
    assert out.startswith("Báo cáo kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc")
    assert "gồm địa bàn các tỉnh trước sắp xếp: Vĩnh Long, Bến Tre, Trà Vinh" in out
    report = expected("Vĩnh Long", 2024)
    attendance = f"{report.value('attendance'):,}".replace(",", ".")
    assert re.search(rf"Lượt người dự tuyên truyền\s+{re.escape(attendance)}\s+\[attendance\]", out)
    shown = report.figure("registered.state_owned")
    assert f"{shown.value}/{shown.of}  100,0%  [registered.state_owned]" in out


def test_english_labels_with_lang_en_before_or_after(run: Run) -> None:
    _, before, _ = run("--lang", "en", "report", "province", "Vĩnh Long", "--year", "2024")
    _, after, _ = run("report", "province", "Vĩnh Long", "--year", "2024", "--lang", "en")
    assert before == after
    assert "Registered for the standard: state-owned enterprises" in after
    assert "Lượt người dự" not in after


def test_json_is_the_report(run: Run, expected: Callable[..., ProvinceReport]) -> None:
    code, out, _ = run(
        "report", "province", "Trà Vinh", "--former", "--year", "2025", "--format", "json"
    )
    body = json.loads(out)
    report = expected("Trà Vinh", 2025, former=True)
    assert code == 0
    assert [f["key"] for f in body["figures"]] == list(FIGURE_KEYS)
    assert {f["key"]: f["value"] for f in body["figures"]} == {
        f.key: f.value for f in report.figures
    }
    assert (body["province"], body["former"], body["until"]) == ("Trà Vinh", True, "2025-06-30")
    # Its last year is read as of its last day, units, verdicts and models alike (item 9).
    assert body["as_of"] == {
        "business": "2025-06-30",
        "known_at": None,
        "asked": "2025-12-31",
        "rule": "until",
    }
    assert body["communes"] == []
    assert sum(m["sessions"] for m in body["by_month"]) == report.value("sessions")


def test_a_former_province_s_last_year_says_which_day_it_is_read_as_of(run: Run) -> None:
    code, out, _ = run("report", "province", "Trà Vinh", "--former", "--year", "2025")
    assert code == 0
    assert out.splitlines()[2] == (
        "Số liệu tính đến ngày 30/06/2025, ngày cuối cùng tỉnh Trà Vinh tồn tại trước sắp xếp "
        "(không phải ngày 31/12/2025 như yêu cầu): đơn vị, kết quả đánh giá và mô hình đều tính "
        "đến ngày này; dữ liệu ghi nhận: toàn bộ"
    )
    _, out, _ = run("--lang", "en", "report", "province", "Trà Vinh", "--former", "--year", "2024")
    assert out.splitlines()[2] == "Figures as of 2024-12-31; facts known: everything recorded"


def test_csv_has_one_row_per_figure(run: Run, expected: Callable[..., ProvinceReport]) -> None:
    _, out, _ = run("report", "province", "Vĩnh Long", "--year", "2024", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.removeprefix(BOM))))
    report = expected("Vĩnh Long", 2024)
    assert len(rows) == 1 + len(FIGURE_KEYS)
    by_key = {r[2]: r for r in rows[1:]}
    private = report.figure("registered.private")
    assert by_key["registered.private"][4:] == [str(private.value), str(private.of), "0.0000"]
    assert by_key["sessions"][3] == "Buổi tuyên truyền trực tiếp"


_ENGLISH_WORD = re.compile(r"\b(province|year|key|figure|value|of|share)\b", re.I)


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("vi", ["Tỉnh", "Năm", "Mã", "Chỉ tiêu", "Số liệu", "Trên tổng số", "Tỷ lệ (0-1)"]),
        ("en", ["Province", "Year", "Key", "Figure", "Value", "Of", "Share (0-1)"]),
    ],
)
def test_csv_starts_with_a_bom_and_its_header_is_in_the_language_asked(
    run: Run, tmp_path: Path, lang: str, header: list[str]
) -> None:
    target = tmp_path / f"bao-cao-{lang}.csv"
    args = ("report", "province", "Vĩnh Long", "--year", "2024", "--format", "csv")
    code, _, _ = run("--lang", lang, *args, "--out", str(target))
    raw = target.read_bytes()
    assert code == 0 and raw.startswith(b"\xef\xbb\xbf")  # what Excel needs to read UTF-8
    assert raw.count(b"\xef\xbb\xbf") == 1
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == header
    if lang == "vi":
        assert not [cell for cell in rows[0] if _ENGLISH_WORD.search(cell)]
    else:
        assert all(cell.isascii() for cell in rows[0])
    # The rows' labels follow the header's language.
    labels = {r[2]: r[3] for r in rows[1:]}
    assert labels["sessions"] == (
        "Buổi tuyên truyền trực tiếp" if lang == "vi" else "Direct propaganda sessions"
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_explained_figure_as_csv_has_a_bom_and_a_header_in_one_language(
    run: Run, lang: str
) -> None:
    _, out, _ = run(
        "--lang", lang, "report", "province", "Vĩnh Long", "--year", "2024",
        "--explain", "registered.foreign_invested", "--format", "csv",
    )  # fmt: skip
    assert out.startswith(BOM) and out.count(BOM) == 1
    rows = list(csv.reader(io.StringIO(out.removeprefix(BOM))))
    expected_header = {
        "vi": ["Mã", "Mã đơn vị", "Tên đơn vị", "Số lượng", "Ghi chú", "Dữ kiện"],
        "en": ["Key", "Unit", "Name", "Amount", "Note", "Facts"],
    }[lang]
    assert rows[0] == expected_header
    assert [(r[0], r[1], r[5]) for r in rows[1:]] == [
        ("registered.foreign_invested", C, "C-dk-2024")
    ]


def test_markdown_tables(run: Run) -> None:
    _, out, _ = run("report", "province", "Vĩnh Long", "--year", "2024", "--format", "md")
    assert out.startswith("# Báo cáo")
    assert "## Tuyên truyền" in out and "|---|---:|---:|---|" in out
    assert "`verdicts.achieved`" in out


def test_explain_lists_units_and_events(run: Run) -> None:
    code, out, _ = run(
        "report",
        "province",
        "Vĩnh Long",
        "--year",
        "2024",
        "--explain",
        "registered.foreign_invested",
        "--format",
        "json",
    )
    body = json.loads(out)
    assert code == 0
    assert body["figure"]["value"] == len(body["items"]) == 1
    assert body["items"][0]["subject"] == C and body["items"][0]["events"] == ["C-dk-2024"]
    _, text, _ = run("report", "province", "Vĩnh Long", "--year", "2024", "--explain", "attendance")
    assert "B-tt-1-sua" in text and "B-tt-1," not in text and B in text


def test_as_of_and_known_at_reach_the_report(
    run: Run, expected: Callable[..., ProvinceReport]
) -> None:
    args = ("report", "province", "Vĩnh Long", "--year", "2024", "--format", "json")
    _, out, _ = run(*args, "--known-at", "2025-03-01T00:00", "--as-of", "2024-12-31")
    body = json.loads(out)
    figures = {f["key"]: f["value"] for f in body["figures"]}
    assert figures["registered.private"] == 1  # before the retraction was recorded
    assert body["as_of"]["known_at"].startswith("2025-02-28T17:00")
    assert figures["attendance"] != expected("Vĩnh Long", 2024, as_of=date(2024, 12, 31)).value(
        "attendance"
    )


def test_html_is_one_self_contained_page_with_three_charts(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    code, out, _ = run(
        "report",
        "province",
        "Vĩnh Long",
        "--year",
        "2024",
        "--format",
        "html",
        "--out",
        str(target),
    )
    page = target.read_text(encoding="utf-8")
    assert code == 0 and out.strip() == str(target)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="vi">' in page
    assert page.count("<svg") == 3
    assert "Tỷ lệ đăng ký tiêu chuẩn theo loại hình doanh nghiệp" in page
    assert "Buổi tuyên truyền và lượt người dự theo tháng" in page
    assert not re.search(r'(src|href)="(?!#)', page)  # nothing to fetch
    assert "@media print" in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # three inline charts, no shared ids


def test_html_in_english(expected: Callable[..., ProvinceReport]) -> None:
    page = report_html(expected("Vĩnh Long", 2024), "en")
    assert '<html lang="en">' in page and "Registration for the standard, by ownership" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Atlantis", "--year", "2024"), "unknown province 'Atlantis'"),
        (("Vĩnh Long", "--year", "2019"), "no data for Vĩnh Long in 2019"),
        (("Trà Vinh", "--year", "2024"), "Trà Vinh has been part of Vĩnh Long since 01/07/2025"),
        (("Vĩnh Long", "--year", "2024", "--format", "pdf"), "lựa chọn không hợp lệ: 'pdf'"),
        (("Vĩnh Long", "--year", "2024", "--explain", "nope"), "unknown figure 'nope'"),
        (("Vĩnh Long", "--year", "2024", "--explain", "sessions", "--format", "html"), "not html"),
        (("Vĩnh Long", "--year", "20x4"), "not a year"),
        (("Vĩnh Long", "--year", "2005"), "no report for 2005: no rule version governs"),
        (("Vĩnh Long", "--year", "2024", "--as-of", "31-12-2024"), "not a date"),
        (("Vĩnh Long", "--year", "2024", "--known-at", "0001-01-01T00:00"), "out of range"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run: Run, args: tuple[str, ...], message: str) -> None:
    code, out, err = run("report", "province", *args)
    assert code == 2 and out == ""
    assert err.startswith("antq: error: ") and message in err
    assert err.count("\n") == 1


def test_the_report_reads_either_store(run: Run, store: str, clock: FakeClock) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        fill(ledger, clock)
        expected = ledger.province_report("Trà Vinh", 2024, former=True)
    code, out, _ = run(
        "report",
        "province",
        "Trà Vinh",
        "--former",
        "--year",
        "2024",
        "--format",
        "json",
        database=store,
    )
    assert code == 0
    assert {f["key"]: f["value"] for f in json.loads(out)["figures"]} == {
        f.key: f.value for f in expected.figures
    }


def test_an_encrypted_store_is_reported_with_its_key(
    run: Run, store: str, clock: FakeClock, tmp_path: Path
) -> None:
    key = base64.b64encode(os.urandom(32)).decode("ascii")
    with Ledger(store, clock=clock, cipher_key=key, actor=SYSTEM) as ledger:
        fill(ledger, clock)
        expected = ledger.province_report("Trà Vinh", 2024, former=True)
    args = ("report", "province", "Trà Vinh", "--former", "--year", "2024", "--format", "json")
    code, _, err = run(*args, database=store)
    assert code == 1 and "is encrypted: give its key" in err
    key_file = tmp_path / "antq.key"
    key_file.write_text(key + "\n", encoding="ascii")
    code, out, _ = run("--key-file", str(key_file), *args, database=store)
    assert code == 0
    assert {f["key"]: f["value"] for f in json.loads(out)["figures"]} == {
        f.key: f.value for f in expected.figures
    }
