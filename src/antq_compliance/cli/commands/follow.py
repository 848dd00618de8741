"""``antq follow``: keep the status view current in a process of its own
(``application/follow.py``)."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType
from typing import Any

import orjson

from antq_compliance.application.follow import FollowReport, StatusFollower
from antq_compliance.cli.args import batch_arg, cipher_key, poll_arg, years_arg
from antq_compliance.cli.progress import Bars, summary
from antq_compliance.domain.errors import InvalidQuery

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    """Add the ``follow`` subcommand to the ``antq`` parser's subparsers."""
    p = sub.add_parser(
        "follow",
        help="keep the status view of the log current, in its own process (exactly once)",
        description="Apply the log's new facts to the status view (in batches, each with its "
        "log position in one transaction), then poll for more until stopped (SIGTERM, "
        "SIGINT). A restarted follower resumes where the last one committed.",
    )
    p.add_argument("--years", type=years_arg, required=True, help="e.g. 2024 or 2022-2025")
    p.add_argument(
        "--view",
        help="SQLite file of the view (default: the log's file + '.status'); on PostgreSQL the "
        "view always lives in the log's database and schema",
    )
    p.add_argument("--once", action="store_true", help="catch up, then exit")
    p.add_argument(
        "--check",
        action="store_true",
        help="with --once: compare the view with a fresh evaluation; exit 1 on a difference",
    )
    p.add_argument(
        "--poll", type=poll_arg, default=1.0, help="seconds between polls, 0.01-3600 (default 1)"
    )
    p.add_argument(
        "--batch",
        type=batch_arg,
        default=5_000,
        help="notifications per transaction, 1-1,000,000 (default 5,000)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run)


def _line(report: FollowReport, fmt: str, lang: str = "en", seconds: float | None = None) -> str:
    """One follower report: JSON, or a line in ``lang`` (with the time and the rate when
    ``seconds`` is given: the closing summary of a catch-up)."""
    if fmt == "json":
        return orjson.dumps(
            {
                "start": report.start,
                "position": report.position,
                "notifications": report.notifications,
                "subjects": report.subjects,
                "batches": report.batches,
            }
        ).decode()
    if lang == "vi":
        line = (
            f"vị trí {report.start} → {report.position}: {report.notifications} thông báo, "
            f"{report.subjects} lượt đánh giá đơn vị, {report.batches} giao dịch"
        )
    else:
        line = (
            f"position {report.start} → {report.position}: {report.notifications} "
            f"notifications, {report.subjects} subject evaluations, {report.batches} transactions"
        )
    if seconds is None:
        return line
    return f"{line}; {summary(report.notifications, ('thông báo', 'notifications'), seconds, lang)}"


def run(args: argparse.Namespace) -> int:
    if args.check and not args.once:
        raise InvalidQuery("--check needs --once")
    if args.batch < 1 or args.poll <= 0:
        raise InvalidQuery("--batch must be at least 1 and --poll positive")
    with StatusFollower(
        args.db, args.years, view=args.view, cipher_key=cipher_key(args.key_file)
    ) as follower:
        if args.once:
            with Bars(args.lang) as bars:
                caught_up = follower.catch_up(batch=args.batch, progress=bars)
            print(_line(caught_up, args.format, args.lang, bars.seconds()), flush=True)
            if not args.check:
                return 0
            check = follower.check()
            print(
                f"view at {check.position} of {check.head}: {check.statuses} statuses, "
                f"{len(check.wrong)} differ from a fresh evaluation, {len(check.miscounted)} "
                "subjects with notifications missed or applied twice",
                flush=True,
            )
            return 0 if check.ok else 1
        stop = False

        def _stop(signum: int, frame: FrameType | None) -> None:
            nonlocal stop
            stop = True

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        print(
            f"following {args.db} from position {follower.view.position()} "
            f"(years {', '.join(map(str, follower.years))}; view {follower.view.location})",
            flush=True,
        )
        follower.run(
            poll=args.poll,
            batch=args.batch,
            should_stop=lambda: stop,
            on_report=lambda r: print(
                _line(r, args.format, args.lang), file=sys.stdout, flush=True
            ),
        )
    return 0
