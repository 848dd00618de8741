"""``antq diff SUBJECT --year Y --from T1 --to T2``: what changed between two recording
instants, and the facts that explain it."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.args import date_arg, instant_arg, year_arg
from antq_compliance.cli.common import open_ledger, print_json
from antq_compliance.cli.render.text import diff_table
from antq_compliance.codec.results import diff_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    dif = sub.add_parser("diff", help="what changed between two recording instants, and why")
    dif.add_argument("subject")
    dif.add_argument("--year", type=year_arg, required=True)
    dif.add_argument("--from", dest="known_from", type=instant_arg, required=True)
    dif.add_argument("--to", dest="known_to", type=instant_arg, required=True)
    dif.add_argument("--as-of", type=date_arg, help="business date (default: the window's end)")
    dif.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    dif.add_argument("--format", choices=("table", "json"), default="table")
    dif.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        delta = ledger.diff(
            args.subject,
            args.year,
            known_from=args.known_from,
            known_to=args.known_to,
            as_of=args.as_of,
            rulebook=args.rulebook,
        )
    if args.format == "json":
        print_json(diff_to_json(delta))
    else:
        print(diff_table(delta, args.lang))
    return 0
