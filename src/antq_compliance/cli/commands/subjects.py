"""``antq subjects``: the registered units."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.common import open_ledger, print_json
from antq_compliance.cli.render.text import subjects_table
from antq_compliance.codec.results import subject_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    subs = sub.add_parser("subjects", help="list registered subjects")
    subs.add_argument("--format", choices=("table", "json"), default="table")
    subs.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        rows = ledger.subjects()
    if args.format == "json":
        print_json([subject_to_json(s) for s in rows])
    else:
        print(subjects_table(rows, args.lang))
    return 0
