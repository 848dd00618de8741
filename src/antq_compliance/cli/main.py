"""The ``antq`` command line: parse, run the subcommand's handler, report errors in one line.

Exit 0 on success, 1 on bad data or a failed check, 2 on bad usage.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from antq_compliance.cli.common import UsageError
from antq_compliance.cli.parser import build_parser
from antq_compliance.domain.errors import AntqError

__all__ = ["main"]


def _one_line(message: str) -> str:
    """Errors are one line on stderr, whatever text a value carried into them."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point. Exit 0 on success, 1 on bad data, 2 on bad usage; errors are one line."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        for argument in arguments:  # no file name or value can hold one
            if "\x00" in argument:
                raise UsageError(f"an argument contains a NUL character: {argument[:60]!r}")
        args = build_parser().parse_args(arguments)
        status: int = args.handler(args)
        return status
    except UsageError as exc:
        print(f"antq: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except (AntqError, OSError) as exc:
        print(f"antq: error: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:
        if not _from_the_database(exc):
            raise
        print(
            f"antq: error: the store could not be opened or used "
            f"({type(exc).__name__}: {_one_line(str(exc).strip())})",
            file=sys.stderr,
        )
        return 1


def _from_the_database(exc: Exception) -> bool:
    """An error of the database or its driver (server down, wrong password, not a SQLite
    file): told in one line like any other. Recognised by module, so that this module does
    not import the drivers."""
    return any(
        cls.__module__.split(".")[0] in ("sqlite3", "psycopg", "psycopg_pool", "eventsourcing")
        for cls in type(exc).__mro__
    )


if __name__ == "__main__":
    raise SystemExit(main())
