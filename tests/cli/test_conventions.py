"""The conventions of ``antq`` as a command-line tool (issue 17): version, usage, global
options anywhere, ``-`` for standard input and output, help in two languages with examples,
shell completion, exit statuses, one-line errors (pipes, encodings), read-only commands that do
not create a store, a plain install that names the extra a feature needs."""

from __future__ import annotations

import argparse
import io
import json
import os
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from antq_compliance import Ledger
from antq_compliance.cli.help_text import COMMAND_HELP, OPTION_HELP_VI, choose_lang
from antq_compliance.cli.main import READ_ONLY, main
from antq_compliance.cli.parser import GLOBAL_OPTIONS, build_parser

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "example.sqlite3")
    assert (
        main(
            [
                "--db",
                db,
                "import",
                "--role",
                "system",
                "--recorded-at",
                "2025-01-02T09:00",
                str(EXAMPLE),
            ]
        )
        == 0
    )
    capsys.readouterr()
    return db


def _antq(*argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "LANG": "C.UTF-8", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "antq_compliance.cli", *argv],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


# --- version, usage, global options ---------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"antq {metadata.version('antq-compliance')}\n", "")


def test_a_bare_call_prints_the_usage_and_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert err.startswith("cách dùng: antq")
    for command in ("import", "status", "report", "completion", "spec-report"):
        assert f"\n    {command} " in err
    code, out, err = run(capsys, "--lang", "en", "--help")
    assert code == 0 and out.startswith("usage: antq") and "Exit status" in out
    # Options without a command: one line, as for any usage error.
    assert run(capsys, "--lang", "en", "--db", "x.sqlite3") == (
        2,
        "",
        "antq: error: a command is missing (antq --help lists them)\n",
    )


def test_global_options_go_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], example: str
) -> None:
    asked = ("status", "2100000001", "--year", "2024", "--as-of", "2024-12-31")
    before = run(capsys, "--db", example, "--lang", "en", *asked)
    after = run(capsys, *asked, "--db", example, "--lang", "en")
    between = run(capsys, "--lang", "en", "status", "--db", example, *asked[1:])
    assert before == after == between
    assert before[0] == 0 and "Year 2024 · window" in before[1]
    # Given twice, the one after the command wins; given once before it, it stands.
    code, out, _ = run(capsys, "--lang", "en", *asked, "--db", example, "--lang", "vi")
    assert code == 0 and "Kết quả: ĐẠT" in out and "Năm 2024" in out
    code, out, _ = run(capsys, "--db", example, "--lang", "en", "subjects")
    assert code == 0 and "Name" in out
    # Every global option is accepted after every command.
    parser = build_parser("en")
    for command in ("status", "import", "report", "verify", "follow", "spec-report"):
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[
            command
        ]
        assert set(GLOBAL_OPTIONS) <= set(sub._option_string_actions), command


