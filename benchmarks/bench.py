"""Benchmark: JSONL import and full status computation, each next to an eventsourcing baseline
measured in the same run on the same kind of store. See ``benchmarks/README.md``.

Usage: ``python benchmarks/bench.py [--units N] [--stores sqlite,postgres] [--json PATH]``.
"""

from __future__ import annotations

import _thread
import argparse
import cProfile
import hashlib
import os
import platform
import pstats
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from uuid import UUID

import attrs
import orjson
from eventsourcing.application import Application
from eventsourcing.persistence import StoredEvent

from antq_compliance import Ledger
from antq_compliance._codec import encode_fact
from antq_compliance._store import _env_for, stream_id
from antq_compliance.facts import Fact, FactDraft
from generate import DEFAULT_SEED, generate, write_jsonl

YEAR = 2024
AS_OF = date(2024, 12, 31)
RECORDED_AT = datetime(2025, 1, 1, tzinfo=UTC)
BASELINE_BATCH = 1_000
READ_REPEATS = 3
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


def _digest(events: Iterator[StoredEvent]) -> tuple[int, str]:
    sha = hashlib.sha256()
    count = 0
    for e in events:
        sha.update(f"{e.originator_id}:{e.originator_version}:{e.topic}:".encode())
        sha.update(e.state)
        count += 1
    return count, sha.hexdigest()


def _stored_in(app: Application[UUID], batch: int = 5_000) -> Iterator[StoredEvent]:
    position = 1
    while True:
        rows = app.recorder.select_notifications(start=position, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        position = rows[-1].id + 1


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
    ) -> None:
        self.name = name
        self.ledger = ledger
        self.baseline_env = baseline_env
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

    _pg_execute(url, "CREATE SCHEMA {}", baseline_schema)
    try:
        yield Store("postgres", ledger, _env_for(_with_schema(url, baseline_schema)), watch=url)
    finally:
        for schema in schemas:
            try:
                _pg_execute(url, "DROP SCHEMA IF EXISTS {} CASCADE", schema)
            except Exception as exc:
                print(f"[postgres] could not drop schema {schema} (drop it by hand): {exc}")


# --- phases -----------------------------------------------------------------------------------


