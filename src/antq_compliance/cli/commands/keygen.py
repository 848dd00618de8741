"""``antq keygen``: a new random AES-256 key for ``--key-file``, never left readable by others."""

from __future__ import annotations

import argparse
import base64
import contextlib
import os
import stat
import sys
from typing import Any

from antq_compliance.cli.args import key_output_warning
from antq_compliance.cli.common import UsageError

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    keygen = sub.add_parser(
        "keygen",
        help="a new random AES-256 key for --key-file (written with mode 0600)",
    )
    keygen.add_argument(
        "--out", metavar="FILE", help="write the key to FILE, mode 0600 (never overwritten)"
    )
    keygen.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    key = base64.b64encode(os.urandom(32)).decode("ascii") + "\n"
    if args.out:
        try:
            fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise UsageError(f"{args.out}: already exists; a key is never overwritten") from None
        except OSError as exc:
            raise UsageError(f"{args.out}: cannot be written ({exc.strerror})") from None
        with os.fdopen(fd, "w", encoding="ascii") as out:
            os.fchmod(out.fileno(), 0o600)  # whatever the umask
            out.write(key)
        return 0
    shell_fd = _stdout_fd()
    if shell_fd is not None:
        _make_private(shell_fd)
    sys.stdout.write(key)
    sys.stdout.flush()
    # Still readable by others (a terminal, a pipe, a file that could not be chmod-ed): say so.
    warning = key_output_warning(shell_fd) if shell_fd is not None else None
    if warning is not None:
        print(f"antq: {warning}", file=sys.stderr)
    return 0


def _stdout_fd() -> int | None:
    try:
        return sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # io.StringIO and the like: no file
        return None


def _make_private(fd: int) -> None:
    """``antq keygen > key``: the shell made the file with the umask (often world-readable);
    make it owner-only before the key is written (if that fails, the warning says so)."""
    with contextlib.suppress(OSError):
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode) and mode & 0o077:
            os.fchmod(fd, 0o600)
