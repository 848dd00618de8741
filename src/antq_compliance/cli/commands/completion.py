"""``antq completion bash|zsh|tcsh``: the shell completion script, generated from the parser.

shtab writes a static script from the argparse parser itself: every subcommand, option and
choice the parser knows is completed, nothing is kept by hand, and pressing Tab does not start
Python (argcomplete would run ``antq`` on every Tab, and needs a hook in the shell's startup).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["SHELLS", "register", "run"]

SHELLS = ("bash", "zsh", "tcsh")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    cmd = sub.add_parser("completion", help="print the shell completion script")
    cmd.add_argument("shell", choices=SHELLS, help="the shell")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import shtab

    from antq_compliance.cli.parser import build_parser

    sys.stdout.write(shtab.complete(build_parser(args.lang), shell=args.shell))
    return 0
