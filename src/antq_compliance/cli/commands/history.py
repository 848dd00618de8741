"""``antq history SUBJECT --year Y``: how a year's status changed as facts were recorded."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.args import date_arg, year_arg
from antq_compliance.cli.common import open_ledger, print_json
from antq_compliance.cli.render.text import history_table
from antq_compliance.codec.results import change_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    hist = sub.add_parser("history", help="how a year's status changed, as facts were recorded")
    hist.add_argument("subject")
    hist.add_argument("--year", type=year_arg, required=True)
    hist.add_argument("--as-of", type=date_arg, help="business date (default: the window's end)")
    hist.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    hist.add_argument("--format", choices=("table", "json"), default="table")
    hist.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        changes = ledger.history(args.subject, args.year, as_of=args.as_of, rulebook=args.rulebook)
    if args.format == "json":
        print_json([change_to_json(c) for c in changes])
    else:
        print(history_table(args.subject, args.year, changes, args.lang))
    return 0
