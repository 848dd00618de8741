"""``antq import FILE``: a JSON Lines file, all or nothing; every bad line reported at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from antq_compliance.cli.common import import_line, open_ledger
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.messages import record_errors

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    imp = sub.add_parser("import", help="import a JSON Lines file atomically")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import ``args.file``; a refused file prints each bad line (up to 20, then how many
    more) on stderr, one line each, in ``--lang``, and exits 1 with nothing written."""
    with open_ledger(args, writes=True) as ledger:
        try:
            result = ledger.import_jsonl(args.file)
        except InvalidRecord as refused:
            for line in record_errors(refused, args.lang):
                one_line = line.replace("\r", "\\r").replace("\n", "\\n")
                print(f"antq: error: {one_line}", file=sys.stderr)
            return 1
    print(import_line(args.file, result.written, result.unchanged, args.lang))
    return 0
