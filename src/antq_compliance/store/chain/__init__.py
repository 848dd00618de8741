"""Tamper evidence (``docs/integrity.md``): the hash chain over stored rows, per back-end."""

from __future__ import annotations

import sys

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder

from antq_compliance.store.chain.base import _Chain
from antq_compliance.store.chain.memory import _MemoryChain
from antq_compliance.store.chain.postgres import _PostgresChain
from antq_compliance.store.chain.sqlite import _SQLiteChain


def _open_chain(recorder: ApplicationRecorder, *, create: bool = True) -> _Chain:
    if isinstance(recorder, SQLiteApplicationRecorder):
        pool = recorder.datastore.pool
        if pool.is_sqlite_memory_mode:  # a private in-memory database: no second connection
            return _MemoryChain(recorder)
        return _SQLiteChain(pool.db_name, recorder.events_table_name)
    if isinstance(recorder, POPOApplicationRecorder):
        return _MemoryChain(recorder)
    postgres = sys.modules.get("eventsourcing.postgres")
    if postgres is not None and isinstance(recorder, postgres.PostgresApplicationRecorder):
        return _PostgresChain(recorder.datastore, recorder.events_table_name, create=create)
    raise TypeError(f"no tamper-evidence chain for the recorder {type(recorder).__qualname__}")
