"""Benchmark: JSONL import and full status computation, each next to an eventsourcing baseline
measured in the same run on the same kind of store. See ``benchmarks/README.md``.

Usage: ``python benchmarks/bench.py [--units N] [--stores sqlite,postgres] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from uuid import UUID

import attrs
import orjson
from eventsourcing.application import Application
from eventsourcing.domain import DomainEvent
from eventsourcing.persistence import StoredEvent

from antq_compliance import Ledger
from antq_compliance.codec.facts import encode_fact
from antq_compliance.domain.facts import Fact, FactDraft, SubjectRegistered
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.projections.reports.figures import NoReportData
from antq_compliance.store.application import StreamConflict, _env_for, stream_id
from generate import DEFAULT_SEED, generate, generate_events, history, unit_range, write_jsonl

YEAR = 2024
AS_OF = date(2024, 12, 31)
RECORDED_AT = datetime(2025, 1, 1, tzinfo=UTC)
BASELINE_BATCH = 1_000
READ_REPEATS = 3
REPLAY_BATCH = 10_000
LATENCY_SAMPLES = 1_000
HISTORY_UNITS = 100
HISTORY_YEARS = 5
TARGETS = {
    "import": 0.9,
    "rebuild_vs_es_replay": 1.0,
    "rebuild_vs_raw": 0.3,
    "status_p99_ms": 2.0,
    "as_of_p99_ms": 20.0,
    "memory_mib_at_1e7": 1024.0,
    "writers_4_vs_1": 2.5,
}
DEFAULT_POSTGRES = "postgresql://antq:antq@127.0.0.1:5432/antq_test"


def _clock() -> datetime:
    return RECORDED_AT


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _median_time(fn: Callable[[], Any], repeats: int) -> tuple[float, list[float], Any]:
    times, out = [], None
    for _ in range(repeats):
        seconds, out = _timed(fn)
        times.append(seconds)
    return statistics.median(times), times, out


def _counter(read: Callable[[], Iterator[object]]) -> Callable[[], int]:
    return lambda: sum(1 for _ in read())


# --- the baseline's payloads ------------------------------------------------------------------


def stored_events(drafts: Sequence[FactDraft]) -> list[StoredEvent]:
    """The stored events the ledger writes for ``drafts`` on an empty store: same streams,
    versions, topics and payload bytes, in the same order (grouped by subject, subjects in
    order of first appearance, as ``Ledger.record_many`` appends them)."""
    by_subject: dict[str, list[StoredEvent]] = {}
    for draft in drafts:
        stream = by_subject.setdefault(draft.subject, [])
        fact = Fact(**attrs.asdict(draft, recurse=False), recorded_at=RECORDED_AT)
        topic, state = encode_fact(fact)
        stream.append(
            StoredEvent(
                originator_id=stream_id(draft.subject),
                originator_version=len(stream) + 1,
                topic=topic,
                state=state,
            )
        )
    return [event for stream in by_subject.values() for event in stream]


def _digest(events: Iterator[StoredEvent]) -> tuple[int, str, int]:
    """(events, SHA-256 over every stream id, version and topic, total payload bytes). The
    payload bytes themselves differ: the ledger stores personal values (``recorded_by``...) as
    tokens encrypted under a key of their data subject, and the recording role."""
    sha = hashlib.sha256()
    count = size = 0
    for e in events:
        sha.update(f"{e.originator_id}:{e.originator_version}:{e.topic}:".encode())
        size += len(e.state)
        count += 1
    return count, sha.hexdigest(), size


def _stored_in(app: Application[UUID], batch: int = 5_000) -> Iterator[StoredEvent]:
    position = 1
    while True:
        rows = app.recorder.select_notifications(start=position, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        position = rows[-1].id + 1


# --- eventsourcing's own replay: the same facts as its domain events, its default mapper -----


@dataclass(frozen=True)
class FactRecorded(DomainEvent):
    """The baseline's event: one fact's interchange body as an eventsourcing domain event,
    stored and decoded by eventsourcing's default mapper (JSON transcoder)."""

    body: dict[str, Any]


def es_replay_store(env: dict[str, str], drafts: Sequence[FactDraft]) -> Application[UUID]:
    """A plain eventsourcing application holding the same facts as ``FactRecorded`` events
    (same streams and versions), written untimed."""
    app: Application[UUID] = Application(env=env)
    versions: dict[str, int] = {}
    batch: list[StoredEvent] = []
    for draft in drafts:
        version = versions[draft.subject] = versions.get(draft.subject, 0) + 1
        fact = Fact(**attrs.asdict(draft, recurse=False), recorded_at=RECORDED_AT)
        event = FactRecorded(
            originator_id=stream_id(draft.subject),
            originator_version=version,
            timestamp=RECORDED_AT,
            body=orjson.loads(encode_fact(fact)[1]),
        )
        batch.append(app.mapper.to_stored_event(event))
        if len(batch) == BASELINE_BATCH:
            app.recorder.insert_events(batch)
            batch = []
    if batch:
        app.recorder.insert_events(batch)
    return app


def es_replay(app: Application[UUID]) -> int:
    """eventsourcing's replay into a trivial projection: read notifications in pages, decode
    each with the application's mapper, count events per stream."""
    counts: dict[UUID, int] = {}
    position = 1
    total = 0
    while True:
        rows = app.recorder.select_notifications(start=position, limit=REPLAY_BATCH)
        for row in rows:
            event = app.mapper.to_domain_event(row)
            counts[event.originator_id] = counts.get(event.originator_id, 0) + 1
        total += len(rows)
        if len(rows) < REPLAY_BATCH:
            return total
        position = rows[-1].id + 1


# --- latency ------------------------------------------------------------------------------------


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {
        "median_ms": statistics.median(ordered) * 1e3,
        "p99_ms": p99 * 1e3,
        "max_ms": ordered[-1] * 1e3,
        "samples": len(ordered),
    }


