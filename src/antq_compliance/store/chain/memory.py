"""The hash chain beside eventsourcing's in-memory store."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from eventsourcing.persistence import (
    ApplicationRecorder,
)

from antq_compliance.store.chain.base import _BATCH, _Chain, _position, _Snapshot
from antq_compliance.store.chain.links import Seal, StoredRow, paged


class _MemoryChain(_Chain):
    """For ``:memory:``: the chain in a list, beside eventsourcing's in-memory store."""

    def __init__(self, recorder: ApplicationRecorder) -> None:
        self._recorder = recorder
        self._seals: list[Seal] = []
        self._head: Seal | None = None
        self._lock = threading.Lock()

    def _rows(self, after: int, stop: int | None = None) -> list[StoredRow]:
        return [
            StoredRow(n.id, n.originator_id, n.originator_version, n.topic, n.state)
            for n in self._recorder.select_notifications(
                start=after, limit=_BATCH, stop=stop, inclusive_of_start=False
            )
        ]

    def seal(self) -> int:
        with self._lock:
            last = self._seals[-1] if self._seals else None
            sealed, end = self._extend(last, self._head, self._rows, self._seals.extend)
            if sealed > 0:
                self._head = end
            return max(sealed, 0)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[_Snapshot]:
        with self._lock:
            seals, head = list(self._seals), self._head
            stop = self._recorder.max_notification_id() or 0
            yield _Snapshot(
                rows=lambda: paged(lambda after: self._rows(after, stop), _position),
                seals=lambda: iter(seals),
                head=head,
            )
