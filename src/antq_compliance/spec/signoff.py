"""Reviewers' sign-offs (``reviews/signoff.toml``), each tied to a fingerprint of what was
reviewed."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs

from antq_compliance.regulation.clauses import catalogue
from antq_compliance.spec.errors import SpecReportError

__all__ = [
    "DEFAULT_SIGNOFF",
    "FINGERPRINT_LENGTH",
    "VERDICTS",
    "Signoff",
    "SignoffError",
    "load_signoffs",
]

DEFAULT_SIGNOFF = Path("reviews/signoff.toml")
FINGERPRINT_LENGTH = 12
VERDICTS = ("approved", "needs_change", "cannot_verify")


class SignoffError(SpecReportError, ValueError):
    """The sign-off record is invalid; ``problems`` has one line per entry and field."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        if len(self.problems) == 1:
            super().__init__(f"invalid sign-off record: {self.problems[0]}")
        else:
            super().__init__("invalid sign-off record:\n  " + "\n  ".join(self.problems))


# --- the sign-off record ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Signoff:
    """One reviewer's verdict on one clause, as recorded in ``reviews/signoff.toml``."""

    clause: str
    verdict: str
    reviewer: str
    date: date
    source: str
    comment: str
    fingerprint: str
    entry: int
    """Its position in the file (1 = first ``[[signoff]]``), for messages."""


_SIGNOFF_FIELDS = ("clause", "verdict", "reviewer", "date", "source", "comment", "fingerprint")
_FINGERPRINT = re.compile(rf"[0-9a-f]{{{FINGERPRINT_LENGTH}}}")


def _signoff_date(value: object) -> date | str:
    """The date, or the problem with it."""
    if isinstance(value, datetime):
        return "must be a date (YYYY-MM-DD), not a date and time"
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(value, fmt).date()
            except ValueError:
                continue
        return "is not a date (YYYY-MM-DD, or dd/mm/yyyy in quotes)"
    return "must be a date (YYYY-MM-DD)"


def _read_entries(path: Path) -> tuple[list[Any], list[str]]:
    """The ``[[signoff]]`` tables of ``path``, and the problems of the file as a whole."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SignoffError([f"{path}: not valid TOML: {exc}"]) from None
    except OSError as exc:
        raise SignoffError([f"{path}: cannot be read: {exc}"]) from None
    problems = [
        f"{path}: unknown table or key {k!r} (only [[signoff]])" for k in raw if k != "signoff"
    ]
    entries = raw.get("signoff", [])
    if not isinstance(entries, list):
        raise SignoffError([f"{path}: 'signoff' must be an array of tables ([[signoff]])"])
    return entries, problems


def _field_problems(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, problem) for unknown, missing and mistyped fields."""
    out = [
        (name, f"unknown field (fields: {', '.join(_SIGNOFF_FIELDS)})")
        for name in sorted(set(entry) - set(_SIGNOFF_FIELDS))
    ]
    for name in _SIGNOFF_FIELDS:
        if name not in entry:
            out.append((name, "missing"))
        elif name != "date" and not isinstance(entry[name], str):
            out.append((name, "must be a string in quotes"))
    return out


def _value_problems(entry: dict[str, Any], found: dict[str, Signoff]) -> list[tuple[str, str]]:
    """(field, problem) for values that are not what a sign-off may hold."""
    out: list[tuple[str, str]] = []
    clause_id, verdict = entry["clause"], entry["verdict"]
    if clause_id not in catalogue():
        out.append(("clause", "not a clause id of the catalogue"))
    elif clause_id in found:
        out.append(
            ("clause", f"already signed off in entry {found[clause_id].entry}; keep one entry")
        )
    if verdict not in VERDICTS:
        out.append(("verdict", f"must be one of {', '.join(VERDICTS)}"))
    out += [(n, "must not be empty") for n in ("reviewer", "source") if not entry[n].strip()]
    if verdict in ("needs_change", "cannot_verify") and not entry["comment"].strip():
        out.append(("comment", f"must say why, for the verdict {verdict!r}"))
    day = _signoff_date(entry["date"])
    if isinstance(day, str):
        out.append(("date", day))
    if not _FINGERPRINT.fullmatch(entry["fingerprint"]):
        out.append(
            (
                "fingerprint",
                f"must be the {FINGERPRINT_LENGTH} hex digits printed by "
                f"'antq spec-report --fingerprint {clause_id}'",
            )
        )
    return out


def load_signoffs(path: Path) -> dict[str, Signoff]:
    """The sign-offs of ``path`` by clause id; :class:`SignoffError` lists every problem."""
    entries, problems = _read_entries(path)
    found: dict[str, Signoff] = {}
    for n, entry in enumerate(entries, start=1):
        label = f"{path}: entry {n}"
        if not isinstance(entry, dict):
            problems.append(f"{label}: must be a [[signoff]] table, not {entry!r}")
            continue
        if isinstance(entry.get("clause"), str):
            label += f" (clause {entry['clause']})"
        bad = _field_problems(entry) or _value_problems(entry, found)
        problems += [
            f"{label}: field '{name}'"
            + (f" = {entry[name]!r}" if name in entry else "")
            + f": {problem}"
            for name, problem in bad
        ]
        day = _signoff_date(entry["date"]) if not bad else None
        if bad or not isinstance(day, date):
            continue
        found[entry["clause"]] = Signoff(
            clause=entry["clause"],
            verdict=entry["verdict"],
            reviewer=entry["reviewer"].strip(),
            date=day,
            source=entry["source"].strip(),
            comment=entry["comment"].strip(),
            fingerprint=entry["fingerprint"],
            entry=n,
        )
    if problems:
        raise SignoffError(problems)
    return found
