"""``antq erase PERSON``: erase a person's personal data (crypto-shredding)."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.args import date_arg
from antq_compliance.cli.common import open_ledger, print_json, today
from antq_compliance.codec.facts import erasure_to_json
from antq_compliance.domain.errors import NothingToErase

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    era = sub.add_parser(
        "erase", help="erase a person's personal data (destroys its keys; verdicts unchanged)"
    )
    era.add_argument("person", help="the person reference as recorded (e.g. NV-00417)")
    era.add_argument("--legal-basis", required=True, help="why (e.g. the request and article)")
    era.add_argument("--by", required=True, help="who executes the erasure (your reference)")
    era.add_argument("--subject", help="only in this unit's record (default: every unit)")
    era.add_argument("--date", type=date_arg, help="date of the decision (default: today)")
    era.add_argument("--format", choices=("text", "json"), default="text")
    era.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args, writes=True) as ledger:
        try:
            erasure = ledger.erase(
                args.person,
                legal_basis=args.legal_basis,
                recorded_by=args.by,
                occurred_on=args.date or today(),
                subject=args.subject,
            )
        except NothingToErase:
            if not ledger.log.erasure_pending():
                raise
            # An earlier erasure destroyed the keys but could not clear the file: finish it.
            ledger.log.flush_erasures()
            if args.lang == "vi":
                print("đã hoàn tất lần xoá trước: không còn bản sao cũ của khoá trong tệp")
            else:
                print("the earlier erasure is complete: no older copy of the keys is left")
            return 0
    units = ", ".join(erasure.subjects)
    if args.format == "json":
        print_json(erasure_to_json(erasure))
    elif args.lang == "vi":
        print(f"đã xoá: {len(erasure.keys)} khoá, hồ sơ của {units}; ghi nhận {erasure.id}")
    else:
        print(
            f"erased: {len(erasure.keys)} keys, in the records of {units}; recorded as {erasure.id}"
        )
    return 0
