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
    code, out, _ = run(capsys, "--db", db, "--role", "system", "import", str(EXAMPLE))
    assert code == 0 and "197 dữ kiện mới" in out
    code, out, _ = run(
        capsys, "--db", db, "--lang", "en", "--role", "system", "import", str(EXAMPLE)
    )
    assert code == 0 and "0 facts written, 197 already present" in out
    assert run(capsys, "--db", db, "--role", "system", "import", str(LATE))[0] == 0

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
        "note_vi": None,
    }
    assert body["rulebook"] == [
        {"instrument": "TT124", "version": "2022-02-10.2", "interpretation": {}}
    ]
    p2 = next(c for c in body["criteria"] if c["id"] == "TT124.D6.K1.p2")
    assert p2["status"] == "not_met" and p2["evidence"] == ["ts-kh-2024", "ts-dk-2024"]
    assert set(p2) >= {"id", "status", "provisional", "evidence", "reason_vi", "reason_en", "due"}
    assert [c["id"] for c in body["criteria"] if c["status"] == "not_met"] == ["TT124.D6.K1.p2"]
    assert body["as_of"] == {"business": "2024-12-31", "known_at": None}
    assert body["provisional"] is False
    assert "PROV" not in out, "no result cites a retired provisional id"

    code, out, _ = run(
        capsys, "--db", db, "status", "2100000001", "--year", "2024", "--as-of", "2024-12-31"
    )
    assert code == 0 and "Công ty Điện lực Trà Vinh" in out
    assert "Kết quả: ĐẠT — Đạt: cả 16 tiêu chí áp dụng đều đạt" in out
    board = " ".join(out.split())  # the reasons unwrapped
    assert "✘" not in board
    assert "✔ TT124.D6.K2 đạt Cuộc họp kiểm điểm đánh giá đạt ngày 15/11/2024" in board
    assert "✔ TT124.D6.K3.g đạt Không để xảy ra trường hợp nào trong kỳ (1 vụ việc không tính" in (
        board  # the minor fire of 18/06/2024 is below the threshold of point g
    )
    assert "✔ TT124.D6.K4 đạt Lực lượng bảo vệ đạt Hoàn thành tốt nhiệm vụ năm 2024" in board
    assert "✔ TT124.D6.K5 đạt 4/5 (80%) đầu mối trực thuộc" in board

    code, out, _ = run(
        capsys,
        "--db",
        db,
        "--lang",
        "en",
        "explain",
        "2100000003",
        "TT124.D6.K3.g",
        "--year",
        "2024",
        "--as-of",
        "2024-12-31",
    )
    assert code == 0
    assert "Status: not met" in out and "Occurred: fire or explosion (serious) on 2024-08-07" in out
    assert "may-chay" in out and "provisional" not in out

    code, out, _ = run(
        capsys,
        "--db",
        db,
        "--lang",
        "en",
        "explain",
        "2100000005",
        "TT124.D6.K5",
        "--year",
        "2024",
        "--as-of",
        "2024-12-31",
    )
    assert code == 0 and "Status: not met" in out
    assert "Only 3/5 (60%) sub-units advanced or rated well (70% or more needed)" in out

    code, out, _ = run(capsys, "--db", db, "subjects", "--format", "json")
    assert code == 0
    assert [s["id"] for s in json.loads(out)] == [
        *(f"210000000{n}" for n in range(1, 7)),
        "29254",
        "29254-KHOM3",
        "29293",
        "29293-KHOM2",
        "8401234",
    ]
    code, out, _ = run(capsys, "--db", db, "subjects")
    assert "Công ty TNHH May mặc Hưng Phát Việt Nam" in out and "Sở Tư pháp tỉnh Trà Vinh" in out


