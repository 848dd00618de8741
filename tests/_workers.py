"""Code the reliability tests run in other processes, and the files they share.

* ``python tests/_workers.py import DB FILE``: ``Ledger.import_jsonl`` with phase markers on
  stdout (``append`` before the batch is checked and sent, ``seal`` after it committed,
  ``done`` at the end), so that the crash harness can kill the import inside its write. With
  ``ANTQ_PAUSE_BETWEEN_CHUNKS=N`` (PostgreSQL) the batch is sent in statements of N events and
  the import prints ``between-chunks`` and waits after the first one, inside the transaction.
  With ``ANTQ_TEST_STAGE=FACTS:SUBJECTS`` the import stages its facts in a file past FACTS and
  sends chunks of SUBJECTS subjects (``store/staging.py``), as a file of 20,000 facts does.
* :func:`record_concurrently`: one of N writer processes of ``tests/store/test_multiprocess.py``
  (started with multiprocessing's ``spawn`` context, which pickles it by module name).
"""

from __future__ import annotations

import itertools
import os
import random
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson

from antq_compliance import (
    ConcurrencyConflict,
    FactDraft,
    Ledger,
    PropagandaSessionHeld,
)
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.eventlog import EventLog
from builders import compliant_year, registration

__all__ = [
    "WorkerResult",
    "long_run",
    "record_concurrently",
    "write_import_file",
]

FIXED_NOW = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return FIXED_NOW


def long_run(variable: str, default: int) -> int:
    """How many trials/rounds a slow test runs: ``$variable`` or ``default``."""
    return int(os.environ.get(variable, default))


# --- the crash harness's input --------------------------------------------------------------


def write_import_file(path: Path, *, subjects: int, facts_each: int, prefix: str) -> list[str]:
    """A JSONL file of ``subjects`` registrations, each followed by ``facts_each`` sessions
    (Vietnamese text, a few hundred bytes a line); the ids it holds, in order."""
    lines: list[dict[str, Any]] = []
    for s in range(subjects):
        subject = f"{prefix}{s:08d}"
        lines.append(
            {
                "id": f"{subject}-reg",
                "type": "SubjectRegistered",
                "subject": subject,
                "occurred_on": "2020-01-01",
                "recorded_by": "phòng PV05",
                "data": {
                    "kind": "enterprise",
                    "name": f"Công ty Cổ phần Thủy sản Trà Vinh số {s}",
                    "ownership": "private",
                    "size": {"declared": "medium"},
                    "has_party_organisation": s % 2 == 0,
                    "province": "Trà Vinh",
                    "commune": "Phường 1, thành phố Trà Vinh",
                    "headcount": 120 + s,
                },
            }
        )
        lines += [
            {
                "id": f"{subject}-tt{n}",
                "type": "PropagandaSessionHeld",
                "subject": subject,
                "occurred_on": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "recorded_by": "cán bộ an ninh",
                "document_ref": f"{n}/BC-ANTT",
                "data": {
                    "topic": f"Tuyên truyền phòng, chống tội phạm và tệ nạn xã hội, buổi {n}",
                    "attendance": 20 + n % 300,
                },
            }
            for n in range(facts_each)
        ]
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    return [line["id"] for line in lines]


def _marked_import(db: str, file: str) -> int:
    """``Ledger.import_jsonl`` printing a marker at each phase of the write."""
    append, seal = EventLog.append_stream, EventLog.seal

    def marked_append(self: EventLog, chunks: Any) -> int:
        print("append", flush=True)
        return append(self, chunks)

    def marked_seal(self: EventLog) -> int:
        print("seal", flush=True)
        return seal(self)

    EventLog.append_stream = marked_append  # type: ignore[method-assign,assignment]
    EventLog.seal = marked_seal  # type: ignore[method-assign]
    stage = os.environ.get("ANTQ_TEST_STAGE")  # "FACTS:SUBJECTS": a small stage and chunks
    if stage:
        from antq_compliance.application.recording import Recording, _Check

        spill, subjects = (int(n) for n in stage.split(":"))
        Recording._spill_at, _Check.CHUNK_SUBJECTS = spill, subjects
    chunk = int(os.environ.get("ANTQ_PAUSE_BETWEEN_CHUNKS", "0"))
    if chunk:
        _pause_between_chunks(chunk)
    with Ledger(db, actor=SYSTEM) as ledger:
        result = ledger.import_jsonl(file)
    print(f"done {result.written} {result.unchanged}", flush=True)
    return 0


