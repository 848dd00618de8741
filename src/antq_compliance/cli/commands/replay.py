"""``antq replay --year Y``: rebuild the status projection from the log, and check it."""

from __future__ import annotations

import argparse
import time
from collections import Counter
from typing import Any

from antq_compliance.cli.args import year_arg
from antq_compliance.cli.common import open_ledger
from antq_compliance.cli.progress import Bars
from antq_compliance.domain.errors import AntqError

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    rep = sub.add_parser("replay", help="rebuild the status projection from the log")
    rep.add_argument("--year", type=year_arg, action="append", required=True, help="repeatable")
    rep.add_argument(
        "--check", action="store_true", help="compare with a fresh evaluation of every subject"
    )
    rep.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        started = time.perf_counter()
        # One subject's stream at a time: memory holds the statuses, not the log.
        with Bars(args.lang) as bars:
            projection = ledger.replay(args.year, keep_facts=False, progress=bars)
        seconds = time.perf_counter() - started
        verdicts = Counter((year, s.verdict.value) for (_, year), s in projection.statuses.items())
        print(
            f"{projection.position} events, {projection.subjects} subjects, "
            f"{seconds:.2f}s ({projection.position / max(seconds, 1e-9):,.0f} events/s)"
        )
        for (year, verdict), count in sorted(verdicts.items()):
            print(f"  {year} {verdict}: {count}")
        if not args.check:
            return 0
        with Bars(args.lang) as bars:
            differ = ledger.replay_differences(projection, progress=bars)
    if differ:
        raise AntqError(f"replay differs from a fresh evaluation for {differ[:5]}")
    print("replay equals a fresh evaluation of every subject")
    return 0
