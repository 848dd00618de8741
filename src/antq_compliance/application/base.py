"""What every part of the :class:`~antq_compliance.application.ledger.Ledger` shares: the log it
opens, the recording clock, the rulebook, who acts, and reading a subject's stream."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Self

from antq_compliance.application.territory import TerritoryIndex
from antq_compliance.domain.errors import ActorRequired, UnknownSubject
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.policy import Actor
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK, evaluate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.store.eventlog import EventLog

__all__ = ["DEFAULT_DB", "LedgerBase"]

DEFAULT_DB = "antq.sqlite3"
"""The store a ``Ledger`` opens when given none, and ``antq``'s default ``--db``: a SQLite file
in the current directory."""


def _system_clock() -> datetime:
    return datetime.now(UTC)


class LedgerBase:
    """The ledger's state and the reads every part uses. See :class:`Ledger`."""

    def __init__(
        self,
        db: str | os.PathLike[str] = DEFAULT_DB,
        *,
        clock: Callable[[], datetime] | None = None,
        rulebook: Rulebook = DEFAULT_RULEBOOK,
        env: dict[str, str] | None = None,
        retries: int = 5,
        actor: Actor | None = None,
        cipher_key: str | None = None,
        compress: bool = False,
    ) -> None:
        self._log = EventLog(db, env, cipher_key=cipher_key, compress=compress)
        self._clock = clock or self._log.clock() or _system_clock  # PostgreSQL: the server's
        self.rulebook = rulebook
        self._retries = retries
        self.actor = actor
        self._territories = TerritoryIndex(self._log)

    def close(self) -> None:
        self._log.close()

    def _writer(self, actor: Actor | None, what: str) -> Actor:
        """Who writes: the call's ``actor``, else the ledger's; refused when neither names one
        (there is no default role, ``domain/policy.py``)."""
        chosen = actor or self.actor
        if chosen is None:
            raise ActorRequired(what)
        return chosen

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def facts(self, subject: str) -> list[Fact]:
        """Every fact of a subject as stored, corrections and corrected facts included."""
        return self._read(subject)

    def _read(self, subject: str, *, lazy: bool = False) -> list[Fact]:
        """:meth:`facts`; ``lazy``: personal values opened only when read (an evaluation)."""
        facts = self._log.read(subject, lazy=lazy)
        if not facts:
            raise UnknownSubject(subject)
        return facts

    def _state_fact(self, subject: str, fact_id: str) -> Fact:
        for fact in self._log.read(subject):
            if fact.id == fact_id:
                return fact
        raise LookupError(fact_id)  # pragma: no cover - just written

    def _territory_index(self) -> dict[str, frozenset[str]]:
        """Commune code -> the subjects ever placed on its territory (``TerritoryIndex``)."""
        return self._territories.index()

    def _others(self, subject: str, facts: list[Fact]) -> dict[str, list[Fact]] | None:
        """The facts of the subjects on a commune's territory (TT124.D5.K4); None for any
        other kind of subject."""
        return self._territories.others(subject, facts)

    def _evaluate(
        self,
        subject: str,
        facts: Iterable[Fact],
        year: int,
        as_of: date,
        known_at: datetime | None,
        interpretation: Interpretation | None,
        rulebook: str | None,
    ) -> YearStatus:
        if known_at is not None and known_at.tzinfo is None:
            raise ValueError("known_at must be timezone-aware")
        rule = self.rulebook.by_instrument(rulebook) if rulebook else None
        facts = list(facts)
        return evaluate(
            subject,
            facts,
            year,
            AsOf(business=as_of, known_at=known_at),
            rulebook=self.rulebook,
            rule=rule,
            interpretation=interpretation,
            others=self._others(subject, facts),
        )

    def head(self) -> int:
        """Position of the last stored fact in the log (0 when empty)."""
        return self._log.head()

    @property
    def log(self) -> EventLog:
        """The underlying event log (for tooling such as the benchmark)."""
        return self._log


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk read or write. These passes allocate
    hundreds of thousands of long-lived, acyclic objects (facts, statuses): each automatic
    collection re-walks them all, for nothing (about 20% of a rebuild; docs/performance.md).
    Reference counting still frees everything; collection resumes afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
