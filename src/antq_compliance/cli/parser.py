"""The ``antq`` argument parser: the global options, then each subcommand's own.

The global options (``--db``, ``--lang``, ``--role``, ``--unit``, ``--key-file``,
``--compress``) are accepted before or after the subcommand: each subcommand's parser repeats
them with no default of its own, so that a value given after the subcommand wins and one given
before it is kept. Help is in the language of :func:`~antq_compliance.cli.help_text.choose_lang`.
"""

from __future__ import annotations

import argparse
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from antq_compliance.application.base import DEFAULT_DB
from antq_compliance.cli.args import db_arg
from antq_compliance.cli.commands import COMMANDS, completion
from antq_compliance.cli.common import Parser
from antq_compliance.cli.help_text import HelpFormatter, choose_lang, localise
from antq_compliance.domain.vocabulary import Role

__all__ = ["GLOBAL_OPTIONS", "build_parser", "version"]

GLOBAL_OPTIONS = ("--db", "--lang", "--role", "--unit", "--key-file", "--compress")


def version() -> str:
    """The installed distribution's version (``antq --version``)."""
    try:
        return metadata.version("antq-compliance")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _global_options(p: argparse.ArgumentParser, *, lang: str, suppress: bool) -> None:
    """The options every command takes. With ``suppress`` (a subcommand's copy) they default
    to nothing, so that the value given before the subcommand stands."""

    def default(value: object) -> Any:
        return argparse.SUPPRESS if suppress else value

    def present(option: str) -> bool:
        return option in p._option_string_actions

    group: argparse.ArgumentParser | argparse._ArgumentGroup = p
    if suppress:
        group = p.add_argument_group("tuỳ chọn chung" if lang == "vi" else "global options")

    if not present("--db"):
        group.add_argument(
            "--db",
            type=db_arg,
            default=default(os.environ.get("ANTQ_DB", DEFAULT_DB)),
            help=f"SQLite file or postgresql:// URL (default: $ANTQ_DB or ./{DEFAULT_DB})",
        )
    if not present("--lang"):
        group.add_argument(
            "--lang",
            choices=("vi", "en"),
            default=default(lang),
            help="language of labels, reasons and help (default: the locale, else vi)",
        )
    if not present("--role"):
        group.add_argument(
            "--role",
            choices=[r.value for r in Role],
            default=default(os.environ.get("ANTQ_ROLE") or None),
            help="the role you record in, checked against the policy; required to write (import, "
            "erase): no default but $ANTQ_ROLE",
        )
    if not present("--unit"):
        group.add_argument(
            "--unit",
            default=default(os.environ.get("ANTQ_UNIT") or None),
            help="with --role unit: the identifier of the unit you act for (default: $ANTQ_UNIT)",
        )
    if not present("--key-file"):
        group.add_argument(
            "--key-file",
            type=Path,
            default=default(os.environ.get("ANTQ_KEY_FILE") or None),
            help="file holding the store's AES-256 key (antq keygen); encrypts what is written "
            "and opens what is read (default: $ANTQ_KEY_FILE; $ANTQ_CIPHER_KEY also works)",
        )
    if not present("--compress"):
        group.add_argument(
            "--compress",
            action="store_true",
            default=default(False),
            help="compress what is written (zlib)",
        )


def _every_subcommand(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += [child, *_every_subcommand(child)]
    return found


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``antq``: global options and one subparser per command module, with its
    help in ``lang`` (default: :func:`choose_lang` of no arguments, i.e. the locale)."""
    lang = lang or choose_lang([])
    p = Parser(
        prog="antq",
        description=(
            "Thông tư 124/2021/TT-BCA 'An toàn về an ninh, trật tự': ghi nhận dữ kiện, xem "
            "trạng thái của từng tiêu chí."
            if lang == "vi"
            else "Circular 124/2021/TT-BCA 'An toàn về an ninh, trật tự': record facts, "
            "ask for the status of every criterion."
        ),
        epilog=(
            "'antq LỆNH --help': mô tả và ví dụ của từng lệnh. Mã thoát: 0 thành công, 1 dữ "
            "liệu sai hoặc kiểm tra không đạt, 2 dùng sai lệnh, 130 bị ngắt (Ctrl-C), 141 đầu "
            "ra bị đóng (antq subjects | head)."
            if lang == "vi"
            else "'antq COMMAND --help': each command's description and examples. Exit status: "
            "0 success, 1 bad data or a failed check, 2 bad usage, 130 interrupted (Ctrl-C), 141 "
            "output closed by the reader (antq subjects | head)."
        ),
        formatter_class=HelpFormatter,
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"antq {version()}",
        help="show program's version number and exit",
    )
    _global_options(p, lang=lang, suppress=False)
    sub = p.add_subparsers(dest="command", required=False, parser_class=Parser, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    completion.register(sub)
    for child in _every_subcommand(p):
        _global_options(child, lang=lang, suppress=True)
    localise(p, lang)
    return p
