"""The ``antq`` command line: outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from antq_compliance.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"
LATE = EXAMPLE.with_name("late.jsonl")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(store: str) -> str:
    return store


def test_import_status_explain_subjects(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "import", str(EXAMPLE))
    assert code == 0 and "58 dữ kiện mới" in out
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import", str(EXAMPLE))
    assert code == 0 and "0 facts written, 58 already present" in out
    assert run(capsys, "--db", db, "import", str(LATE))[0] == 0

    code, out, _ = run(
        capsys,
        "--db",
        db,
        "status",
        "2100000002",
        "--year",
        "2024",
        "--as-of",
        "31/12/2024",
        "--format",
        "json",
    )
    body = json.loads(out)
    assert code == 0
    assert body["verdict"] == "not_achieved"
    assert body["window"] == {
        "start": "2023-11-16",
        "end": "2024-11-15",
        "clause": "TT124.D8.K2.b",
        "note": None,
    }
    assert body["rulebook"] == [
        {"instrument": "TT124", "version": "2022-02-10", "interpretation": {}}
    ]
    p2 = next(c for c in body["criteria"] if c["id"] == "TT124.D6.K1.p2")
    assert p2["status"] == "not_met" and p2["evidence"] == ["ts-kh-2024", "ts-dk-2024"]
    assert set(p2) >= {"id", "status", "provisional", "evidence", "reason_vi", "reason_en", "due"}
    assert body["as_of"] == {"business": "2024-12-31", "known_at": None}
    assert body["provisional"] is True

    code, out, _ = run(
        capsys, "--db", db, "status", "2100000001", "--year", "2024", "--as-of", "2024-12-31"
    )
    assert (
        code == 0
        and "ĐẠT" in out
        and "Công ty Điện lực Trà Vinh" in out
        and "TT124.D6.PROV1*" in out
    )

    code, out, _ = run(
        capsys,
        "--db",
        db,
        "--lang",
        "en",
        "explain",
        "2100000003",
        "TT124.D6.PROV1",
        "--year",
        "2024",
        "--as-of",
        "2024-12-31",
    )
    assert (
        code == 0
        and "fire or explosion on 2024-08-07" in out
        and "may-chay" in out
        and "provisional" in out
    )

    code, out, _ = run(capsys, "--db", db, "subjects", "--format", "json")
    assert code == 0 and [s["id"] for s in json.loads(out)][:2] == ["2100000001", "2100000002"]
    code, out, _ = run(capsys, "--db", db, "subjects")
    assert "Công ty TNHH May mặc Hưng Phát Việt Nam" in out


def test_errors_are_one_line_with_a_nonzero_exit(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").splitlines()[0] + "\nnot json\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 1 and err.count("\n") == 1 and "line 2" in err
    code, out, _ = run(capsys, "--db", db, "subjects", "--format", "json")
    assert json.loads(out) == [], "the failed import wrote nothing"

    code, _, err = run(capsys, "--db", db, "status", "2100000001", "--year", "2024")
    assert code == 1 and "not registered" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db, "status", "2100000001", "--year", "20x4")
    assert code == 2 and "not a year" in err
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "missing.jsonl"))
    assert code == 1 and "missing.jsonl" in err
    run(capsys, "--db", db, "import", str(EXAMPLE))
    code, _, err = run(capsys, "--db", db, "explain", "2100000001", "TT124.D99", "--year", "2024")
    assert code == 1 and "TT124.D99" in err
    code, _, err = run(
        capsys, "--db", db, "status", "2100000001", "--year", "2011", "--as-of", "2011-12-31"
    )
    assert code == 1 and "no rule version" in err


def test_demo_prints_every_board(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert out.count("Kết quả:") == 4
    for name, verdict in [
        ("Công ty Điện lực Trà Vinh", "ĐẠT *"),
        ("Công ty Cổ phần Thủy sản Cửu Long Trà Vinh", "CHƯA ĐẠT *"),
        ("Công ty TNHH May mặc Hưng Phát Việt Nam", "CHƯA ĐẠT *"),
        ("Công ty TNHH Dịch vụ Vận tải Sáu Nhơn", "KHÔNG THUỘC ĐỐI TƯỢNG"),
    ]:
        board = out.split(name, 1)[1].split("Kết quả:", 1)[1].splitlines()[0]
        assert board.strip().startswith(verdict), (name, board)
    assert not list(tmp_path.iterdir()), "the demo uses a temporary store"
    assert "Năm 2024: 3 phát hiện" in out and "recognised_against_record" in out


def test_history_diff_and_audit(
    capsys: pytest.CaptureFixture[str], store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import antq_compliance.application.base as ledger_module

    moments = iter(
        [
            datetime(2025, 1, 2, 1, 0, tzinfo=UTC),
            datetime(2025, 2, 10, 1, 0, tzinfo=UTC),
        ]
    )
    monkeypatch.setattr(ledger_module, "_system_clock", lambda: next(moments))
    assert run(capsys, "--db", store, "import", str(EXAMPLE))[0] == 0
    assert run(capsys, "--db", store, "import", str(LATE))[0] == 0

    code, out, _ = run(
        capsys, "--db", store, "--lang", "en", "history", "2100000003", "--year", "2024"
    )
    assert code == 0
    assert "achieved → not achieved  [may-chay]" in out
    assert "TT124.D6.PROV1" in out

    code, out, _ = run(
        capsys,
        "--db",
        store,
        "diff",
        "2100000003",
        "--year",
        "2024",
        "--from",
        "2025-01-03T00:00",
        "--to",
        "2025-02-11T00:00",
        "--format",
        "json",
    )
    body = json.loads(out)
    assert code == 0
    assert (body["verdict_before"], body["verdict_after"]) == ("achieved", "not_achieved")
    assert [c["id"] for c in body["criteria"]] == ["TT124.D6.PROV1"]
    assert [f["id"] for f in body["facts"]] == ["may-chay"]

    code, out, _ = run(capsys, "--db", store, "audit", "--year", "2024", "--format", "json")
    assert code == 1, "an error-level finding makes the audit exit non-zero"
    assert {f["code"] for f in json.loads(out)} == {
        "recognised_against_record",
        "no_police_representative",
        "dossier_incomplete",
    }
    code, out, _ = run(capsys, "--db", store, "audit", "--year", "2023")
    assert code == 0 and "no findings" not in out and "không có phát hiện" in out
