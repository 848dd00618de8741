"""``antq import FILE``: a JSON Lines file, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from antq_compliance.cli.common import import_line, open_ledger

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    imp = sub.add_parser("import", help="import a JSON Lines file atomically")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args, writes=True) as ledger:
        result = ledger.import_jsonl(args.file)
    print(import_line(args.file, result.written, result.unchanged, args.lang))
    return 0
