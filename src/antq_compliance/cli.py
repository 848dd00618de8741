"""The ``antq`` command line."""

from __future__ import annotations

import argparse
import base64
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import orjson

from ._cliargs import VN, cipher_key, date_arg, instant_arg, year_arg
from ._codec import (
    change_to_json,
    diff_to_json,
    erasure_to_json,
    fact_to_json,
    finding_to_json,
    status_to_json,
)
from .cli_follow import register as register_follow
from .cli_follow import run as run_follow
from .cli_report import register as register_report
from .cli_report import run as run_report
from .errors import AntqError
from .ledger import DEFAULT_DB, Ledger
from .policy import Actor
from .render import (
    audit_table,
    board,
    diff_table,
    explanation,
    history_table,
    subjects_table,
)
from .vocabulary import Role

__all__ = ["main"]

DEMO_YEAR = 2024
DEMO_AS_OF = date(2024, 12, 31)


class _UsageError(Exception):
    pass


_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _db(text: str) -> str:
    """A ``--db`` value, checked before anything is opened (bad values are usage errors)."""
    if text == ":memory:":
        return text
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise argparse.ArgumentTypeError(f"contains a control character: {text[:60]!r}")
    if text.startswith(("postgresql://", "postgres://")):
        url = urlparse(text)
        shown = url._replace(netloc=url.netloc.rpartition("@")[2]).geturl()  # no password
        try:
            url.port  # noqa: B018 - parsing the port is the check
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"not a PostgreSQL URL ({exc}): {shown}") from None
        schema = parse_qs(url.query).get("schema", [""])[-1]
        if "schema" in parse_qs(url.query) and not _SCHEMA_NAME.fullmatch(schema):
            raise argparse.ArgumentTypeError(
                f"schema {schema[:60]!r}: expected 1-63 lowercase letters, digits and _, not "
                f"starting with a digit ({shown})"
            )
        return text
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder, not a SQLite file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder of {text!r} does not exist")
    return text