def test_errors_are_one_line_with_a_nonzero_exit(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").splitlines()[0] + "\nnot json\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", db, "--role", "system", "import", str(bad))
    assert code == 1 and err.count("\n") == 1 and "dòng 2" in err  # --lang vi, the default
    code, out, _ = run(capsys, "--db", db, "subjects", "--format", "json")
    assert json.loads(out) == [], "the failed import wrote nothing"

    code, _, err = run(capsys, "--db", db, "status", "2100000001", "--year", "2024")
    assert code == 1 and "not registered" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db, "status", "2100000001", "--year", "20x4")
    assert code == 2 and "not a year" in err
    code, _, err = run(
        capsys, "--db", db, "--role", "system", "import", str(tmp_path / "missing.jsonl")
    )
    assert code == 1 and "missing.jsonl" in err
    run(capsys, "--db", db, "--role", "system", "import", str(EXAMPLE))
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
    assert out.count("Kết quả:") == 11
    # Each unit of the example shows what its README row says: the verdict, and the criteria
    # not met (✘) with their clause ids; the garment factory's fire came in late.jsonl.
    expected = {
        "2100000001": ("ĐẠT", []),
        "2100000002": ("CHƯA ĐẠT", ["TT124.D6.K1.p2"]),
        "2100000003": ("CHƯA ĐẠT", ["TT124.D6.K3.g"]),
        "2100000004": ("KHÔNG THUỘC ĐỐI TƯỢNG", []),
        "2100000005": ("CHƯA ĐẠT", ["TT124.D6.K5"]),
        "2100000006": ("CHƯA ĐẠT", ["TT124.D6.K3.h"]),
        "29254": ("ĐẠT", []),  # Phường 1: Khóm 3 and the seafood company recognised, 2/2
        "29254-KHOM3": ("ĐẠT", []),
        "29293": ("CHƯA ĐẠT", ["TT124.D5.K4"]),  # Thị trấn Cầu Kè: 1 of its 2 units, 50%
        "29293-KHOM2": ("ĐẠT", []),
        "8401234": ("ĐẠT", []),  # the high school
    }
    boards = {b.split()[0]: b for b in out.split("\n\n")[1:-1]}
    assert sorted(boards) == sorted(expected)
    for subject, (verdict, failing) in expected.items():
        board = boards[subject]
        line = next(x for x in board.splitlines() if x.startswith("  Kết quả:"))
        assert line.startswith(f"  Kết quả: {verdict} — "), (subject, line)
        assert not line.startswith(f"  Kết quả: {verdict} *"), "nothing is provisional"
        not_met = [x.split()[1] for x in board.splitlines() if x.startswith("  ✘")]
        assert not_met == failing, (subject, not_met)
    flat = {subject: " ".join(board.split()) for subject, board in boards.items()}  # unwrapped
    assert (
        "✘ TT124.D6.K5 chưa đạt Chỉ 3/5 (60%) đầu mối trực thuộc đạt Tập thể lao động tiên tiến "
        "hoặc Hoàn thành tốt nhiệm vụ trở lên (cần từ 70% trở lên)" in flat["2100000005"]
    )
    assert "✔ TT124.D6.K4 đạt Lực lượng bảo vệ đạt Hoàn thành tốt nhiệm vụ" in flat["2100000005"]
    assert (  # no coordination document with the police is not a failure of clause 2
        "✔ TT124.D6.K2 đạt Không có đánh giá nào cho thấy chưa thực hiện đầy đủ trong kỳ (không "
        "có văn bản phối hợp với lực lượng Công an: quy chế, chương trình, kế hoạch)"
        in flat["2100000005"]
    )
    assert (
        "✘ TT124.D6.K3.h chưa đạt CC-STP-0417 bị xử phạt vi phạm hành chính (phạt tiền 1.000.000 "
        "đồng về hành vi gây rối trật tự công cộng) trong lĩnh vực an ninh, trật tự ngày 12/07/2024"
        in flat["2100000006"]
    )
    assert "✔ TT124.D6.K5 đạt 4/5 (80%) đầu mối trực thuộc" in flat["2100000001"]
    # Each kind reports its own article's criteria, in its own window.
    ids = {
        s: [x.split()[1] for x in b.splitlines() if x.startswith("  ✔")] for s, b in boards.items()
    }
    assert ids["29254-KHOM3"][:3] == ["TT124.D4.K1.p1", "TT124.D4.K1.p2", "TT124.D4.K2"]
    assert ids["29254-KHOM3"][-1] == "TT124.D4.K5" and len(ids["29254-KHOM3"]) == 15
    assert "kỳ đánh giá 01/11/2023–31/10/2024 (TT124.D8.K2.a)" in flat["29254-KHOM3"]
    assert ids["29254"] == [
        "TT124.D5.K1.p1",
        "TT124.D5.K1.p2",
        "TT124.D5.K1.p3",
        "TT124.D5.K2",
        "TT124.D5.K3",
        "TT124.D5.K4",
    ]
    assert ids["8401234"][0] == "TT124.D7.K1.p1" and ids["8401234"][-1] == "TT124.D7.K6"
    assert (
        "✔ TT124.D5.K4 đạt 100% đơn vị do xã quản lý đã đăng ký; 2/2 (100%) được công nhận đạt "
        "tiêu chuẩn" in flat["29254"]
    )
    assert (
        "✘ TT124.D5.K4 chưa đạt 2 đơn vị do xã quản lý: mới có 1/2 (50%) được công nhận (cần từ "
        "70% trở lên)" in flat["29293"]
    )
    assert (
        "✔ TT124.D4.K1.p2 đạt 100% hộ gia đình đang cư trú đã đăng ký (412/412 hộ"
        in (flat["29254-KHOM3"])
    )
    scope = "Doanh nghiệp siêu nhỏ (xác định theo Nghị định 80 trên số liệu năm trước"
    assert scope in flat["2100000004"]
    assert not list(tmp_path.iterdir()), "the demo uses a temporary store"
    assert "Năm 2024: 3 phát hiện" in out
    findings = [x.split()[1:3] for x in out.split("Năm 2024: 3 phát hiện", 1)[1].splitlines()[1:]]
    assert findings == [
        ["2100000002", "recognised_against_record"],
        ["2100000002", "no_police_representative"],
        ["2100000002", "dossier_incomplete"],
    ]


