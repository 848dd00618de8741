"""What the ``antq`` subcommands share: usage errors, JSON output, today's date, the ledger
opened with the global options, and the options of an evaluation."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

import orjson

from antq_compliance.application.ledger import Ledger
from antq_compliance.cli.args import actor_arg, cipher_key, date_arg, instant_arg, year_arg
from antq_compliance.domain.dates import VN

__all__ = [
    "Parser",
    "UsageError",
    "add_evaluation_args",
    "import_line",
    "open_ledger",
    "print_json",
    "today",
]


class UsageError(Exception):
    """The command line was used wrongly: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    """argparse, raising :class:`UsageError` instead of printing and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def print_json(obj: object) -> None:
    sys.stdout.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode() + "\n")


def today() -> date:
    """Today in Vietnam: the default business date of a command (never of the library)."""
    return datetime.now(VN).date()


def open_ledger(args: argparse.Namespace, *, writes: bool = False) -> Ledger:
    """The ledger of ``--db``, acting as ``--role``/``--unit`` (required when it ``writes``),
    with ``--key-file`` and ``--compress``."""
    try:
        actor = actor_arg(args.role, args.unit, writes=writes)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    key = cipher_key(args.key_file)
    return Ledger(args.db, actor=actor, cipher_key=key, compress=args.compress)


def add_evaluation_args(cmd: argparse.ArgumentParser) -> None:
    """``--year``, ``--as-of``, ``--known-at``, ``--rulebook`` and ``--format``."""
    cmd.add_argument("--year", type=year_arg, required=True, help="evaluation year Y")
    cmd.add_argument(
        "--as-of",
        type=date_arg,
        help="business date facts happened by (default: today, Vietnam time)",
    )
    cmd.add_argument(
        "--known-at",
        type=instant_arg,
        help="recording instant facts were known at (default: all)",
    )
    cmd.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    cmd.add_argument("--format", choices=("table", "json"), default="table")


def import_line(source: Path, written: int, unchanged: int, lang: str) -> str:
    if lang == "vi":
        return f"{source}: {written} dữ kiện mới, {unchanged} đã có"
    return f"{source}: {written} facts written, {unchanged} already present"
