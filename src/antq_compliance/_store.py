"""The event log on eventsourcing. The only module that imports eventsourcing.

Each subject is one stream (originator id = UUID5 of the subject identifier); each fact is one
stored event at the next version of its subject's stream. A batch across many subjects is one
``insert_events`` call, which eventsourcing runs in one database transaction: all or nothing.
Two writers appending at the same version of a stream collide on the database's unique key
(optimistic concurrency); the loser gets :class:`StreamConflict` and retries from a fresh read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlparse
from uuid import UUID, uuid5

from eventsourcing.application import Application
from eventsourcing.persistence import (
    IntegrityError,
    Mapper,
    StoredEvent,
    Transcoder,
)

from ._codec import decode_fact, encode_fact
from .facts import Fact

__all__ = ["EventLog", "StreamConflict", "is_postgres_url", "stream_id"]

_SCHEMA_LOCK = 0x616E7471  # "antq": advisory lock key for table creation
_NAMESPACE = UUID("6f1c5e2a-9a8e-4f53-bb6e-3c1d2a7e0b24")


def stream_id(subject: str) -> UUID:
    """The stream of a subject. Stable: it is how stored events find their subject."""
    return uuid5(_NAMESPACE, f"subject:{subject}")


class StreamConflict(Exception):
    """Another writer appended to one of the streams first."""


class _Envelope:
    """What eventsourcing's event store carries for us: a fact at a position in a stream."""

    __slots__ = ("fact", "originator_id", "originator_version")

    def __init__(self, originator_id: UUID, originator_version: int, fact: Fact) -> None:
        self.originator_id = originator_id
        self.originator_version = originator_version
        self.fact = fact


class _NoTranscoder(Transcoder):
    """Unused: the fact mapper encodes with the project's own converter."""

    def encode(self, obj: Any) -> bytes:
        raise NotImplementedError

    def decode(self, data: bytes) -> Any:
        raise NotImplementedError


class _FactMapper(Mapper[UUID]):
    """Maps facts to stored events with the project's converter (JSON via orjson).

    The application's compressor and cipher (``COMPRESSOR_TOPIC``, ``CIPHER_KEY``) still apply.
    """

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        envelope = cast(_Envelope, domain_event)
        topic, state = encode_fact(envelope.fact)
        if self.compressor:
            state = self.compressor.compress(state)
        if self.cipher:
            state = self.cipher.encrypt(state)
        return StoredEvent(
            originator_id=envelope.originator_id,
            originator_version=envelope.originator_version,
            topic=topic,
            state=state,
        )

    def decode(self, stored: StoredEvent) -> Fact:
        state = stored.state
        if self.cipher:
            state = self.cipher.decrypt(state)
        if self.compressor:
            state = self.compressor.decompress(state)
        return decode_fact(stored.topic, state)

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        return _Envelope(
            cast(UUID, stored_event.originator_id),
            stored_event.originator_version,
            self.decode(stored_event),
        )


class _LedgerApplication(Application[UUID]):
    name = "antq"

    def construct_mapper(self) -> Mapper[UUID]:
        return self.factory.mapper(transcoder=_NoTranscoder(), mapper_class=_FactMapper)


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _env_for(location: str) -> dict[str, str]:
    if location == ":memory:":
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if is_postgres_url(location):
        url = urlparse(location)
        query = parse_qs(url.query)
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": unquote(url.path.lstrip("/")) or "postgres",
            "POSTGRES_HOST": url.hostname or "localhost",
            "POSTGRES_PORT": str(url.port or 5432),
            "POSTGRES_USER": unquote(url.username or ""),
            "POSTGRES_PASSWORD": unquote(url.password or ""),
        }
        if "schema" in query:
            env["POSTGRES_SCHEMA"] = query["schema"][0]
        return env
    return {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(Path(location))}


@contextmanager
def _schema_lock(env: dict[str, str]) -> Iterator[None]:
    """On PostgreSQL, create the schema if missing and hold an advisory lock while
    eventsourcing creates its tables and functions: concurrent ``CREATE OR REPLACE FUNCTION``
    from several processes otherwise fails with "tuple concurrently updated"."""
    if env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres":
        yield
        return
    import psycopg  # the postgres extra; imported only when a PostgreSQL URL is used
    from psycopg import sql

    with psycopg.connect(
        dbname=env["POSTGRES_DBNAME"],
        host=env["POSTGRES_HOST"],
        port=int(env["POSTGRES_PORT"]),
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"],
        autocommit=True,
    ) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK,))
        try:
            schema = env.get("POSTGRES_SCHEMA")
            if schema:
                conn.execute(
                    sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema))
                )
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK,))


class EventLog:
    """Append and read facts. ``location``: a SQLite file path, a PostgreSQL URL, or
    ``:memory:``. ``env`` adds eventsourcing settings (``CIPHER_KEY``, ``COMPRESSOR_TOPIC``...)."""

    def __init__(self, location: str | os.PathLike[str], env: dict[str, str] | None = None):
        self.location = str(location)
        settings = _env_for(self.location)
        # eventsourcing reads the process environment too; what is passed here wins over it,
        # and the caller's explicit ``env`` wins over what the location implies.
        settings = {**settings, **(env or {})}
        with _schema_lock(settings):
            self._app = _LedgerApplication(env=settings)
        self._mapper = cast(_FactMapper, self._app.mapper)

    @property
    def is_postgres(self) -> bool:
        return is_postgres_url(self.location)

    def read(self, subject: str) -> list[Fact]:
        """Every fact of one subject, in stream order."""
        return [
            self._mapper.decode(s) for s in self._app.recorder.select_events(stream_id(subject))
        ]

    def append(self, batches: Sequence[tuple[str, int, Sequence[Fact]]]) -> None:
        """Append facts to several streams atomically. Each item: (subject, version the
        stream is expected to be at, facts). Raises :class:`StreamConflict` if any stream moved."""
        envelopes = [
            _Envelope(stream_id(subject), version + offset, fact)
            for subject, version, facts in batches
            for offset, fact in enumerate(facts, start=1)
        ]
        if not envelopes:
            return
        try:
            self._app.events.put(cast(Any, envelopes))
        except IntegrityError as exc:
            raise StreamConflict(str(exc)) from exc

    def scan(
        self, topics: Sequence[str] = (), *, start: int = 1, batch: int = 2000
    ) -> Iterator[tuple[int, Fact]]:
        """Every stored fact in recording order (the notification log), optionally filtered
        by stored topic, as (position, fact)."""
        position = start
        while True:
            rows = self._app.recorder.select_notifications(
                start=position, limit=batch, topics=topics, inclusive_of_start=True
            )
            for row in rows:
                yield row.id, self._mapper.decode(row)
            if len(rows) < batch:
                return
            position = rows[-1].id + 1

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

    def close(self) -> None:
        self._app.close()
