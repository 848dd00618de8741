"""``antq subjects``: the registered units, filtered by kind, place, ownership and verdict.

``--province`` names a province as it is now or as it was: a current province lists the units
of every former province now in it (``docs/reports.md``). ``--commune`` is a commune's name or
5-digit code. ``--verdict`` needs ``--year``: each subject is evaluated as the projections do,
as of the day its kind's year is settled (``--as-of`` to choose another day). The table ends
with the count; the JSON is the list (with each subject's verdict when ``--year`` is given).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import date
from typing import Any

from antq_compliance.application.ledger import Ledger
from antq_compliance.cli.args import date_arg, year_arg
from antq_compliance.cli.common import UsageError, open_ledger, print_json
from antq_compliance.cli.render.text import subjects_table
from antq_compliance.codec.results import subject_to_json
from antq_compliance.domain.record import SubjectSummary
from antq_compliance.domain.vocabulary import Ownership, SubjectKind, Verdict
from antq_compliance.regulation.admin_units import admin_units, same_name

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    subs = sub.add_parser("subjects", help="list registered subjects")
    subs.add_argument("--format", choices=("table", "json"), default="table")
    # Filters (docs/guide-vi.md): every one given must hold.
    subs.add_argument("--kind", choices=[k.value for k in SubjectKind], help="kind of subject")
    subs.add_argument("--province", help="province, current or former (NFC, any case)")
    subs.add_argument("--commune", help="commune: its name or its 5-digit code")
    subs.add_argument("--ownership", choices=[o.value for o in Ownership], help="enterprises")
    subs.add_argument(
        "--verdict", choices=[v.value for v in Verdict], help="verdict for --year (required)"
    )
    subs.add_argument("--year", type=year_arg, help="evaluation year of --verdict")
    subs.add_argument(
        "--as-of", type=date_arg, help="business date of --year (default: its kind's settled day)"
    )
    subs.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List the subjects ``args`` selects: table and count, or JSON."""
    year: int | None = getattr(args, "year", None)
    verdict = Verdict(args.verdict) if getattr(args, "verdict", None) else None
    if verdict is not None and year is None:
        raise UsageError("--verdict cần --year" if args.lang == "vi" else "--verdict needs --year")
    with open_ledger(args) as ledger:
        rows = _filtered(ledger.subjects(), args)
        verdicts = None
        if year is not None:
            verdicts = _verdicts(ledger, year, getattr(args, "as_of", None), {s.id for s in rows})
            if verdict is not None:
                rows = [s for s in rows if verdicts.get(s.id) is verdict]
    if args.format == "json":
        print_json([_json(s, year, verdicts) for s in rows])
    else:
        print(subjects_table(rows, args.lang, verdicts, year))
    return 0


def _filtered(rows: Iterable[SubjectSummary], args: argparse.Namespace) -> list[SubjectSummary]:
    kind = getattr(args, "kind", None)
    ownership = getattr(args, "ownership", None)
    province: str | None = getattr(args, "province", None)
    commune: str | None = getattr(args, "commune", None)
    chosen = list(rows)
    if kind:
        chosen = [s for s in chosen if s.kind.value == kind]
    if ownership:
        chosen = [s for s in chosen if s.ownership is not None and s.ownership.value == ownership]
    if province is not None:
        units = admin_units()
        name = units.canonical(province, extra={s.province for s in chosen})
        chosen = [
            s
            for s in chosen
            if same_name(s.province, name) or same_name(units.current(s.province), name)
        ]
    if commune is not None:
        code = commune.strip()
        chosen = [s for s in chosen if (s.commune_code == code) or same_name(s.commune, commune)]
    return chosen


def _verdicts(
    ledger: Ledger, year: int, as_of: date | None, wanted: set[str]
) -> dict[str, Verdict]:
    """Each wanted subject's verdict for ``year`` (absent: not registered by then)."""
    # Only the subjects listed are evaluated: a province's list costs its own streams.
    if as_of is not None:
        return {s.subject: s.verdict for s in ledger.statuses(year, as_of=as_of, subjects=wanted)}
    projection = ledger.replay([year], keep_facts=False, subjects=wanted)
    return {
        subject: status.verdict
        for (subject, y), status in projection.statuses.items()
        if y == year and subject in wanted
    }


def _json(
    summary: SubjectSummary, year: int | None, verdicts: dict[str, Verdict] | None
) -> dict[str, Any]:
    body = subject_to_json(summary)
    if year is not None and verdicts is not None:
        verdict = verdicts.get(summary.id)
        body["year"] = year
        body["verdict"] = verdict.value if verdict else None
    return body
