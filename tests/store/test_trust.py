"""Issue 16, store side: the blind spots of tamper evidence, tried as an attacker would.

Each test reproduces an attack that ``verify`` used to pass (a forged row at a position <= 0,
a chain deleted after an edit, a key nulled or copied in the key table) and shows it caught.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import attrs
import pytest
from test_integrity import OTHER, Raw, populate

from antq_compliance import Ledger, TamperKind
from antq_compliance.cli.main import main
from antq_compliance.domain.errors import StoreConfigurationError
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.application import postgres_params
from antq_compliance.store.chain.report import Cause
from builders import SUBJECT, compliant_year, registration
from conftest import FakeClock


@pytest.fixture
def raw(store: str) -> Iterator[Raw]:
    handle = Raw(store)
    yield handle
    handle.close()


def forge_at(raw: Raw, position: int, source: int) -> None:
    """A copy of the row at ``source`` under a new version of its stream, stored at
    ``position`` (what ``INSERT`` with an explicit rowid / notification id does)."""
    raw.run(
        "INSERT INTO {events} ({pos}, originator_id, originator_version, topic, state) "
        "SELECT ?, originator_id, originator_version + 1000, topic, state FROM {events} "
        "WHERE {pos} = ?",
        position,
        source,
    )


# --- 1. rows at positions <= 0 --------------------------------------------------------------


@pytest.mark.parametrize("position", [0, -5])
def test_a_forged_row_at_a_position_not_above_zero_fails_verify(
    open_ledger: Callable[[], Ledger], raw: Raw, position: int
) -> None:
    ledger = populate(open_ledger)
    clean = ledger.verify()
    assert clean.ok
    forge_at(raw, position, raw.positions()[-1])
    assert position in raw.positions()

    for seal in (False, True):
        report = ledger.verify(seal=seal)
        assert report.problem is not None, "a row at a position <= 0 went unnoticed"
        assert report.problem.kind is TamperKind.INSERTED
        assert report.problem.cause is Cause.ROW_OUT_OF_RANGE
        assert report.problem.position == position
        assert f"position {position}" in report.summary("en")
        assert f"vị trí {position}" in report.summary("vi")
    # The forged row was never sealed: later writes do not absorb it.
    ledger.record_many([registration("2100000003")])
    assert ledger.verify().problem is not None


# --- 2. a chain deleted after an edit ------------------------------------------------------


def _edit_and_drop_chain(raw: Raw) -> int:
    where = raw.positions()[3]
    state = raw.state(where)
    raw.set_state(where, state.replace(b"2024", b"2023", 1) if b"2024" in state else state + b" ")
    raw.run("DELETE FROM antq_chain")
    raw.run("DELETE FROM antq_chain_head")
    return where


def test_a_sealed_store_cannot_silently_become_unsealed(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    ledger = populate(open_ledger)
    sealed = ledger.verify()
    assert sealed.ok
    _edit_and_drop_chain(raw)
    for seal in (True, False):
        report = ledger.verify(seal=seal)
        assert report.problem is not None, "an edit hidden by deleting the chain went unnoticed"
        assert report.problem.kind is TamperKind.CHAIN_ALTERED
        assert report.problem.cause is Cause.CHAIN_DELETED
        assert report.problem.position == sealed.head_position
    # Nothing was re-sealed over the edit, even by a later write.
    ledger.record_many([registration("2100000003")])
    assert raw.run("SELECT count(*) FROM antq_chain")[0][0] == 0
    assert ledger.verify().problem is not None


def test_the_seal_mark_edited_alone_is_caught(open_ledger: Callable[[], Ledger], raw: Raw) -> None:
    ledger = populate(open_ledger)
    assert ledger.verify().ok
    raw.run("UPDATE antq_meta SET value = ? WHERE name = 'chain_mark'", b"\x00" * 40)
    report = ledger.verify()
    assert report.problem is not None and report.problem.cause is Cause.MARK_MISMATCH


def test_a_store_sealed_before_the_mark_existed_gets_one(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    ledger = populate(open_ledger)
    raw.run("DELETE FROM antq_meta WHERE name = 'chain_mark'")
    if not raw.postgres:
        raw.run("PRAGMA application_id = 0")
    assert ledger.verify().ok  # an older store: the mark is written now
    assert raw.run("SELECT count(*) FROM antq_meta WHERE name = 'chain_mark'")[0][0] == 1


def test_sqlite_remembers_it_was_sealed_in_the_file_header(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    if raw.postgres:
        pytest.skip("the file header is SQLite's")
    ledger = populate(open_ledger)
    _edit_and_drop_chain(raw)
    raw.run("DELETE FROM antq_meta WHERE name = 'chain_mark'")
    report = ledger.verify()
    assert report.problem is not None and report.problem.cause is Cause.CHAIN_DELETED


# --- 3. the personal-data key table --------------------------------------------------------


def _with_keys(open_ledger: Callable[[], Ledger]) -> Ledger:
    ledger = open_ledger()
    ledger.record_many([attrs.evolve(registration(), recorded_by="clerk-a")])
    ledger.record_many([attrs.evolve(registration(OTHER), recorded_by="clerk-b")])
    ledger.record_many([attrs.evolve(d, recorded_by="clerk-a") for d in compliant_year(2024)])
    return ledger


def test_a_key_nulled_without_an_erasure_record_fails_verify(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    ledger = _with_keys(open_ledger)
    assert ledger.verify().ok
    key_id = raw.run("SELECT key_id FROM antq_person_keys WHERE scope = ?", SUBJECT)[0][0]
    raw.run("UPDATE antq_person_keys SET key = NULL WHERE key_id = ?", key_id)
    report = ledger.verify()
    assert report.problem is not None, "a key nulled by hand went unnoticed"
    assert report.problem.kind is TamperKind.KEYS_ALTERED
    assert report.problem.cause is Cause.KEY_NULLED
    assert key_id in report.summary("en") and key_id in report.summary("vi")
    assert report.problem.position >= 1  # the first row that uses the key


def test_a_copied_key_fails_verify(open_ledger: Callable[[], Ledger], raw: Raw) -> None:
    ledger = _with_keys(open_ledger)
    target = raw.run("SELECT key_id FROM antq_person_keys WHERE scope = ?", SUBJECT)[0][0]
    source = raw.run("SELECT key FROM antq_person_keys WHERE scope = ?", OTHER)[0][0]
    raw.run("UPDATE antq_person_keys SET key = ? WHERE key_id = ?", source, target)
    report = ledger.verify()
    assert report.problem is not None, "a copied key went unnoticed"
    assert report.problem.kind is TamperKind.KEYS_ALTERED
    assert report.problem.cause in (Cause.KEY_COPIED, Cause.KEY_REPLACED)
    assert target in report.summary("en")


def test_a_replaced_or_deleted_key_fails_verify(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    ledger = _with_keys(open_ledger)
    target = raw.run("SELECT key_id FROM antq_person_keys WHERE scope = ?", SUBJECT)[0][0]
    raw.run("UPDATE antq_person_keys SET key = ? WHERE key_id = ?", b"\x07" * 64, target)
    report = ledger.verify()
    assert report.problem is not None and report.problem.cause is Cause.KEY_REPLACED
    raw.run("DELETE FROM antq_person_keys WHERE key_id = ?", target)
    report = ledger.verify()
    assert report.problem is not None and report.problem.cause is Cause.KEY_DELETED


def test_a_real_erasure_keeps_verify_clean(open_ledger: Callable[[], Ledger]) -> None:
    ledger = _with_keys(open_ledger)
    ledger.erase("clerk-a", legal_basis="x", recorded_by="dpo", occurred_on=date(2025, 12, 1))
    report = ledger.verify()
    assert report.ok, report.summary("en")
    assert ledger.log.person_keys("clerk-a") == []


# --- 6. the recording clock never runs backwards ------------------------------------------


def test_a_writer_whose_clock_is_behind_records_after_the_last_instant(
    store: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    ahead = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    behind = FakeClock(datetime(2025, 1, 1, tzinfo=UTC))  # 14 months behind
    with (
        Ledger(store, clock=lambda: ahead, actor=SYSTEM) as first,
        Ledger(store, clock=behind, actor=SYSTEM) as late,
    ):
        first.record_many([registration()])
        with caplog.at_level(logging.WARNING, logger="antq_compliance"):
            late.record_many(compliant_year(2024)[:2])
        assert "recording clock is behind" in caplog.text
        instants = [f.recorded_at for _, f in late.log.scan()]
        assert instants == sorted(instants)
        assert instants[1] == ahead + timedelta(microseconds=1)
        # --known-at before the late writer's facts does not see them.
        assert len([f for f in late.facts(SUBJECT) if f.recorded_at <= ahead]) == 1
        erasure_clock = FakeClock(datetime(2025, 6, 1, tzinfo=UTC))
        with Ledger(store, clock=erasure_clock, actor=SYSTEM) as eraser:
            erasure = eraser.erase(
                "test", legal_basis="x", recorded_by="dpo", occurred_on=date(2025, 5, 30)
            )
        assert erasure.recorded_at > instants[-1]
        assert late.erasures()[0].recorded_at == erasure.recorded_at
        assert late.verify().ok


def test_postgresql_records_with_the_database_clock(store: str) -> None:
    if not store.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    with Ledger(store, actor=SYSTEM) as ledger:
        clock = ledger.log.clock()
        assert clock is not None
        import psycopg

        base = store.split("?")[0]
        with psycopg.connect(base) as conn:
            row = conn.execute("SELECT clock_timestamp()").fetchone()
        assert row is not None
        assert abs((clock() - row[0]).total_seconds()) < 5
        ledger.record_many([registration()])
        (fact,) = ledger.facts(SUBJECT)
        assert abs((fact.recorded_at - row[0]).total_seconds()) < 30


# --- 8. every libpq parameter of a PostgreSQL URL; one schema check --------------------------


def test_the_url_check_keeps_every_libpq_parameter_and_refuses_a_repeated_schema() -> None:
    url = (
        "postgresql://u:s%40cret@db.example:5433/antq?sslmode=verify-full"
        "&sslrootcert=/etc/ca.pem&schema=prov_86&connect_timeout=7"
    )
    params, schema = postgres_params(url)
    assert schema == "prov_86"
    assert params["sslmode"] == "verify-full" and params["sslrootcert"] == "/etc/ca.pem"
    assert params["connect_timeout"] == "7" and params["password"] == "s@cret"
    assert (params["host"], params["port"], params["dbname"]) == ("db.example", "5433", "antq")
    for bad, problem in (
        (url + "&schema=other", "'schema' is given 2 times"),
        (url.replace("prov_86", "Prov-86"), "schema 'Prov-86'"),
        (url + "&sslmod=require", 'invalid URI query parameter: "sslmod"'),
    ):
        with pytest.raises(StoreConfigurationError, match=re.escape(problem)) as caught:
            Ledger(bad)  # the library refuses it before connecting
        assert "s@cret" not in str(caught.value) and "s%40cret" not in str(caught.value)
        code = main(["--db", bad, "--lang", "en", "verify"])  # the CLI: the same check
        assert code != 0


def test_libpq_parameters_reach_every_connection(store: str) -> None:
    if not store.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    name = f"antq-{uuid.uuid4().hex[:10]}"
    with Ledger(f"{store}&application_name={name}", actor=SYSTEM) as ledger:
        ledger.record_many([registration()])
        assert ledger.verify().ok
        import psycopg

        with psycopg.connect(store.split("?")[0]) as conn:
            seen = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (name,)
            ).fetchone()
        assert seen is not None and seen[0] >= 1
    with pytest.raises(Exception, match=r"(?i)ssl|certificate|root"):
        # A CA file that does not exist: libpq must try to use it (it was silently dropped).
        Ledger(f"{store}&sslmode=verify-full&sslrootcert=/nonexistent/ca.pem")


# --- 9. a row with invalid UTF-8 -------------------------------------------------------------


@pytest.mark.parametrize("column", ["topic", "originator_id"])
def test_verify_json_reports_a_row_with_invalid_utf8(
    open_ledger: Callable[[], Ledger],
    raw: Raw,
    store: str,
    column: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if raw.postgres:
        pytest.skip("PostgreSQL refuses invalid UTF-8 in text columns")
    populate(open_ledger)
    where = raw.positions()[4]
    raw.run(
        f"UPDATE {{events}} SET {column} = CAST({column} || X'FF' AS TEXT) WHERE {{pos}} = ?",
        where,
    )
    code = main(["--db", store, "--lang", "en", "verify", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    body = json.loads(out)
    assert body["ok"] is False and body["problem"]["position"] == where
    assert body["problem"]["kind"] == "altered"


def test_the_clock_holds_across_a_gap_of_burnt_positions(store: str, raw: Raw) -> None:
    """A failed PostgreSQL batch burns thousands of notification ids: the last instant is
    read from the last rows, whatever the gap before the head position."""
    if not raw.postgres:
        pytest.skip("PostgreSQL burns ids; SQLite does not")
    ahead = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    with Ledger(store, clock=lambda: ahead, actor=SYSTEM) as first:
        first.record_many([registration()])
    raw.run(
        "SELECT setval('antq_events_notification_id_seq', "
        "(SELECT max(notification_id) FROM antq_events) + 5000)"
    )
    with Ledger(store, clock=FakeClock(datetime(2025, 1, 1, tzinfo=UTC)), actor=SYSTEM) as late:
        late.record_many(compliant_year(2024)[:1])
        instants = [f.recorded_at for _, f in late.log.scan()]
        assert instants == [ahead, ahead + timedelta(microseconds=1)]
        assert late.verify().ok


def test_concurrent_writers_with_skewed_clocks_never_interleave_backwards(store: str) -> None:
    """Two writers, one clock 14 months behind the other, appending at once (threads, each its
    own ledger and connections): in log order the recording instants never decrease."""
    import threading

    ahead = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    clocks = {"a": lambda: ahead, "b": lambda: datetime(2025, 1, 1, tzinfo=UTC)}
    units = {"a": "2100000001", "b": "2100000002"}
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with Ledger(store, clock=clocks[name], retries=50, actor=SYSTEM) as ledger:
                ledger.record_many([registration(units[name])])
                for draft_ in compliant_year(2024, units[name])[:6]:
                    ledger.record_many([draft_])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in clocks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    with Ledger(store, actor=SYSTEM) as ledger:
        instants = [f.recorded_at for _, f in ledger.log.scan()]
        assert len(instants) == 14 and instants == sorted(instants)
        assert ledger.verify().ok
