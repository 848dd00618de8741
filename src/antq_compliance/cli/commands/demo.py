"""``antq demo``: import the Trà Vinh example into a fresh store and print every board."""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from antq_compliance.application.ledger import Ledger
from antq_compliance.cli.common import import_line
from antq_compliance.cli.render.text import audit_table, board
from antq_compliance.domain.policy import SYSTEM

__all__ = ["register", "run"]

DEMO_YEAR = 2024
DEMO_AS_OF = date(DEMO_YEAR, 12, 31)
"""The example's year, read as of the end of the calendar year."""


def register(sub: argparse._SubParsersAction[Any]) -> None:
    demo = sub.add_parser(
        "demo", help="import the Trà Vinh example into a fresh store and print the boards"
    )
    demo.add_argument(
        "--file", type=Path, help="event file (default: the packaged Trà Vinh example)"
    )
    demo.add_argument(
        "--keep", action="store_true", help="write into --db instead of a temporary file"
    )
    demo.set_defaults(handler=run)


def _demo_files(given: Path | None) -> list[Path]:
    """The Trà Vinh example: the year as first reported, then the late reports."""
    if given is not None:
        return [given]
    packaged = resources.files("antq_compliance").joinpath("demo")
    if packaged.is_dir():
        return [Path(str(packaged / name)) for name in ("tra_vinh.jsonl", "tra_vinh_late.jsonl")]
    # An editable install (the repository): the one copy lives in examples/.
    folder = Path(__file__).resolve().parents[4] / "examples" / "tra_vinh"
    return [folder / "events.jsonl", folder / "late.jsonl"]


def run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db if args.keep else str(Path(tmp) / "demo.sqlite3")
        with Ledger(db, actor=SYSTEM) as ledger:  # the example: data migrated as system
            for source in _demo_files(args.file):
                result = ledger.import_jsonl(source)
                print(import_line(source, result.written, result.unchanged, lang))
            for status in ledger.statuses(DEMO_YEAR, as_of=DEMO_AS_OF):
                print()
                print(board(status, lang))
            print()
            print(audit_table(DEMO_YEAR, ledger.audit(DEMO_YEAR), lang))
    return 0
