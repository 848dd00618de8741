"""The event log's eventsourcing application: streams, the fact mapper, connection settings.

Each subject is one stream (originator id = UUID5 of the subject identifier); each fact is one
stored event at the next version of its subject's stream.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse
from uuid import UUID, uuid5

from eventsourcing.application import Application
from eventsourcing.persistence import (
    Mapper,
    StoredEvent,
    Transcoder,
)

__all__ = ["CIPHER_TOPIC", "StreamConflict", "is_postgres_url", "stream_id"]


_SCHEMA_LOCK = 0x616E7471  # "antq": advisory lock key for table creation
_NAMESPACE = UUID("6f1c5e2a-9a8e-4f53-bb6e-3c1d2a7e0b24")
_log = logging.getLogger("antq_compliance")


@functools.lru_cache(maxsize=1 << 16)
def stream_id(subject: str) -> UUID:
    """The stream of a subject. Stable: it is how stored events find their subject."""
    return uuid5(_NAMESPACE, f"subject:{subject}")


class StreamConflict(Exception):
    """Another writer appended to one of the streams first."""


class _NoTranscoder(Transcoder):
    """Unused: facts are encoded by the project's own codec."""

    def encode(self, obj: Any) -> bytes:
        raise NotImplementedError

    def decode(self, data: bytes) -> Any:
        raise NotImplementedError


class _FactMapper(Mapper[UUID]):
    """eventsourcing's mapper slot: it holds the application's cipher and compressor
    (``CIPHER_KEY``, ``COMPRESSOR_TOPIC``), which :class:`~antq_compliance.store.payloads.
    _Payloads` applies. Facts never pass through it: :meth:`EventLog.append` encodes them with
    the trusted encoder and every read decodes rows itself."""

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        raise NotImplementedError("facts are appended by EventLog.append")

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        raise NotImplementedError("facts are read by EventLog")


CIPHER_TOPIC = "eventsourcing.cryptography:AESCipher"
"""The store's cipher: eventsourcing's AES-GCM on ``cryptography`` (a dependency), not its
default ``eventsourcing.cipher:AESCipher`` on pycryptodome (an extra a plain install lacks).
Both write nonce, tag and ciphertext in the same order: stores written by either read alike."""


class _LedgerApplication(Application[UUID]):
    name = "antq"

    def construct_mapper(self) -> Mapper[UUID]:
        env = self.factory.env
        if env.get("CIPHER_KEY") and not env.get("CIPHER_TOPIC"):
            env["CIPHER_TOPIC"] = CIPHER_TOPIC
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
            "APPLICATION_RECORDER_TOPIC": "antq_compliance.store.postgres:BatchPostgresRecorder",
        }
        if "schema" in query:
            env["POSTGRES_SCHEMA"] = query["schema"][0]
        return env
    # A writer waits up to 30 s for SQLite's single write lock, as the chain's seal does
    # (eventsourcing's default is 5 s, which 8 busy writers on 2 cores exceeded:
    # "database is locked"; tests/store/test_multiprocess.py, docs/reliability.md).
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(Path(location)),
        "SQLITE_LOCK_TIMEOUT": "30",
    }


@contextlib.contextmanager
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
