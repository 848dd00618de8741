"""Crash safety: an import killed with SIGKILL at any point is wholly present or wholly absent.

Each trial starts an import of a file of several thousand facts in a subprocess and kills it:

* ``anywhere``: the real command, ``python -m antq_compliance.cli import``, killed after a
  random delay between 0 and the time a whole import takes (start-up, reading, validating,
  writing, sealing);
* ``writing``: ``tests/_workers.py import`` (the same ``Ledger.import_jsonl``, printing a marker
  before the batch is checked and sent), killed a random time after the marker, within the
  time the checks, the write, its commit and the seal take;
* ``staged``: as ``writing``, with the stage shrunk to 500 facts and chunks of 5 subjects
  (``ANTQ_TEST_STAGE``): the file is staged in a temporary file and sent in five chunks into
  the one transaction, as a file of more than 20,000 facts is.

Half the trials start from an empty store (the kill may land while the tables are created),
half from a store already holding other facts. After each kill: the store opens, ``verify`` is
clean before and after sealing, the file's facts are all there or none is, the earlier facts
are untouched, and re-running the import (``antq import``) writes exactly the missing facts,
after which every fact is in the log exactly once.

The short version runs in the default suite; ``pytest -m slow tests/store/test_crash.py`` runs
``$ANTQ_CRASH_TRIALS`` trials per store (default 100), seeded by ``$ANTQ_CRASH_SEED``.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from _workers import long_run, write_import_file
from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.domain.policy import SYSTEM

WORKERS = Path(__file__).resolve().parents[1] / "_workers.py"
SUBJECTS, FACTS_EACH = 25, 119  # 3,000 facts, about 1 MB
SEED = int(os.environ.get("ANTQ_CRASH_SEED", "124"))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """The big file the trials import, and a small one seeding half of the stores."""
    folder = tmp_path_factory.mktemp("crash")
    big = folder / "big.jsonl"
    base = folder / "base.jsonl"
    return {
        "big": (big, write_import_file(big, subjects=SUBJECTS, facts_each=FACTS_EACH, prefix="21")),
        "base": (base, write_import_file(base, subjects=2, facts_each=9, prefix="22")),
    }


@contextmanager
def trial_store(store: str, tmp_path: Path, name: str) -> Iterator[str]:
    """A fresh store of the same kind as ``store`` (a SQLite file, or a PostgreSQL schema
    dropped afterwards)."""
    if "?schema=" not in store:
        yield str(tmp_path / f"{name}.sqlite3")
        return
    import psycopg
    from psycopg import sql

    url, schema = store.split("?schema=")
    trial = f"{schema}_{name}".replace("-", "_")
    try:
        yield f"{url}?schema={trial}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(trial)))


def _command(mode: str, location: str, file: Path) -> list[str]:
    if mode == "anywhere":
        return [
            sys.executable,
            "-m",
            "antq_compliance.cli",
            "--db",
            location,
            "--role",
            "system",
            "import",
            str(file),
        ]
    return [sys.executable, str(WORKERS), "import", location, str(file)]


def _start(
    mode: str, location: str, file: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    staged = {"ANTQ_TEST_STAGE": "500:5", "TMPDIR": str(file.parent)} if mode == "staged" else {}
    return subprocess.Popen(
        _command(mode, location, file),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **staged, **(env or {})},
    )


def _wait_for(process: subprocess.Popen[bytes], marker: bytes) -> None:
    assert process.stdout is not None
    while True:
        line = process.stdout.readline()
        if not line:
            _, err = process.communicate()
            pytest.fail(f"the import ended before {marker!r}: {err.decode()[-500:]}")
        if line.startswith(marker):
            return


def _calibrate(store: str, tmp_path: Path, file: Path) -> dict[str, float]:
    """Seconds a whole import takes from the start of its process (``anywhere``), and its
    checks, write, commit and seal take (``writing``, ``staged``): uninterrupted runs of the
    marked import."""
    spans = {}
    for mode in ("writing", "staged"):
        with trial_store(store, tmp_path, f"cal-{mode}") as location:
            started = time.perf_counter()
            process = _start(mode, location, file)
            _wait_for(process, b"append")
            writing = time.perf_counter()
            _wait_for(process, b"done")
            done = time.perf_counter()
            process.communicate()
            assert process.returncode == 0
        spans[mode] = done - writing
        spans.setdefault("anywhere", done - started)
    return spans


def _ids_in_log(ledger: Ledger) -> list[str]:
    return [fact.id for _, fact in ledger.log.scan()]


def _trial(
    location: str,
    mode: str,
    delay: float,
    files: dict[str, tuple[Path, list[str]]],
    seeded: bool,
) -> str:
    """Kill one import; check the store; re-run the import. The outcome, for the tally."""
    big, ids = files["big"]
    base_ids: list[str] = []
    if seeded:
        base, base_ids = files["base"]
        assert main(["--db", location, "--role", "system", "import", str(base)]) == 0
    process = _start(mode, location, big)
    if mode != "anywhere":
        _wait_for(process, b"append")
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    if finished:
        assert process.returncode == 0

    with Ledger(location, actor=SYSTEM) as ledger:  # the store opens
        before = ledger.verify(seal=False)
        assert before.ok, before.summary()
        after = ledger.verify()
        assert after.ok and after.unsealed == 0, after.summary()
        stored = _ids_in_log(ledger)
        assert len(stored) == len(set(stored)), "a fact is in the log twice"
        present = set(stored) & set(ids)
        assert present in (set(), set(ids)), f"{len(present)} of {len(ids)} facts: a partial import"
        assert sorted(set(stored) - present) == sorted(base_ids), "earlier facts changed"

        assert main(["--db", location, "--lang", "en", "--role", "system", "import", str(big)]) == 0
        stored = _ids_in_log(ledger)
        assert sorted(stored) == sorted(ids + base_ids), "the re-run left a fact missing or twice"
        assert ledger.verify().ok
    if finished:
        return "finished before the kill"
    if not present:
        return "absent"
    return "present, unsealed" if before.unsealed else "present"


def _run_trials(
    store: str, tmp_path: Path, files: dict[str, tuple[Path, list[str]]], trials: int
) -> Counter[str]:
    spans = _calibrate(store, tmp_path, files["big"][0])
    rng = random.Random(f"{SEED}-{'postgres' if '?schema=' in store else 'sqlite'}")
    tally: Counter[str] = Counter()
    for n in range(trials):
        mode = ("anywhere", "writing", "staged")[n % 3]
        seeded = n % 4 >= 2
        delay = rng.uniform(0, spans[mode] * 1.1)
        with trial_store(store, tmp_path, f"t{n}") as location:
            tally[_trial(location, mode, delay, files, seeded)] += 1
    print(f"\n{trials} kills, calibrated {spans}: {dict(tally)}")
    return tally


def test_an_import_killed_at_random_points_is_all_or_nothing(
    store: str, tmp_path: Path, files: dict[str, tuple[Path, list[str]]]
) -> None:
    tally = _run_trials(store, tmp_path, files, trials=4)
    assert tally.total() == 4  # anywhere, writing, staged, anywhere


@pytest.mark.slow
def test_many_kills_leave_no_partial_import(
    store: str,
    tmp_path: Path,
    files: dict[str, tuple[Path, list[str]]],
) -> None:
    trials = long_run("ANTQ_CRASH_TRIALS", 100)
    tally = _run_trials(store, tmp_path, files, trials)
    # The kills landed on both sides of the commit, so both outcomes were checked.
    assert tally["absent"] > 0
    assert tally["present"] + tally["present, unsealed"] > 0


def test_the_rerun_reports_what_it_wrote(
    capsys: pytest.CaptureFixture[str], store: str, tmp_path: Path
) -> None:
    """The re-run's message counts the facts written and those already present."""
    file = tmp_path / "small.jsonl"
    ids = write_import_file(file, subjects=2, facts_each=4, prefix="23")
    assert main(["--db", store, "--lang", "en", "--role", "system", "import", str(file)]) == 0
    assert main(["--db", store, "--lang", "en", "--role", "system", "import", str(file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    counts = [  # "FILE: W facts written, U already present; N facts in S s (R facts/s)"
        tuple(map(int, re.findall(r"\d+", line.split(": ", 1)[1].split(";")[0]))) for line in lines
    ]
    assert counts == [(len(ids), 0), (0, len(ids))]


def test_a_kill_between_two_insert_statements_of_a_batch_writes_nothing(
    store: str, tmp_path: Path, files: dict[str, tuple[Path, list[str]]]
) -> None:
    """PostgreSQL sends a large batch in several statements (``_store.BatchPostgresRecorder``),
    all in one transaction: killed after the first statement ran, the import leaves nothing."""
    if "?schema=" not in store:
        pytest.skip("SQLite sends a batch as one statement")
    big, ids = files["big"]
    with trial_store(store, tmp_path, "chunks") as location:
        process = _start("writing", location, big, {"ANTQ_PAUSE_BETWEEN_CHUNKS": "500"})
        _wait_for(process, b"between-chunks")  # 500 events inserted, not committed
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        with Ledger(location, actor=SYSTEM) as ledger:
            report = ledger.verify()
            assert report.ok and report.checked == 0
            assert _ids_in_log(ledger) == []
            assert main(["--db", location, "--role", "system", "import", str(big)]) == 0
            assert sorted(_ids_in_log(ledger)) == sorted(ids)
