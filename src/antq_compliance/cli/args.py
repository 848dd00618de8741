"""Argument types shared by the ``antq`` subcommands: stores, years, business dates, recording
instants and key files, each refused with a one-line message naming the text given."""

from __future__ import annotations

import argparse
import math
import os
import re
import stat
from datetime import UTC, date, datetime
from pathlib import Path

from antq_compliance.domain.dates import VN
from antq_compliance.domain.errors import StoreConfigurationError
from antq_compliance.domain.policy import Actor
from antq_compliance.domain.vocabulary import Role
from antq_compliance.store.application import postgres_params

__all__ = [
    "ROLE_REQUIRED",
    "actor_arg",
    "batch_arg",
    "cipher_key",
    "date_arg",
    "db_arg",
    "instant_arg",
    "key_output_warning",
    "poll_arg",
    "year_arg",
    "years_arg",
]

_FIRST, _LAST = 2000, 2100
"""Evaluation years: what the rules know (TT23 from 2012 is the oldest), with room."""
_DAY_FIRST, _DAY_LAST = 1900, 2200
"""The years a business date or a recording instant may fall in: a registration may date from
long before the first evaluation year; nothing this library judges lies beyond 2200."""
_POLL = (0.01, 3600.0)
_BATCH = (1, 1_000_000)
_KEY_FILE_BYTES = 1024
_YEAR_TEXT = re.compile(r"[0-9]{1,12}")
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


def _year_number(text: str) -> int | None:
    """The year ``text`` writes in ASCII digits (no sign, underscore or other script), or
    None; at most twelve digits, so that no text becomes a number too large to use."""
    text = text.strip()
    return int(text) if _YEAR_TEXT.fullmatch(text) else None


def year_arg(text: str) -> int:
    value = _year_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a year: {text[:60]!r}")
    if not _FIRST <= value <= _LAST:
        raise argparse.ArgumentTypeError(f"year out of range {_FIRST}-{_LAST}: {value}")
    return value


def years_arg(text: str) -> list[int]:
    """``2024``, ``2022-2025`` or ``2022,2024``: each year in range, checked before a range is
    expanded (``2000-2100000000`` is refused, not counted), a range in order."""
    found: list[int] = []
    shown = repr(text[:60])
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        start, end = _year_number(first), _year_number(last or first)
        if start is None or end is None:
            raise argparse.ArgumentTypeError(
                f"not a year, a range or a list of years: {shown} (e.g. 2024, 2022-2025)"
            )
        if not (_FIRST <= start <= _LAST and _FIRST <= end <= _LAST):
            raise argparse.ArgumentTypeError(f"years out of range {_FIRST}-{_LAST}: {shown}")
        if end < start:
            raise argparse.ArgumentTypeError(f"a range of years ends before it starts: {shown}")
        found += [y for y in range(start, end + 1) if y not in found]
    return found


def poll_arg(text: str) -> float:
    """``--poll``: seconds, a finite number from 0.01 to 3600 (not ``nan`` or ``inf``)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text[:60]!r}") from None
    low, high = _POLL
    if not math.isfinite(value) or not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"seconds between polls must be from {low} to {high:g}: {text[:60]!r}"
        )
    return value


def batch_arg(text: str) -> int:
    """``--batch``: a whole number of notifications, 1 to 1,000,000."""
    low, high = _BATCH
    digits = text.strip()
    if not re.fullmatch(r"[0-9]{1,7}", digits) or not low <= int(digits) <= high:
        raise argparse.ArgumentTypeError(
            f"a batch is a whole number from {low} to {high:,}: {text[:60]!r}"
        )
    return int(digits)


def date_arg(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not _DAY_FIRST <= day.year <= _DAY_LAST:
            raise argparse.ArgumentTypeError(
                f"date out of range (years {_DAY_FIRST}-{_DAY_LAST}): {text[:60]!r}"
            )
        return day
    raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD or dd/mm/yyyy): {text[:60]!r}")


def instant_arg(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {text[:60]!r}") from None
    if not _DAY_FIRST <= moment.year <= _DAY_LAST:
        raise argparse.ArgumentTypeError(
            f"date-time out of range (years {_DAY_FIRST}-{_DAY_LAST}): {text[:60]!r}"
        )
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
    with key_file.open("rb") as stream:  # a key is 44 characters: never read a big file whole
        content = stream.read(_KEY_FILE_BYTES + 1)
    if len(content) > _KEY_FILE_BYTES:
        raise StoreConfigurationError(
            f"{key_file} is not a key file (more than {_KEY_FILE_BYTES} bytes; `antq keygen` "
            "writes one)"
        )
    return content.decode("ascii", "replace").strip()


_ROLES = "|".join(r.value for r in Role)
ROLE_REQUIRED = (
    f"name the role you record in: --role {_ROLES} (or $ANTQ_ROLE) / nêu vai trò ghi nhận: "
    f"--role {_ROLES} (hoặc biến $ANTQ_ROLE)"
)
"""The one line a write without ``--role`` gets, in both languages (it is checked before
``--lang`` matters: the command does nothing)."""


def actor_arg(role: str | None, unit: str | None, *, writes: bool) -> Actor | None:
    """The actor of ``--role``/``--unit``: ``None`` for a command that only reads and names
    none; a write must name one (there is no default role, ``domain/policy.py``). Raises
    ``ValueError`` with the line to show."""
    if role is None:
        if writes:
            raise ValueError(ROLE_REQUIRED)
        if unit is not None:
            raise ValueError("--unit needs --role unit / --unit cần --role unit")
        return None
    return Actor(Role(role), unit)


def key_output_warning(fd: int) -> str | None:
    """Why a key written to ``fd`` (``antq keygen > FILE``) may be read by others, or None: a
    terminal (the key stays on the screen and in its scrollback), a pipe (where it ends is not
    known), a file whose mode lets its group or others read it (a shell creates files 0644
    under the usual umask). Only a regular file of mode 0600 or stricter is quiet."""
    try:
        info = os.fstat(fd)
    except OSError:
        return None
    fix = "chmod 600 the key file (or: umask 077; antq keygen > antq.key)"
    if os.isatty(fd):
        return f"warning: the key is shown on a terminal; write it to a file and {fix}"
    if stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        return f"warning: the key is written to a pipe; make sure it ends in a file, and {fix}"
    if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
        mode = stat.S_IMODE(info.st_mode)
        return f"warning: the key file can be read by others (mode {mode:04o}): {fix}"
    return None
