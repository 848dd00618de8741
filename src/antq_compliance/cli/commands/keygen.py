"""``antq keygen``: a new random AES-256 key for ``--key-file``."""

from __future__ import annotations

import argparse
import base64
import os
import sys
from typing import Any

from antq_compliance.cli.args import key_output_warning

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    keygen = sub.add_parser("keygen", help="print a new random AES-256 key for --key-file")
    keygen.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(base64.b64encode(os.urandom(32)).decode("ascii"), flush=True)
    warning = key_output_warning(sys.stdout.fileno()) if _has_fd(sys.stdout) else None
    if warning is not None:
        print(f"antq: {warning}", file=sys.stderr)
    return 0


def _has_fd(stream: object) -> bool:
    try:
        stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):  # io.StringIO and the like: no file
        return False
    return True
