"""``antq status SUBJECT --year Y``: a unit's board for a year."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.common import add_evaluation_args, open_ledger, print_json, today
from antq_compliance.cli.render.text import board
from antq_compliance.codec.results import status_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    status = sub.add_parser("status", help="a subject's board for a year")
    status.add_argument("subject")
    add_evaluation_args(status)
    status.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        status = ledger.status(
            args.subject,
            args.year,
            as_of=args.as_of or today(),
            known_at=args.known_at,
            rulebook=args.rulebook,
        )
    if args.format == "json":
        print_json(status_to_json(status))
    else:
        print(board(status, args.lang))
    return 0