def test_import_dash_reads_standard_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "piped.sqlite3")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    code, out, err = run(capsys, "import", "--role", "system", "-", "--db", db, "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("stdin: 197 facts written, 0 already present; 197 facts in ")
    assert not Path("-").exists()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": 1}\n')))
    code, _, err = run(capsys, "import", "--role", "system", "-", "--db", db)
    assert code == 1 and "dòng 1" in err and err.count("\n") == 1  # in the default language


def test_report_out_dash_is_standard_output(
    capsys: pytest.CaptureFixture[str],
    example: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    asked = ("report", "province", "Trà Vinh", "--former", "--year", "2024", "--format", "csv")
    code, out, _ = run(capsys, "--db", example, *asked, "--out", "-")
    assert code == 0 and "Trà Vinh,2024" in out
    assert not (tmp_path / "-").exists()
    assert run(capsys, "--db", example, *asked) == (code, out, "")


def test_recorded_at_fixes_the_recording_instant(
    capsys: pytest.CaptureFixture[str], example: str
) -> None:
    asked = ("status", "2100000001", "--year", "2024", "--as-of", "2024-12-31", "--db", example)
    code, _, err = run(capsys, *asked, "--known-at", "2025-01-02T08:59")
    assert code == 1 and "first recorded at 2025-01-02T02:00:00+00:00" in err
    assert run(capsys, *asked, "--known-at", "2025-01-02T09:00")[0] == 0
    code, _, err = run(
        capsys, "--db", example, "import", "--role", "system", "--recorded-at", "2199-01-01", "x"
    )
    assert code == 2 and "in the future" in err
    late = str(EXAMPLE.with_name("late.jsonl"))
    code, _, err = run(
        capsys, "--db", example, "import", "--role", "system", "--recorded-at", "2025-01-01", late
    )
    assert code == 2 and err.count("\n") == 1
    assert "is before the last fact of the store, recorded at 2025-01-02T02:00:00+00:00" in err
    assert (
        run(
            capsys,
            "--db",
            example,
            "import",
            "--role",
            "system",
            "--recorded-at",
            "2025-02-10",
            late,
        )[0]
        == 0
    )


# --- help, in two languages, with examples ----------------------------------------------------


def _subcommands(
    parser: argparse.ArgumentParser, path: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                key = f"{path} {name}".strip()
                found += [(key, child), *_subcommands(child, key)]
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_subcommand_has_a_description_and_examples(lang: str) -> None:
    commands = _subcommands(build_parser(lang))
    assert {name for name, _ in commands} == set(COMMAND_HELP)
    for name, parser in commands:
        text = parser.format_help()
        assert COMMAND_HELP[name].description[lang].split()[0] in text, name
        heading = "ví dụ:" if lang == "vi" else "examples:"
        assert f"\n{heading}\n  antq " in text or f"\n{heading}\n  eval " in text, name
        for example in COMMAND_HELP[name].examples:
            assert example in text


def test_every_option_help_has_its_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    untranslated = []
    for parser in [build_parser("en"), *(p for _, p in _subcommands(build_parser("en")))]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            if action.help in (None, argparse.SUPPRESS):
                untranslated.append(f"{parser.prog} {action.dest}: no help")
            elif action.help not in OPTION_HELP_VI:
                untranslated.append(f"{parser.prog} {action.dest}: {action.help}")
    assert untranslated == []
    code, vi, _ = run(capsys, "--help")
    assert code == 0 and vi.startswith("cách dùng: antq")
    assert "tuỳ chọn:" in vi and "SQLite file" not in vi and "tệp SQLite" in vi


def test_help_language_follows_lang_then_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert choose_lang(["status", "--lang", "en"], {"LANG": "vi_VN.UTF-8"}) == "en"
    assert choose_lang(["--lang=vi"], {"LANG": "en_US.UTF-8"}) == "vi"
    assert choose_lang([], {"LANG": "en_US.UTF-8"}) == "en"
    assert choose_lang([], {"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}) == "vi"
    assert choose_lang([], {"LANG": "fr_FR.UTF-8"}) == "en"
    assert choose_lang([], {"LANG": "C.UTF-8"}) == choose_lang([], {}) == "vi"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, out, _ = run(capsys, "status", "--help")
    assert code == 0 and out.startswith("usage: antq status") and "examples:" in out
    code, _, err = run(capsys, "status", "--year", "2024")
    assert code == 2 and err == "antq: error: the following arguments are required: subject\n"
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    code, _, err = run(capsys, "status", "--year", "2024")
    assert code == 2 and err == "antq: error: thiếu tham số bắt buộc: subject\n"


# --- shell completion ----------------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "tcsh"])
def test_completion_is_generated_from_the_parser(
    capsys: pytest.CaptureFixture[str], shell: str
) -> None:
    code, out, err = run(capsys, "--lang", "en", "completion", shell)
    assert code == 0 and err == ""
    words = ["import", "status", "spec-report", "completion"]
    if shell != "tcsh":  # shtab's tcsh script completes commands and choices only
        words += ["--known-at", "--recorded-at", "--lang"]
    for word in words:
        assert word in out, word
    if shell == "bash":
        checked = subprocess.run(["bash", "-n"], input=out, text=True, capture_output=True)
        assert checked.returncode == 0, checked.stderr


# --- exit statuses and one-line errors -------------------------------------------------------


def test_ctrl_c_exits_130_with_one_line(
    capsys: pytest.CaptureFixture[str], example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: Ledger) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Ledger, "subjects", interrupted)
    assert run(capsys, "--db", example, "subjects") == (130, "", "antq: đã dừng (Ctrl-C)\n")
    assert run(capsys, "--db", example, "--lang", "en", "subjects")[2] == "antq: interrupted\n"


def test_a_closed_pipe_exits_quietly(example: str) -> None:
    shell = subprocess.run(
        [
            "bash",
            "-c",
            f'"{sys.executable}" -m antq_compliance.cli --db "{example}" '
            "subjects --format json | head -1; echo ${PIPESTATUS[0]}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shell.stdout.splitlines()[0] == "["
    assert shell.stderr == ""
    assert shell.stdout.splitlines()[-1] in ("0", "141")
    # A reader that goes away before anything is written: the write fails, quietly.
    proc = _antq("--db", example, "subjects")
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141 and err == b""


def test_a_terminal_that_is_not_utf8_gets_output_and_one_line_errors(
    example: str, tmp_path: Path
) -> None:
    proc = _antq("--db", example, "subjects", env={"PYTHONIOENCODING": "ascii"})
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err == b""
    assert b"C?ng ty ?i?n l?c Tr? Vinh" in out
    missing = str(tmp_path / "typo.sqlite3")
    proc = _antq(
        "--db", missing, "status", "1", "--year", "2024", env={"PYTHONIOENCODING": "ascii"}
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and out == b""
    assert err.count(b"\n") == 1 and err.startswith(b"antq: error: kh?ng c? kho")


READ_ONLY_ARGS = {
    "status": ["status", "2100000001", "--year", "2024"],
    "explain": ["explain", "2100000001", "TT124.D6.K2", "--year", "2024"],
    "subjects": ["subjects"],
    "verify": ["verify"],
    "history": ["history", "2100000001", "--year", "2024"],
    "diff": ["diff", "2100000001", "--year", "2024", "--from", "2025-01-01", "--to", "2025-02-01"],
    "replay": ["replay", "--year", "2024"],
    "report": ["report", "province", "Vĩnh Long", "--year", "2024"],
    "audit": ["audit", "--year", "2024"],
}


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_read_only_commands_refuse_a_store_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    typo = tmp_path / "typo.sqlite3"
    code, out, err = run(capsys, "--db", str(typo), *READ_ONLY_ARGS[command])
    assert (code, out) == (1, "")
    assert (
        err == f"antq: error: không có kho dữ liệu {str(typo)!r}: kiểm tra --db (hoặc "
        "$ANTQ_DB); chỉ lệnh import tạo kho mới\n"
    )
    code, _, err = run(capsys, *READ_ONLY_ARGS[command], "--db", str(typo), "--lang", "en")
    assert code == 1 and err.startswith(f"antq: error: no store at {str(typo)!r}")
    assert list(tmp_path.iterdir()) == [], "nothing was created"


# --- a plain install --------------------------------------------------------------------------


def _without(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """As if ``module`` were not installed (nor any of its submodules)."""
    for name in [m for m in sys.modules if m == module or m.startswith(f"{module}.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)


def test_html_report_without_matplotlib_names_the_extra(
    capsys: pytest.CaptureFixture[str], example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _without(monkeypatch, "matplotlib")
    asked = ("report", "province", "Vĩnh Long", "--year", "2024", "--format", "html")
    code, out, err = run(capsys, "--db", example, "--lang", "en", *asked)
    assert (code, out) == (1, "")
    assert err == (
        "antq: error: antq report --format html needs the [report] extra (module matplotlib is "
        "not installed): pip install 'antq-compliance[report]'\n"
    )
    code, out, _ = run(capsys, "--db", example, *asked[:-1], "csv")
    assert code == 0 and "Vĩnh Long" in out, "the other formats need no extra"


def test_encryption_needs_no_pycryptodome(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _without(monkeypatch, "Crypto")
    _without(monkeypatch, "eventsourcing.cipher")
    key = tmp_path / "antq.key"
    code, out, _ = run(capsys, "keygen")
    key.write_text(out)
    db = str(tmp_path / "secret.sqlite3")
    code, out, err = run(
        capsys, "--db", db, "--key-file", str(key), "import", "--role", "system", str(EXAMPLE)
    )
    assert (code, err) == (0, ""), err
    assert b"Tr\xc3\xa0 Vinh" not in Path(db).read_bytes(), "stored encrypted"
    code, out, _ = run(capsys, "--db", db, "--key-file", str(key), "subjects", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 11
    code, _, err = run(capsys, "--db", db, "subjects")
    assert code == 1 and err.count("\n") == 1, "without the key: one line"
    with Ledger(db, cipher_key=key.read_text().strip()) as ledger:
        cipher = ledger._log._app.mapper.cipher
        assert type(cipher).__module__ == "eventsourcing.cryptography"


def test_every_help_example_parses() -> None:
    """The examples of the help are commands the parser accepts (shell plumbing aside)."""
    parser = build_parser("en")
    checked = 0
    for help_ in COMMAND_HELP.values():
        for example in help_.examples:
            words = shlex.split(example.replace('"$(', "").replace(')"', ""))
            words = words[words.index("antq") + 1 :]
            for stop in ("|", ">", "&&"):
                words = words[: words.index(stop)] if stop in words else words
            args = parser.parse_args(words)
            assert args.command and args.handler, example
            checked += 1
    assert checked >= 35
