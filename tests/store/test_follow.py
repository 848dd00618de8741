"""The status view followed across processes (``antq follow``, ``application/follow.py``):
exactly once, resumable after SIGKILL, equal to a fresh evaluation; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import cast

import attrs
import orjson
import pytest

from antq_compliance import DisciplineDecided, FactDraft, Ledger
from antq_compliance.application import follow as follow_module
from antq_compliance.application.follow import StatusFollower
from antq_compliance.cli.main import main
from antq_compliance.domain.errors import InvalidQuery, KeyRequired, WrongKey
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.privacy import ERASED
from antq_compliance.domain.vocabulary import DisciplineForm, DisciplineReason, PersonRegime
from antq_compliance.store.application import is_postgres_url
from antq_compliance.store.status_view import StatusViewStore, ViewConflict, ViewRow
from builders import compliant_year, draft, registration
from conftest import FakeClock

YEARS = (2023, 2024)


def unit(n: int) -> str:
    return f"21000{n:05d}"


def record_units(ledger: Ledger, first: int, count: int) -> int:
    """Register ``count`` units with a compliant 2024, one transaction per unit."""
    written = 0
    for n in range(first, first + count):
        subject = unit(n)
        drafts = [registration(subject), *compliant_year(2024, subject)]
        ledger.record_many(drafts)
        written += len(drafts)
    return written


@pytest.fixture
def follower(store: str, ledger: Ledger) -> Iterator[Callable[..., StatusFollower]]:
    opened: list[StatusFollower] = []

    def make(**kwargs: object) -> StatusFollower:
        f = StatusFollower(store, YEARS, **kwargs)  # type: ignore[arg-type]
        opened.append(f)
        return f

    yield make
    for f in opened:
        f.close()


def verdicts(view: StatusViewStore, year: int) -> dict[str, str]:
    return {r.subject: r.verdict for r in view.rows(year=year)}


def test_a_catch_up_in_batches_equals_a_fresh_evaluation(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    written = record_units(ledger, 0, 6)
    f = follower()

    first = f.catch_up(batch=5, limit=5)  # with a limit: batch by batch, even from empty
    report = f.catch_up(batch=5)

    assert (first.start, first.position, first.batches) == (0, 5, 1)
    assert (report.start, report.position, report.notifications) == (5, written, written - 5)
    assert report.batches == -(-(written - 5) // 5)  # ceil: every batch is one transaction
    check = f.check()
    assert check.ok, check
    assert check.statuses == 6 * len(YEARS)
    assert verdicts(f.view, 2024) == {unit(n): "achieved" for n in range(6)}
    # Nothing new: a second catch-up applies nothing and writes nothing.
    again = f.catch_up()
    assert (again.start, again.position, again.notifications) == (written, written, 0)


def test_new_facts_are_applied_once_and_change_the_view(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 3)
    f = follower()
    f.catch_up()
    assert verdicts(f.view, 2024)[unit(1)] == "achieved"

    ledger.record_many([attrs.evolve(offence(unit(1)), id="offence-1")])
    report = f.catch_up()

    assert report.notifications == 1 and report.subjects == 1
    assert verdicts(f.view, 2024)[unit(1)] == "not_achieved"
    assert verdicts(f.view, 2024)[unit(0)] == "achieved"
    stored = orjson.loads(f.view.rows(unit(1), 2024)[0].status)
    assert stored["verdict"] == "not_achieved"
    check = f.check()
    assert check.ok, check
    assert f.view.applied()[unit(1)] == len(ledger.facts(unit(1)))


def offence(subject: str, staff: str = "NV-0001") -> FactDraft:
    """A worker dismissed for a social evil (TT124.D6.K3.h): the year is not achieved."""
    return draft(
        f"offence-{subject}",
        DisciplineDecided(
            person_ref=staff,
            regime=PersonRegime.EMPLOYEE,
            form=DisciplineForm.DISMISSED,
            reason=DisciplineReason.SOCIAL_EVIL,
            decided_by="Giám đốc",
        ),
        date(2024, 6, 1),
        subject,
    )


def test_an_erasure_is_followed_past_and_its_subjects_re_evaluated(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 3)
    ledger.record_many([offence(unit(1), "NV-BM-0417")])
    f = follower()
    f.catch_up()
    assert "NV-BM-0417" in f.view.rows(unit(1), 2024)[0].status.decode("utf-8")

    erasure = ledger.erase(
        "NV-BM-0417",
        legal_basis="Nghị định 13/2023/NĐ-CP, Điều 16",
        recorded_by="dpo-01",
        occurred_on=date(2025, 1, 1),
    )
    assert erasure.subjects == (unit(1),)
    report = f.catch_up()

    # The erasure record is a notification (not a fact): the view moves past it and
    # re-evaluates the unit it names; the verdict stands, the erased value is gone.
    assert report.position == ledger.head() == f.head()
    assert (report.notifications, report.subjects) == (1, 1)
    stored = f.view.rows(unit(1), 2024)[0]
    assert stored.verdict == "not_achieved"
    assert "NV-BM-0417" not in stored.status.decode("utf-8")
    assert ERASED in stored.status.decode("utf-8")
    check = f.check()
    assert check.ok, check
    assert f.view.applied()[unit(1)] == len(ledger.facts(unit(1)))


def test_an_erasure_between_facts_in_a_small_batch(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 1)
    ledger.record_many([offence(unit(0))])
    ledger.erase(
        "NV-0001", legal_basis="Điều 16", recorded_by="dpo-01", occurred_on=date(2025, 1, 1)
    )
    record_units(ledger, 1, 1)
    f = follower()
    while f.catch_up(batch=3, limit=3).notifications:
        pass
    check = f.check()
    assert check.ok, check
    assert f.view.position() == ledger.head()


def test_a_unit_registered_later_has_no_row_for_earlier_years(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 1)
    late = registration(unit(1))
    ledger.record_many([attrs.evolve(late, occurred_on=date(2024, 3, 1))])
    f = follower()
    f.catch_up()
    assert [(r.subject, r.year) for r in f.view.rows(unit(1))] == [(unit(1), 2024)]
    check = f.check()
    assert check.ok, check


def test_a_view_refuses_other_years_than_it_holds(
    ledger: Ledger, follower: Callable[..., StatusFollower], store: str
) -> None:
    record_units(ledger, 0, 1)
    follower().catch_up()
    with pytest.raises(InvalidQuery, match="holds the years 2023, 2024"):
        StatusFollower(store, (2024,))
    again = follower()  # the same years: fine
    assert again.catch_up().notifications == 0


def test_an_encrypted_store_is_followed_with_its_key(
    store: str, clock: FakeClock, follower: Callable[..., StatusFollower], tmp_path: Path
) -> None:
    key = base64.b64encode(os.urandom(32)).decode("ascii")
    with Ledger(store, clock=clock, cipher_key=key, actor=SYSTEM) as encrypted:
        written = record_units(encrypted, 0, 2)
    with pytest.raises(KeyRequired):
        follower().catch_up()
    with pytest.raises(WrongKey):
        follower(cipher_key=base64.b64encode(os.urandom(32)).decode("ascii")).catch_up()
    f = follower(cipher_key=key)
    assert f.catch_up().position == written
    assert f.check().ok
    assert verdicts(f.view, 2024) == {unit(0): "achieved", unit(1): "achieved"}
    key_file = tmp_path / "antq.key"
    key_file.write_text(key + "\n", encoding="ascii")
    view = str(tmp_path / "cli.status") if not is_postgres_url(store) else None
    args = ["--db", store, "--key-file", str(key_file), "follow", "--years", "2023-2024"]
    args += ["--once", "--check"] + (["--view", view] if view else [])
    assert main(args) == 0


def test_a_position_that_does_not_advance_is_refused_and_writes_nothing(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    written = record_units(ledger, 0, 2)
    f = follower()
    f.catch_up()
    before = f.view.rows()

    bogus = ViewRow(subject=unit(0), year=2024, verdict="not_achieved", status=b"{}")
    with pytest.raises(ViewConflict, match=f"position {written}"):
        f.view.save([bogus], {unit(0): 1}, written, after=written)

    assert f.view.rows() == before
    assert f.check().ok


def test_two_followers_on_one_view_apply_each_notification_once(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 8)
    first, second = follower(), follower()

    # Interleave: each takes a few batches, both starting from what the other committed.
    for _ in range(10):
        first.catch_up(batch=4, limit=8)
        second.catch_up(batch=3, limit=6)
    first.catch_up()

    check = second.check()
    assert check.ok, check


def test_a_dropped_sqlite_view_is_rebuilt_identically(
    store: str, ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    if is_postgres_url(store):
        pytest.skip("the PostgreSQL view lives in the log's schema; dropping a file is SQLite's")
    record_units(ledger, 0, 4)
    f = follower()
    f.catch_up()
    rows = f.view.rows()
    f.close()
    Path(f"{store}.status").unlink()

    rebuilt = follower()
    rebuilt.catch_up(batch=2)

    assert rebuilt.view.rows() == rows


def _follow(store: str, batch: int = 7) -> subprocess.Popen[bytes]:
    """Start a follower and wait until it is following (its first line)."""
    env = {**os.environ, "PYTHONUTF8": "1"}
    command = [sys.executable, "-m", "antq_compliance.cli", "--db", store, "follow"]
    process = subprocess.Popen(
        [*command, "--years", "2023-2024", "--poll", "0.05", "--batch", str(batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    first = process.stdout.readline().decode()
    problem = process.stderr.read().decode() if process.stderr and not first else ""
    assert first.startswith("following "), first + problem
    # It prints a line per batch: drain them, or a full pipe would block it mid-follow.
    threading.Thread(target=process.stdout.read, daemon=True).start()
    return process


def test_a_follower_killed_and_restarted_misses_nothing_and_applies_nothing_twice(
    store: str, open_ledger: Callable[[], Ledger]
) -> None:
    kill_trial(store, open_ledger, units=40, min_kills=3)


@pytest.mark.slow
def test_many_kills_of_the_follower(store: str, open_ledger: Callable[[], Ledger]) -> None:
    """The long version: ``pytest -m slow tests/store/test_follow.py`` (``ANTQ_FOLLOW_UNITS``)."""
    kill_trial(
        store, open_ledger, units=int(os.environ.get("ANTQ_FOLLOW_UNITS", 400)), min_kills=20
    )


def kill_trial(
    store: str, open_ledger: Callable[[], Ledger], *, units: int, min_kills: int
) -> None:
    """SIGKILL the follower process at random moments while a clerk keeps recording (another
    thread, its own ledger); each restart resumes from the last committed position. In the end
    the view equals a fresh evaluation and every subject's count of applied notifications equals
    its facts in the log: nothing missed, nothing applied twice."""
    rng = random.Random(124)
    clerk, reader = open_ledger(), open_ledger()
    writer = threading.Thread(target=lambda: record_units(clerk, 0, units))
    kills = midway = 0
    positions: list[int] = []
    process = _follow(store, batch=3)
    writer.start()
    try:
        while writer.is_alive() or kills < min_kills:
            time.sleep(rng.uniform(0.05, 0.25))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            kills += 1
            with _Closing(StatusViewStore(store)) as view:
                positions.append(view.position())
            midway += positions[-1] < reader.head()
            process = _follow(store, batch=3)
        writer.join()
        head, deadline = reader.head(), time.monotonic() + 60
        while True:
            with _Closing(StatusViewStore(store)) as view:
                if view.position() == head:
                    break
            assert time.monotonic() < deadline, "the restarted follower did not catch up"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""

    with StatusFollower(store, YEARS) as f:
        check = f.check()
    assert check.ok, check
    assert check.statuses == units * len(YEARS)
    assert positions == sorted(positions)  # committed work is never lost
    assert midway >= 1, f"no kill landed while the follower had work to do: {positions}"
    print(f"{kills} kills, {midway} with work pending; positions {positions}; head {head}")


class _Closing:
    def __init__(self, view: StatusViewStore) -> None:
        self.view = view

    def __enter__(self) -> StatusViewStore:
        return self.view

    def __exit__(self, *exc: object) -> None:
        self.view.close()


def test_the_command_line_catches_up_and_checks(
    store: str, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    written = record_units(ledger, 0, 3)

    code = main(["--db", store, "follow", "--years", "2023-2024", "--once", "--check"])

    out = capsys.readouterr().out
    assert code == 0, out
    assert f"vị trí 0 → {written}: {written} thông báo" in out  # the default language
    assert " thông báo trong " in out and " thông báo/giây)" in out  # time and rate
    assert f"view at {written} of {written}: 6 statuses, 0 differ" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["follow", "--years", "20x4", "--once"], 2, "not a year, a range or a list of years"),
        (["follow", "--years", "1999", "--once"], 2, "years out of range"),
        (["follow", "--years", "2024", "--check"], 1, "--check needs --once"),
        (["follow", "--years", "2024", "--once", "--batch", "0"], 2, "a batch is a whole number"),
    ],
)
def test_bad_options_are_one_line_errors(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    assert main(["--db", str(tmp_path / "log.sqlite3"), *argv]) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err


def test_the_view_never_shares_the_log_file_or_leaves_postgres(tmp_path: Path) -> None:
    log = str(tmp_path / "log.sqlite3")
    with pytest.raises(InvalidQuery, match="its own SQLite file"):
        StatusViewStore(log, log)
    with pytest.raises(InvalidQuery, match="in the log's database and schema"):
        StatusViewStore("postgresql://antq:antq@127.0.0.1:5432/antq_test", str(tmp_path / "v"))
    with pytest.raises(InvalidQuery, match="at least one year"):
        StatusFollower(log, [])


def test_a_follower_from_empty_reads_each_batch_once(
    ledger: Ledger, follower: Callable[..., StatusFollower], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15, item 4: behind an existing view, the statuses and the provincial-report
    projection are fed from the same read of each batch; the report projection scans the log
    only for what the view has that it lacks."""
    from antq_compliance.application.reports import catch_up
    from antq_compliance.projections.reports.projection import ReportProjection

    record_units(ledger, 0, 6)
    fresh = follower()
    fresh.catch_up(batch=7, limit=7)
    scans: list[int] = []
    scan = fresh._log.scan

    def counted_scan(*args: object, **kwargs: object) -> object:
        scans.append(1)
        return scan(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fresh._log, "scan", counted_scan)
    report = fresh.catch_up(batch=7)
    assert report.notifications == ledger.head() - 7 and report.batches > 1
    assert scans == []  # nothing read but the batches
    reports = fresh._reports
    assert reports is not None and reports.position == ledger.head()
    whole = catch_up(ledger.log, ReportProjection())  # the same facts, from a scan of the log
    assert reports.state() == whole.state()