def _one_line(message: str) -> str:
    """Errors are one line on stderr, whatever text a value carried into them."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="antq",
        description="Circular 124/2021/TT-BCA 'An toàn về an ninh, trật tự': record facts, "
        "ask for the status of every criterion.",
    )
    p.add_argument(
        "--db",
        type=_db,
        default=os.environ.get("ANTQ_DB", DEFAULT_DB),
        help=f"SQLite file or postgresql:// URL (default: $ANTQ_DB or ./{DEFAULT_DB})",
    )
    p.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of labels and reasons"
    )
    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=os.environ.get("ANTQ_ROLE", Role.SYSTEM.value),
        help="the role facts are recorded in, checked against the policy (default: $ANTQ_ROLE "
        "or system, the role of legacy imports)",
    )
    p.add_argument(
        "--unit",
        default=os.environ.get("ANTQ_UNIT") or None,
        help="with --role unit: the identifier of the unit you act for (default: $ANTQ_UNIT)",
    )
    p.add_argument(
        "--key-file",
        type=Path,
        default=os.environ.get("ANTQ_KEY_FILE") or None,
        help="file holding the store's AES-256 key (antq keygen); encrypts what is written "
        "and opens what is read (default: $ANTQ_KEY_FILE; $ANTQ_CIPHER_KEY also works)",
    )
    p.add_argument("--compress", action="store_true", help="compress what is written (zlib)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser(
        "demo", help="import the Trà Vinh example into a fresh store and print the boards"
    )
    demo.add_argument(
        "--file", type=Path, help="event file (default: the packaged Trà Vinh example)"
    )
    demo.add_argument(
        "--keep", action="store_true", help="write into --db instead of a temporary file"
    )

    imp = sub.add_parser("import", help="import a JSON Lines file atomically")
    imp.add_argument("file", type=Path)

    era = sub.add_parser(
        "erase", help="erase a person's personal data (destroys its keys; verdicts unchanged)"
    )
    era.add_argument("person", help="the person reference as recorded (e.g. NV-00417)")
    era.add_argument("--legal-basis", required=True, help="why (e.g. the request and article)")
    era.add_argument("--by", required=True, help="who executes the erasure (your reference)")
    era.add_argument("--subject", help="only in this unit's record (default: every unit)")
    era.add_argument("--date", type=date_arg, help="date of the decision (default: today)")
    era.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("keygen", help="print a new random AES-256 key for --key-file")

    def evaluation_args(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--year", type=year_arg, required=True, help="evaluation year Y")
        cmd.add_argument(
            "--as-of",
            type=date_arg,
            help="business date facts happened by (default: today, Vietnam time)",
        )
        cmd.add_argument(
            "--known-at",
            type=instant_arg,
            help="recording instant facts were known at (default: all)",
        )
        cmd.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
        cmd.add_argument("--format", choices=("table", "json"), default="table")

    status = sub.add_parser("status", help="a subject's board for a year")
    status.add_argument("subject")
    evaluation_args(status)

    exp = sub.add_parser("explain", help="why one criterion has its status")
    exp.add_argument("subject")
    exp.add_argument("clause", help="clause id, e.g. TT124.D6.K1.p2")
    evaluation_args(exp)

    subs = sub.add_parser("subjects", help="list registered subjects")
    subs.add_argument("--format", choices=("table", "json"), default="table")

    ver = sub.add_parser("verify", help="check the log against its hash chain (tamper evidence)")
    ver.add_argument("--format", choices=("text", "json"), default="text")
    ver.add_argument(
        "--no-seal", action="store_true", help="read only: do not seal rows not yet chained"
    )

    hist = sub.add_parser("history", help="how a year's status changed, as facts were recorded")
    hist.add_argument("subject")
    hist.add_argument("--year", type=year_arg, required=True)
    hist.add_argument("--as-of", type=date_arg, help="business date (default: the window's end)")
    hist.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    hist.add_argument("--format", choices=("table", "json"), default="table")

    dif = sub.add_parser("diff", help="what changed between two recording instants, and why")
    dif.add_argument("subject")
    dif.add_argument("--year", type=year_arg, required=True)
    dif.add_argument("--from", dest="known_from", type=instant_arg, required=True)
    dif.add_argument("--to", dest="known_to", type=instant_arg, required=True)
    dif.add_argument("--as-of", type=date_arg, help="business date (default: the window's end)")
    dif.add_argument("--rulebook", help="evaluate under this instrument (e.g. TT124)")
    dif.add_argument("--format", choices=("table", "json"), default="table")

    rep = sub.add_parser("replay", help="rebuild the status projection from the log")
    rep.add_argument("--year", type=year_arg, action="append", required=True, help="repeatable")
    rep.add_argument(
        "--check", action="store_true", help="compare with a fresh evaluation of every subject"
    )

    register_follow(sub)
    register_report(sub)

    aud = sub.add_parser("audit", help="decisions that disagree with the record, all subjects")
    aud.add_argument("--year", type=year_arg, required=True)
    aud.add_argument("--format", choices=("table", "json"), default="table")

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
    return p


def _print_json(obj: object) -> None:
    sys.stdout.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode() + "\n")


def _today() -> date:
    return datetime.now(VN).date()


def _demo_files(given: Path | None) -> list[Path]:
    """The Trà Vinh example: the year as first reported, then the late reports."""
    if given is not None:
        return [given]
    packaged = resources.files("antq_compliance").joinpath("demo")
    if packaged.is_dir():
        return [Path(str(packaged / name)) for name in ("tra_vinh.jsonl", "tra_vinh_late.jsonl")]
    # An editable install (the repository): the one copy lives in examples/.
    folder = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh"
    return [folder / "events.jsonl", folder / "late.jsonl"]


def _import_line(source: Path, written: int, unchanged: int, lang: str) -> str:
    if lang == "vi":
        return f"{source}: {written} dữ kiện mới, {unchanged} đã có"
    return f"{source}: {written} facts written, {unchanged} already present"


def _run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    if args.command == "demo":
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db if args.keep else str(Path(tmp) / "demo.sqlite3")
            with Ledger(db) as ledger:
                for source in _demo_files(args.file):
                    result = ledger.import_jsonl(source)
                    print(_import_line(source, result.written, result.unchanged, lang))
                for status in ledger.statuses(DEMO_YEAR, as_of=DEMO_AS_OF):
                    print()
                    print(board(status, lang))
                print()
                print(audit_table(DEMO_YEAR, ledger.audit(DEMO_YEAR), lang))
        return 0
    if args.command == "spec-report":
        return _spec_report(args)
    if args.command == "follow":
        return run_follow(args)
    if args.command == "report":
        return run_report(args)

    if args.command == "keygen":
        print(base64.b64encode(os.urandom(32)).decode("ascii"))
        return 0
    try:
        actor = Actor(Role(args.role), args.unit)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    key = cipher_key(args.key_file)
    with Ledger(args.db, actor=actor, cipher_key=key, compress=args.compress) as ledger:
        if args.command == "erase":
            erasure = ledger.erase(
                args.person,
                legal_basis=args.legal_basis,
                recorded_by=args.by,
                occurred_on=args.date or _today(),
                subject=args.subject,
            )
            if args.format == "json":
                _print_json(erasure_to_json(erasure))
            elif lang == "vi":
                print(
                    f"đã xoá: {len(erasure.keys)} khoá, hồ sơ của {', '.join(erasure.subjects)}; "
                    f"ghi nhận {erasure.id}"
                )
            else:
                print(
                    f"erased: {len(erasure.keys)} keys, in the records of "
                    f"{', '.join(erasure.subjects)}; recorded as {erasure.id}"
                )
            return 0
        if args.command == "import":
            result = ledger.import_jsonl(args.file)
            print(_import_line(args.file, result.written, result.unchanged, lang))
            return 0
        if args.command == "subjects":
            rows = ledger.subjects()
            if args.format == "json":
                _print_json(
                    [
                        {
                            "id": s.id,
                            "name": s.name,
                            "kind": s.kind.value,
                            "ownership": s.ownership.value if s.ownership else None,
                            "province": s.province,
                            "commune": s.commune,
                            "facts": s.facts,
                        }
                        for s in rows
                    ]
                )
            else:
                print(subjects_table(rows, lang))
            return 0
        if args.command == "verify":
            report = ledger.verify(seal=not args.no_seal)
            if args.format == "json":
                _print_json(report.to_json(lang))
            elif report.ok:
                print(report.summary(lang))
            if not report.ok:
                print(f"antq: error: {report.summary(lang)}", file=sys.stderr)
                return 1
            return 0
        as_of = getattr(args, "as_of", None) or _today()
        if args.command == "status":
            status = ledger.status(
                args.subject, args.year, as_of=as_of, known_at=args.known_at, rulebook=args.rulebook
            )
            if args.format == "json":
                _print_json(status_to_json(status))
            else:
                print(board(status, lang))
            return 0
        if args.command == "explain":
            exp = ledger.explain(
                args.subject,
                args.clause,
                args.year,
                as_of=as_of,
                known_at=args.known_at,
                rulebook=args.rulebook,
            )
            if args.format == "json":
                body = status_to_json(exp.status)
                chosen = next(
                    c for c in [body["scope"], *body["criteria"]] if c and c["id"] == exp.result.id
                )
                _print_json(
                    {
                        "subject": body["subject"],
                        "year": body["year"],
                        "criterion": chosen,
                        "evidence": [fact_to_json(f) for f in exp.evidence],
                        "verdict": body["verdict"],
                        "as_of": body["as_of"],
                    }
                )
            else:
                print(explanation(exp, lang))
            return 0
        if args.command == "history":
            changes = ledger.history(
                args.subject, args.year, as_of=args.as_of, rulebook=args.rulebook
            )
            if args.format == "json":
                _print_json([change_to_json(c) for c in changes])
            else:
                print(history_table(args.subject, args.year, changes, lang))
            return 0
        if args.command == "diff":
            delta = ledger.diff(
                args.subject,
                args.year,
                known_from=args.known_from,
                known_to=args.known_to,
                as_of=args.as_of,
                rulebook=args.rulebook,
            )
            if args.format == "json":
                _print_json(diff_to_json(delta))
            else:
                print(diff_table(delta, lang))
            return 0
        if args.command == "replay":
            started = time.perf_counter()
            projection = ledger.replay(args.year)
            seconds = time.perf_counter() - started
            verdicts = Counter(
                (year, s.verdict.value) for (_, year), s in projection.statuses.items()
            )
            print(
                f"{projection.position} events, {len(projection.facts)} subjects, "
                f"{seconds:.2f}s ({projection.position / max(seconds, 1e-9):,.0f} events/s)"
            )
            for (year, verdict), count in sorted(verdicts.items()):
                print(f"  {year} {verdict}: {count}")
            if args.check:
                mismatches = [
                    (s.subject, year)
                    for year in args.year
                    for s in ledger.statuses(
                        year, as_of=ledger.rulebook.for_year(year).window(year).end
                    )
                    if status_to_json(s) != status_to_json(projection.status(s.subject, year))
                ]
                if mismatches:
                    raise AntqError(f"replay differs from a fresh evaluation for {mismatches[:5]}")
                print("replay equals a fresh evaluation of every subject")
            return 0
        if args.command == "audit":
            findings = ledger.audit(args.year)
            if args.format == "json":
                _print_json([finding_to_json(f) for f in findings])
            else:
                print(audit_table(args.year, findings, lang))
            return 1 if any(f.severity == "error" for f in findings) else 0
    raise _UsageError(f"unknown command {args.command!r}")  # pragma: no cover - argparse guards


def _spec_report(args: argparse.Namespace) -> int:
    try:  # pytest-bdd's Gherkin parser reads the feature files: a test dependency
        from .specreport import command
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point. Exit 0 on success, 1 on bad data, 2 on bad usage; errors are one line."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        for argument in arguments:  # no file name or value can hold one
            if "\x00" in argument:
                raise _UsageError(f"an argument contains a NUL character: {argument[:60]!r}")
        args = _parser().parse_args(arguments)
        return _run(args)
    except _UsageError as exc:
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
