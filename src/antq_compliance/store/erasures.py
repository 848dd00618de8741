"""The erasure side of the event log (``EventLog`` inherits it): erasure records appended to
the log and hash-chained like every row, the person keys they destroy (crypto-shredding), and
completing an erasure in the files (``docs/reliability.md``, personal data and erasure)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from uuid import uuid5

import attrs
from eventsourcing.persistence import IntegrityError, StoredEvent

from antq_compliance.codec.facts import ERASURE_TOPIC, decode_erasure, encode_erasure
from antq_compliance.domain.privacy import Erasure
from antq_compliance.store.application import (
    _NAMESPACE,
    StreamConflict,
    _LedgerApplication,
    _log,
)
from antq_compliance.store.clock import EPSILON, append_lock
from antq_compliance.store.payloads import _Payloads
from antq_compliance.store.vault.base import ErasureIncomplete

__all__: list[str] = []

_ERASURES = uuid5(_NAMESPACE, "erasures")
"""The stream of erasure records (``privacy.Erasure``): not a subject's stream."""


class _Erasures:
    """What ``EventLog`` provides to the erasure methods below."""

    _app: _LedgerApplication
    _payloads: _Payloads
    _private_lock: threading.Lock
    last_instant: Callable[[], datetime | None]
    seal: Callable[[], int]
    _rows: Callable[..., list[tuple[int, str, bytes]]]

    def person_keys(self, person: str, subject: str | None = None) -> list[tuple[str, str]]:
        """(key id, subject) of the live keys of ``person`` (in ``subject`` only, if given)."""
        return self._payloads.vault.live(person, subject)

    def record_erasure(self, erasure: Erasure) -> Erasure:
        """Append an erasure record to the log (hash-chained like every row); the record as
        stored (its ``recorded_at`` never before the log's last instant). Raises
        :class:`StreamConflict` if another erasure was recorded meanwhile."""
        self._payloads.writable()
        with append_lock(self._app.recorder, self._private_lock):
            last = self.last_instant()
            if last is not None and erasure.recorded_at < last:
                erasure = attrs.evolve(erasure, recorded_at=last + EPSILON)
            version = len(self._app.recorder.select_events(_ERASURES))
            topic, state = encode_erasure(erasure)
            stored = StoredEvent(_ERASURES, version + 1, topic, self._payloads.wrap(state))
            try:
                self._app.recorder.insert_events([stored])
            except IntegrityError as exc:
                raise StreamConflict(str(exc)) from exc
            # The keys are destroyed before any other append: no fact recorded after the
            # erasure is sealed under them (such facts get fresh keys).
            incomplete: ErasureIncomplete | None = None
            try:
                self._payloads.vault.destroy(erasure.keys)
            except ErasureIncomplete as exc:  # raised once the record is sealed
                incomplete = exc
            finally:
                self._payloads.personal.refresh()
        try:
            self.seal()
        except Exception:
            _log.warning("the log could not be sealed after an erasure", exc_info=True)
        if incomplete is not None:
            raise incomplete
        return erasure

    def destroy_keys(self, key_ids: Sequence[str]) -> int:
        """Destroy person keys (crypto-shredding); the number destroyed. Raises
        :class:`~antq_compliance.store.vault.base.ErasureIncomplete` when the keys are
        destroyed but older copies could not be removed from the files yet (SQLite: another
        connection keeps reading); :meth:`flush_erasures` completes it later."""
        try:
            return self._payloads.vault.destroy(key_ids)
        finally:
            self._payloads.personal.refresh()

    def erasure_pending(self) -> bool:
        """Whether an erasure destroyed keys whose older copies may remain in the files."""
        return self._payloads.vault.flush_pending()

    def flush_erasures(self) -> None:
        """Complete a pending erasure in the files (or raise ``ErasureIncomplete`` again)."""
        self._payloads.vault.flush()

    def erasures(self) -> list[Erasure]:
        """Every erasure record, in the order recorded."""
        return [
            decode_erasure(self._payloads.unwrap(e.topic, e.state))
            for e in self._app.recorder.select_events(_ERASURES)
        ]

    def erasure_records(self, start: int = 1) -> list[tuple[int, Erasure]]:
        """(position, record) of the erasures at or after log position ``start`` (a walk of
        the rest of the log; :meth:`notifications` gives them in their places among facts)."""
        out: list[tuple[int, Erasure]] = []
        after = start - 1
        while rows := self._rows(after, 1000, [ERASURE_TOPIC]):
            out += [(p, decode_erasure(self._payloads.unwrap(t, s))) for p, t, s in rows]
            after = rows[-1][0]
        return out
