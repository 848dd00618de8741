"""``antq import FILE``: a JSON Lines file (``-``: standard input), all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from antq_compliance.cli.args import instant_arg
from antq_compliance.cli.common import import_line, input_file, open_ledger
from antq_compliance.cli.progress import Bars, summary

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
    with open_ledger(args) as ledger, input_file(args.file) as path, Bars(args.lang) as bars:
        result = ledger.import_jsonl(path, progress=bars)
    done = summary(
        result.written + result.unchanged, ("dữ kiện", "facts"), bars.seconds(), args.lang
    )
    print(f"{import_line(args.file, result.written, result.unchanged, args.lang)}; {done}")
    return 0
