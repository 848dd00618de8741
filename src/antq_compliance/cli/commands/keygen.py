"""``antq keygen``: a new random AES-256 key for ``--key-file``."""

from __future__ import annotations

import argparse
import base64
import os
from typing import Any

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    keygen = sub.add_parser("keygen", help="print a new random AES-256 key for --key-file")
    keygen.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(base64.b64encode(os.urandom(32)).decode("ascii"))
    return 0
