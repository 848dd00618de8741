"""``antq spec-report``: the feature files as a reviewable edition, coverage and sign-offs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from antq_compliance.domain.errors import AntqError

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    spec = sub.add_parser(
        "spec-report",
        help="the feature files as a reviewable edition (Markdown and HTML), coverage, sign-offs",
    )
    spec.add_argument(
        "--features", type=Path, default=Path("features"), help="feature files (default: features)"
    )
    spec.add_argument("--cucumber", type=Path, help="results of a run: pytest --cucumberjson=FILE")
    spec.add_argument(
        "--out",
        type=Path,
        help="folder for spec.md and spec.html (default: reports; with --check: none)",
    )
    spec.add_argument(
        "--signoff",
        type=Path,
        help="sign-off record (default: reviews/signoff.toml when it exists)",
    )
    spec.add_argument(
        "--check",
        action="store_true",
        help="exit 1 with one line per gap: a clause of the rulebook without its rule, its Rule, "
        "a passing and a failing scenario, or with a failed run (given --cucumber)",
    )
    spec.add_argument(
        "--fingerprint", metavar="CLAUSE", help="print the clause's current fingerprint"
    )
    # SUPPRESS: without it the subcommand's default would override `antq --lang en spec-report`.
    spec.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=argparse.SUPPRESS,
        help="as antq --lang (default vi)",
    )
    spec.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:  # pytest-bdd's Gherkin parser reads the feature files: a test dependency
        from antq_compliance.spec.report import command
    except ImportError as exc:
        raise AntqError(
            f"antq spec-report needs the spec extra (pip install 'antq-compliance[spec]'): {exc}"
        ) from None
    return command(
        features=args.features,
        cucumber=args.cucumber,
        out=args.out,
        signoff=args.signoff,
        check=args.check,
        fingerprint_of=args.fingerprint,
        lang=args.lang,
        stdout=sys.stdout,
    )
