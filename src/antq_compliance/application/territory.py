"""Which subjects are on which commune's territory (TT124.D5.K4): a commune's status reads the
units it manages, so the ledger, its projections and the follower need the facts of those
units next to the commune's, and must evaluate a commune again when one of its units changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from antq_compliance.codec.facts import stored_topics
from antq_compliance.domain.facts import Fact, ProfileChanged, SubjectRegistered
from antq_compliance.domain.record import communes_of
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.store.eventlog import EventLog

__all__ = ["TerritoryIndex", "is_commune"]


def is_commune(facts: Sequence[Fact]) -> bool:
    """Whether the stream ``facts`` is a commune's (its first fact registers a commune)."""
    first = facts[0].data if facts else None
    return isinstance(first, SubjectRegistered) and first.kind is SubjectKind.COMMUNE


class TerritoryIndex:
    """Commune code -> the subjects ever placed on its territory, from one pass over the log,
    kept until the log grows."""

    def __init__(self, log: EventLog) -> None:
        self._log = log
        self._cached: tuple[int, dict[str, frozenset[str]]] | None = None

    def index(self) -> dict[str, frozenset[str]]:
        head = self._log.head()
        if self._cached is not None and self._cached[0] == head:
            return self._cached[1]
        found: dict[str, set[str]] = {}
        # Only registrations and profile changes place a subject on a territory.
        topics = stored_topics(SubjectRegistered, ProfileChanged)
        for _, fact in self._log.scan(topics, lazy=True):
            for code in communes_of([fact]):
                found.setdefault(code, set()).add(fact.subject)
        index = {code: frozenset(subjects) for code, subjects in found.items()}
        self._cached = (head, index)
        return index

    def members(self, commune: str) -> list[str]:
        """The subjects ever on ``commune``'s territory, itself excluded, sorted."""
        return sorted(self.index().get(commune, frozenset()) - {commune})

    def others(self, subject: str, facts: Sequence[Fact]) -> dict[str, list[Fact]] | None:
        """The facts of the subjects on a commune's territory; None for another kind. Read
        with their personal values opened (not ``lazy``): a commune's rules copy some of them
        into its own record through their validating constructor (TT124.D5.K2-4)."""
        if not is_commune(facts):
            return None
        members = self.members(subject)
        return self._log.read_many(members) if members else {}

    def communes_touched(self, streams: Iterable[Sequence[Fact]]) -> set[str]:
        """The communes whose status may change when these streams changed."""
        return {code for facts in streams for code in communes_of(facts)}
