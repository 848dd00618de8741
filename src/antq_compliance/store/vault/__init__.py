"""The personal-data vault: one key per (unit, person), per back-end (``docs/reliability.md``)."""

from __future__ import annotations

import sys

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder

from antq_compliance.store.vault.base import Vault
from antq_compliance.store.vault.memory import open_memory_vault
from antq_compliance.store.vault.postgres import open_postgres_vault
from antq_compliance.store.vault.sqlite import open_sqlite_vault


def _open_vault(recorder: ApplicationRecorder, *, create: bool = True) -> Vault:
    if isinstance(recorder, SQLiteApplicationRecorder):
        pool = recorder.datastore.pool
        if pool.is_sqlite_memory_mode:
            return open_memory_vault()
        return open_sqlite_vault(pool.db_name)
    if isinstance(recorder, POPOApplicationRecorder):
        return open_memory_vault()
    postgres = sys.modules.get("eventsourcing.postgres")
    if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
        import psycopg

        from antq_compliance.store.postgres import read_fetcher

        ds = recorder.datastore
        conninfo = {k: v for k, v in ds.pool.kwargs.items() if k != "row_factory"}
        return open_postgres_vault(
            lambda: ds.transaction(commit=True),
            ds.schema,
            lambda: psycopg.connect(**conninfo, autocommit=True),
            create=create,
            read=read_fetcher(recorder),  # the pool's connections are in autocommit mode
        )
    raise TypeError(f"no key table for the recorder {type(recorder).__qualname__}")
