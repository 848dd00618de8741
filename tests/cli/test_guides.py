"""The Vietnamese user guide runs as written: its shell blocks, in order, on the Trà Vinh
example, with the file of facts the guide shows (its ``jsonl`` block) in the working directory.
Every command must exit 0 (the audit 1: it finds errors); a few outputs the guide describes
are checked too."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from antq_compliance.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide-vi.md"


def blocks(lang: str) -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return [
        "\n".join(line.removeprefix("  ") for line in body.splitlines())
        for body in re.findall(rf"^ *```{lang}\n(.*?)^ *```", text, flags=re.S | re.M)
    ]


def commands() -> list[list[str]]:
    found = []
    for block in blocks("sh"):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line:
                found.append(shlex.split(line))
    return found


def test_the_guide_has_commands_and_a_file_of_facts() -> None:
    assert len(commands()) >= 15
    assert all(words[0] in ("antq", "export") for words in commands())
    assert len(blocks("jsonl")) == 1


def test_every_command_of_the_guide_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (facts,) = blocks("jsonl")
    (tmp_path / "nam-2025.jsonl").write_text(facts, encoding="utf-8")
    outputs = {}
    for words in commands():
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            monkeypatch.setenv(name, value)
            continue
        capsys.readouterr()
        code = main(words[1:])
        out, err = capsys.readouterr()
        # The audit exits 1 when it finds an error-level finding, as the guide says.
        assert code == (1 if words[1] == "audit" else 0), (words, err)
        outputs[" ".join(words)] = out
    assert os.environ["ANTQ_DB"] == "tra_vinh.sqlite3" and (tmp_path / "tra_vinh.sqlite3").exists()
    # What the guide says the example shows.
    assert outputs["antq subjects"].splitlines()[-1] == "11 đơn vị"
    assert "4 dữ kiện mới" in outputs["antq --role unit --unit 2100000001 import nam-2025.jsonl"]
    board = outputs["antq status 2100000002 --year 2024 --as-of 2024-12-31"]
    assert "CHƯA ĐẠT" in board and "15/04/2024" in board
    assert "3 phát hiện" in outputs["antq audit --year 2024"]
    assert "TT124.D5.K4" in outputs["antq status 29293 --year 2024 --as-of 2024-12-31"]
    assert (tmp_path / "bao-cao-2024.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "<details>" in (tmp_path / "bao-cao-2024.html").read_text(encoding="utf-8")
