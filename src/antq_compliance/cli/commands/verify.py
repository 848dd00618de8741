"""``antq verify``: walk the log against its hash chain (tamper evidence)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from antq_compliance.cli.common import open_ledger, print_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    ver = sub.add_parser("verify", help="check the log against its hash chain (tamper evidence)")
    ver.add_argument("--format", choices=("text", "json"), default="text")
    ver.add_argument(
        "--no-seal", action="store_true", help="read only: do not seal rows not yet chained"
    )
    ver.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        report = ledger.verify(seal=not args.no_seal)
    if args.format == "json":
        print_json(report.to_json(args.lang))
    elif report.ok:
        print(report.summary(args.lang))
    if not report.ok:
        print(f"antq: error: {report.summary(args.lang)}", file=sys.stderr)
        return 1
    return 0