def _pause_between_chunks(chunk: int) -> None:
    """Send PostgreSQL batches in statements of ``chunk`` events; after the first statement
    ran (in the open transaction), say so and wait to be killed."""
    from antq_compliance.store import postgres as _store

    _store._PG_CHUNK = chunk  # read by the recorder at each batch
    send = _store._send_part  # one statement of the recorder's: looked up at each call
    sent = itertools.count(1)

    def send_and_pause(recorder: Any, curs: Any, events: Any, returning: bool) -> list[int]:
        ids = send(recorder, curs, events, returning)
        if next(sent) == 1:  # the first statement ran; the second is not sent
            print("between-chunks", flush=True)
            time.sleep(120)
        return ids

    _store._send_part = send_and_pause


# --- concurrent writers ---------------------------------------------------------------------

WorkerResult = dict[str, list[str]]
"""``acknowledged``: ids the ledger said it stored; ``conflicts``: one message per batch the
ledger refused with ConcurrencyConflict after its own retries (the worker then sends it again,
as a clerk would); ``refused``: ids of batches still refused after ``RESUBMIT`` sends;
``errors``: anything else, as text."""

RESUBMIT = 5


def _session(fact_id: str, subject: str, n: int, writer: int) -> FactDraft:
    return FactDraft(
        id=fact_id,
        subject=subject,
        occurred_on=date(2024, 1 + n % 12, 1 + n % 28),
        recorded_by=f"cán bộ {writer}",
        data=PropagandaSessionHeld(
            topic=f"Buổi tuyên truyền {n} của người ghi {writer}", attendance=n
        ),
    )


def record_concurrently(
    store: str, writer: int, shared: Sequence[str], own: str, rounds: int, seed: int
) -> WorkerResult:
    """Register ``own``, record a compliant year for it, then ``rounds`` times: one fact to a
    shared subject (``Ledger.record``) and one atomic batch across ``own`` and a shared
    subject (``Ledger.record_many``). Returns what the ledger acknowledged and refused."""
    rng = random.Random(seed)
    out: WorkerResult = {"acknowledged": [], "conflicts": [], "refused": [], "errors": []}

    def attempt(drafts: list[FactDraft]) -> None:
        for _ in range(RESUBMIT):
            try:
                ledger.record_many(drafts)
            except ConcurrencyConflict as exc:
                out["conflicts"].append(str(exc))
                continue
            except Exception as exc:  # reported to the test, which fails on any
                where = traceback.extract_tb(exc.__traceback__)[-4:]
                out["errors"].append(
                    f"{type(exc).__name__}: {exc} at {traceback.format_list(where)}"
                )
                return
            out["acknowledged"] += [d.id for d in drafts]
            return
        out["refused"] += [d.id for d in drafts]

    with Ledger(store, clock=fixed_clock, actor=SYSTEM) as ledger:
        year = compliant_year(2024, own)
        attempt([registration(own, headcount=100 + writer)])
        for n in range(rounds):
            target = shared[rng.randrange(len(shared))]
            attempt([_session(f"w{writer}-s{n}", target, n, writer)])
            batch = [_session(f"w{writer}-b{n}", rng.choice(shared), n, writer)]
            if n < len(year):
                batch.append(year[n])
            else:
                batch.append(_session(f"w{writer}-o{n}", own, n, writer))
            rng.shuffle(batch)
            attempt(batch)
        for late in year[rounds:]:
            attempt([late])
    return out


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command != "import":
        raise SystemExit(f"unknown command {command!r}")
    raise SystemExit(_marked_import(*arguments))
