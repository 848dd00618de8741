"""A plain install (no extras): every advertised command runs, or says in one line which extra
to install. Each command runs in a fresh process where the modules of the extras cannot be
imported (matplotlib, psycopg, pytest, pytest-bdd, gherkin) and neither can pycryptodome
(``Crypto``), as after ``pip install antq-compliance``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "tra_vinh" / "events.jsonl"

BLOCKED = ("matplotlib", "psycopg", "psycopg_pool", "pytest", "pytest_bdd", "gherkin", "Crypto")

PLAIN = f"""
import importlib.abc, sys

class Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, Absent())
from antq_compliance.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    script = tmp_path / "plain.py"
    script.write_text(PLAIN)
    return script


def antq(plain: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(plain), *argv],
        cwd=plain.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )


def test_every_command_runs_without_the_extras(plain: Path) -> None:
    key = antq(plain, "keygen")
    assert key.returncode == 0
    (plain.parent / "antq.key").write_text(key.stdout)
    year = ("--year", "2024", "--as-of", "2024-12-31")
    runs = [
        ("import", "--role", "system", str(EXAMPLE)),
        (
            "--key-file",
            "antq.key",
            "--db",
            "secret.sqlite3",
            "import",
            "--role",
            "system",
            str(EXAMPLE),
        ),
        ("--key-file", "antq.key", "--db", "secret.sqlite3", "subjects"),
        ("status", "2100000001", *year),
        ("diff", "2100000001", "--year", "2024", "--from-rulebook", "TT124@2022-02-10"),
        ("verify",),
        ("replay", "--year", "2024", "--check"),
        ("follow", "--years", "2024", "--once"),
        ("report", "province", "Vĩnh Long", "--year", "2024", "--format", "csv"),
        ("--role", "police", "erase", "BV-2024-017", "--legal-basis", "Điều 16", "--by", "dpo-01"),
        ("completion", "bash"),
        ("demo",),
    ]
    for argv in runs:
        done = antq(plain, *argv)
        assert (done.returncode, done.stderr) == (0, ""), argv
        assert done.stdout.strip(), argv
    audit = antq(plain, "audit", "--year", "2024")
    assert audit.returncode == 1 and audit.stderr == "", "exit 1: a finding, not a failure"


@pytest.mark.parametrize(
    ("argv", "extra"),
    [
        (("report", "province", "Vĩnh Long", "--year", "2024", "--format", "html"), "report"),
        (("spec-report", "--check"), "spec"),
        (("--db", "postgresql://antq:antq@127.0.0.1:5432/antq", "subjects"), "postgres"),
    ],
)
def test_a_feature_of_an_extra_says_which_in_one_line(
    plain: Path, argv: tuple[str, ...], extra: str
) -> None:
    assert antq(plain, "import", "--role", "system", str(EXAMPLE)).returncode == 0
    for lang in ("vi", "en"):
        done = antq(plain, "--lang", lang, *argv)
        assert done.returncode == 1 and done.stdout == "", done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("antq: error: ")
        assert f"pip install 'antq-compliance[{extra}]'" in done.stderr, done.stderr
