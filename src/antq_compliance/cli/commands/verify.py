"""``antq verify``: walk the log against its hash chain (tamper evidence)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from antq_compliance.cli.common import UsageError, open_ledger, print_json
from antq_compliance.cli.progress import Bars, summary
from antq_compliance.store.anchor import read_anchor

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    ver = sub.add_parser("verify", help="check the log against its hash chain (tamper evidence)")
    ver.add_argument("--format", choices=("text", "json"), default="text")
    ver.add_argument(
        "--no-seal", action="store_true", help="read only: do not seal rows not yet chained"
    )
    ver.add_argument(
        "--anchor",
        metavar="FILE",
        help="an anchor written by `antq anchor`: fail unless the log still extends its head",
    )
    ver.add_argument(
        "--anchor-key",
        metavar="PUBKEY",
        help="the anchor's public key (PEM): check its signature too",
    )
    ver.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.anchor_key and not args.anchor:
        raise UsageError("--anchor-key needs --anchor")
    anchor = read_anchor(args.anchor, args.anchor_key) if args.anchor else None
    with open_ledger(args) as ledger, Bars(args.lang) as bars:
        report = ledger.verify(seal=not args.no_seal, anchor=anchor, progress=bars)
    if args.format == "json":
        print_json(report.to_json(args.lang))
    elif report.ok:
        walked = summary(report.checked, ("dòng", "rows"), bars.seconds(), args.lang)
        print(f"{report.summary(args.lang)}; {walked}")
    if not report.ok:
        print(f"antq: error: {report.summary(args.lang)}", file=sys.stderr)
        return 1
    return 0
