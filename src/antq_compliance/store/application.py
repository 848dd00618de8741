"""The event log's eventsourcing application: streams, the fact mapper, connection settings.

Each subject is one stream (originator id = UUID5 of the subject identifier); each fact is one
stored event at the next version of its subject's stream.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse
from uuid import UUID, uuid5

from eventsourcing.application import Application
from eventsourcing.persistence import (
    Mapper,
    StoredEvent,
    Transcoder,
)

from antq_compliance.domain.errors import StoreConfigurationError

__all__ = ["CIPHER_TOPIC", "StreamConflict", "is_postgres_url", "postgres_params", "stream_id"]


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

    def construct_factory(self, env: Any) -> Any:
        return _with_libpq(super().construct_factory(env), env)

    def construct_mapper(self) -> Mapper[UUID]:
        env = self.factory.env
        if env.get("CIPHER_KEY") and not env.get("CIPHER_TOPIC"):
            env["CIPHER_TOPIC"] = CIPHER_TOPIC
        return self.factory.mapper(transcoder=_NoTranscoder(), mapper_class=_FactMapper)


_LIBPQ = "ANTQ_LIBPQ_PARAMS"
"""The environment key carrying every libpq parameter of the URL (JSON) to each connection."""
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _shown(location: str) -> str:
    url = urlparse(location)
    return url._replace(netloc=url.netloc.rpartition("@")[2]).geturl()  # no password


def postgres_params(location: str) -> tuple[dict[str, str], str | None]:
    """The libpq connection parameters of a ``postgresql://`` URL (every one libpq knows:
    ``sslmode``, ``sslrootcert``, ``connect_timeout``, ``application_name``...), and the
    ``schema`` parameter, the only one that is ours. The one check of a store URL, shared by
    the CLI (``--db``) and the library: a repeated or malformed ``schema``, or a parameter
    libpq does not know, is refused with one line (the password is never shown)."""
    url = urlparse(location)
    pairs = parse_qsl(url.query, keep_blank_values=True)
    schemas = [value for name, value in pairs if name == "schema"]
    if len(schemas) > 1:
        raise StoreConfigurationError(
            f"{_shown(location)}: 'schema' is given {len(schemas)} times; give it once"
        )
    schema = schemas[0] if schemas else None
    if schema is not None and not _SCHEMA_NAME.fullmatch(schema):
        raise StoreConfigurationError(
            f"schema {schema[:60]!r}: expected 1-63 lowercase letters, digits and _, not "
            f"starting with a digit ({_shown(location)})"
        )
    rest = urlencode([(n, v) for n, v in pairs if n != "schema"])
    # Without the [postgres] extra this raises ModuleNotFoundError, which the command line
    # turns into one line naming the extra.
    from psycopg.conninfo import conninfo_to_dict

    try:
        url.port  # noqa: B018 - parsing the port is the check
        found = conninfo_to_dict(url._replace(query=rest).geturl())
    except Exception as exc:  # psycopg.ProgrammingError, ValueError
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreConfigurationError(
            f"not a PostgreSQL URL ({message}): {_shown(location)}"
        ) from None
    return {k: str(v) for k, v in found.items() if v is not None}, schema


def _with_libpq(factory: Any, env: Any) -> Any:
    """``factory`` with every libpq parameter of the URL on its connections (eventsourcing
    passes only dbname, host, port, user and password)."""
    extra = env.get(_LIBPQ) if hasattr(env, "get") else None
    datastore = getattr(factory, "datastore", None)
    if extra and datastore is not None:
        datastore.pool.kwargs.update(json.loads(extra))
    return factory


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _env_for(location: str) -> dict[str, str]:
    if location == ":memory:":
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if is_postgres_url(location):
        params, schema = postgres_params(location)
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": params.get("dbname") or "postgres",
            "POSTGRES_HOST": params.get("host") or "localhost",
            "POSTGRES_PORT": params.get("port") or "5432",
            "POSTGRES_USER": params.get("user", ""),
            "POSTGRES_PASSWORD": params.get("password", ""),
            "APPLICATION_RECORDER_TOPIC": "antq_compliance.store.postgres:BatchPostgresRecorder",
            _LIBPQ: json.dumps(params),
        }
        if schema is not None:
            env["POSTGRES_SCHEMA"] = schema
        return env
    # A writer waits up to 30 s for SQLite's single write lock, as the chain's seal does
    # (eventsourcing's default is 5 s, which 8 busy writers on 2 cores exceeded:
    # "database is locked"; tests/store/test_multiprocess.py, docs/reliability.md).
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(Path(location)),
        "SQLITE_LOCK_TIMEOUT": "30",
        "APPLICATION_RECORDER_TOPIC": "antq_compliance.store.sqlite_recorder:KeyedSQLiteRecorder",
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

    params = json.loads(env[_LIBPQ]) if _LIBPQ in env else {}
    params.update(
        dbname=env["POSTGRES_DBNAME"],
        host=env["POSTGRES_HOST"],
        port=env["POSTGRES_PORT"],
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"],
    )
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK,))
        try:
            schema = env.get("POSTGRES_SCHEMA")
            creates = (env.get("CREATE_TABLE") or os.environ.get("CREATE_TABLE") or "yes").lower()
            if schema and creates not in ("n", "no", "f", "false", "off", "0"):
                conn.execute(
                    sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema))
                )
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK,))
