"""``antq audit --year Y``: recognition decisions that disagree with the record (exit 1 on an
error finding)."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.args import year_arg
from antq_compliance.cli.common import open_ledger, print_json
from antq_compliance.cli.render.text import audit_table
from antq_compliance.codec.results import finding_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    aud = sub.add_parser("audit", help="decisions that disagree with the record, all subjects")
    aud.add_argument("--year", type=year_arg, required=True)
    aud.add_argument("--format", choices=("table", "json"), default="table")
    aud.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        findings = ledger.audit(args.year)
    if args.format == "json":
        print_json([finding_to_json(f) for f in findings])
    else:
        print(audit_table(args.year, findings, args.lang))
    return 1 if any(f.severity == "error" for f in findings) else 0
