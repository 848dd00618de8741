"""``antq diff SUBJECT --year Y --from T1 --to T2``: what changed between two recording
instants, and the facts that explain it; ``antq diff SUBJECT --year Y --from-rulebook R1
[--to-rulebook R2]``: the same facts judged under two rule versions (a re-judgement, e.g. a
year judged under the retired first edition ``TT124@2022-02-10``, under the current one)."""

from __future__ import annotations

import argparse
from typing import Any

from antq_compliance.cli.args import date_arg, instant_arg, year_arg
from antq_compliance.cli.common import UsageError, open_ledger, print_json
from antq_compliance.cli.render.text import diff_table, rejudge_table
from antq_compliance.codec.results import diff_to_json, rejudge_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    dif = sub.add_parser(
        "diff",
        help="what changed between two recording instants (or two rule versions), and why",
    )
    dif.add_argument("subject")
    dif.add_argument("--year", type=year_arg, required=True)
    dif.add_argument("--from", dest="known_from", type=instant_arg, help="recording instant T1")
    dif.add_argument("--to", dest="known_to", type=instant_arg, help="recording instant T2")
    dif.add_argument("--as-of", type=date_arg, help="business date (default: the window's end)")
    dif.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    dif.add_argument(
        "--from-rulebook",
        help="judge the year under this rule version first (e.g. TT124@2022-02-10, retired)",
    )
    dif.add_argument(
        "--to-rulebook",
        help="then under this one (default: the version governing the year)",
    )
    dif.add_argument(
        "--known-at", type=instant_arg, help="with --from-rulebook: as known at this instant"
    )
    dif.add_argument("--format", choices=("table", "json"), default="table")
    dif.set_defaults(handler=run)


def _rejudge(args: argparse.Namespace) -> int:
    if args.known_from or args.known_to or args.rulebook:
        raise UsageError(
            "diff: --from-rulebook compares rule versions; it does not take --from, --to or "
            "--rulebook"
        )
    with open_ledger(args) as ledger:
        delta = ledger.rejudge(
            args.subject,
            args.year,
            before=args.from_rulebook,
            after=args.to_rulebook,
            as_of=args.as_of,
            known_at=args.known_at,
        )
    if args.format == "json":
        print_json(rejudge_to_json(delta))
    else:
        print(rejudge_table(delta, args.lang))
    return 0


def run(args: argparse.Namespace) -> int:
    if args.from_rulebook:
        return _rejudge(args)
    if args.to_rulebook or args.known_at:
        raise UsageError("diff: --to-rulebook and --known-at go with --from-rulebook")
    if args.known_from is None or args.known_to is None:
        raise UsageError("diff: give --from and --to (two recording instants), or --from-rulebook")
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
