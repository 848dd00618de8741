"""One module per ``antq`` subcommand, each with ``register(subparsers)`` (its arguments and
help) and ``run(args) -> exit status``. :data:`COMMANDS` is the order ``antq --help`` lists."""

from __future__ import annotations

from antq_compliance.cli.commands import (
    anchor,
    audit,
    demo,
    diff,
    erase,
    explain,
    follow,
    history,
    importing,
    keygen,
    replay,
    report,
    spec_report,
    status,
    subjects,
    verify,
)

__all__ = ["COMMANDS"]

COMMANDS = (
    demo,
    importing,
    erase,
    keygen,
    status,
    explain,
    subjects,
    verify,
    anchor,
    history,
    diff,
    replay,
    follow,
    report,
    audit,
    spec_report,
)