class ImportTimeout(KeyboardInterrupt):
    """Raised in the main thread when an import runs past ``--import-timeout``. A
    KeyboardInterrupt, so psycopg cancels the running query as it does on Ctrl-C."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`ImportTimeout` in the main thread after ``seconds`` (or on SIGALRM)."""

    def expire(_signum: int, _frame: object) -> None:
        raise ImportTimeout(f"still running after {seconds:.0f}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    (``ClientRead``) for ``after`` seconds. If found, interrupt the main thread with SIGALRM
    (see :func:`_time_limit`). Best effort: any error stops the watch, the time limit remains."""
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
                        _thread.interrupt_main(signal.SIGALRM)
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
        stored, digest = _digest(_stored_in(app))
    finally:
        app.close()
    return {"seconds": seconds, "events": stored, "rate": stored / seconds, "digest": digest}


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


def measure_store(
    store: Store, jsonl: Path, events: Sequence[StoredEvent], opts: Options
) -> dict[str, Any]:
    out: dict[str, Any] = {"store": store.name}
    print(
        f"[{store.name}] baseline append ({len(events):,} events, {BASELINE_BATCH:,} per call)...",
        flush=True,
    )
    base = out["baseline_append"] = baseline_append(store.baseline_env, events)

    location = store.ledger("")
    ledger = Ledger(location, clock=_clock)
    try:
        print(f"[{store.name}] import_jsonl (time limit {opts.import_timeout:.0f}s)...", flush=True)
        started = time.perf_counter()
        try:
            with (
                _time_limit(opts.import_timeout),
                _hang_watch(store.watch, location) as hang,
            ):
                seconds, result = _timed(lambda: ledger.import_jsonl(jsonl))
            out["import"] = {
                "seconds": seconds,
                "events": result.written,
                "subjects": len(result.subjects),
                "rate": result.written / seconds,
            }
        except ImportTimeout:
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
            _close_quietly(ledger, store.name)
            with Ledger(location, clock=_clock) as check:
                out["import"]["written_before_interrupt"] = check.head()
            ledger = Ledger(store.ledger("_chunked"), clock=_clock)
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
        stored, digest = _digest(_stored_in(ledger.log._app))
        out["payloads_identical"] = stored == base["events"] and digest == base["digest"]
        if not out["payloads_identical"]:
            print(f"[{store.name}] WARNING: the baseline's stored events differ from the ledger's")

        print(f"[{store.name}] reads (median of {READ_REPEATS})...", flush=True)
        log = ledger.log
        for key, read in (("read_raw", log.scan_raw), ("read_decode", log.scan)):
            seconds, runs, count = _median_time(_counter(read), READ_REPEATS)
            out[key] = {"seconds": seconds, "runs": runs, "events": count, "rate": count / seconds}

        print(f"[{store.name}] statuses({YEAR}, as_of={AS_OF})...", flush=True)
        st_s, statuses = _timed(lambda: list(ledger.statuses(YEAR, as_of=AS_OF)))
        events_in_log = ledger.head()
        out["statuses"] = {
            "seconds": st_s,
            "events": events_in_log,
            "subjects": len(statuses),
            "rate": events_in_log / st_s,
            "subjects_rate": len(statuses) / st_s,
            "verdicts": dict(sorted(Counter(s.verdict.value for s in statuses).items())),
        }
        if opts.profile is not None:
            print(f"[{store.name}] profiling statuses (cProfile, not timed)...", flush=True)
            profiler = cProfile.Profile()
            profiler.enable()
            list(ledger.statuses(YEAR, as_of=AS_OF))
            profiler.disable()
            path = opts.profile.with_name(f"{opts.profile.stem}-{store.name}{opts.profile.suffix}")
            profiler.dump_stats(path)
            out["profile"] = str(path)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
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
) -> dict[str, Any]:
    return {
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
    }


def rows_for(res: dict[str, Any]) -> list[dict[str, Any]]:
    store = res["store"]
    imp, base = res["import"], res["baseline_append"]
    st, raw, dec = res["statuses"], res["read_raw"], res["read_decode"]
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
            )
        )
    rows += [
        _row(
            store,
            "statuses",
            "events/s",
            st["rate"],
            st["seconds"],
            "raw read (scan_raw)",
            raw["rate"],
            raw["seconds"],
        ),
        _row(
            store,
            "statuses",
            "events/s",
            st["rate"],
            st["seconds"],
            "read+decode (scan)",
            dec["rate"],
            dec["seconds"],
        ),
        _row(
            store,
            "statuses",
            "subjects/s",
            st["subjects_rate"],
            st["seconds"],
            "read+decode (scan)",
            st["subjects"] / dec["seconds"],
            dec["seconds"],
        ),
    ]
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("store", "figure", "value", "s", "baseline", "baseline value", "s", "ratio")
    lines = [header] + [
        (
            r["store"],
            r["figure"],
            r["missing"] if r["value"] is None else f"{r['value']:,.0f} {r['unit']}",
            f"{r['seconds']:.2f}" if r["value"] is not None else f">{r['seconds']:.0f}",
            r["baseline"],
            f"{r['baseline_value']:,.0f} {r['unit']}",
            f"{r['baseline_seconds']:.2f}",
            "-" if r["ratio"] is None else f"{r['ratio']:.2f}",
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="antq_compliance import and status benchmark")
    parser.add_argument("--units", type=int, default=10_000, help="units (default 10,000)")
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
        help="also cProfile one extra statuses run per store, dump to PATH-<store>.pstats",
    )
    args = parser.parse_args(argv)
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    unknown = set(stores) - {"sqlite", "postgres"}
    if unknown:
        parser.error(f"unknown store(s): {', '.join(sorted(unknown))}")
    opts = Options(
        import_timeout=args.import_timeout, chunk_units=args.chunk_units, profile=args.profile
    )
    pg_url = os.environ.get("ANTQ_BENCH_POSTGRES", DEFAULT_POSTGRES)

    results: dict[str, Any] = {
        "meta": {
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
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
        enc_s, events = _timed(lambda: stored_events(drafts))
        drafts = None  # only the JSONL file and the baseline's stored events are needed now
        results["meta"].update(
            events=lines,
            jsonl_bytes=jsonl.stat().st_size,
            generate_seconds=gen_s,
            write_jsonl_seconds=write_s,
            encode_baseline_seconds=enc_s,
        )
        print(
            f"generated {lines:,} facts for {args.units:,} units in {gen_s:.1f}s "
            f"({jsonl.stat().st_size / 1e6:.1f} MB JSONL, written in {write_s:.1f}s)",
            flush=True,
        )
        for name in stores:
            if name == "sqlite":
                with sqlite_store(workdir) as store:
                    res = measure_store(store, jsonl, events, opts)
            else:
                problem = postgres_problem(pg_url)
                if problem:
                    print(f"[postgres] skipped: not reachable at {_plain_url(pg_url)}: {problem}")
                    results["stores"]["postgres"] = {"skipped": problem}
                    continue
                with postgres_store(pg_url) as store:
                    res = measure_store(store, jsonl, events, opts)
            results["stores"][name] = res
            results["rows"].extend(rows_for(res))
    results["meta"]["total_seconds"] = time.perf_counter() - started

    print()
    print(
        f"{args.units:,} units, {results['meta']['events']:,} events, year {YEAR}, "
        f"as of {AS_OF}; total {results['meta']['total_seconds']:.0f}s"
    )
    if results["rows"]:
        print_table(results["rows"])
    for name, res in results["stores"].items():
        if "skipped" in res:
            print(f"{name}: skipped ({res['skipped']})")
            continue
        evaluation = res["statuses"]["seconds"] - res["read_decode"]["seconds"]
        print(
            f"{name}: verdicts {res['statuses']['verdicts']}; evaluation beyond read+decode "
            f"~{evaluation:.2f}s ({evaluation / res['statuses']['seconds']:.0%} of statuses); "
            f"baseline payloads identical to the ledger's: {res['payloads_identical']}"
        )
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
