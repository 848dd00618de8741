"""The facts of one import, held until they are checked subject by subject.

An import checks each subject's facts together, in business time, whatever their order in the
file (``application/recording.py``): every line must be read before any subject can be checked.
A :class:`Stage` holds the facts read so far, grouped by subject. It keeps them in memory up to
``spill_at`` facts; past that it moves them to a private SQLite file (``tempfile``'s directory,
``$TMPDIR``: a directory only this user may open, deleted when the import ends, whatever its
outcome; the directory of an import that was killed is deleted by the next import that
stages), so that an import's memory follows its chunks, not its file: a 10^7-line migration
holds a few thousand facts at a time (``docs/performance.md``).

The staged facts are stored as the log stores them (``codec/fast.py``, the trusted encoding of
a validated fact), before their personal values are sealed: the staging file holds what the
imported file holds, no more.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from types import TracebackType
from typing import Self

from antq_compliance.codec.fast import encode_trusted, trusted_decoder
from antq_compliance.domain.facts import Fact

__all__ = ["SPILL_AT", "SpillFile", "Stage", "Staged"]

SPILL_AT = 20_000
"""Facts a stage holds in memory before it moves them to its file."""

Staged = tuple[int, str, Fact]
"""(position in the batch, label, fact)."""

_WRITE_EVERY = 5_000


def _remove_abandoned(kind: str = "import") -> None:
    """Delete the staging directories (``antq-<kind>-<pid>-...``) of processes that are gone
    (killed: they could not delete their own), in the temporary directory this process
    stages in."""
    root = tempfile.gettempdir()
    for name in os.listdir(root):
        parts = name.split("-")
        if len(parts) < 4 or parts[:2] != ["antq", kind] or not parts[2].isdigit():
            continue
        try:
            os.kill(int(parts[2]), 0)
        except ProcessLookupError:  # no such process: abandoned
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)
        except (PermissionError, OverflowError, ValueError):  # another user's process, or no pid
            continue


class SpillFile:
    """A private SQLite file of one table for rows that do not stay in memory: in a directory
    of its own in ``tempfile``'s directory (mode 0700, named ``antq-<kind>-<pid>-...``: one
    left by a killed process is deleted by the next that spills), written without journal
    and deleted on :meth:`close` whatever happened. Rows wait in ``_pending`` until
    :meth:`_flush`."""

    def __init__(self) -> None:
        self._directory: str | None = None
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[object, ...]] = []

    def _open_file(self, kind: str, table: str) -> sqlite3.Connection:
        """Create the file with ``table`` (its ``CREATE TABLE`` statement)."""
        _remove_abandoned(kind)
        self._directory = tempfile.mkdtemp(prefix=f"antq-{kind}-{os.getpid()}-")  # mode 0700
        path = os.path.join(self._directory, f"{kind}.sqlite3")
        db = sqlite3.connect(path, isolation_level=None)
        os.chmod(path, 0o600)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -16384"):
            db.execute(f"PRAGMA {pragma}")
        db.execute(table)
        self._db = db
        return db

    def _flush(self, insert: str) -> None:
        """Write the pending rows with ``insert`` (one transaction) and forget them."""
        if self._pending and self._db is not None:
            self._db.execute("BEGIN")
            self._db.executemany(insert, self._pending)
            self._db.execute("COMMIT")
            self._pending = []

    def close(self) -> None:
        """Forget the rows; delete the file."""
        self._pending = []
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)
            self._directory = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class Stage(SpillFile):
    """Facts by subject, in memory then in a private file. ``add`` them in batch order; then
    ``groups`` gives each subject's facts, subjects in the order they first appeared."""

    def __init__(self, spill_at: int = SPILL_AT) -> None:
        super().__init__()
        self.spill_at = spill_at
        self._memory: dict[str, list[Staged]] = {}
        self._first: dict[str, int] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def subjects(self) -> int:
        """How many subjects the staged facts belong to."""
        return len(self._first)

    def subject_names(self) -> list[str]:
        """The subjects of the staged facts, in the order they first appeared."""
        return list(self._first)

    @property
    def spilled(self) -> bool:
        """Whether the facts are in the staging file (the batch was larger than ``spill_at``)."""
        return self._db is not None

    def add(self, fact: Fact, label: str) -> int:
        """Stage ``fact``; its position in the batch (0, 1, ...)."""
        position = self._count
        self._count += 1
        first = self._first.setdefault(fact.subject, position)
        if self._db is None:
            self._memory.setdefault(fact.subject, []).append((position, label, fact))
            if self._count > self.spill_at:
                self._spill()
            return position
        topic, state = encode_trusted(fact)
        self._pending.append((first, position, label, topic, state))
        if len(self._pending) >= _WRITE_EVERY:
            self._write()
        return position

    def groups(self) -> Iterator[tuple[str, list[Staged]]]:
        """(subject, its staged facts by position), subjects by first appearance."""
        if self._db is None:
            yield from self._memory.items()
            return
        self._write()
        db = self._db
        db.execute("CREATE INDEX IF NOT EXISTS by_subject ON staged (first, position)")
        decode = trusted_decoder()
        cursor = db.execute(
            "SELECT first, position, label, topic, state FROM staged ORDER BY first, position"
        )
        current, facts = -1, list[Staged]()
        subject = ""
        while rows := cursor.fetchmany(_WRITE_EVERY):
            for first, position, label, topic, state in rows:
                fact = decode(topic, state)
                if first != current:
                    if facts:
                        yield subject, facts
                    current, facts, subject = first, [], fact.subject
                facts.append((position, label, fact))
        if facts:
            yield subject, facts

    def _spill(self) -> None:
        self._open_file(
            "import",
            "CREATE TABLE staged (first INTEGER, position INTEGER, label TEXT, topic TEXT, "
            "state BLOB)",
        )
        held, self._memory = self._memory, {}
        for subject, facts in held.items():
            first = self._first[subject]
            for position, label, fact in facts:
                self._pending.append((first, position, label, *encode_trusted(fact)))
        self._write()

    def _write(self) -> None:
        self._flush("INSERT INTO staged VALUES (?, ?, ?, ?, ?)")

    def close(self) -> None:
        """Forget the facts; delete the staging file."""
        self._memory = {}
        super().close()
