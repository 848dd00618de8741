"""``antq import FILE``: a JSON Lines file (``-``: standard input), all or nothing; every bad
line reported at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from antq_compliance.cli.args import instant_arg
from antq_compliance.cli.common import import_line, input_file, open_ledger
from antq_compliance.cli.progress import Bars, summary
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.messages import record_errors

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    imp = sub.add_parser("import", help="import a JSON Lines file atomically")
    imp.add_argument("file", type=Path, help="JSON Lines file, or - for standard input")
    imp.add_argument(
        "--recorded-at",
        type=instant_arg,
        metavar="INSTANT",
        help="fix the recording instant of every fact of the file (ISO date-time; default: now)",
    )
    imp.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import ``args.file``; a refused file prints each bad line (up to 20, then how many
    more) on stderr, one line each, in ``--lang``, and exits 1 with nothing written."""
    with open_ledger(args, writes=True) as ledger, input_file(args.file) as path:
        failed: InvalidRecord | None = None
        with Bars(args.lang) as bars:
            try:
                result = ledger.import_jsonl(path, progress=bars)
            except InvalidRecord as refused:
                failed = refused
        if failed is not None:
            for line in record_errors(failed, args.lang):
                one_line = line.replace("\r", "\\r").replace("\n", "\\n")
                print(f"antq: error: {one_line}", file=sys.stderr)
            return 1
    done = summary(
        result.written + result.unchanged, ("dữ kiện", "facts"), bars.seconds(), args.lang
    )
    print(f"{import_line(args.file, result.written, result.unchanged, args.lang)}; {done}")
    return 0
