"""`antq spec-report signoff CLAUSE`: a reviewer records a verdict by command, with the clause's
current fingerprint; bad input is one line (exit 2) and writes nothing; `--check` fails on a
stale or "needs change" sign-off.

Every test writes to a sign-off file of its own (``--signoffs`` or ``$ANTQ_SIGNOFF``), never
to the repository's ``reviews/signoff.toml``; most read a small feature folder of their own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from antq_compliance.cli.main import main
from antq_compliance.spec.implementations import fingerprint
from antq_compliance.spec.signoff import load_signoffs

ROOT = Path(__file__).resolve().parents[2]
REPO_SIGNOFF = ROOT / "reviews" / "signoff.toml"

FEATURE = """# language: vi
Tính năng: Thử ghi ý kiến rà soát
  @TT124.D6.K4
  Quy tắc: Lực lượng bảo vệ được xếp loại
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Lực lượng bảo vệ đạt danh hiệu
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "đạt"

    Kịch bản: Lực lượng bảo vệ xếp loại thấp
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K4" là "chưa đạt"
"""


@pytest.fixture
def features(tmp_path: Path) -> Path:
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "thu.feature").write_text(FEATURE, "utf-8")
    return folder


@pytest.fixture(autouse=True)
def _repository_record_untouched(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.delenv("ANTQ_SIGNOFF", raising=False)
    before = REPO_SIGNOFF.read_bytes()
    yield None
    assert REPO_SIGNOFF.read_bytes() == before


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def signoff(
    capsys: pytest.CaptureFixture[str], features: Path, record: Path, *argv: str
) -> tuple[int, str, str]:
    return run(
        capsys,
        "spec-report",
        "signoff",
        *argv,
        "--features",
        str(features),
        "--signoffs",
        str(record),
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_signoff_is_recorded_with_the_current_fingerprint(
    tmp_path: Path, features: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "signoff.toml"

    code, out, err = signoff(
        capsys,
        features,
        record,
        "TT124.D6.K4",
        "--reviewer",
        "Phòng Pháp chế, Công an tỉnh (thử)",
        "--verdict",
        "đồng ý",
        "--note",
        "Khớp với văn bản",
        "--date",
        "01/12/2025",
    )

    assert (code, err) == (0, "")
    (entry,) = load_signoffs(record).values()
    assert entry.clause == "TT124.D6.K4"
    assert entry.verdict == "approved"
    assert entry.reviewer == "Phòng Pháp chế, Công an tỉnh (thử)"
    assert entry.date == date(2025, 12, 1)
    assert entry.source == "Thông tư 124/2021/TT-BCA"  # the instrument, by default
    assert entry.comment == "Khớp với văn bản"
    assert entry.fingerprint == fingerprint("TT124.D6.K4", features)
    assert out == (
        f"TT124.D6.K4: đã ghi ý kiến đồng ý của Phòng Pháp chế, Công an tỉnh (thử) ngày "
        f"2025-12-01, mã kiểm {entry.fingerprint} vào {record}\n"
    )
    assert leftovers(tmp_path) == []


def test_signing_again_replaces_the_entry_in_place_and_keeps_the_header(
    tmp_path: Path, features: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "signoff.toml"
    record.write_text("# Sổ ý kiến rà soát (thử)\n# dòng chú thích thứ hai\n", "utf-8")
    for clause_id in ("TT124.D6.K4", "TT124.D6.K5"):
        code, _, _ = signoff(
            capsys, features, record, clause_id, "--reviewer", "A", "--verdict", "approved"
        )
        assert code == 0

    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "spec-report",
        "--features",
        str(features),
        "--signoffs",
        str(record),
        "signoff",
        "TT124.D6.K4",
        "--reviewer",
        "B",
        "--verdict",
        "cần sửa",
        "--note",
        'Thiếu "cảnh cáo"\ntrở lên',
        "--source",
        "Công báo số thử, trang 3",
    )

    assert code == 0 and out.startswith("TT124.D6.K4: recorded needs change by B on ")
    text = record.read_text("utf-8")
    assert text.startswith("# Sổ ý kiến rà soát (thử)\n# dòng chú thích thứ hai\n")
    loaded = load_signoffs(record)
    assert list(loaded) == ["TT124.D6.K4", "TT124.D6.K5"]  # in place, not appended
    assert (loaded["TT124.D6.K4"].verdict, loaded["TT124.D6.K4"].reviewer) == ("needs_change", "B")
    assert loaded["TT124.D6.K4"].comment == 'Thiếu "cảnh cáo"\ntrở lên'
    assert loaded["TT124.D6.K4"].source == "Công báo số thử, trang 3"
    assert loaded["TT124.D6.K5"].reviewer == "A"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["TT124.D6.K9", "--reviewer", "A", "--verdict", "approved"],
            "spec-report signoff: clause 'TT124.D6.K9': not a clause id of the catalogue",
        ),
        (
            ["TT124.D6.K4", "--reviewer", "", "--verdict", "approved"],
            "spec-report signoff: reviewer '': must not be empty",
        ),
        (
            ["TT124.D6.K4", "--reviewer", "  ", "--verdict", "đồng ý"],
            "spec-report signoff: reviewer '  ': must not be empty",
        ),
        (
            ["TT124.D6.K4", "--reviewer", "A", "--verdict", "ok"],
            "spec-report signoff: verdict 'ok': must be one of approved, needs_change, "
            'cannot_verify, "đồng ý", "chấp thuận", "cần sửa", "không thể đối chiếu"',
        ),
        (
            ["TT124.D6.K4", "--reviewer", "A", "--verdict", "needs_change"],
            "spec-report signoff: note '': must say why, for the verdict 'needs_change'",
        ),
        (
            ["TT124.D6.K4", "--reviewer", "A", "--verdict", "approved", "--date", "31/02/2025"],
            "spec-report signoff: date '31/02/2025': not a date (YYYY-MM-DD or dd/mm/yyyy)",
        ),
        (
            ["TT124.D6.K4", "--verdict", "approved"],
            "thiếu tham số bắt buộc: --reviewer",  # argparse's words, in the default language
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path,
    features: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    record = tmp_path / "signoff.toml"
    absent = tmp_path / "absent.toml"
    record.write_text("# trống\n", "utf-8")

    for target in (record, absent):
        code, out, err = signoff(capsys, features, target, *argv)

        assert (code, out) == (2, "")
        assert err == f"antq: error: {message}\n"
    assert record.read_text("utf-8") == "# trống\n"
    assert not absent.exists()
    assert leftovers(tmp_path) == []


def test_an_invalid_record_or_feature_folder_fails_and_writes_nothing(
    tmp_path: Path, features: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "signoff.toml"
    record.write_text("[[signoff]\n", "utf-8")
    ok = ("TT124.D6.K4", "--reviewer", "A", "--verdict", "approved")

    code, _, err = signoff(capsys, features, record, *ok)
    assert code == 1 and "not valid TOML" in err and err.count("\n") == 1
    assert record.read_text("utf-8") == "[[signoff]\n"

    fresh = tmp_path / "fresh.toml"
    code, _, err = signoff(capsys, tmp_path / "no-features", fresh, *ok)
    assert code == 1 and "no such folder of feature files" in err
    assert not fresh.exists()
    assert leftovers(tmp_path) == []


def test_the_record_can_come_from_the_environment(
    tmp_path: Path,
    features: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = tmp_path / "env.toml"
    monkeypatch.setenv("ANTQ_SIGNOFF", str(record))

    code, _, _ = run(
        capsys,
        "spec-report",
        "signoff",
        "TT124.D6.K4",
        "--reviewer",
        "A",
        "--verdict",
        "approved",
        "--features",
        str(features),
    )
    assert code == 0 and list(load_signoffs(record)) == ["TT124.D6.K4"]

    argv = ("TT124.D6.K4", "--reviewer", "B", "--verdict", "cần sửa", "--note", "Sửa lại")
    code, _, _ = run(capsys, "spec-report", "signoff", *argv, "--features", str(features))
    assert code == 0 and load_signoffs(record)["TT124.D6.K4"].verdict == "needs_change"

    code, out, _ = run(capsys, "spec-report", "--check", "--features", str(features))
    assert "TT124.D6.K4: signed off as needs_change by B: Sửa lại" in out.splitlines()


def check_lines(capsys: pytest.CaptureFixture[str], features: Path, record: Path) -> list[str]:
    code, out, _ = run(
        capsys, "spec-report", "--check", "--features", str(features), "--signoffs", str(record)
    )
    assert code == 1  # the small folder lacks most clauses anyway
    return [line for line in out.splitlines() if line.startswith("TT124.D6.K4:")]


def test_check_fails_on_a_needs_change_signoff_naming_the_reviewer_and_the_note(
    tmp_path: Path, features: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "signoff.toml"
    assert check_lines(capsys, features, record) == []

    signoff(
        capsys,
        features,
        record,
        "TT124.D6.K4",
        "--reviewer",
        "Phòng Pháp chế",
        "--verdict",
        "cần sửa",
        "--note",
        "Phải tính cả kỷ luật khiển trách",
    )

    assert check_lines(capsys, features, record) == [
        "TT124.D6.K4: signed off as needs_change by Phòng Pháp chế: "
        "Phải tính cả kỷ luật khiển trách"
    ]


def test_check_fails_on_a_stale_signoff(
    tmp_path: Path, features: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "signoff.toml"
    signoff(
        capsys,
        features,
        record,
        "TT124.D6.K4",
        "--reviewer",
        "Phòng Pháp chế",
        "--verdict",
        "approved",
        "--date",
        "2025-12-01",
    )
    recorded = fingerprint("TT124.D6.K4", features)
    assert check_lines(capsys, features, record) == []

    path = features / "thu.feature"
    path.write_text(path.read_text("utf-8").replace("xếp loại thấp", "xếp loại trung bình"))
    now = fingerprint("TT124.D6.K4", features)

    assert now != recorded
    assert check_lines(capsys, features, record) == [
        f"TT124.D6.K4: the sign-off of 2025-12-01 by Phòng Pháp chế is stale (recorded "
        f"{recorded}, now {now}): review it again"
    ]
    # recording it again with the current fingerprint clears it
    signoff(capsys, features, record, "TT124.D6.K4", "--reviewer", "B", "--verdict", "approved")
    assert check_lines(capsys, features, record) == []
