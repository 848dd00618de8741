"""The event log: append and read facts on eventsourcing (SQLite, PostgreSQL, in memory).

A batch across many subjects is one ``insert_events`` call, which eventsourcing runs in one
database transaction: all or nothing. Two writers appending at the same version of a stream
collide on the database's unique key (optimistic concurrency); the loser gets
:class:`StreamConflict` and retries from a fresh read. After each append the new rows are
sealed in the hash chain (``store/chain``); :meth:`EventLog.verify` walks rows and links.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import attrs
from eventsourcing.sqlite import SQLiteApplicationRecorder

from antq_compliance.codec.facts import (
    ERASURE_TOPIC,
    decode_erasure,
    decode_fact,
    stored_topics,
)
from antq_compliance.codec.fast import trusted_decoder
from antq_compliance.domain.facts import Fact, SubjectRegistered
from antq_compliance.domain.privacy import Erasure
from antq_compliance.domain.progress import Progress, counted
from antq_compliance.store.appending import Batches, _Appending
from antq_compliance.store.application import (
    _env_for,
    _FactMapper,
    _LedgerApplication,
    _schema_lock,
    stream_id,
)
from antq_compliance.store.chain import _open_chain
from antq_compliance.store.chain.links import Seal, verify_chain
from antq_compliance.store.chain.report import Cause, Tampering, TamperKind, VerifyReport
from antq_compliance.store.clock import database_clock
from antq_compliance.store.erasures import _Erasures
from antq_compliance.store.keycheck import check_keys
from antq_compliance.store.payloads import _cipher_env, _Payloads
from antq_compliance.store.rows import _postgres, _Rows
from antq_compliance.store.vault import _open_vault

__all__ = ["Batches", "EventLog"]


def _open_application(settings: dict[str, str]) -> _LedgerApplication:
    """eventsourcing's application on ``settings``. Two openers of a new SQLite file at once
    race on switching it to WAL, and the loser is told "database is locked" at once (SQLite
    does not wait on that switch): nothing was created yet, so it opens again, for up to 5 s."""
    for attempt in range(50):
        try:
            return _LedgerApplication(env=settings)
        except Exception as exc:
            if "database is locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")  # pragma: no cover


class EventLog(_Appending, _Erasures, _Rows):
    """Append and read facts. ``location``: a SQLite file path, a PostgreSQL URL, or
    ``:memory:``. ``env`` adds eventsourcing settings (``CIPHER_KEY``, ``COMPRESSOR_TOPIC``...)."""

    def __init__(
        self,
        location: str | os.PathLike[str],
        env: dict[str, str] | None = None,
        *,
        cipher_key: str | None = None,
        compress: bool = False,
    ):
        self.location = str(location)
        settings = _env_for(self.location)
        # eventsourcing reads the process environment too; what is passed here wins over it,
        # and the caller's explicit ``env`` wins over what the location implies.
        settings = {**settings, **(env or {}), **_cipher_env(cipher_key, compress)}
        with _schema_lock(settings):
            self._app = _open_application(settings)
            # CREATE_TABLE=no (eventsourcing's setting): an account without DDL rights
            # opens tables its owner created (docs/deployment.md, least privilege).
            create = getattr(self._app.factory, "env_create_table", lambda: True)()
            self.create_tables: bool = create
            """Whether this log creates its tables (and a status view beside it, its own)."""
            self._chain = _open_chain(self._app.recorder, create=create)
            vault = _open_vault(self._app.recorder, create=create)
        self._mapper = cast(_FactMapper, self._app.mapper)
        self._private_lock = threading.Lock()
        try:
            self._payloads = _Payloads(self.location, self._mapper, vault)
        except BaseException:
            vault.close()
            self._chain.close()
            self._app.close()
            raise

    def read(self, subject: str, *, lazy: bool = False) -> list[Fact]:
        """Every fact of one subject, in stream order (trusted decoding, see :meth:`scan`).
        ``lazy``: personal values opened only when read. On SQLite and PostgreSQL the rows are
        read with the statement of :meth:`read_many` (no per-row stream-id conversion)."""
        recorder = self._app.recorder
        if _postgres(recorder):
            # The erasure epoch comes with the rows (one round trip, one snapshot).
            rows, epoch, keys = self._stream_rows_with_epoch(stream_id(subject), subject)
            if not rows:
                return []
            self._payloads.personal.refresh(epoch)
            if keys is not None:  # the unit's keys came with its rows: prefetch finds them
                self._payloads.personal.offer(keys)
            decode = self._decoder(lazy, refresh=False)
        else:
            decode = self._decoder(lazy)
            if isinstance(recorder, SQLiteApplicationRecorder):
                found = self._streams_rows([stream_id(subject)], False)
                rows = [(topic, state) for _, topic, state in found]
            else:
                rows = [(s.topic, s.state) for s in recorder.select_events(stream_id(subject))]
        self._payloads.prefetch(rows)
        return [decode(topic, state) for topic, state in rows]

    def _decoder(self, lazy: bool = False, *, refresh: bool = True) -> Callable[[str, bytes], Fact]:
        """The trusted fast decoder (``codec/fast.py``) behind the application's cipher and
        compressor, if any: our own rows were validated on write and are hash-chained.
        ``lazy``: personal values stay sealed until something reads them (``payloads.Sealed``).
        ``refresh``: check first that no key was destroyed since (False: the caller just did)."""
        decode = trusted_decoder()
        payloads = self._payloads
        if refresh:
            payloads.personal.refresh()  # keys destroyed since, by any process, read as erased
        if lazy:
            unwrap_state, defer = payloads.unwrap, payloads.lazy()
            if payloads.cipher is None and payloads.compressor is None and not payloads.locked:
                return lambda topic, state: defer(
                    decode(topic, unwrap_state(topic, state) if state[:1] != b"{" else state)
                )
            return lambda topic, state: defer(decode(topic, unwrap_state(topic, state)))
        patch = payloads.personal.patch

        def unwrap(topic: str, state: bytes) -> Fact:
            state, erased = payloads.open(topic, state)
            fact = decode(topic, state)
            return patch(fact) if erased else fact

        return unwrap

    def last_instant(self) -> datetime | None:
        """The recording instant of the log's last fact or erasure record (``None``: empty)."""
        rows = self._last_rows(20)
        if not rows:
            return None
        decode = self._decoder()
        for topic, state in rows:
            try:
                if topic == ERASURE_TOPIC:
                    return decode_erasure(self._payloads.unwrap(topic, state)).recorded_at
                return decode(topic, state).recorded_at
            except Exception:  # an unreadable row (tampering is verify's business)
                continue
        return None

    def clock(self) -> Callable[[], datetime] | None:
        """The database's clock on PostgreSQL, ``None`` elsewhere (``store/clock.py``)."""
        return database_clock(self._app.recorder)

    def read_many(
        self, subjects: Sequence[str], *, lazy: bool = False, head: int | None = None
    ) -> dict[str, list[Fact]]:
        """Every fact of each subject, in stream order (one query per 500 subjects on SQLite
        and PostgreSQL; :meth:`read` for one subject), in the order of ``subjects``. Subjects
        without facts map to []. ``lazy``: personal values opened only when read (see
        :meth:`scan`). ``head``: only the facts at positions up to it."""
        out: dict[str, list[Fact]] = {subject: [] for subject in subjects}
        recorder = self._app.recorder
        is_pg = _postgres(recorder)
        in_sql = is_pg or isinstance(recorder, SQLiteApplicationRecorder)
        if head is None and (len(out) < 2 or not in_sql):
            return {subject: self.read(subject, lazy=lazy) for subject in out}
        if not in_sql:  # in memory, up to ``head``
            for position, fact in self.scan(lazy=lazy):  # a stream's order is the log's
                if head is not None and position > head:
                    break
                if fact.subject in out:
                    out[fact.subject].append(fact)
            return out
        decode = self._decoder(lazy)
        streams = [stream_id(subject) for subject in out]
        # PostgreSQL gives stream ids as UUIDs, SQLite as the 32 hex digits it stores.
        key = self._stream_key
        by_key: dict[object, str] = {
            key(stream): subject for stream, subject in zip(streams, out, strict=True)
        }
        for start in range(0, len(streams), 500):
            chunk = streams[start : start + 500]
            rows = self._streams_rows(chunk, is_pg, head)
            self._payloads.prefetch((topic, state) for _, topic, state in rows)
            for originator, topic, state in rows:
                out[by_key[originator]].append(decode(topic, state))
        return out

    def _stream_key(self, stream: UUID) -> object:
        """A stream id as the recorder's rows give it: SQLite's 32 hex digits, else a UUID."""
        return stream.hex if isinstance(self._app.recorder, SQLiteApplicationRecorder) else stream

    def seal(self) -> int:
        """Chain every row after the chain head; the number of rows sealed. Run after each
        append; safe to run from several processes at once."""
        return self._chain.seal()

    def verify(
        self,
        *,
        seal: bool = True,
        anchor: Seal | None = None,
        progress: Progress | None = None,
    ) -> VerifyReport:
        """Walk every stored row against the hash chain (see ``docs/integrity.md``), whatever
        its position, then the key table against the log. With ``seal`` (the default) rows not
        yet chained are sealed first; without it they are counted as ``unsealed`` and the walk
        writes nothing. ``anchor``: a head recorded outside the database (``antq anchor``)
        that the chain must still hold."""
        if seal:
            self.seal()
        with self._chain.snapshot() as snapshot:
            rows = snapshot.rows
            if progress is not None:
                total = self.head()

                def rows() -> Iterable[Any]:
                    return counted(snapshot.rows(), "verify", total, progress)

            report = verify_chain(
                rows,
                snapshot.seals,
                snapshot.head,
                mark=snapshot.mark,
                was_sealed=snapshot.was_sealed,
                anchor=anchor,
            )
            lowest = snapshot.lowest
        if lowest is not None and lowest <= 0:  # the log never writes there: forged
            report = attrs.evolve(
                report,
                unsealed=0,
                problem=Tampering(
                    kind=TamperKind.INSERTED, cause=Cause.ROW_OUT_OF_RANGE, position=lowest
                ),
            )
        if report.problem is None:
            keys = check_keys(
                self._all_rows(), self._payloads.unwrap, self._payloads.vault.key_rows()
            )
            if keys is not None:
                report = attrs.evolve(report, problem=keys)
        problem = report.problem
        if problem is not None and problem.stream is not None:
            subject = self._subject_of(UUID(problem.stream))
            if subject is not None:
                report = attrs.evolve(report, problem=attrs.evolve(problem, subject=subject))
        return report

    def _all_rows(self) -> Iterator[tuple[int, str, bytes]]:
        after = 0
        while rows := self._rows(after, 5_000):
            yield from rows
            after = rows[-1][0]

    def _subject_of(self, stream: UUID) -> str | None:
        """The subject of a stream, from the first of its rows that still decodes."""
        try:
            stored = self._app.recorder.select_events(stream)
        except Exception:  # a tampered row may not even load; the stream id is named anyway
            return None
        for event in stored:
            try:
                state, _ = self._payloads.open(event.topic, event.state)
                return decode_fact(event.topic, state).subject
            except Exception:
                continue
        return None

    def scan(
        self,
        topics: Sequence[str] = (),
        *,
        start: int = 1,
        batch: int = 10_000,
        lazy: bool = False,
    ) -> Iterator[tuple[int, Fact]]:
        """Every stored fact in recording order (the notification log), optionally filtered
        by stored topic, as (position, fact). Rows are read in batches straight from the
        recorder's table and decoded by the trusted fast path (``codec/fast.py``): they were
        validated when written and tampering is the hash chain's business (``verify``).

        ``lazy``: personal values are not opened on the way (no key is fetched, no token
        decrypted); each is a ``payloads.Sealed`` that opens itself when a reason, a
        comparison or a display reads it. For evaluations and projections, not for writing
        facts out."""
        for position, record in self.notifications(topics, start=start, batch=batch, lazy=lazy):
            if isinstance(record, Fact):  # not an erasure record
                yield position, record

    def notifications(
        self,
        topics: Sequence[str] = (),
        *,
        start: int = 1,
        batch: int = 10_000,
        lazy: bool = False,
    ) -> Iterator[tuple[int, Fact | Erasure]]:
        """As :meth:`scan`, with the erasure records in their places: a follower of the log
        re-evaluates the subjects of each erasure (their reasons may quote an erased value)
        and moves past it."""
        decode = self._decoder(lazy)
        unwrap = self._payloads.unwrap
        after = start - 1
        while True:
            rows = self._rows(after, batch, topics)
            self._payloads.prefetch((topic, state) for _, topic, state in rows)
            for position, topic, state in rows:
                if topic == ERASURE_TOPIC:
                    yield position, decode_erasure(unwrap(topic, state))
                else:
                    yield position, decode(topic, state)
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def scan_places(
        self,
        topics: Sequence[str],
        *,
        start: int = 1,
        batch: int = 10_000,
        known: Iterable[str] = (),
    ) -> Iterator[tuple[int, str, Fact | None]]:
        """``(position, subject, fact)`` of every fact from ``start`` in log order, the facts
        of ``topics`` decoded (lazily: personal values sealed), every other fact given by its
        subject alone (``fact`` None: its row's state is not even read). A fact's subject is
        known from its stream: from the registration that opens it (pass ``topics`` with the
        registrations' own), from ``known`` (subjects whose registration lies before
        ``start``), else from the stream's first row. Erasure records are skipped."""
        decode = self._decoder(True)
        key = self._stream_key
        by_stream: dict[object, str] = {key(stream_id(subject)): subject for subject in known}
        after = start - 1
        while True:
            rows = self._place_rows(after, batch, topics)
            self._payloads.prefetch((t, s) for _, _, t, s in rows if s is not None)
            for position, stream, topic, state in rows:
                if topic == ERASURE_TOPIC:
                    continue
                if state is not None:
                    fact = decode(topic, state)
                    by_stream[stream] = fact.subject
                    yield position, fact.subject, fact
                    continue
                owner = by_stream.get(stream)
                if owner is None:
                    uuid = stream if isinstance(stream, UUID) else UUID(hex=str(stream))
                    owner = self._subject_of(uuid)
                    if owner is None:  # unreadable (tampering is verify's business)
                        continue
                    by_stream[stream] = owner
                yield position, owner, None
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def changes(
        self, *, start: int = 1, limit: int = 5_000, lazy: bool = False
    ) -> list[tuple[int, int, Fact | Erasure]]:
        """(position, version in its stream, fact or erasure record) of up to ``limit``
        notifications from position ``start``, in one read: a follower knows from the versions
        which streams the batch holds whole (from version 1), and reads only the others."""
        decode = self._decoder(lazy)
        unwrap = self._payloads.unwrap
        rows = cast(list[tuple[int, str, bytes, int]], self._rows(start - 1, limit, versions=True))
        self._payloads.prefetch((topic, state) for _, topic, state, _ in rows)
        return [
            (
                position,
                version,
                decode_erasure(unwrap(topic, state))
                if topic == ERASURE_TOPIC
                else decode(topic, state),
            )
            for position, topic, state, version in rows
        ]

    def scan_streams(
        self, *, head: int | None = None, batch: int = 10_000, lazy: bool = False
    ) -> Iterator[list[Fact]]:
        """Every subject's facts, one stream at a time (in stream-id order, each in stream
        order), up to position ``head`` (default: the log's head when the walk starts). Only
        one stream is held at a time: a full rebuild streams however long the log is.
        Trusted decoding and ``lazy``, as :meth:`scan`."""
        for facts, _ in self._walk_streams(head, batch, lazy, ()):
            yield facts

    def scan_stream_parts(
        self,
        topics: Sequence[str],
        *,
        head: int | None = None,
        batch: int = 10_000,
        lazy: bool = False,
    ) -> Iterator[tuple[list[Fact], int]]:
        """As :meth:`scan_streams`, but of each stream only the facts of ``topics`` are read
        and decoded, with the number of facts the stream holds: ``(facts, count)``, ``facts``
        empty when the stream holds none of those topics. The other rows are counted, not
        read (what a list of subjects with their profiles needs)."""
        if not topics:
            raise ValueError("scan_stream_parts needs at least one topic")
        return self._walk_streams(head, batch, lazy, topics)

    def _walk_streams(
        self, head: int | None, batch: int, lazy: bool, topics: Sequence[str]
    ) -> Iterator[tuple[list[Fact], int]]:
        decode = self._decoder(lazy)
        head = self.head() if head is None else head
        stream: list[Fact] = []
        count = 0
        current: object = None
        key: tuple[object, int] | None = None
        while True:
            rows = self._stream_rows(head, key, batch, topics)
            self._payloads.prefetch(
                (topic, state) for _, _, topic, state in rows if state is not None
            )
            for originator, _version, topic, state in rows:
                if topic == ERASURE_TOPIC:  # an erasure record, not a fact
                    continue
                if originator != current:
                    if count:
                        yield stream, count
                    stream, count, current = [], 0, originator
                count += 1
                if state is not None:
                    stream.append(decode(topic, state))
            if len(rows) < batch:
                break
            key = (rows[-1][0], rows[-1][1])
        if count:
            yield stream, count

    def scan_subjects(
        self,
        *,
        head: int | None = None,
        batch: int = 500,
        lazy: bool = False,
        subjects: Iterable[str] | None = None,
    ) -> Iterator[list[Fact]]:
        """Every registered subject's facts up to position ``head`` (default: the log's head
        when the walk starts), one stream at a time, **in subject order**: the identifiers of
        the registered subjects are found first (the registrations alone are read), then
        their streams are read ``batch`` subjects per query. Holds the identifiers and one
        batch of streams, never the log nor anything derived from it. A stream without a
        registration is not visited. ``subjects``: these instead of every registered subject
        (none is looked for; one without facts is not visited). Trusted decoding and
        ``lazy``, as :meth:`scan`."""
        if isinstance(subjects, str):
            raise TypeError("subjects: a collection of subject ids, not one id")
        head = self.head() if head is None else head
        if subjects is None:
            registered = set()
            for position, fact in self.scan(stored_topics(SubjectRegistered), lazy=True):
                if position > head:
                    break
                registered.add(fact.subject)
            subjects = registered
        chosen = sorted(set(subjects))
        del subjects
        for start in range(0, len(chosen), batch):
            streams = self.read_many(chosen[start : start + batch], lazy=lazy, head=head)
            for facts in streams.values():  # in the order asked for: subject order
                if facts:
                    yield facts

    def scan_raw(self, *, batch: int = 2000) -> Iterator[int]:
        """Notification ids only, without decoding: the raw read rate for benchmarks."""
        position = 1
        while True:
            rows = self._app.recorder.select_notifications(start=position, limit=batch)
            for row in rows:
                yield row.id
            if len(rows) < batch:
                return
            position = rows[-1].id + 1

    def head(self) -> int:
        return self._app.recorder.max_notification_id() or 0

    # --- personal data: keys and erasure records -------------------------------------------

    def close(self) -> None:
        self._chain.close()
        self._payloads.close()
        reader = getattr(self._app.recorder, "reader", None)
        if reader is not None:  # back to the pool before the pool closes
            reader.close()
        self._app.close()
