"""Progress of long work (issue 17): the library tells a callback and prints nothing; the
command line draws bars on a terminal only and closes with a summary line (time and rate)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from antq_compliance import Actor, Ledger, Role
from antq_compliance.application.progress import EVERY, count_lines, counted
from antq_compliance.cli.main import main
from antq_compliance.cli.progress import Bars, summary

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"
Calls = list[tuple[str, int, "int | None"]]


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_the_library_tells_the_callback_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: Calls = []
    with Ledger(str(tmp_path / "p.sqlite3"), actor=Actor(Role.SYSTEM)) as ledger:
        result = ledger.import_jsonl(EXAMPLE, progress=lambda *c: calls.append(c))
        assert result.written == 197
        stages = [stage for stage, _, _ in calls]
        assert stages == ["read", "read", "check", "check", "write", "write"], "start and end"
        assert calls[0] == ("read", 0, count_lines(EXAMPLE)) and calls[1] == ("read", 197, 197)
        assert calls[2:] == [
            ("check", 0, 197),
            ("check", 197, 197),
            ("write", 0, 197),
            ("write", 197, 197),
        ]
        calls.clear()
        projection = ledger.replay([2024], progress=lambda *c: calls.append(c))
        assert (
            calls[-1]
            == ("replay", projection.position, projection.position)
            == (
                "replay",
                197,
                197,
            )
        )
        calls.clear()
        assert ledger.replay_differences(projection, progress=lambda *c: calls.append(c)) == []
        assert calls[-1] == ("compare", 11, 11), "one item per subject"
    assert capsys.readouterr() == ("", "")


def test_counted_reports_every_thousand_and_at_the_end() -> None:
    calls: Calls = []
    items = list(counted(range(2 * EVERY + 5), "check", None, lambda *c: calls.append(c)))
    assert items == list(range(2 * EVERY + 5))
    assert calls == [
        ("check", 0, None),
        ("check", EVERY, None),
        ("check", 2 * EVERY, None),
        ("check", 2 * EVERY + 5, 2 * EVERY + 5),
    ]
    assert list(counted("ab", "read", 2, None)) == ["a", "b"], "no callback, no cost"


def test_count_lines(tmp_path: Path) -> None:
    for text, lines in (("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("a\n\nb\n", 3)):
        (tmp_path / "f").write_text(text)
        assert count_lines(tmp_path / "f") == lines, text


def test_import_draws_a_bar_on_a_terminal_and_closes_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    db = str(tmp_path / "bar.sqlite3")
    assert main(["--db", db, "--lang", "en", "import", "--role", "system", str(EXAMPLE)]) == 0
    drawn = terminal.getvalue()
    assert "check: 100%" in drawn and "197/197" in drawn and "facts/s" in drawn
    assert "read:" in drawn and "lines/s" in drawn
    out = capsys.readouterr().out
    assert out.startswith(f"{EXAMPLE}: 197 facts written, 0 already present; 197 facts in ")
    assert out.endswith(" facts/s)\n") and out.count("\n") == 1


def test_no_bar_when_standard_error_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "quiet.sqlite3")
    assert main(["--db", db, "import", "--role", "system", str(EXAMPLE)]) == 0
    assert main(["--db", db, "replay", "--year", "2024", "--check"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "197 dữ kiện mới, 0 đã có; 197 dữ kiện trong " in out and " dữ kiện/giây)" in out


def test_replay_draws_its_bars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert main(["--db", db, "import", "--role", "system", str(EXAMPLE)]) == 0
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", db, "replay", "--year", "2024", "--check"]) == 0
    drawn = terminal.getvalue()
    # antq replay keeps no facts: one subject's stream at a time
    assert "dựng lại: 100%" in drawn and "11/11" in drawn and "đơn vị/s" in drawn
    assert "đối chiếu: 100%" in drawn
    assert "events/s" in capsys.readouterr().out, "the closing line: time and rate"


def test_summary_in_both_languages() -> None:
    assert summary(2000, ("dữ kiện", "facts"), 4.0, "en") == "2000 facts in 4.00 s (500 facts/s)"
    assert (
        summary(200_000, ("dữ kiện", "facts"), 67.25, "vi")
        == "200000 dữ kiện trong 67,25 giây (2.974 dữ kiện/giây)"
    )
    assert Bars("vi", io.StringIO()).enabled is False


def test_verify_and_follow_tell_their_progress_and_draw_bars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17, item 2: verify (rows walked) and the follower's catch-up (notifications
    applied) tell the callback; the command line draws them on a terminal only."""
    from antq_compliance.application.follow import StatusFollower

    db = str(tmp_path / "v.sqlite3")
    calls: Calls = []
    with Ledger(db, actor=Actor(Role.SYSTEM)) as ledger:
        ledger.import_jsonl(EXAMPLE)
        assert ledger.verify(progress=lambda *c: calls.append(c)).ok
    assert calls[0] == ("verify", 0, 197) and calls[-1] == ("verify", 197, 197)
    calls.clear()
    with StatusFollower(db, [2024]) as follower:
        report = follower.catch_up(batch=50, progress=lambda *c: calls.append(c))
    assert report.notifications == 197
    assert calls[0] == ("follow", 0, 197) and calls[-1] == ("follow", 197, 197)
    assert [done for _, done, _ in calls] == sorted(done for _, done, _ in calls)
    assert capsys.readouterr() == ("", "")

    other = str(tmp_path / "w.sqlite3")
    assert main(["--db", other, "import", "--role", "system", str(EXAMPLE)]) == 0
    capsys.readouterr()
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", other, "--lang", "en", "verify"]) == 0
    assert main(["--db", other, "--lang", "en", "follow", "--years", "2024", "--once"]) == 0
    drawn = terminal.getvalue()
    assert "verify: 100%" in drawn and "197/197" in drawn and "rows/s" in drawn
    assert "catch up: 100%" in drawn and "notifications/s" in drawn


def test_a_report_tells_the_facts_it_brings_its_projection_up_to_date_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17, item 2: ``antq report`` catches its saved projection up with a bar; the next
    call has nothing left to apply."""
    db = str(tmp_path / "r.sqlite3")
    assert main(["--db", db, "--role", "system", "import", str(EXAMPLE)]) == 0
    calls: Calls = []
    with Ledger(db) as ledger:
        ledger.province_report("Trà Vinh", 2024, former=True, progress=lambda *c: calls.append(c))
    assert calls[0] == ("report", 0, 197) and calls[-1] == ("report", 197, 197)
    capsys.readouterr()
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    asked = ["--db", db, "--lang", "en", "report", "province", "Trà Vinh", "--former"]
    assert main([*asked, "--year", "2024", "--format", "csv", "--out", "-"]) == 0
    assert "report: 100%" in terminal.getvalue() and "197/197" in terminal.getvalue()
    again = Terminal()
    monkeypatch.setattr(sys, "stderr", again)
    assert main([*asked, "--year", "2024", "--format", "csv", "--out", "-"]) == 0
    assert "197/197" not in again.getvalue(), "the saved projection was up to date"
