"""The README's commands, run as written after the README's own setup.

Every line of the README's ``sh`` blocks is run by ``bash`` in a fresh folder holding the
example files, in order, with the installed ``antq`` first on the ``PATH``; a line whose comment
says ``(exit N)`` must exit N, every other line 0 with nothing on stderr. The ``make`` lines of
the quick start are the suite's own targets and are not run from here. The README's Python
block runs too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_EXIT = re.compile(r"\(exit (\d+)\)")


def blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README.read_text("utf-8")) if lang == language]


def commands() -> list[tuple[str, int]]:
    """(command line, expected exit status) of every sh line but ``make``'s."""
    found = []
    for body in blocks("sh"):
        for line in body.splitlines():
            if line.strip() and not line.startswith(("make ", "#")):
                expected = _EXIT.search(line.partition("#")[2])
                found.append((line, int(expected.group(1)) if expected else 0))
    return found


def _environment(tmp: Path) -> dict[str, str]:
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "antq").exists():  # not installed as a script: the module stands in
        bin_dir = tmp / "bin"
        bin_dir.mkdir()
        wrapper = bin_dir / "antq"
        wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m antq_compliance.cli "$@"\n')
        wrapper.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTQ_", "LC_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["LANG"] = "C.UTF-8"
    return env


def test_the_readme_lists_the_commands_it_promises() -> None:
    lines = [line for line, _ in commands()]
    assert len(lines) >= 20, lines
    assert any(" | head" in line for line in lines) and any(" import -" in line for line in lines)
    assert {"--from", "--known-at", "--recorded-at"} <= {
        word for line in lines for word in line.split()
    }, "the audit commands and the recording instants that make them work"
    assert (
        dict(commands())[
            "antq audit --year 2024                      # decisions that "
            "disagree with the record (exit 1)"
        ]
        == 1
    )


SHOWS = {
    "--known-at 2025-01-05T08:00": "Kết quả: ĐẠT",  # before the late fire report
    "antq history 2100000003": "may-chay",
    "--from 2025-01-20T00:00 --to 2025-02-20T00:00": "may-chay",
    "antq audit": "no_police_representative",
    "antq replay": "replay equals a fresh evaluation",
    "--format csv --out - | head -3": "Trà Vinh,2024",
    "import -": "stdin: 197 dữ kiện mới",
}
"""What a line of the README must show, beyond running: the audit commands find the late fact."""


def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    examples = tmp_path / "examples" / "tra_vinh"
    examples.mkdir(parents=True)
    for name in ("events.jsonl", "late.jsonl"):
        shutil.copy(ROOT / "examples" / "tra_vinh" / name, examples / name)
    env = _environment(tmp_path)
    shown: set[str] = set()
    for line, expected in commands():
        done = subprocess.run(
            ["bash", "-c", line],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == expected, (line, done.stdout[-2000:], done.stderr)
        assert "Traceback" not in done.stderr, (line, done.stderr)
        if expected == 0:
            assert done.stderr == "", (line, done.stderr)
        assert done.stdout.strip(), f"{line}: prints nothing"
        shown.update(key for key in SHOWS if key in line and SHOWS[key] in done.stdout)
    assert shown == set(SHOWS)
    assert (tmp_path / "vinh_long_2024.html").stat().st_size > 10_000
    assert not (tmp_path / "-").exists(), "--out - is standard output, not a file named -"


def test_the_readme_python_example_runs(tmp_path: Path) -> None:
    (code,) = blocks("python")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "TT124.D6.K1.p2" not in done.stderr and "| due" in done.stdout
