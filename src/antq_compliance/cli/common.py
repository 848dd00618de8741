"""What the ``antq`` subcommands share: usage errors, JSON output, today's date, the ledger
opened with the global options, and the options of an evaluation."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

import orjson

from antq_compliance.application.ledger import Ledger
from antq_compliance.cli.args import actor_arg, cipher_key, date_arg, instant_arg, year_arg
from antq_compliance.domain.dates import VN

__all__ = [
    "Parser",
    "ParserExit",
    "UsageError",
    "add_evaluation_args",
    "import_line",
    "input_file",
    "open_ledger",
    "output_arg",
    "print_json",
    "today",
]


class UsageError(Exception):
    """The command line was used wrongly: one line on stderr, exit 2."""


class ParserExit(Exception):
    """argparse is done (``--help``, ``--version`` printed): the exit status, for ``main``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class Parser(argparse.ArgumentParser):
    """argparse, raising :class:`UsageError` or :class:`ParserExit` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise ParserExit(status)


def output_arg(text: str) -> Path | None:
    """A file to write, or ``-``: standard output (``None``)."""
    return None if text == "-" else Path(text)


STDIN = Path("-")
"""The file name that means standard input."""


@contextlib.contextmanager
def input_file(path: Path) -> Iterator[Path]:
    """``path``, or for ``-`` standard input copied to a temporary file first (an import reads
    its input whole before writing anything, as it does a file)."""
    if path != STDIN:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="antq-stdin-") as folder:
        copy = Path(folder) / "stdin.jsonl"
        with copy.open("wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        yield copy


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
    recorded_at: datetime | None = getattr(args, "recorded_at", None)
    if recorded_at is not None and recorded_at > datetime.now(VN):
        raise UsageError(f"--recorded-at {recorded_at.isoformat()} is in the future")
    clock = None if recorded_at is None else (lambda: recorded_at)
    ledger = Ledger(args.db, actor=actor, cipher_key=key, compress=args.compress, clock=clock)
    if recorded_at is not None:
        _forward_only(ledger, recorded_at)
    return ledger


def _forward_only(ledger: Ledger, recorded_at: datetime) -> None:
    """The log's recording times only move forward: ``--recorded-at`` may not go back before
    the last fact the store holds (what was known at an instant would change after it)."""
    head = ledger.head()
    if not head:
        return
    _, last = next(iter(ledger.log.scan(start=head)))
    if recorded_at < last.recorded_at:
        ledger.close()
        raise UsageError(
            f"--recorded-at {recorded_at.isoformat()} is before the last fact of the store, "
            f"recorded at {last.recorded_at.isoformat()}: recording times only move forward"
        )


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
    if source == STDIN:
        source = Path("stdin")
    if lang == "vi":
        return f"{source}: {written} dữ kiện mới, {unchanged} đã có"
    return f"{source}: {written} facts written, {unchanged} already present"
