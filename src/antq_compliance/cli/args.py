"""Argument types shared by the ``antq`` subcommands: stores, years, business dates, recording
instants and key files, each refused with a one-line message naming the text given."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime
from pathlib import Path

from antq_compliance.domain.dates import VN
from antq_compliance.domain.errors import StoreConfigurationError
from antq_compliance.store.application import postgres_params

__all__ = ["cipher_key", "date_arg", "db_arg", "instant_arg", "year_arg", "years_arg"]

_FIRST, _LAST = 2000, 2100
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def db_arg(text: str) -> str:
    """A ``--db`` value, checked before anything is opened (bad values are usage errors)."""
    if text == ":memory:":
        return text
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise argparse.ArgumentTypeError(f"contains a control character: {text[:60]!r}")
    if text.startswith(("postgresql://", "postgres://")):
        try:  # the library's own check of a store URL (store/application.py)
            postgres_params(text)
        except StoreConfigurationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return text
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder, not a SQLite file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder of {text!r} does not exist")
    return text


def year_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not _FIRST <= value <= _LAST:
        raise argparse.ArgumentTypeError(f"year out of range {_FIRST}-{_LAST}: {value}")
    return value


def years_arg(text: str) -> list[int]:
    """``2024``, ``2022-2025`` or ``2022,2024``."""
    found: list[int] = []
    try:
        for part in text.split(","):
            first, _, last = part.strip().partition("-")
            start, end = int(first), int(last or first)
            found += range(start, end + 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a year, a range or a list of years: {text!r} (e.g. 2024, 2022-2025)"
        ) from None
    bad = [y for y in found if not _FIRST <= y <= _LAST]
    if not found or bad:
        raise argparse.ArgumentTypeError(f"years out of range {_FIRST}-{_LAST}: {text!r}")
    return found


def date_arg(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD or dd/mm/yyyy): {text!r}")


def instant_arg(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VN)  # a clerk's wall-clock time, in Vietnam
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00 in Vietnam is before year 1 in UTC
        raise argparse.ArgumentTypeError(f"date-time out of range: {text!r}") from None


def cipher_key(key_file: Path | None) -> str | None:
    """The store key in ``--key-file`` (``antq keygen``), if one was given. Text that is not
    ASCII is not a key: the store refuses it with its own message."""
    if key_file is None:
        return None
    return key_file.read_bytes().decode("ascii", "replace").strip()
