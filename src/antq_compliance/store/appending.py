"""The write side of the event log (``EventLog`` inherits it): batches of facts appended in one
transaction, a chunk at a time, under the log's append lock; the recording clock never runs
backwards (``store/clock.py``); new personal-data keys in the facts' own transaction."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime

import attrs
from eventsourcing.persistence import IntegrityError, StoredEvent

from antq_compliance.codec.fast import encode_trusted
from antq_compliance.domain.facts import Fact
from antq_compliance.store.application import (
    StreamConflict,
    _LedgerApplication,
    _log,
    stream_id,
)
from antq_compliance.store.clock import EPSILON, append_lock
from antq_compliance.store.payloads import _Payloads
from antq_compliance.store.vault.base import KeyRow

__all__ = ["Batches"]

Batches = Sequence[tuple[str, int, Sequence[Fact]]]
"""Facts to append: (subject, the version its stream is expected to be at, its new facts)."""


class _Appending:
    """What ``EventLog`` provides to the append methods below."""

    _app: _LedgerApplication
    _payloads: _Payloads
    _private_lock: threading.Lock
    last_instant: Callable[[], datetime | None]
    seal: Callable[[], int]

    def append(self, batches: Batches) -> None:
        """Append facts to several streams atomically. Each item: (subject, version the
        stream is expected to be at, facts). Raises :class:`StreamConflict` if any stream moved.
        A fact recorded before the log's last recording instant is recorded just after it
        (``store/clock.py``): the recording clock of a log never runs backwards."""
        self.append_stream([batches])

    def append_stream(self, chunks: Iterable[Batches]) -> int:
        """Append the batches ``chunks`` gives, all in one transaction: every fact is
        written, or none. ``chunks`` may be a generator that checks the next batch while the
        earlier ones are already sent (an import's memory follows its chunks, not its file);
        an exception it raises rolls the whole write back. The log's append lock is held
        from the first chunk to the commit (``store/clock.py``), so no other writer of this
        library appends meanwhile. Each chunk's streams are its own: a stream appears in one
        chunk only. Returns the number of facts written; raises :class:`StreamConflict` as
        :meth:`append` does."""
        personal = self._payloads.personal
        recorder = self._app.recorder
        written = 0
        with append_lock(recorder, self._private_lock):
            last = self.last_instant()
            clamped = False

            def stored_chunks() -> Iterator[tuple[list[StoredEvent], list[KeyRow]]]:
                nonlocal written, clamped
                for batches in chunks:
                    if not any(facts for _, _, facts in batches):
                        continue
                    batches, moved = self._not_before(batches, last)
                    if moved and not clamped:
                        clamped = True
                        _log.warning(
                            "the recording clock is behind the log's last recording instant "
                            "(%s): facts recorded just after it instead",
                            last.isoformat() if last else None,
                        )
                    # What ``events.put`` does, minus its per-event mapper: the facts are
                    # encoded by the fast encoder (the same bytes as ``encode_fact``;
                    # test_fastpath.py). New personal-data keys go in the same transaction as
                    # their facts.
                    stored = self._stored(batches)
                    written += len(stored)
                    yield stored, personal.take_pending()

            try:
                insert = getattr(recorder, "insert_chunks", None)
                if insert is not None and self._payloads.vault.keys_with_events:
                    insert(stored_chunks())
                else:  # in memory: checked whole, then written at once
                    gathered = list(stored_chunks())
                    keys = [k for _, ks in gathered for k in ks]
                    if keys:
                        self._payloads.vault.insert_key_rows(keys)
                    recorder.insert_events([e for es, _ in gathered for e in es])
            except IntegrityError as exc:
                personal.forget_writes()
                raise StreamConflict(str(exc)) from exc
            except BaseException:
                personal.forget_writes()
                raise
        if written:
            try:
                self.seal()
            except Exception:  # the facts are committed: the next write or verify seals them
                _log.warning("the log could not be sealed after an append", exc_info=True)
        return written

    @staticmethod
    def _not_before(batches: Batches, last: datetime | None) -> tuple[Batches, bool]:
        """``batches`` with every ``recorded_at`` before ``last`` moved to just after it, and
        whether any was."""
        if last is None or all(f.recorded_at >= last for _, _, fs in batches for f in fs):
            return batches, False
        after = last + EPSILON
        return [
            (
                subject,
                version,
                [f if f.recorded_at >= last else attrs.evolve(f, recorded_at=after) for f in fs],
            )
            for subject, version, fs in batches
        ], True

    def _stored(self, batches: Batches) -> list[StoredEvent]:
        """The stored events of ``batches``, through the application's compressor and cipher."""
        payloads = self._payloads
        payloads.writable()
        # The keys of the personal values: found, or made and written with the facts.
        payloads.personal.prepare(f for _, _, facts in batches for f in facts)
        seal, wrap = payloads.personal.seal, payloads.wrap
        out = []
        for subject, version, facts in batches:
            stream = stream_id(subject)
            for offset, fact in enumerate(facts, start=1):
                topic, state = encode_trusted(seal(fact))
                out.append(StoredEvent(stream, version + offset, topic, wrap(state)))
        return out
