"""Documentation is executed, so it cannot rot."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from antq_compliance import Ledger, status_to_json
from antq_compliance.domain.policy import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks(path: Path, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


PYTHON_BLOCKS = [
    pytest.param(code, id=f"{path.name}-{n}")
    for path in DOCS
    for n, code in enumerate(blocks(path, "python"))
]


def test_there_are_python_examples_to_run() -> None:
    assert len(PYTHON_BLOCKS) >= 2


@pytest.mark.parametrize("code", PYTHON_BLOCKS)
def test_python_examples_run(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "<doc>", "exec"), {"__name__": "__doc_example__"})
    capsys.readouterr()


def test_the_status_example_is_the_live_output() -> None:
    (example,) = blocks(ROOT / "docs" / "status.md", "json")
    documented = json.loads(example)
    with Ledger(":memory:", clock=lambda: datetime(2025, 1, 1, tzinfo=UTC), actor=SYSTEM) as ledger:
        ledger.import_jsonl(ROOT / "examples" / "tra_vinh" / "events.jsonl")
        live = status_to_json(ledger.status("2100000002", 2024, as_of=date(2024, 12, 31)))
    live["criteria"] = live["criteria"][: len(documented["criteria"])]
    assert documented == live


def test_every_documented_clause_id_is_in_the_catalogue() -> None:
    from antq_compliance import catalogue

    known = set(catalogue())
    for path in [*DOCS, ROOT / "CHANGELOG.md"]:
        for cid in re.findall(r"`((?:TT124|TT23)\.[A-Za-z0-9.]+?)`", path.read_text("utf-8")):
            assert cid in known, f"{path.name} cites {cid}, which is not a clause id"
