"""The ``antq`` command line: parse, run the subcommand's handler, report errors in one line.

Exit status: 0 success; 1 bad data, a failed check, a store or file that cannot be used, an
optional extra not installed; 2 bad usage (also a bare ``antq``, which prints the usage);
130 interrupted (Ctrl-C); 141 standard output closed by the reader (``antq subjects | head``),
quietly, as a process ended by SIGPIPE. Every error is one line on stderr.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from antq_compliance.cli.common import ParserExit, UsageError
from antq_compliance.cli.help_text import choose_lang, translate_argparse
from antq_compliance.cli.parser import build_parser
from antq_compliance.domain.errors import AntqError, NotPermitted
from antq_compliance.domain.messages import not_permitted

__all__ = ["EXIT_INTERRUPTED", "EXIT_PIPE", "EXTRAS", "READ_ONLY", "main"]

EXIT_INTERRUPTED = 130
EXIT_PIPE = 141

READ_ONLY = frozenset(
    ("status", "explain", "subjects", "verify", "history", "diff", "replay", "report", "audit")
)
"""Commands that read a store: they refuse one that does not exist instead of creating it."""

_HTML = ("antq report --format html", "antq report --format html")
_POSTGRES = ("kho postgresql://", "a postgresql:// store")
_SPEC = ("antq spec-report", "antq spec-report")
EXTRAS = {
    "matplotlib": ("report", _HTML),
    "psycopg": ("postgres", _POSTGRES),
    "psycopg_pool": ("postgres", _POSTGRES),
    "pytest_bdd": ("spec", _SPEC),
    "pytest": ("spec", _SPEC),
    "gherkin": ("spec", _SPEC),
}
"""The top-level module a feature imports only when used: the extra that installs it, and the
feature (in Vietnamese, in English)."""


def _one_line(message: str) -> str:
    """Errors are one line on stderr, whatever text a value carried into them."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def _error(message: str) -> None:
    print(f"antq: error: {_one_line(message)}", file=sys.stderr)


def _tolerate_narrow_terminals() -> None:
    """On a terminal whose encoding is not UTF-8 (a legacy locale, ``PYTHONIOENCODING=ascii``),
    what cannot be shown is replaced by ``?`` instead of ending the command with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        if not encoding.startswith("utf") and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _missing_store(args: argparse.Namespace) -> str | None:
    """The SQLite file a read-only command was given, if it does not exist."""
    db = str(getattr(args, "db", ""))
    if args.command not in READ_ONLY or not db or db == ":memory:" or "://" in db:
        return None
    return None if Path(db).exists() else db


def _no_store_message(db: str, lang: str) -> str:
    if lang == "vi":
        return (
            f"không có kho dữ liệu {db!r}: kiểm tra --db (hoặc $ANTQ_DB); chỉ lệnh import tạo "
            "kho mới"
        )
    return f"no store at {db!r}: check --db (or $ANTQ_DB); only antq import creates a store"


def _extra_message(exc: ModuleNotFoundError, lang: str) -> str | None:
    root = (exc.name or "").split(".")[0]
    if root not in EXTRAS:
        return None
    extra, (feature_vi, feature) = EXTRAS[root]
    if lang == "vi":
        return (
            f"{feature_vi} cần gói phụ [{extra}] (thiếu mô-đun {root}): "
            f"pip install 'antq-compliance[{extra}]'"
        )
    return (
        f"{feature} needs the [{extra}] extra (module {root} is not installed): "
        f"pip install 'antq-compliance[{extra}]'"
    )


def _quiet_stdout() -> None:
    """After a closed pipe: send what is still buffered nowhere, so that the interpreter's
    final flush does not print "Broken pipe" (the recipe of Python's signal documentation)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (captured in a test)
        pass


def _run(arguments: list[str], lang: str) -> int:
    for argument in arguments:  # no file name or value can hold one
        if "\x00" in argument:
            raise UsageError(f"an argument contains a NUL character: {argument[:60]!r}")
    parser = build_parser(lang)
    if not arguments:  # a bare `antq`: the usage
        parser.print_help(sys.stderr)
        return 2
    args = parser.parse_args(arguments)
    if args.command is None:  # options, but no command
        raise UsageError(
            "thiếu lệnh (antq --help liệt kê các lệnh)"
            if args.lang == "vi"
            else "a command is missing (antq --help lists them)"
        )
    missing = _missing_store(args)
    if missing is not None:
        _error(_no_store_message(missing, args.lang))
        return 1
    status: int = args.handler(args)
    sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: the exit status of the module's docstring; errors are one line."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    lang = choose_lang(arguments)
    _tolerate_narrow_terminals()
    gettext = argparse._  # type: ignore[attr-defined]
    argparse._ = translate_argparse(lang)  # type: ignore[attr-defined]
    try:
        return _run(arguments, lang)
    except ParserExit as exc:  # --help, --version
        return exc.status
    except KeyboardInterrupt:
        print("antq: đã dừng (Ctrl-C)" if lang == "vi" else "antq: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except UsageError as exc:
        _error(str(exc))
        return 2
    except ModuleNotFoundError as exc:
        message = _extra_message(exc, lang)
        if message is None:
            raise
        _error(message)
        return 1
    except NotPermitted as exc:
        _error(not_permitted(exc, lang))
        return 1
    except (AntqError, OSError, UnicodeError) as exc:
        _error(str(exc))
        return 1
    except Exception as exc:
        if not _from_the_database(exc):
            raise
        _error(f"the store could not be opened or used ({type(exc).__name__}: {str(exc).strip()})")
        return 1
    finally:
        argparse._ = gettext  # type: ignore[attr-defined]


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