def test_history_diff_and_audit(
    capsys: pytest.CaptureFixture[str], store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import antq_compliance.application.base as ledger_module
    from antq_compliance.store.eventlog import EventLog

    moments = iter(
        [
            datetime(2025, 1, 2, 1, 0, tzinfo=UTC),
            datetime(2025, 2, 10, 1, 0, tzinfo=UTC),
        ]
    )
    monkeypatch.setattr(ledger_module, "_system_clock", lambda: next(moments))
    # PostgreSQL records with the database's clock by default: this test plays the process's.
    monkeypatch.setattr(EventLog, "clock", lambda self: None)
    assert run(capsys, "--db", store, "--role", "system", "import", str(EXAMPLE))[0] == 0
    assert run(capsys, "--db", store, "--role", "system", "import", str(LATE))[0] == 0

    code, out, _ = run(
        capsys, "--db", store, "--lang", "en", "history", "2100000003", "--year", "2024"
    )
    assert code == 0
    assert "achieved → not achieved  [may-chay]" in out
    assert "TT124.D6.K3.g    met → not met: Occurred: fire or explosion (serious)" in out

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
    assert [c["id"] for c in body["criteria"]] == ["TT124.D6.K3.g"]
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


def test_a_tt23_board_reads_its_window_note_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    """Issue 17: the Vietnamese board of a TT23 year printed its window note in English."""
    assert run(capsys, "--db", db, "--role", "system", "import", str(EXAMPLE))[0] == 0
    asked = ("status", "2100000001", "--year", "2021", "--as-of", "2021-12-31")
    code, vi, _ = run(capsys, "--db", db, *asked)
    assert code == 0
    assert "Thông tư 23 không quy định kỳ đánh giá" in vi and "fixes no" not in vi
    code, en, _ = run(capsys, "--db", db, "--lang", "en", *asked)
    assert "TT23 fixes no evaluation window" in en and "không quy định" not in en
    code, out, _ = run(capsys, "--db", db, *asked, "--format", "json")
    window = json.loads(out)["window"]
    assert window["clause"] is None and window["note_vi"].startswith("Thông tư 23")
