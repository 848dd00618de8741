"""The ``antq`` argument parser: the global options, then each subcommand's own."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from antq_compliance.application.base import DEFAULT_DB
from antq_compliance.cli.args import db_arg
from antq_compliance.cli.commands import COMMANDS
from antq_compliance.cli.common import Parser
from antq_compliance.domain.vocabulary import Role

__all__ = ["build_parser"]


def _global_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        type=db_arg,
        default=os.environ.get("ANTQ_DB", DEFAULT_DB),
        help=f"SQLite file or postgresql:// URL (default: $ANTQ_DB or ./{DEFAULT_DB})",
    )
    p.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of labels and reasons"
    )
    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=os.environ.get("ANTQ_ROLE") or None,
        help="the role you record in, checked against the policy; required to write (import, "
        "erase): no default but $ANTQ_ROLE",
    )
    p.add_argument(
        "--unit",
        default=os.environ.get("ANTQ_UNIT") or None,
        help="with --role unit: the identifier of the unit you act for (default: $ANTQ_UNIT)",
    )
    p.add_argument(
        "--key-file",
        type=Path,
        default=os.environ.get("ANTQ_KEY_FILE") or None,
        help="file holding the store's AES-256 key (antq keygen); encrypts what is written "
        "and opens what is read (default: $ANTQ_KEY_FILE; $ANTQ_CIPHER_KEY also works)",
    )
    p.add_argument("--compress", action="store_true", help="compress what is written (zlib)")


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``antq``: global options and one subparser per command module."""
    p = Parser(
        prog="antq",
        description="Circular 124/2021/TT-BCA 'An toàn về an ninh, trật tự': record facts, "
        "ask for the status of every criterion.",
    )
    _global_options(p)
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        command.register(sub)
    return p
