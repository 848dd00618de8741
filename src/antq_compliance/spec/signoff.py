"""Reviewers' sign-offs (``reviews/signoff.toml``), each tied to a fingerprint of what was
reviewed: reading and validating the record, and recording one sign-off
(``antq spec-report signoff``), which rewrites the file atomically."""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import tomllib
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs

from antq_compliance.regulation.clauses import catalogue, instruments
from antq_compliance.spec.errors import SpecReportError

__all__ = [
    "DEFAULT_SIGNOFF",
    "FINGERPRINT_LENGTH",
    "VERDICTS",
    "VERDICT_ALIASES",
    "VERDICT_LABELS",
    "Signoff",
    "SignoffError",
    "SignoffInputError",
    "load_signoffs",
    "record_signoff",
    "signoff_entry",
]

DEFAULT_SIGNOFF = Path("reviews/signoff.toml")
FINGERPRINT_LENGTH = 12
VERDICTS = ("approved", "needs_change", "cannot_verify")
VERDICT_ALIASES = {
    "đồng ý": "approved",
    "chấp thuận": "approved",
    "cần sửa": "needs_change",
    "không thể đối chiếu": "cannot_verify",
}
"""Vietnamese words a reviewer may type for a verdict (``--verdict "cần sửa"``)."""
VERDICT_LABELS = {
    "vi": {"approved": "đồng ý", "needs_change": "cần sửa", "cannot_verify": "không thể đối chiếu"},
    "en": {
        "approved": "approved",
        "needs_change": "needs change",
        "cannot_verify": "cannot verify",
    },
}


class SignoffError(SpecReportError, ValueError):
    """The sign-off record is invalid; ``problems`` has one line per entry and field."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        if len(self.problems) == 1:
            super().__init__(f"invalid sign-off record: {self.problems[0]}")
        else:
            super().__init__("invalid sign-off record:\n  " + "\n  ".join(self.problems))


class SignoffInputError(SpecReportError, ValueError):
    """A sign-off given on the command line is not valid: one field, its value, the problem."""

    def __init__(self, name: str, value: object, problem: str) -> None:
        self.field, self.value, self.problem = name, value, problem
        super().__init__(f"spec-report signoff: {name} {value!r}: {problem}")


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


# --- recording a sign-off ---------------------------------------------------------------------


def _verdict(value: str) -> str:
    word = " ".join(unicodedata.normalize("NFC", value).casefold().split())
    english = word.replace("-", "_").replace(" ", "_")
    if english in VERDICTS:
        return english
    if word in VERDICT_ALIASES:
        return VERDICT_ALIASES[word]
    words = ", ".join([*VERDICTS, *(f'"{w}"' for w in VERDICT_ALIASES)])
    raise SignoffInputError("verdict", value, f"must be one of {words}")


def signoff_entry(
    *,
    clause_id: str,
    verdict: str,
    reviewer: str,
    note: str,
    source: str | None,
    day: date,
    fingerprint: str,
) -> Signoff:
    """A sign-off from the command line, checked field by field (the first bad one raises
    :class:`SignoffInputError`). ``source`` defaults to the clause's instrument."""
    known = catalogue()
    if clause_id not in known:
        raise SignoffInputError("clause", clause_id, "not a clause id of the catalogue")
    chosen = _verdict(verdict)
    if not reviewer.strip():
        raise SignoffInputError("reviewer", reviewer, "must not be empty")
    if chosen in ("needs_change", "cannot_verify") and not note.strip():
        raise SignoffInputError("note", note, f"must say why, for the verdict {chosen!r}")
    if source is None:
        source = instruments()[known[clause_id].instrument].name
    if not source.strip():
        raise SignoffInputError("source", source, "must not be empty")
    if not _FINGERPRINT.fullmatch(fingerprint):
        raise SignoffInputError("fingerprint", fingerprint, "not a fingerprint")
    return Signoff(
        clause=clause_id,
        verdict=chosen,
        reviewer=" ".join(reviewer.split()),
        date=day,
        source=source.strip(),
        comment=note.strip(),
        fingerprint=fingerprint,
        entry=0,
    )


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_entry(item: Signoff) -> str:
    values = {
        "clause": _toml_string(item.clause),
        "verdict": _toml_string(item.verdict),
        "reviewer": _toml_string(item.reviewer),
        "date": item.date.isoformat(),
        "source": _toml_string(item.source),
        "comment": _toml_string(item.comment),
        "fingerprint": _toml_string(item.fingerprint),
    }
    return "[[signoff]]\n" + "".join(f"{k} = {values[k]}\n" for k in _SIGNOFF_FIELDS)


_HEADER = (
    "# Reviewers' sign-off record: one [[signoff]] entry per clause, written by\n"
    "# `antq spec-report signoff CLAUSE --reviewer NAME --verdict VERDICT --note TEXT`\n"
    "# (docs/spec-review.md).\n"
)


def _header(text: str) -> str:
    """The comment lines that open the file (kept when the file is rewritten)."""
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line)
    head = "".join(lines).rstrip("\n")
    return (head + "\n") if head.strip() else _HEADER


def record_signoff(path: Path, item: Signoff) -> None:
    """Add ``item`` to the record at ``path`` (replacing the clause's earlier entry, in its
    place), atomically: the file is written beside, read back and validated, then renamed over
    the old one. The record must be valid before; entries are rewritten in one format (comments
    between entries are not kept; the comments opening the file are)."""
    text = ""
    if path.exists():
        text = path.read_text("utf-8")
        entries = sorted(load_signoffs(path).values(), key=lambda s: s.entry)
    elif not path.parent.is_dir():
        raise SpecReportError(f"{path}: its folder does not exist")
    else:
        entries = []
    if any(e.clause == item.clause for e in entries):
        entries = [item if e.clause == item.clause else e for e in entries]
    else:
        entries.append(item)
    body = _header(text) + "".join("\n" + _toml_entry(e) for e in entries)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        load_signoffs(Path(name))
        os.chmod(name, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
