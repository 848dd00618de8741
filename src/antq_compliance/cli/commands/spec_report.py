"""``antq spec-report``: the feature files as a reviewable edition, coverage and sign-offs;
``antq spec-report signoff CLAUSE``: a reviewer records a verdict on one clause."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from antq_compliance.cli.common import UsageError, today
from antq_compliance.domain.errors import AntqError
from antq_compliance.spec.signoff import DEFAULT_SIGNOFF

__all__ = ["register", "run", "run_signoff"]

SIGNOFF_ENV = "ANTQ_SIGNOFF"
"""The sign-off record to read and write instead of ``reviews/signoff.toml``."""


def _shared(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options of both ``spec-report`` and ``spec-report signoff``; under ``signoff`` they
    default to nothing, so that a value given before the word ``signoff`` stands."""

    def default(value: object) -> Any:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--features",
        type=Path,
        default=default(Path("features")),
        help="feature files (default: features)",
    )
    parser.add_argument(
        "--signoff",
        "--signoffs",
        dest="signoff",
        type=Path,
        default=default(None),
        help=f"sign-off record (default: ${SIGNOFF_ENV}, else reviews/signoff.toml)",
    )
    # SUPPRESS: without it the subcommand's default would override `antq --lang en spec-report`.
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=argparse.SUPPRESS,
        help="as antq --lang (default vi)",
    )


def _register_signoff(spec: argparse.ArgumentParser) -> None:
    actions = spec.add_subparsers(
        dest="spec_action", title="recording a sign-off", metavar="signoff"
    )
    cmd = actions.add_parser(
        "signoff",
        help="record a reviewer's verdict on a clause, with its current fingerprint",
        description="Record a sign-off in the sign-off record (rewritten atomically).",
    )
    cmd.add_argument("clause", metavar="CLAUSE", help="clause id of the catalogue")
    cmd.add_argument("--reviewer", required=True, help="name or role of the reviewer")
    cmd.add_argument(
        "--verdict",
        required=True,
        help='approved | needs_change | cannot_verify (also "đồng ý", "cần sửa", '
        '"không thể đối chiếu")',
    )
    cmd.add_argument(
        "--note", default="", help="comment; required for needs_change and cannot_verify"
    )
    cmd.add_argument(
        "--source",
        help="what the clause was compared against (default: the instrument's name)",
    )
    cmd.add_argument(
        "--date",
        dest="signed_on",
        metavar="DATE",
        help="day of the review, YYYY-MM-DD or dd/mm/yyyy (default: today in Vietnam)",
    )
    _shared(cmd, suppress=True)
    cmd.set_defaults(handler=run_signoff)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    spec = sub.add_parser(
        "spec-report",
        help="the feature files as a reviewable edition (Markdown and HTML), coverage, sign-offs",
    )
    spec.add_argument("--cucumber", type=Path, help="results of a run: pytest --cucumberjson=FILE")
    spec.add_argument(
        "--out",
        type=Path,
        help="folder for spec.md and spec.html (default: reports; with --check: none)",
    )
    spec.add_argument(
        "--official",
        action="append",
        default=[],
        metavar="[INSTRUMENT=]FILE",
        help="the official text of an instrument, to show beside the paraphrases (repeatable; "
        "the instrument is read from the file's first heading). Read, never copied.",
    )
    spec.add_argument(
        "--check",
        action="store_true",
        help="exit 1 with one line per gap: a clause of the rulebook without its rule, its Rule, "
        "a passing and a failing scenario, or with a failed run (given --cucumber); a stale or "
        "needs_change sign-off",
    )
    spec.add_argument(
        "--fingerprint", metavar="CLAUSE", help="print the clause's current fingerprint"
    )
    _shared(spec, suppress=False)
    _register_signoff(spec)
    spec.set_defaults(handler=run)


def _signoff_path(given: Path | None, *, writing: bool) -> Path | None:
    if given is not None:
        return given
    if os.environ.get(SIGNOFF_ENV):
        return Path(os.environ[SIGNOFF_ENV])
    return DEFAULT_SIGNOFF if writing or DEFAULT_SIGNOFF.is_file() else None


def _spec_extra() -> None:
    try:  # pytest-bdd's Gherkin parser reads the feature files: a test dependency
        import antq_compliance.spec.report  # noqa: F401
    except ImportError as exc:
        raise AntqError(
            f"antq spec-report needs the spec extra (pip install 'antq-compliance[spec]'): {exc}"
        ) from None


def run(args: argparse.Namespace) -> int:
    _spec_extra()
    from antq_compliance.spec.report import command

    return command(
        features=args.features,
        cucumber=args.cucumber,
        out=args.out,
        signoff=_signoff_path(args.signoff, writing=False),
        check=args.check,
        fingerprint_of=args.fingerprint,
        lang=args.lang,
        stdout=sys.stdout,
        official=args.official,
    )


def _day(value: str | None) -> date:
    if value is None:
        return today()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise UsageError(f"spec-report signoff: date {value!r}: not a date (YYYY-MM-DD or dd/mm/yyyy)")


def run_signoff(args: argparse.Namespace) -> int:
    _spec_extra()
    from antq_compliance.spec.report import signoff_command
    from antq_compliance.spec.signoff import SignoffInputError

    path = _signoff_path(getattr(args, "signoff", None), writing=True)
    assert path is not None  # writing: always a path
    try:
        return signoff_command(
            features=getattr(args, "features", Path("features")),
            signoff=path,
            clause_id=args.clause,
            verdict=args.verdict,
            reviewer=args.reviewer,
            note=args.note,
            source=args.source,
            day=_day(args.signed_on),
            lang=args.lang,
            stdout=sys.stdout,
        )
    except SignoffInputError as exc:  # bad usage: exit 2, nothing written
        raise UsageError(str(exc)) from None
