"""An import's memory follows its chunks, not its file (issue 15, item 1).

A batch larger than the stage's memory (``Recording._spill_at``) is staged in a private file
and checked a chunk of subjects at a time, each chunk sent into the batch's one transaction as
soon as it is checked. These tests shrink the stage and the chunks so that a small file takes
every path a 10^7-line migration takes, and check that nothing changes for the user: the same
log as a batch held whole, still all or nothing (a problem in the last chunk rolls the earlier
ones back), still safe to run again, every bad line reported, and no staging file left behind.
"""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from antq_compliance import InvalidRecord, Ledger, Verdict
from antq_compliance.application.recording import Recording, _Check
from antq_compliance.codec.facts import draft_to_json
from antq_compliance.domain.errors import InvalidRecords
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.eventlog import Batches
from antq_compliance.store.staging import Stage
from builders import compliant_year, registration

SUBJECTS = [f"21{n:08d}" for n in range(6)]
AS_OF = date(2025, 3, 31)


def _lines() -> list[dict[str, Any]]:
    """Six enterprises, each registered with a compliant 2024 (personal values included)."""
    return [
        draft_to_json(d)
        for subject in SUBJECTS
        for d in [registration(subject), *compliant_year(2024, subject)]
    ]


def _write(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    return path


@pytest.fixture
def staging_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small stage (7 facts in memory), chunks of 2 subjects, and a temporary directory of
    the test's own, to see what the stage leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(Recording, "_spill_at", 7)
    monkeypatch.setattr(_Check, "CHUNK_SUBJECTS", 2)
    return folder


def _log(ledger: Ledger) -> list[tuple[int, Fact]]:
    return list(ledger.log.scan())


def test_a_staged_import_writes_the_log_a_batch_held_whole_writes(
    store: str, clock: Callable[[], datetime], tmp_path: Path, staging_dir: Path
) -> None:
    lines = _lines()
    file = _write(tmp_path / "units.jsonl", lines)
    with Ledger(store, clock=clock, actor=SYSTEM) as staged:
        result = staged.import_jsonl(file)
        assert result.written == len(lines) and result.unchanged == 0
        assert result.subjects == tuple(SUBJECTS)
        log = _log(staged)
        assert staged.verify().ok
    with Ledger(":memory:", clock=clock, actor=SYSTEM) as whole:
        Recording._spill_at = 1_000_000  # held whole, as before
        try:
            whole.import_jsonl(file)
        finally:
            Recording._spill_at = 7
        assert _log(whole) == log
    assert list(staging_dir.iterdir()) == []


def test_a_staged_import_does_not_depend_on_the_order_of_its_lines(
    store: str, clock: Callable[[], datetime], tmp_path: Path, staging_dir: Path
) -> None:
    lines = _lines()
    random.Random(124).shuffle(lines)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        result = ledger.import_jsonl(_write(tmp_path / "shuffled.jsonl", lines))
        assert result.written == len(lines)
        for subject in SUBJECTS:
            facts = ledger.facts(subject)
            assert facts[0].id == f"{subject}-reg"  # a registration opens each stream
            assert ledger.status(subject, 2024, as_of=AS_OF).verdict is Verdict.ACHIEVED
    assert list(staging_dir.iterdir()) == []


def test_a_problem_in_the_last_chunk_rolls_back_the_chunks_already_sent(
    store: str, clock: Callable[[], datetime], tmp_path: Path, staging_dir: Path
) -> None:
    lines = _lines()
    last = SUBJECTS[-1]
    bad = {
        "id": "retract-nothing",
        "type": "FactRetracted",
        "subject": last,
        "occurred_on": "2024-06-01",
        "recorded_by": "test",
        "data": {"target": "no-such-fact", "reason": "nhầm"},
    }
    file = _write(tmp_path / "bad-last.jsonl", [*lines, bad])
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        sent: list[Batches] = []
        append = ledger.log.append_stream

        def watched(chunks: Iterable[Batches]) -> int:
            def counted() -> Iterator[Batches]:
                for chunk in chunks:
                    sent.append(chunk)
                    yield chunk

            return append(counted())

        ledger.log.append_stream = watched  # type: ignore[method-assign]
        with pytest.raises(InvalidRecord) as raised:
            ledger.import_jsonl(file)
        assert len(sent) == 2, raised.value  # two chunks of two subjects were in the transaction
        assert raised.value.record == f"line {len(lines) + 1}"
        assert raised.value.field == "data.target"
        assert ledger.head() == 0
        assert ledger.verify().ok
    assert list(staging_dir.iterdir()) == []


def test_a_staged_import_run_again_writes_nothing(
    store: str, clock: Callable[[], datetime], tmp_path: Path, staging_dir: Path
) -> None:
    lines = _lines()
    file = _write(tmp_path / "units.jsonl", lines)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.import_jsonl(file)
        head = ledger.head()
        again = ledger.import_jsonl(file)
        assert (again.written, again.unchanged) == (0, len(lines))
        assert ledger.head() == head


def test_every_bad_line_of_a_staged_import_is_reported_and_nothing_is_written(
    store: str, clock: Callable[[], datetime], tmp_path: Path, staging_dir: Path
) -> None:
    lines: list[object] = list(_lines())
    lines[3] = {**lines[3], "occurred_on": "2024-02-30"}  # type: ignore[dict-item]
    lines[-1] = {**lines[-1], "recorded_by": ""}  # type: ignore[dict-item]
    file = tmp_path / "two-bad.jsonl"
    file.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        with pytest.raises(InvalidRecords) as raised:
            ledger.import_jsonl(file)
        assert [p.record for p in raised.value.problems] == ["line 4", f"line {len(lines)}"]
        assert ledger.head() == 0
    assert list(staging_dir.iterdir()) == []


def test_the_stage_file_is_private_and_gives_the_facts_back_by_subject(
    staging_dir: Path,
) -> None:
    from antq_compliance.codec.fast import fact_from_draft

    now = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
    drafts = [d for s in SUBJECTS[:3] for d in [registration(s), *compliant_year(2024, s)]]
    random.Random(1).shuffle(drafts)
    facts = [fact_from_draft(d, now) for d in drafts]
    with Stage(spill_at=4) as stage:
        for n, fact in enumerate(facts):
            assert stage.add(fact, f"line {n + 1}") == n
        assert stage.spilled and len(stage) == len(facts) and stage.subjects == 3
        (folder,) = staging_dir.iterdir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        (file,) = folder.iterdir()
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        groups = list(stage.groups())
    first_seen = list(dict.fromkeys(f.subject for f in facts))
    assert [subject for subject, _ in groups] == first_seen
    for subject, staged in groups:
        expected = [(n, f"line {n + 1}", f) for n, f in enumerate(facts) if f.subject == subject]
        assert staged == expected
    assert list(staging_dir.iterdir()) == []
    assert not os.path.exists(folder)


def test_the_stage_of_a_killed_import_is_deleted_by_the_next_one(staging_dir: Path) -> None:
    from antq_compliance.codec.fast import fact_from_draft

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = int(gone.stdout)  # a process that has ended: its stage was abandoned
    abandoned = staging_dir / f"antq-import-{dead}-x1y2z3"
    abandoned.mkdir()
    (abandoned / "stage.sqlite3").write_bytes(b"facts of a killed import")
    alive = staging_dir / f"antq-import-{os.getpid()}-a1b2c3"  # an import still running
    alive.mkdir()
    other = staging_dir / "antq-import-notes"
    other.mkdir()
    now = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
    with Stage(spill_at=1) as stage:
        for d in [registration(s) for s in SUBJECTS[:3]]:
            stage.add(fact_from_draft(d, now), "line")
        assert stage.spilled
        assert not abandoned.exists()
        assert alive.exists() and other.exists()