def latency(calls: list[Callable[[], object]]) -> dict[str, float]:
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def as_of_latency(location: str, seed: int) -> dict[str, Any]:
    """One unit's as-of status over five years of history: ``HISTORY_UNITS`` units, each fact
    recorded at the end of its year (the clock advances), queried for a random year, business
    date and recording instant."""
    drafts = list(history(HISTORY_UNITS, YEAR, HISTORY_YEARS, seed))
    first = YEAR - HISTORY_YEARS + 1
    now = [datetime(first + 1, 1, 1, tzinfo=UTC)]
    with Ledger(location, clock=lambda: now[0], actor=SYSTEM) as ledger:
        by_year: dict[int, list[FactDraft]] = {}
        for draft in drafts:
            year = draft.occurred_on.year + (1 if draft.occurred_on.month >= 11 else 0)
            by_year.setdefault(min(max(year, first), YEAR), []).append(draft)
        for year in sorted(by_year):
            now[0] = datetime(year + 1, 1, 1, tzinfo=UTC)
            ledger.record_many(by_year[year])
        subjects = sorted({d.subject for d in drafts})
        rng = random.Random(seed)
        calls: list[Callable[[], object]] = []
        for _ in range(LATENCY_SAMPLES // 2):
            subject, year = rng.choice(subjects), rng.randint(first, YEAR)
            # Known from the end of the year on (the unit was first recorded at the end of
            # the first year), up to a year after the last.
            known = datetime(rng.randint(year + 1, YEAR + 1), rng.randint(1, 12), 1, tzinfo=UTC)

            def call(s: str = subject, y: int = year, k: datetime = known) -> object:
                return ledger.status(s, y, as_of=date(y, 12, 31), known_at=k)

            calls.append(call)
        out = latency(calls)
        out["events"] = ledger.head()
        out["facts_per_unit"] = ledger.head() / len(subjects)
        return out


def large_log_latency(location: str, events: int, seed: int) -> dict[str, Any]:
    """``Ledger.status`` and an as-of status on a log of ``events`` facts (``fill_store``):
    what a read costs on a national-size log, where the history log above is 100 units. Also
    the staleness check every read runs (``vault.epoch()``, mean of 1,000)."""
    began = time.perf_counter()
    filled = fill_store(location, events, seed)
    fill_s = time.perf_counter() - began
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        subjects = [s.id for s in ledger.subjects()]
        rng = random.Random(seed)
        ledger.status(subjects[0], YEAR, as_of=AS_OF)  # connections and caches warmed once
        now: list[Callable[[], object]] = []
        as_of: list[Callable[[], object]] = []
        for _ in range(LATENCY_SAMPLES // 2):
            subject = rng.choice(subjects)
            now.append(lambda s=subject: ledger.status(s, YEAR, as_of=AS_OF))  # type: ignore[misc]
            day = AS_OF - timedelta(days=rng.randrange(365))
            known = RECORDED_AT + timedelta(seconds=rng.randrange(86_400))

            def call(s: str = subject, d: date = day, k: datetime = known) -> object:
                return ledger.status(s, YEAR, as_of=d, known_at=k)

            as_of.append(call)
        vault = ledger.log._payloads.vault
        start = time.perf_counter()
        for _ in range(1_000):
            vault.epoch()
        epoch_ms = (time.perf_counter() - start) * 1e3 / 1_000
        return {
            "events": filled,
            "subjects": len(subjects),
            "fill_seconds": fill_s,
            "status": latency(now),
            "as_of": latency(as_of),
            "epoch_ms": epoch_ms,
        }


# --- memory -------------------------------------------------------------------------------------


def _maxrss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mib() -> float:
    # VmHWM: this process's own peak since exec. ru_maxrss (also reported) is the same on a
    # fresh process, but on Linux it keeps the peak of the process the probe was forked from
    # (the benchmark itself, ~1 GiB), so it cannot show a small rebuild.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _maxrss_mib()


def follow_probe(location: str) -> dict[str, Any]:
    """Run in a fresh process: peak RSS of ``antq follow --once`` (``StatusFollower.catch_up``)
    building the on-disk status view of a SQLite log from empty (the view in a file of its
    own, deleted afterwards)."""
    from antq_compliance.application.follow import StatusFollower

    view = location + ".bench-status"
    try:
        with StatusFollower(location, [YEAR], view=view) as follower:
            before = _peak_mib()
            start = time.perf_counter()
            report = follower.catch_up()
            seconds = time.perf_counter() - start
            return {
                "events": follower.head(),
                "notifications": report.notifications,
                "subjects": report.subjects,
                "batches": report.batches,
                "rss_before_mib": before,
                "peak_mib": _peak_mib(),
                "seconds": seconds,
            }
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(view + suffix).unlink(missing_ok=True)


def memory_probe(location: str) -> dict[str, Any]:
    """Run in a fresh process: peak RSS before and after a full streaming rebuild (the
    statuses-only projection, then ``statuses``), from ``resource.getrusage``."""
    peak_mib, maxrss_mib = _peak_mib, _maxrss_mib
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        before = peak_mib()
        start = time.perf_counter()
        projection = ledger.replay([YEAR], keep_facts=False)
        replay_s = time.perf_counter() - start
        after_replay = peak_mib()
        subjects = len(projection.statuses)
        del projection
        start = time.perf_counter()
        count = sum(1 for _ in ledger.statuses(YEAR, as_of=AS_OF))
        statuses_s = time.perf_counter() - start
        return {
            "events": ledger.head(),
            "subjects": subjects,
            "statuses": count,
            "rss_before_mib": before,
            "peak_after_replay_mib": after_replay,
            "peak_mib": peak_mib(),
            "ru_maxrss_mib": maxrss_mib(),
            "replay_seconds": replay_s,
            "statuses_seconds": statuses_s,
        }


# --- read figures, each in a fresh process ------------------------------------------------------
#
# Every read figure (the project's and each baseline's) runs in a process of its own, started
# after the import has finished and closed its store: no cache warmed by the import or by the
# previous figure, and the same settings on both sides — the cyclic garbage collector is off
# for every probe (the project pauses it itself during bulk reads; the baselines get the same).


def _plain_sqlite_read(path: str, table: str) -> int:
    """The physical limit: sqlite3 reading the same rows (position, stream, version, topic,
    state) in pages of ``REPLAY_BATCH`` by rowid, each row touched, nothing decoded."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        after, total = 0, 0
        statement = (
            f"SELECT rowid, originator_id, originator_version, topic, state FROM {table} "
            "WHERE rowid > ? ORDER BY rowid LIMIT ?"
        )
        while True:
            rows = conn.execute(statement, (after, REPLAY_BATCH)).fetchall()
            total += len(rows)
            if len(rows) < REPLAY_BATCH:
                return total
            after = rows[-1][0]
    finally:
        conn.close()


def _plain_postgres_read(url: str, schema: str, table: str) -> int:
    """As :func:`_plain_sqlite_read`, with psycopg (binary results) on PostgreSQL."""
    import psycopg
    from psycopg import sql

    statement = sql.SQL(
        "SELECT notification_id, originator_id, originator_version, topic, state FROM {}.{} "
        "WHERE notification_id > %s ORDER BY notification_id LIMIT %s"
    ).format(sql.Identifier(schema), sql.Identifier(table))
    with psycopg.connect(_plain_url(url)) as conn, conn.cursor(binary=True) as cursor:
        after, total = 0, 0
        while True:
            rows = cursor.execute(statement, (after, REPLAY_BATCH)).fetchall()
            total += len(rows)
            if len(rows) < REPLAY_BATCH:
                return total
            after = rows[-1][0]


def _probe_plain(location: str) -> Callable[[], int]:
    with Ledger(
        location, clock=_clock, actor=SYSTEM
    ) as ledger:  # only to find the table; closed again
        recorder: Any = ledger.log._app.recorder
        table = recorder.events_table_name
        schema = getattr(recorder.datastore, "schema", None)
    if location.startswith("postgres"):
        return lambda: _plain_postgres_read(location, schema or "public", table)
    return lambda: _plain_sqlite_read(location, table)


def _every_report(ledger: Ledger) -> int:
    """Every province's report of the year from a fresh report projection; how many."""
    fresh = ledger.report_projection()
    done = 0
    for province in fresh.provinces_in_log():
        try:
            fresh.report(province, YEAR, as_of=AS_OF)
        except NoReportData:
            continue
        done += 1
    return done


def read_probe(kind: str, location: str, extra: str = "") -> dict[str, Any]:
    """Run in a fresh process (``--read-probe KIND LOCATION [EXTRA]``): one read figure.
    Kinds: ``plain`` (sqlite3/psycopg, the same rows), ``es_select`` (eventsourcing's
    ``select_notifications``, undecoded), ``es_replay`` (its replay with its own mapper;
    EXTRA: the replay store's env as JSON), ``rebuild`` (``Ledger.replay(keep_facts=False)``),
    ``statuses``, ``status_log`` (one ``Ledger.status`` from the log per sampled unit),
    ``report_projection`` (its rebuild), ``every_report`` (every province's report from a
    fresh report projection), ``report`` (``antq report province``, saved projection)."""
    import gc

    gc.disable()  # the same on both sides (see above)
    if kind == "import":  # EXTRA: the JSON Lines file
        return import_probe(location, Path(extra))
    if kind == "es_append":  # LOCATION: the baseline store's env as JSON; EXTRA: the file
        return append_probe(orjson.loads(location), Path(extra))
    if kind == "follow":  # the follower from empty into a view of its own
        found = follow_probe(location)
        return {**found, "rate": found["events"] / found["seconds"]}
    if kind == "plain":
        read = _probe_plain(location)
        seconds, events = _timed(read)
        return {"seconds": seconds, "events": events, "rate": events / seconds}
    if kind == "es_replay":
        app: Application[UUID] = Application(env=orjson.loads(extra))
        try:
            seconds, events = _timed(lambda: es_replay(app))
        finally:
            app.close()
        return {"seconds": seconds, "events": events, "rate": events / seconds}
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        if kind == "es_select":
            seconds, events = _timed(_counter(ledger.log.scan_raw))
        elif kind == "rebuild":
            seconds, projection = _timed(lambda: ledger.replay([YEAR], keep_facts=False))
            events = projection.position
        elif kind == "statuses":
            seconds, found = _timed(lambda: list(ledger.statuses(YEAR, as_of=AS_OF)))
            events = ledger.head()
            return {
                "seconds": seconds,
                "events": events,
                "rate": events / seconds,
                "subjects": len(found),
                "subjects_rate": len(found) / seconds,
                "verdicts": dict(sorted(Counter(s.verdict.value for s in found).items())),
            }
        elif kind == "report_projection":
            seconds, projection = _timed(ledger.report_projection)
            events = projection.position
        elif kind == "every_report":
            seconds, provinces = _timed(lambda: _every_report(ledger))
            return {
                "seconds": seconds,
                "events": ledger.head(),
                "rate": ledger.head() / seconds,
                "provinces": provinces,
            }
        elif kind == "report":  # EXTRA: the province
            seconds, report = _timed(
                lambda: ledger.province_report(extra, YEAR, as_of=AS_OF, saved=True)
            )
            units = report.value("units.total")
            return {"seconds": seconds, "events": ledger.head(), "units": units}
        elif kind == "status_log":
            subjects = [s.id for s in ledger.subjects()]
            seed, samples = (int(part) for part in extra.split(":"))  # EXTRA: "seed:samples"
            rng = random.Random(seed)
            sample = [rng.choice(subjects) for _ in range(samples)]
            # Timed on a second ledger: listing the subjects read the whole log through the
            # first one and filled its person-key cache, which a service's first reads lack.
            with Ledger(location, clock=_clock, actor=SYSTEM) as cold:
                return latency(
                    [lambda s=s: cold.status(s, YEAR, as_of=AS_OF) for s in sample]  # type: ignore[misc]
                )
        else:
            raise SystemExit(f"unknown probe {kind!r}")
    return {"seconds": seconds, "events": events, "rate": events / seconds}


def import_probe(location: str, jsonl: Path) -> dict[str, Any]:
    """Run in a fresh process: ``Ledger.import_jsonl`` of the whole file into ``location``,
    timed, with the process's peak RSS (``VmHWM``) before and after: the memory an import
    needs, whatever the size of its file."""
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        before = _peak_mib()
        seconds, result = _timed(lambda: ledger.import_jsonl(jsonl))
        return {
            "seconds": seconds,
            "events": result.written,
            "subjects": len(result.subjects),
            "rate": result.written / seconds,
            "rss_before_mib": before,
            "peak_mib": _peak_mib(),
        }


def append_probe(env: dict[str, str], jsonl: Path) -> dict[str, Any]:
    """Run in a fresh process: eventsourcing's own batched append of the file's facts (stored
    events built from the file first, not timed)."""
    from antq_compliance.codec.facts import draft_from_json

    with jsonl.open("rb") as lines:
        drafts = [draft_from_json(orjson.loads(line), "x") for line in lines if line.strip()]
    events = stored_events(drafts)
    del drafts
    return baseline_append(env, events)


def run_read_probe(
    kind: str, location: str, extra: str = "", repeats: int = 1, timeout: float | None = None
) -> dict[str, Any]:
    """:func:`read_probe` in ``repeats`` fresh processes; the run of median time (its
    ``runs``: every run's seconds)."""
    import subprocess

    results = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--read-probe", kind, location, extra],
            capture_output=True,
            check=True,
            text=True,
            timeout=timeout,
        )
        results.append(orjson.loads(done.stdout.strip().splitlines()[-1]))
    if "seconds" not in results[0]:
        return dict(results[0])
    results.sort(key=lambda r: r["seconds"])
    chosen: dict[str, Any] = dict(results[len(results) // 2])
    chosen["runs"] = [r["seconds"] for r in results]
    return chosen


def run_read_probes(
    jobs: dict[str, tuple[str, str]], location: str, repeats: int
) -> dict[str, dict[str, Any]]:
    """:func:`run_read_probe` for each ``key: (kind, extra)``, interleaved: ``repeats``
    rounds of one fresh process per kind; per key, the run of median time (``runs``: every
    run's seconds, in round order)."""
    rounds = [
        {key: run_read_probe(kind, location, extra) for key, (kind, extra) in jobs.items()}
        for _ in range(repeats)
    ]
    out = {}
    for key in jobs:
        results = [found[key] for found in rounds]
        chosen = dict(sorted(results, key=lambda r: r["seconds"])[len(results) // 2])
        chosen["runs"] = [r["seconds"] for r in results]
        out[key] = chosen
    return out


def run_memory_probe(location: str, mode: str = "--memory-probe") -> dict[str, Any]:
    import subprocess

    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), mode, location],
        capture_output=True,
        check=True,
        text=True,
    )
    result: dict[str, Any] = orjson.loads(done.stdout.strip().splitlines()[-1])
    return result


DAY_BATCH = 2_000
"""Facts per transaction of a log recorded as clerks record it (``write_days_log``)."""

DAYS_UNITS = 5_000
"""Units of the day-by-day log (at most): its figure is about the follower's method, not size."""


def write_days_log(location: str, drafts: Sequence[FactDraft]) -> int:
    """``drafts`` recorded as clerks record them: the registrations, then every other fact in
    business-date order, ``DAY_BATCH`` a transaction (an import groups each unit's facts
    together; here each unit's facts are spread over the whole log). The log's head."""
    registered = [d for d in drafts if isinstance(d.data, SubjectRegistered)]
    rest = sorted(
        (d for d in drafts if not isinstance(d.data, SubjectRegistered)),
        key=lambda d: d.occurred_on,
    )
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        ledger.record_many(registered)
        for start in range(0, len(rest), DAY_BATCH):
            ledger.record_many(rest[start : start + DAY_BATCH])
        return ledger.head()


def measure_follow_days(workdir: Path, drafts: Sequence[FactDraft]) -> dict[str, Any]:
    """The follower from empty on a log recorded day by day (the first ``DAYS_UNITS`` units of
    the run), next to the statuses-only rebuild of the same log: fresh processes, interleaved,
    the median of ``READ_REPEATS`` each."""
    units: set[str] = set()
    chosen = []
    for d in drafts:
        if d.subject not in units:
            if len(units) == DAYS_UNITS:
                continue
            units.add(d.subject)
        chosen.append(d)
    location = str(workdir / "days.sqlite3")
    print(f"[sqlite] a log of {len(chosen):,} facts recorded day by day...", flush=True)
    seconds, head = _timed(lambda: write_days_log(location, chosen))
    jobs = {"follow": ("follow", ""), "rebuild": ("rebuild", "")}
    found = run_read_probes(jobs, location, READ_REPEATS)
    for suffix in ("", "-wal", "-shm"):
        Path(location + suffix).unlink(missing_ok=True)
    return {"events": head, "units": len(units), "write_seconds": seconds, **found}


def follow_days_rows(found: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not found:
        return []
    follow, rebuild = found["follow"], found["rebuild"]
    return [
        _row(
            "sqlite",
            f"follow --once from empty, {found['events']:,} facts recorded day by day",
            "events/s",
            follow["rate"],
            follow["seconds"],
            "rebuild of the same log (replay, statuses only)",
            rebuild["rate"],
            rebuild["seconds"],
            note=f"{follow['subjects']:,} units evaluated for {found['units']:,} units; "
            f"peak RSS {follow['peak_mib']:.0f} MiB",
        )
    ]


def fill_store(location: str, events: int, seed: int, chunk_units: int = 500) -> int:
    """A store of at least ``events`` facts (whole units), written in batches of
    ``chunk_units`` units through ``record_many``."""
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        batch: list[FactDraft] = []
        units = 0
        previous = None
        for draft in generate_events(events, YEAR, seed):
            if draft.subject != previous:
                previous = draft.subject
                units += 1
                if units % chunk_units == 0 and batch:
                    ledger.record_many(batch)
                    batch = []
            batch.append(draft)
        if batch:
            ledger.record_many(batch)
        return ledger.head()


# --- PostgreSQL writers -----------------------------------------------------------------------


def _writer(location: str, drafts: list[FactDraft], batch_units: int, start: Any, out: Any) -> None:
    conflicts = 0
    with Ledger(location, clock=_clock, actor=SYSTEM) as ledger:
        original = ledger.log.append

        def counting(batches: Any) -> None:
            nonlocal conflicts
            try:
                original(batches)
            except StreamConflict:
                conflicts += 1
                raise

        ledger.log.append = counting  # type: ignore[method-assign]
        chunks: list[list[FactDraft]] = []
        previous, units = None, 0
        for draft in drafts:
            if draft.subject != previous:
                previous = draft.subject
                if units % batch_units == 0:
                    chunks.append([])
                units += 1
            chunks[-1].append(draft)
        start.wait()
        began = time.perf_counter()
        written = sum(ledger.record_many(chunk).written for chunk in chunks)
        out.put(
            {"written": written, "conflicts": conflicts, "seconds": time.perf_counter() - began}
        )


def _writers_once(
    store: Store, n: int, parts: list[list[FactDraft]], suffix: str
) -> dict[str, Any]:
    """One race of ``n`` writer processes, each recording its part, into a fresh schema."""
    import multiprocessing

    # Spawned, not forked: a child forked while a thread of the parent held a lock of the
    # connection pool once waited 30 s for a connection and left the others at the barrier.
    ctx = multiprocessing.get_context("spawn")
    location = store.ledger(suffix)
    Ledger(location, clock=_clock, actor=SYSTEM).close()  # tables created before the race
    start = ctx.Barrier(n + 1, timeout=300)  # a writer that died breaks the race, not the run
    queue = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(location, part, 25, start, queue)) for part in parts]
    for proc in procs:
        proc.start()
    start.wait()
    began = time.perf_counter()
    got = [queue.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - began
    for proc in procs:
        proc.join()
    with Ledger(location, clock=_clock, actor=SYSTEM) as check:
        stored = check.head()
        intact = check.verify().ok
    written = sum(g["written"] for g in got)
    return {
        "writers": n,
        "events": written,
        "stored": stored,
        "lost": sum(len(p) for p in parts) - stored,
        "chain_intact": intact,
        "seconds": wall,
        "rate": written / wall,
        "conflicts_retried": sum(g["conflicts"] for g in got),
    }


def pg_writers(
    store: Store, counts: Sequence[int], units_per_writer: int, seed: int, repeats: int = 3
) -> list[dict[str, Any]]:
    """``n`` processes, each writing its own ``units_per_writer`` units (different subjects)
    in ``record_many`` batches of 25 units, all into one fresh schema per ``n``. Each count
    races ``repeats`` times, each time into a fresh schema with the same units; the race of
    median time is kept (``runs``: every race's seconds): a race of one writer at the quick
    size lasts about half a second, where one slow moment of the machine moved the ratio from
    1.06x to 3.4x between runs."""
    results = []
    offset = 0
    for n in counts:
        parts = []
        for _ in range(n):
            parts.append(list(unit_range(offset + 1, offset + units_per_writer, YEAR, seed)))
            offset += units_per_writer
        races = [_writers_once(store, n, parts, f"_w{n}r{r}") for r in range(repeats)]
        races.sort(key=lambda race: race["seconds"])
        result = dict(races[len(races) // 2])
        result["runs"] = [race["seconds"] for race in races]
        result["lost"] = max(race["lost"] for race in races)
        result["chain_intact"] = all(race["chain_intact"] for race in races)
        result["conflicts_retried"] = sum(race["conflicts_retried"] for race in races)
        results.append(result)
        print(
            f"[postgres] {n} writer(s): {result['events']:,} events in {result['seconds']:.2f}s "
            f"({result['rate']:,.0f}/s; races {', '.join(f'{t:.2f}' for t in result['runs'])}s), "
            f"conflicts retried {result['conflicts_retried']}",
            flush=True,
        )
    return results


# --- stores -----------------------------------------------------------------------------------


class Store:
    """Where one backend's ledgers and baseline live. ``ledger(suffix)`` names a fresh, empty
    ledger store (the fallback import uses a second one). ``watch`` (PostgreSQL only) is the
    server URL used to detect an import that hangs."""

    def __init__(
        self,
        name: str,
        ledger: Callable[[str], str],
        baseline_env: dict[str, str],
        watch: str | None = None,
        replay_env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.ledger = ledger
        self.baseline_env = baseline_env
        self.replay_env = replay_env or baseline_env
        self.watch = watch


def _plain_url(url: str) -> str:
    """``url`` without its query (psycopg does not know our ``schema`` parameter)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _with_schema(url: str, schema: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "schema"] + [("schema", schema)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def postgres_problem(url: str) -> str | None:
    try:
        import psycopg

        with psycopg.connect(_plain_url(url), connect_timeout=3):
            return None
    except Exception as exc:  # any failure means "not reachable here"
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _pg_execute(url: str, statement: str, schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(_plain_url(url), autocommit=True) as conn:
        conn.execute("SET lock_timeout = '15s'")
        conn.execute(sql.SQL(statement).format(sql.Identifier(schema)))


@contextmanager
def sqlite_store(workdir: Path) -> Iterator[Store]:
    folder = workdir / "sqlite"
    folder.mkdir()
    yield Store(
        "sqlite",
        lambda suffix: str(folder / f"ledger{suffix}.sqlite3"),
        # SQLite table names are fixed: the baseline needs its own file.
        _env_for(str(folder / "baseline.sqlite3")),
        replay_env=_env_for(str(folder / "es-replay.sqlite3")),
    )


@contextmanager
def postgres_store(url: str) -> Iterator[Store]:
    tag = uuid.uuid4().hex[:10]
    baseline_schema = f"bench_{tag}_base"
    schemas = [baseline_schema]

    def ledger(suffix: str) -> str:
        schema = f"bench_{tag}{suffix}"
        schemas.append(schema)  # the ledger creates it; dropped at the end
        return _with_schema(url, schema)

    replay_schema = f"bench_{tag}_replay"
    schemas.append(replay_schema)
    _pg_execute(url, "CREATE SCHEMA {}", baseline_schema)
    _pg_execute(url, "CREATE SCHEMA {}", replay_schema)
    try:
        yield Store(
            "postgres",
            ledger,
            _env_for(_with_schema(url, baseline_schema)),
            watch=url,
            replay_env=_env_for(_with_schema(url, replay_schema)),
        )
    finally:
        for schema in schemas:
            try:
                _pg_execute(url, "DROP SCHEMA IF EXISTS {} CASCADE", schema)
            except Exception as exc:
                print(f"[postgres] could not drop schema {schema} (drop it by hand): {exc}")


# --- phases -----------------------------------------------------------------------------------


_HUNG_INSERT = """
    SELECT pid, extract(epoch FROM now() - state_change)::float8
    FROM pg_stat_activity
    WHERE state = 'active' AND wait_event = 'ClientRead' AND query LIKE %s
      AND pid <> pg_backend_pid()
"""


@contextmanager
def _hang_watch(url: str | None, location: str, after: float = 5.0) -> Iterator[dict[str, Any]]:
    """While the block runs, look every second for the PostgreSQL hang described in the README:
    a statement on ``location``'s schema that is active but has waited for the client
    (``ClientRead``) for ``after`` seconds, and say so (the import probe's time limit ends the
    import). Best effort: any error stops the watch, the time limit remains."""
    found: dict[str, Any] = {}
    if url is None:
        yield found
        return
    schema = dict(parse_qsl(urlsplit(location).query))["schema"]
    stop = threading.Event()

    def watch() -> None:
        import psycopg

        try:
            with psycopg.connect(_plain_url(url), autocommit=True) as conn:
                while not stop.wait(1.0):
                    row = conn.execute(_HUNG_INSERT, (f'%"{schema}".%',)).fetchone()
                    if row is not None and row[1] >= after:
                        found.update(backend_pid=row[0], client_read_seconds=row[1])
                        return
        except Exception as exc:
            found["watch_error"] = repr(exc)

    thread = threading.Thread(target=watch, name="pg-hang-watch", daemon=True)
    thread.start()
    try:
        yield found
    finally:
        stop.set()
        thread.join(5.0)


def baseline_append(env: dict[str, str], events: Sequence[StoredEvent]) -> dict[str, Any]:
    """eventsourcing's own batched append: ``recorder.insert_events`` of 1,000 stored events
    per call (one transaction each) into a fresh store of a plain ``Application``."""
    app: Application[UUID] = Application(env=env)
    try:

        def run() -> None:
            for i in range(0, len(events), BASELINE_BATCH):
                app.recorder.insert_events(events[i : i + BASELINE_BATCH])

        seconds, _ = _timed(run)
        stored, digest, size = _digest(_stored_in(app))
    finally:
        app.close()
    return {
        "seconds": seconds,
        "events": stored,
        "rate": stored / seconds,
        "digest": digest,
        "bytes": size,
    }


def split_jsonl(jsonl: Path, units_per_file: int) -> list[Path]:
    """Split the generated file into files of ``units_per_file`` consecutive units each."""
    files: list[Path] = []
    out = None
    units, previous = 0, None
    with jsonl.open("rb") as lines:
        for line in lines:
            subject = orjson.loads(line)["subject"]
            if subject != previous:
                previous = subject
                if units % units_per_file == 0:
                    if out is not None:
                        out.close()
                    files.append(jsonl.with_name(f"{jsonl.stem}-part{len(files):04d}.jsonl"))
                    out = files[-1].open("wb")
                units += 1
            assert out is not None
            out.write(line)
    if out is not None:
        out.close()
    return files


def _close_quietly(ledger: Ledger, store: str) -> None:
    try:
        ledger.close()
    except Exception as exc:
        print(f"[{store}] closing the interrupted ledger failed: {exc!r}")


def _measure_import(
    store: Store, location: str, jsonl: Path, opts: Options, out: dict[str, Any]
) -> tuple[Ledger, str]:
    """``import_jsonl`` timed in a fresh process, with its peak RSS (with the fallback to
    smaller files after a time-out); the ledger and location the other figures read."""
    import subprocess

    base = out["baseline_append"]
    print(f"[{store.name}] import_jsonl (time limit {opts.import_timeout:.0f}s)...", flush=True)
    started = time.perf_counter()
    try:
        with _hang_watch(store.watch, location) as hang:
            out["import"] = run_read_probe(
                "import", location, str(jsonl), timeout=opts.import_timeout
            )
        ledger = Ledger(location, clock=_clock, actor=SYSTEM)
    except subprocess.TimeoutExpired:
        elapsed = time.perf_counter() - started
        hung = "backend_pid" in hang
        out["import"] = {"timed_out": True, "hung": hung, "seconds": elapsed, "watch": hang}
        why = (
            f"HUNG: the server waited {hang['client_read_seconds']:.0f}s for the client "
            "(ClientRead) while the client waited for the server"
            if hung
            else f"did NOT finish within {opts.import_timeout:.0f}s"
        )
        print(
            f"[{store.name}] import_jsonl {why}; interrupted after {elapsed:.0f}s (see "
            "benchmarks/README.md, 'Known problem'). Loading the store from files of "
            f"{opts.chunk_units} units instead...",
            flush=True,
        )
        with Ledger(location, clock=_clock, actor=SYSTEM) as check:
            out["import"]["written_before_interrupt"] = check.head()
        location = store.ledger("_chunked")
        ledger = Ledger(location, clock=_clock, actor=SYSTEM)
        parts = split_jsonl(jsonl, opts.chunk_units)

        def chunked() -> int:
            return sum(ledger.import_jsonl(part).written for part in parts)

        seconds, written = _timed(chunked)
        out["import_chunked"] = {
            "seconds": seconds,
            "events": written,
            "files": len(parts),
            "units_per_file": opts.chunk_units,
            "rate": written / seconds,
        }
    stored, digest, size = _digest(_stored_in(ledger.log._app))
    out["payloads_identical"] = stored == base["events"] and digest == base["digest"]
    out["payload_bytes"] = {"ledger": size, "baseline": base["bytes"]}
    if not out["payloads_identical"]:
        print(f"[{store.name}] WARNING: the baseline's streams/versions/topics differ")

    return ledger, location


def _measure_reads(
    store: Store,
    ledger: Ledger,
    location: str,
    opts: Options,
    out: dict[str, Any],
    drafts: Sequence[FactDraft],
) -> Ledger:
    """The read figures, each in fresh processes, and the baselines'; the ledger reopened."""
    # The import's store is closed before any read figure: each runs in a fresh process.
    _close_quietly(ledger, store.name)
    print(
        f"[{store.name}] reads, each in a fresh process (median of {READ_REPEATS})...",
        flush=True,
    )
    replay_app = es_replay_store(store.replay_env, drafts)  # eventsourcing's own store
    replay_app.close()
    # Interleaved (one process of each kind per round, READ_REPEATS rounds): a drift of the
    # machine's speed over the minutes they take shifts every figure alike, not one side.
    out.update(
        run_read_probes(
            {
                "read_plain": ("plain", ""),
                "read_raw": ("es_select", ""),
                "replay": ("rebuild", ""),
                "statuses": ("statuses", ""),
                "es_replay": ("es_replay", orjson.dumps(store.replay_env).decode()),
            },
            location,
            READ_REPEATS,
        )
    )
    print(f"[{store.name}] one status from the log, fresh process...", flush=True)
    out["status_log"] = run_read_probe(
        "status_log", location, f"{opts.seed}:{LATENCY_SAMPLES // 2}"
    )
    ledger = Ledger(location, clock=_clock, actor=SYSTEM)
    # The in-memory projection's lookup, for comparison only (no target: a dictionary).
    projection = ledger.replay([YEAR], keep_facts=False)
    rng = random.Random(opts.seed)
    keys = sorted(projection.statuses)
    sample = [rng.choice(keys) for _ in range(LATENCY_SAMPLES)]
    out["status_projection"] = latency(
        [lambda k=k: projection.status(*k) for k in sample]  # type: ignore[misc]
    )
    print(f"[{store.name}] as-of status over {HISTORY_YEARS} years of history...", flush=True)
    out["as_of"] = as_of_latency(store.ledger("_history"), opts.seed)
    if opts.latency_events:
        print(
            f"[{store.name}] Ledger.status and as-of on a log of {opts.latency_events:,} "
            "events (filling it first)...",
            flush=True,
        )
        out["large_log"] = large_log_latency(store.ledger("_large"), opts.latency_events, opts.seed)
    print(f"[{store.name}] peak memory of a rebuild (subprocess)...", flush=True)
    out["memory"] = run_memory_probe(location)

    return ledger


def _measure_reports(store: Store, ledger: Ledger, location: str, out: dict[str, Any]) -> None:
    """The report projection rebuilt, every province's report, and ``antq report province``
    from the saved projection (fresh processes)."""
    # Each in fresh processes (median of three), as the rebuild: no cache warmed by the import.
    # The projection holds no facts: a report reads and evaluates its area's units when
    # asked. Every province's report of the year, from a fresh projection, is the whole
    # rebuild of the report figures.
    print(f"[{store.name}] report_projection(), province reports (fresh processes)...", flush=True)
    found = run_read_probes(
        {"report_projection": ("report_projection", ""), "province_reports": ("every_report", "")},
        location,
        READ_REPEATS,
    )
    out.update(found)
    reports = ledger.report_projection()  # untimed: which province to ask below
    # `antq report province`: the report projection saved beside the status view, brought
    # up to date and asked (fresh processes; the first call builds and saves it).
    named = Counter(name for e in reports._index.values() for name in e.places[0])
    province = max(reports.provinces_in_log(), key=named.__getitem__)
    del reports
    print(f"[{store.name}] province report {province!r}, saved projection...", flush=True)
    first = run_read_probe("report", location, province)
    again = run_read_probe("report", location, province, READ_REPEATS)
    out["report_saved"] = {"province": province, "first": first, "maintained": again}


def _profile_store(
    store: Store, ledger: Ledger, jsonl: Path, opts: Options, out: dict[str, Any]
) -> None:
    """With ``--profile``: cProfile of one more import and one statuses pass (not timed)."""
    if opts.profile is None:
        return
    print(f"[{store.name}] profiling import_jsonl (cProfile, not timed)...", flush=True)
    with Ledger(store.ledger("_profile"), clock=_clock, actor=SYSTEM) as fresh:
        profiler = cProfile.Profile()
        profiler.enable()
        fresh.import_jsonl(jsonl)
        profiler.disable()
    path = opts.profile.with_name(f"{opts.profile.stem}-{store.name}-import{opts.profile.suffix}")
    profiler.dump_stats(path)
    out["profile_import"] = str(path)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    print(f"[{store.name}] profiling statuses (cProfile, not timed)...", flush=True)
    profiler = cProfile.Profile()
    profiler.enable()
    list(ledger.statuses(YEAR, as_of=AS_OF))
    profiler.disable()
    path = opts.profile.with_name(f"{opts.profile.stem}-{store.name}{opts.profile.suffix}")
    profiler.dump_stats(path)
    out["profile"] = str(path)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def measure_store(
    store: Store,
    jsonl: Path,
    opts: Options,
    drafts: Sequence[FactDraft] = (),
) -> dict[str, Any]:
    out: dict[str, Any] = {"store": store.name}
    print(
        f"[{store.name}] baseline append ({len(drafts):,} events, {BASELINE_BATCH:,} per call)...",
        flush=True,
    )
    out["baseline_append"] = run_read_probe(
        "es_append", orjson.dumps(store.baseline_env).decode(), str(jsonl)
    )
    ledger, location = _measure_import(store, store.ledger(""), jsonl, opts, out)
    try:
        ledger = _measure_reads(store, ledger, location, opts, out, drafts)
        _measure_reports(store, ledger, location, out)
        _profile_store(store, ledger, jsonl, opts, out)
    finally:
        _close_quietly(ledger, store.name)
    return out


# --- report -----------------------------------------------------------------------------------


def _row(
    store: str,
    figure: str,
    unit: str,
    value: float | None,
    seconds: float,
    baseline: str,
    baseline_value: float,
    baseline_seconds: float,
    note: str = "",
    missing: str = "",
    target: float | None = None,
    lower_is_better: bool = False,
) -> dict[str, Any]:
    ratio = None if value is None else value / baseline_value
    holds = None
    if target is not None and ratio is not None:
        holds = ratio <= target if lower_is_better else ratio >= target
    return {
        "target": target,
        "holds": holds,
        "store": store,
        "figure": figure,
        "unit": unit,
        "value": value,
        "missing": missing,
        "seconds": seconds,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "baseline_seconds": baseline_seconds,
        "ratio": None if value is None else value / baseline_value,
        "note": note,
        "lower_is_better": lower_is_better,
    }


def rows_for(res: dict[str, Any]) -> list[dict[str, Any]]:
    store = res["store"]
    imp, base = res["import"], res["baseline_append"]
    st, raw = res["statuses"], res["read_raw"]
    append = f"es insert_events x{BASELINE_BATCH:,}"
    rows = []
    if imp.get("timed_out"):
        rows.append(
            _row(
                store,
                "import_jsonl",
                "events/s",
                None,
                imp["seconds"],
                append,
                base["rate"],
                base["seconds"],
                missing="HUNG" if imp["hung"] else "TIMED OUT",
                note=(
                    f"hung (server in ClientRead, client waiting), interrupted after "
                    f"{imp['seconds']:.0f}s; events in the store afterwards: "
                    f"{imp['written_before_interrupt']}"
                    if imp["hung"]
                    else f"did not finish within {imp['seconds']:.0f}s"
                ),
            )
        )
        chunked = res["import_chunked"]
        rows.append(
            _row(
                store,
                f"import_jsonl, {chunked['units_per_file']}-unit files",
                "events/s",
                chunked["rate"],
                chunked["seconds"],
                append,
                base["rate"],
                base["seconds"],
                note=f"fallback: {chunked['files']} files, one import_jsonl each",
            )
        )
    else:
        rows.append(
            _row(
                store,
                "import_jsonl",
                "events/s",
                imp["rate"],
                imp["seconds"],
                append,
                base["rate"],
                base["seconds"],
                note=f"a fresh process each; import peak RSS {imp['peak_mib']:.0f} MiB",
                target=0.9,
            )
        )
    es = res["es_replay"]
    plain = res["read_plain"]
    replay_row = "es replay (select_notifications+mapper+count)"
    plain_row = "plain sqlite3 read, same rows" if store == "sqlite" else "plain psycopg read"
    rp = res["replay"]
    rows += [
        _row(
            store,
            "replay (statuses-only projection)",
            "events/s",
            rp["rate"],
            rp["seconds"],
            replay_row,
            es["rate"],
            es["seconds"],
            target=TARGETS["rebuild_vs_es_replay"],
        ),
        _row(
            store,
            "replay (statuses-only projection)",
            "events/s",
            rp["rate"],
            rp["seconds"],
            plain_row,
            plain["rate"],
            plain["seconds"],
            target=TARGETS["rebuild_vs_raw"],
        ),
        _row(
            store,
            "statuses",
            "events/s",
            st["rate"],
            st["seconds"],
            replay_row,
            es["rate"],
            es["seconds"],
            target=TARGETS["rebuild_vs_es_replay"],
        ),
        _row(
            store,
            "statuses",
            "events/s",
            st["rate"],
            st["seconds"],
            plain_row,
            plain["rate"],
            plain["seconds"],
            target=TARGETS["rebuild_vs_raw"],
        ),
        _row(
            store,
            "es select_notifications (undecoded)",
            "events/s",
            raw["rate"],
            raw["seconds"],
            plain_row,
            plain["rate"],
            plain["seconds"],
            note="eventsourcing's own read, the second baseline",
        ),
        _row(
            store,
            "report_projection() (full rebuild)",
            "events/s",
            res["report_projection"]["rate"],
            res["report_projection"]["seconds"],
            replay_row,
            es["rate"],
            es["seconds"],
            target=TARGETS["rebuild_vs_es_replay"],
        ),
        _row(
            store,
            f"province reports, all {res['province_reports']['provinces']} (full rebuild)",
            "events/s",
            res["province_reports"]["rate"],
            res["province_reports"]["seconds"],
            replay_row,
            es["rate"],
            es["seconds"],
            target=TARGETS["rebuild_vs_es_replay"],
        ),
    ]
    saved = res.get("report_saved")
    if saved:
        rows.append(
            _row(
                store,
                f"antq report province {saved['province']} (saved projection)",
                "s",
                saved["maintained"]["seconds"],
                saved["maintained"]["seconds"],
                "the first call (builds and saves it)",
                saved["first"]["seconds"],
                saved["first"]["seconds"],
                note=f"{saved['maintained']['units']} units in the area; fresh processes",
                lower_is_better=True,
            )
        )
    for key, figure, target in (
        (
            "status_log",
            "one status from the log (Ledger.status, fresh process), p99",
            TARGETS["status_p99_ms"],
        ),
        ("status_projection", "one status from the in-memory projection (a lookup), p99", None),
        ("as_of", f"as-of status, {HISTORY_YEARS} years of history, p99", TARGETS["as_of_p99_ms"]),
    ):
        lat = res[key]
        rows.append(
            _row(
                store,
                figure,
                "ms",
                lat["p99_ms"],
                0.0,
                "target (p99 at most)" if target else "(no target; 2 ms shown)",
                target or TARGETS["status_p99_ms"],
                0.0,
                note=f"median {lat['median_ms']:.3f} ms, {lat['samples']} samples",
                target=1.0 if target else None,
                lower_is_better=True,
            )
        )
    if "large_log" in res:
        big = res["large_log"]
        for key, figure, target in (
            ("status", "Ledger.status", None),
            ("as_of", "as-of status", TARGETS["as_of_p99_ms"]),
        ):
            lat = big[key]
            rows.append(
                _row(
                    store,
                    f"{figure} on a {big['events']:,}-event log, p99",
                    "ms",
                    lat["p99_ms"],
                    0.0,
                    "target (p99 at most)" if target else "(no target; 2 ms shown)",
                    target or TARGETS["status_p99_ms"],
                    0.0,
                    note=f"median {lat['median_ms']:.3f} ms, {lat['samples']} samples, "
                    f"{big['subjects']:,} units; staleness check {big['epoch_ms']:.3f} ms",
                    target=1.0 if target else None,
                    lower_is_better=True,
                )
            )
    mem = res["memory"]
    rows.append(
        _row(
            store,
            f"peak RSS of a rebuild, {mem['events']:,} events",
            "MiB",
            mem["peak_mib"],
            mem["replay_seconds"] + mem["statuses_seconds"],
            "RSS after start-up",
            mem["rss_before_mib"],
            0.0,
            note="replay(keep_facts=False), then statuses()",
        )
    )
    return rows


def writer_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not results:
        return []
    one = results[0]
    return [
        _row(
            "postgres",
            f"{r['writers']} writer process(es)",
            "events/s",
            r["rate"],
            r["seconds"],
            f"{one['writers']} writer",
            one["rate"],
            one["seconds"],
            note=f"conflicts retried {r['conflicts_retried']}, lost {r['lost']}, "
            f"chain intact {r['chain_intact']}",
            target=TARGETS["writers_4_vs_1"] if r["writers"] == 4 else None,
        )
        for r in results
    ]


def memory_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not results:
        return []
    first = results[0]
    return (
        [
            _row(
                "sqlite",
                f"peak RSS of an import, {r['import']['events']:,} lines",
                "MiB",
                r["import"]["peak_mib"],
                r["import"]["seconds"],
                "target: 512 MiB",
                512.0,
                0.0,
                note=f"Ledger.import_jsonl of one file, one transaction, in a fresh process: "
                f"{r['import']['rate']:,.0f} facts/s; RSS after start-up "
                f"{r['import']['rss_before_mib']:.0f} MiB",
                target=1.0,
                lower_is_better=True,
            )
            for r in results
            if "import" in r
        ]
        + [
            _row(
                "sqlite",
                f"peak RSS of a rebuild, {r['events']:,} events",
                "MiB",
                r["peak_mib"],
                r["replay_seconds"] + r["statuses_seconds"],
                f"same, {first['events']:,} events",
                first["peak_mib"],
                0.0,
                note=f"{r['subjects']:,} subjects; rebuild "
                f"{r['events'] / r['replay_seconds']:,.0f} events/s; RSS after start-up "
                f"{r['rss_before_mib']:.0f} MiB",
            )
            for r in results
        ]
        + [
            _row(
                "sqlite",
                f"peak RSS of follow --once (on-disk view), {r['events']:,} events",
                "MiB",
                r["follow"]["peak_mib"],
                r["follow"]["seconds"],
                f"same, {first['events']:,} events",
                first["follow"]["peak_mib"],
                0.0,
                note=f"StatusFollower.catch_up() from an empty view: {r['follow']['batches']} "
                f"batches, {r['events'] / r['follow']['seconds']:,.0f} events/s; RSS after "
                f"start-up {r['follow']['rss_before_mib']:.0f} MiB",
            )
            for r in results
            if "follow" in r
        ]
    )


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("store", "figure", "value", "s", "baseline", "baseline value", "s", "ratio", "target")

    def number(value: float, unit: str) -> str:
        return f"{value:,.3f} {unit}" if unit == "ms" else f"{value:,.0f} {unit}"

    def target(r: dict[str, Any]) -> str:
        if r["target"] is None:
            return ""
        sign = "<=" if r.get("lower_is_better") else ">="
        return f"{sign} {r['target']:.1f} {'ok' if r['holds'] else 'MISS'}"

    lines = [header] + [
        (
            r["store"],
            r["figure"],
            r["missing"] if r["value"] is None else number(r["value"], r["unit"]),
            f"{r['seconds']:.2f}" if r["value"] is not None else f">{r['seconds']:.0f}",
            r["baseline"],
            number(r["baseline_value"], r["unit"]),
            f"{r['baseline_seconds']:.2f}",
            "-" if r["ratio"] is None else f"{r['ratio']:.2f}",
            target(r),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {2, 3, 5, 6, 7}
    for n, line in enumerate(lines):
        cells = zip(line, widths, strict=True)
        print("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(cells)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for r in rows:
        if r["note"]:
            print(f"  note: {r['store']} {r['figure']}: {r['note']}")


@attrs.frozen
class Options:
    import_timeout: float
    chunk_units: int
    profile: Path | None
    seed: int = DEFAULT_SEED
    latency_events: int = 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="antq_compliance import and status benchmark")
    parser.add_argument("--units", type=int, default=5_000, help="units (default 5,000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--stores", default="sqlite,postgres", help="e.g. sqlite,postgres")
    parser.add_argument("--json", default="bench-results.json", help="results file")
    parser.add_argument(
        "--import-timeout",
        type=float,
        default=60.0,
        help="seconds before import_jsonl is interrupted (default 60)",
    )
    parser.add_argument(
        "--chunk-units",
        type=int,
        default=250,
        help="units per file when the whole-file import timed out (default 250)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="also cProfile one extra import_jsonl (into a fresh store) and statuses run per "
        "store, dump to PATH-<store>-import.pstats and PATH-<store>.pstats",
    )
    parser.add_argument(
        "--writers",
        default="1,2,4,8",
        help="PostgreSQL writer process counts (default 1,2,4,8; empty: skip)",
    )
    parser.add_argument(
        "--writer-units", type=int, default=100, help="units each writer process writes"
    )
    parser.add_argument(
        "--memory-events",
        default="",
        help="also measure a rebuild's peak RSS on SQLite logs of these sizes, e.g. "
        "100000,1000000 (bench-full)",
    )
    parser.add_argument(
        "--latency-events",
        type=int,
        default=0,
        help="also fill a log of this many events per store and time Ledger.status and as-of "
        "status on it (e.g. 1000000; default: skip)",
    )
    parser.add_argument("--memory-probe", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--follow-probe", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--read-probe", nargs=3, default=None, help=argparse.SUPPRESS)
    return parser


def _measure_memory(
    results: dict[str, Any], memory_sizes: list[int], workdir: Path, seed: int
) -> None:
    """``--memory-events``: a log of each size, then the memory probes in fresh processes."""
    memory = results["memory_sizes"] = []
    for size in memory_sizes:
        location = str(workdir / f"memory-{size}.sqlite3")
        jsonl = workdir / f"memory-{size}.jsonl"
        print(f"[sqlite] memory: importing a file of {size:,} lines...", flush=True)
        write_jsonl(jsonl, generate_events(size, YEAR, seed))
        imported = run_read_probe("import", location, str(jsonl))
        jsonl.unlink()
        probe = run_memory_probe(location)
        probe["import"] = imported
        probe["follow"] = run_memory_probe(location, "--follow-probe")
        memory.append(probe)
        print(
            f"[sqlite] {probe['events']:,} events: import peak RSS "
            f"{imported['peak_mib']:.0f} MiB, {imported['rate']:,.0f} facts/s; "
            f"rebuild peak RSS {probe['peak_mib']:.0f} MiB, "
            f"rebuild {probe['replay_seconds']:.1f}s; follow --once into the on-disk view: "
            f"peak RSS {probe['follow']['peak_mib']:.0f} MiB, "
            f"{probe['follow']['seconds']:.1f}s",
            flush=True,
        )
        for suffix in ("", "-wal", "-shm"):
            Path(location + suffix).unlink(missing_ok=True)
    results["rows"].extend(memory_rows(memory))


def _measure_stores(
    results: dict[str, Any],
    stores: list[str],
    workdir: Path,
    jsonl: Path,
    opts: Options,
    drafts: Sequence[FactDraft],
    writers: list[int],
    writer_units: int,
) -> None:
    pg_url = os.environ.get("ANTQ_BENCH_POSTGRES", DEFAULT_POSTGRES)
    for name in stores:
        if name == "sqlite":
            with sqlite_store(workdir) as store:
                res = measure_store(store, jsonl, opts, drafts)
            res["follow_days"] = measure_follow_days(workdir, drafts)
        else:
            problem = postgres_problem(pg_url)
            if problem:
                print(f"[postgres] skipped: not reachable at {_plain_url(pg_url)}: {problem}")
                results["stores"]["postgres"] = {"skipped": problem}
                continue
            with postgres_store(pg_url) as store:
                res = measure_store(store, jsonl, opts, drafts)
                if writers:
                    print(f"[postgres] writer processes {writers}...", flush=True)
                    res["writers"] = pg_writers(store, writers, writer_units, opts.seed)
        results["stores"][name] = res
        results["rows"].extend(rows_for(res))
        results["rows"].extend(writer_rows(res.get("writers", [])))
        results["rows"].extend(follow_days_rows(res.get("follow_days")))
    drafts = []


def _print_summary(results: dict[str, Any], units: int) -> None:
    print()
    print(
        f"{units:,} units, {results['meta']['events']:,} events, year {YEAR}, "
        f"as of {AS_OF}; total {results['meta']['total_seconds']:.0f}s"
    )
    if results["rows"]:
        print_table(results["rows"])
    for name, res in results["stores"].items():
        if "skipped" in res:
            print(f"{name}: skipped ({res['skipped']})")
            continue
        print(
            f"{name}: verdicts {res['statuses']['verdicts']}; "
            f"baseline streams/versions/topics identical to the ledger's: "
            f"{res['payloads_identical']}; payload bytes ledger/baseline "
            f"{res['payload_bytes']['ledger'] / res['payload_bytes']['baseline']:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.read_probe:  # the subprocess of run_read_probe
        found = read_probe(*args.read_probe)
        found.update(cpu_seconds=time.process_time(), peak_mib=_peak_mib())
        print(orjson.dumps(found).decode())
        return 0
    if args.memory_probe:  # the subprocess of run_memory_probe
        print(orjson.dumps(memory_probe(args.memory_probe)).decode())
        return 0
    if args.follow_probe:  # the subprocess of run_memory_probe(..., "--follow-probe")
        print(orjson.dumps(follow_probe(args.follow_probe)).decode())
        return 0
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    unknown = set(stores) - {"sqlite", "postgres"}
    if unknown:
        parser.error(f"unknown store(s): {', '.join(sorted(unknown))}")
    opts = Options(
        import_timeout=args.import_timeout,
        chunk_units=args.chunk_units,
        profile=args.profile,
        seed=args.seed,
        latency_events=args.latency_events,
    )
    writers = [int(n) for n in args.writers.split(",") if n.strip()]
    memory_sizes = [int(n) for n in args.memory_events.split(",") if n.strip()]

    results: dict[str, Any] = {
        "meta": {
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "load_average_start": os.getloadavg(),
            "units": args.units,
            "year": YEAR,
            "seed": args.seed,
            "as_of": AS_OF.isoformat(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "eventsourcing": version("eventsourcing"),
            "psycopg": _version_or_none("psycopg"),
            "baseline_batch": BASELINE_BATCH,
            "read_repeats": READ_REPEATS,
            "import_timeout": args.import_timeout,
        },
        "stores": {},
        "rows": [],
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="antq-bench-") as tmp:
        workdir = Path(tmp)
        jsonl = workdir / "facts.jsonl"
        gen_s, drafts = _timed(lambda: list(generate(args.units, YEAR, args.seed)))
        write_s, lines = _timed(lambda: write_jsonl(jsonl, drafts))
        results["meta"].update(
            events=lines,
            jsonl_bytes=jsonl.stat().st_size,
            generate_seconds=gen_s,
            write_jsonl_seconds=write_s,
        )
        print(
            f"generated {lines:,} facts for {args.units:,} units in {gen_s:.1f}s "
            f"({jsonl.stat().st_size / 1e6:.1f} MB JSONL, written in {write_s:.1f}s)",
            flush=True,
        )
        _measure_stores(results, stores, workdir, jsonl, opts, drafts, writers, args.writer_units)
        drafts = []
        _measure_memory(results, memory_sizes, workdir, args.seed)
    results["meta"]["total_seconds"] = time.perf_counter() - started
    results["meta"]["load_average_end"] = os.getloadavg()

    _print_summary(results, args.units)
    Path(args.json).write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2) + b"\n")
    print(f"results written to {args.json}")
    return 0


def _version_or_none(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