def _places(state: dict[str, object]) -> dict[str, object]:
    """A report projection's state with each unit's places written out (the numbering of
    shared places follows the order units were met in)."""
    places = cast(list[object], state["places"])
    units = cast(dict[str, list[int]], state["units"])
    return {
        "position": state["position"],
        "units": {s: (n, places[i]) for s, (n, i) in units.items()},
        "members": state["members"],
    }


def clerk_days(first: int, count: int) -> list[list[FactDraft]]:
    """``count`` units registered, then their 2024 facts recorded day by day, every unit's
    facts of a day together: each unit's facts spread over the whole log."""
    units = [unit(n) for n in range(first, first + count)]
    facts = sorted((d for u in units for d in compliant_year(2024, u)), key=lambda d: d.occurred_on)
    days: dict[date, list[FactDraft]] = {}
    for d in facts:
        days.setdefault(d.occurred_on, []).append(d)
    return [[registration(u) for u in units], *days.values()]


def test_an_empty_view_is_filled_by_evaluating_each_unit_once(
    ledger: Ledger, follower: Callable[..., StatusFollower], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log recorded day by day spreads each unit's facts over every batch: from empty, the
    follower evaluates each unit once from its stream and saves once (batch by batch it would
    evaluate each unit once per batch it appears in); the view, its counts and the report
    projection are those of a fresh evaluation and of the log."""
    from antq_compliance.application.reports import catch_up
    from antq_compliance.projections.reports.projection import ReportProjection

    for day in clerk_days(0, 6):
        ledger.record_many(day)
    head = ledger.head()
    f = follower()
    saves: list[int] = []
    original = f.view.save

    def counting(*args: object, **kwargs: object) -> None:
        saves.append(1)
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(f.view, "save", counting)
    report = f.catch_up(batch=5)
    assert (report.position, report.notifications, report.subjects) == (head, head, 6)
    assert (report.batches, saves) == (1, [1])
    check = f.check()
    assert check.ok, check  # rows equal a fresh evaluation, counts equal the log's
    reports = f._reports
    assert reports is not None
    whole = catch_up(ledger.log, ReportProjection())
    assert _places(reports.state()) == _places(whole.state())
    # Then batch by batch: a new day's facts.
    ledger.record_many(clerk_days(6, 1)[0])
    later = f.catch_up(batch=5)
    assert (later.start, later.subjects) == (head, 1) and f.check().ok


def test_filling_an_empty_view_in_spilled_rows_equals_holding_them(
    ledger: Ledger, follower: Callable[..., StatusFollower], monkeypatch: pytest.MonkeyPatch
) -> None:
    from antq_compliance.store import status_view

    record_units(ledger, 0, 5)
    spilled: list[int] = []

    class Small(status_view.SpilledRows):
        def __init__(self) -> None:
            super().__init__(spill_at=3)

        def _spill(self) -> None:
            spilled.append(len(self._pending))
            super()._spill()

    monkeypatch.setattr(follow_module, "SpilledRows", Small)
    f = follower()
    f.catch_up()
    assert spilled and f.check().ok
    assert len(f.view.rows()) == 5 * len(YEARS)


def test_a_stop_request_while_filling_an_empty_view_saves_nothing(
    ledger: Ledger, follower: Callable[..., StatusFollower], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(follow_module, "_FROM_EMPTY_EVERY", 2)
    record_units(ledger, 0, 5)
    f = follower()
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2  # after the first check in the filling

    f.run(poll=0.01, should_stop=stop)
    assert f.view.position() == 0 and f.view.rows() == []
    f.run(poll=0.01, should_stop=lambda: f.view.position() > 0)  # stops once it is filled
    assert f.view.position() == ledger.head() and f.check().ok


def test_a_save_that_does_not_start_where_the_view_is_is_refused(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    """Two followers that read from the same position while the log grew: the one that saves
    second reaches further, but part of what it holds is applied already; its counts would
    be added twice. It is refused, whatever position it reaches."""
    written = record_units(ledger, 0, 2)
    f = follower()
    f.catch_up(batch=written, limit=written - 3)
    at = f.view.position()
    before = (f.view.rows(), f.view.applied())
    late = ViewRow(subject=unit(0), year=2024, verdict="achieved", status=b"{}")
    with pytest.raises(ViewConflict, match=f"at log position {at}, not 0"):
        f.view.save([late], {unit(0): written}, written, after=0)
    assert (f.view.rows(), f.view.applied()) == before
    f.catch_up()
    assert f.check().ok


def test_filling_an_empty_view_counts_its_erasure_records_and_shows_them_erased(
    ledger: Ledger, follower: Callable[..., StatusFollower]
) -> None:
    record_units(ledger, 0, 2)
    ledger.record_many([offence(unit(1), "NV-BM-0417")])
    ledger.erase(
        "NV-BM-0417",
        legal_basis="Nghị định 13/2023/NĐ-CP, Điều 16",
        recorded_by="dpo-01",
        occurred_on=date(2025, 1, 1),
    )
    facts = sum(len(ledger.facts(unit(n))) for n in range(2))
    report = follower().catch_up()
    assert report.batches == 1  # filled unit by unit
    assert report.notifications == facts + 1  # the facts and the erasure record, not positions
    stored = follower().view.rows(unit(1), 2024)[0].status.decode("utf-8")
    assert "NV-BM-0417" not in stored and ERASED in stored


def test_run_stops_between_batches_after_filling_an_empty_view(
    ledger: Ledger, follower: Callable[..., StatusFollower], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Facts recorded while an empty view is filled are applied batch by batch afterwards,
    each batch a chance to stop; the stop check does not outlive ``run``."""
    record_units(ledger, 0, 3)
    f = follower()
    filled_at: list[int] = []
    original = f.view.save

    def save_then_record(*args: object, **kwargs: object) -> None:
        if not filled_at:  # the filling's save: clerks recorded meanwhile
            filled_at.append(cast(int, args[2]))
            record_units(ledger, 3, 2)
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(f.view, "save", save_then_record)
    f.run(poll=0.01, batch=5, should_stop=lambda: f.view.position() > 0)
    assert f.view.position() == filled_at[0] < ledger.head()  # stopped before the next batch
    assert f._should_stop is follow_module._never
    assert f.catch_up().position == ledger.head() and f.check().ok
