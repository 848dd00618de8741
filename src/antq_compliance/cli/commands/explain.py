"""``antq explain SUBJECT CLAUSE --year Y``: why one criterion has its status."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.common import add_evaluation_args, open_ledger, print_json, today
from antq_compliance.cli.render.text import explanation
from antq_compliance.codec.results import explanation_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    exp = sub.add_parser("explain", help="why one criterion has its status")
    exp.add_argument("subject")
    exp.add_argument("clause", help="clause id, e.g. TT124.D6.K1.p2")
    add_evaluation_args(exp)
    exp.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        found = ledger.explain(
            args.subject,
            args.clause,
            args.year,
            as_of=args.as_of or today(),
            known_at=args.known_at,
            rulebook=args.rulebook,
        )
    if args.format == "json":
        print_json(explanation_to_json(found))
    else:
        print(explanation(found, args.lang))
    return 0
