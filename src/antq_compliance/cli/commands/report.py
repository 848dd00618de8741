"""``antq report province NAME --year Y``: the movement's figures, from the log.

Bad input (an unknown province, a year without data, a province no longer current without
``--former``, an unknown figure, an unsupported format) is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from antq_compliance.application.ledger import Ledger
from antq_compliance.cli.args import cipher_key, date_arg, instant_arg, year_arg
from antq_compliance.cli.common import output_arg
from antq_compliance.cli.progress import Bars
from antq_compliance.cli.render.province import (
    explain_csv,
    explain_json,
    explain_md,
    explain_table,
    report_csv,
    report_html,
    report_json,
    report_md,
    report_table,
)
from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.projections.reports.figures import FIGURE_KEYS, ReportError
from antq_compliance.regulation.admin_units import UnknownAdminUnit

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("table", "json", "csv", "md", "html")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``report`` (with its ``province`` report) to the ``antq`` subcommands."""
    report = subparsers.add_parser("report", help="the movement's figures per province and year")
    report.set_defaults(handler=run)
    kinds = report.add_subparsers(dest="report_kind", required=True)
    province = kinds.add_parser(
        "province",
        help="figures of a province (everything now in it, or --former: as it was) for a year",
    )
    province.add_argument("name", help='province name, e.g. "Vĩnh Long" (NFC, any case)')
    province.add_argument("--year", type=year_arg, required=True, help="year Y")
    province.add_argument(
        "--commune",
        help='only this commune of the province: its name, its 5-digit code, or "name, '
        'province" (the province its units recorded) when the name alone names several',
    )
    province.add_argument(
        "--former",
        action="store_true",
        help="the former province as it was before its merger (e.g. Trà Vinh until 30/06/2025)",
    )
    province.add_argument("--format", choices=FORMATS, default="table")
    province.add_argument(
        "--explain",
        metavar="FIGURE",
        help="list the units and fact ids behind one figure (e.g. registered.private, or "
        "communes.29254: the units a commune manages)",
    )
    province.add_argument(
        "--as-of", type=date_arg, help="business date facts happened by (default: 31/12 of Y)"
    )
    province.add_argument(
        "--known-at", type=instant_arg, help="recording instant facts were known at (default: all)"
    )
    province.add_argument(
        "--out", type=output_arg, help="write to this file instead of stdout (- for stdout)"
    )
    # SUPPRESS: without it the subcommand's default would override `antq --lang en report`.
    province.add_argument(
        "--lang", choices=("vi", "en"), default=argparse.SUPPRESS, help="as antq --lang"
    )


def _fail(message: str) -> int:
    print(f"antq: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Make the report asked for by ``args`` (parsed by the parser :func:`register` extends)."""
    lang: str = args.lang
    if args.explain is not None and args.format == "html":
        return _fail("--explain gives table, json, csv or md, not html")
    if args.explain is not None and not _figure_key(args.explain):
        return _fail(f"unknown figure {args.explain!r}; one of: {', '.join(FIGURE_KEYS)}")
    with Ledger(args.db, cipher_key=cipher_key(args.key_file)) as ledger, Bars(lang) as bars:
        try:
            report = ledger.province_report(
                args.name,
                args.year,
                as_of=args.as_of,
                known_at=args.known_at,
                former=args.former,
                commune=args.commune,
                saved=True,  # the projection antq follow keeps, or the one the last call saved
                progress=bars,
            )
        except (ReportError, UnknownAdminUnit, InvalidQuery) as exc:
            return _fail(str(exc))
    if args.explain is not None:
        try:
            report.figure(args.explain)
        except ReportError as exc:
            return _fail(str(exc))
        key = args.explain
        text = {
            "table": lambda: explain_table(report, key, lang) + "\n",
            "json": lambda: _json(explain_json(report, key, lang)),
            "csv": lambda: explain_csv(report, key, lang),
            "md": lambda: explain_md(report, key, lang),
        }[args.format]()
    else:
        text = {
            "table": lambda: report_table(report, lang) + "\n",
            "json": lambda: _json(report_json(report, lang)),
            "csv": lambda: report_csv(report, lang),
            "md": lambda: report_md(report, lang),
            "html": lambda: report_html(report, lang),
        }[args.format]()
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(args.out)
    else:
        sys.stdout.write(text)
    if bars.enabled:  # on a terminal only: standard output holds the report alone
        took = f"{bars.seconds():.2f}"
        done = (
            f"báo cáo lập trong {took.replace('.', ',')} giây"
            if lang == "vi"
            else (f"report made in {took} s")
        )
        print(done, file=sys.stderr)
    return 0


def _figure_key(key: str) -> bool:
    """A key of every report, or a commune's (``communes.<5-digit code>``, checked against the
    report's communes once it is made)."""
    head, _, code = key.partition(".")
    return key in FIGURE_KEYS or (head == "communes" and code.isdigit() and len(code) == 5)


def _json(obj: object) -> str:
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode() + "\n"
