"""Tamper evidence: the hash chain over the stored rows, on SQLite and PostgreSQL.

Tampering is done the way someone with database access would do it: SQL straight on the
tables, bypassing the library. ``verify`` must name the first position that changed; an
untouched log must verify clean.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

import attrs
import pytest

from antq_compliance import (
    FactDraft,
    Ledger,
    PropagandaSessionHeld,
    TamperKind,
    VerifyReport,
)
from antq_compliance.cli.main import main
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.application import StreamConflict, stream_id
from antq_compliance.store.chain.links import GENESIS, Seal, StoredRow, extend, link, verify_chain
from antq_compliance.store.chain.report import Cause
from builders import SUBJECT, compliant_year, draft, registration

OTHER = "2100000002"


class Raw:
    """SQL on the store's own tables, bypassing the library (what an administrator can do)."""

    def __init__(self, store: str) -> None:
        self.postgres = store.startswith("postgresql")
        self._conn: Any
        if self.postgres:
            import psycopg
            from psycopg import sql

            base, schema = store.split("?schema=")
            self._conn = psycopg.connect(base, autocommit=True)
            self._conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
            self.events, self.pos = "antq_events", "notification_id"
        else:
            self._conn = sqlite3.connect(store, isolation_level=None)
            self.events, self.pos = "stored_events", "rowid"

    def run(self, statement: str, *params: object) -> list[tuple[Any, ...]]:
        text = statement.format(events=self.events, pos=self.pos)
        if self.postgres:
            text = text.replace("?", "%s")
        cursor = self._conn.execute(text, params)
        return [tuple(r) for r in cursor.fetchall()] if cursor.description else []

    def positions(self) -> list[int]:
        return [r[0] for r in self.run("SELECT {pos} FROM {events} ORDER BY {pos}")]

    def state(self, position: int) -> bytes:
        return bytes(self.run("SELECT state FROM {events} WHERE {pos} = ?", position)[0][0])

    def set_state(self, position: int, state: bytes) -> None:
        self.run("UPDATE {events} SET state = ? WHERE {pos} = ?", state, position)

    def move(self, old: int, new: int) -> None:
        self.run("UPDATE {events} SET {pos} = ? WHERE {pos} = ?", new, old)

    def link(self, position: int) -> bytes:
        return bytes(self.run("SELECT link FROM antq_chain WHERE position = ?", position)[0][0])

    def close(self) -> None:
        self._conn.close()


@pytest.fixture
def raw(store: str) -> Iterator[Raw]:
    handle = Raw(store)
    yield handle
    handle.close()


POPULATED = 2 + 2 * len(compliant_year(2024))
"""The events ``populate`` writes: two registrations and two compliant years."""


def populate(open_ledger: Callable[[], Ledger]) -> Ledger:
    """Two subjects, four batches, the last one written by a second Ledger instance."""
    first = open_ledger()
    first.record_many([registration()])
    first.record_many(compliant_year(2024))
    first.record_many([registration(OTHER)])
    open_ledger().record_many(compliant_year(2024, OTHER))
    return first


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


# --- an untouched log ----------------------------------------------------------------------


def test_an_untouched_log_verifies_clean(
    open_ledger: Callable[[], Ledger], raw: Raw, store: str
) -> None:
    ledger = populate(open_ledger)
    report = ledger.verify()
    assert report.ok and report.problem is None
    assert report.checked == len(raw.positions()) == POPULATED
    assert report.head_position == ledger.head() == raw.positions()[-1]
    assert report.head is not None and len(report.head) == 64
    assert report.head == raw.link(report.head_position).hex()
    assert report.unsealed == 0
    assert report.summary("en") == f"log verified: {POPULATED} events, head {report.head}"
    assert report.summary("vi") == f"sổ hợp lệ: {POPULATED} sự kiện, đầu chuỗi {report.head}"
    # Another instance, a read-only walk and a fresh process all see the same chain.
    assert open_ledger().verify(seal=False) == report
    with Ledger(store, actor=SYSTEM) as again:
        assert again.verify() == report


def test_an_empty_log_verifies_clean(ledger: Ledger) -> None:
    report = ledger.verify()
    assert report == VerifyReport(checked=0, head=None, head_position=0, unsealed=0)
    assert report.summary("en") == "log verified: 0 events, head (empty)"


def test_the_in_memory_store_is_chained_too() -> None:
    with Ledger(
        ":memory:", clock=lambda: datetime(2025, 12, 1, tzinfo=UTC), actor=SYSTEM
    ) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        report = ledger.verify(seal=False)
        assert (
            report.ok and report.checked == 1 + len(compliant_year(2024)) and report.unsealed == 0
        )


def test_the_same_facts_chain_alike_on_every_store(
    open_ledger: Callable[[], Ledger],
) -> None:
    # The chain covers the stored rows, where personal values (``recorded_by``) are sealed with
    # a key per data subject drawn at random by each store: the heads differ, what they chain
    # does not.
    ledger = populate(open_ledger)
    with Ledger(
        ":memory:", clock=lambda: datetime(2025, 12, 1, 9, tzinfo=UTC), actor=SYSTEM
    ) as memory:
        memory.record_many([registration()])
        memory.record_many(compliant_year(2024))
        memory.record_many([registration(OTHER)])
        memory.record_many(compliant_year(2024, OTHER))
        here, there = memory.verify(), ledger.verify()
        assert here.ok and there.ok
        assert here.checked == there.checked == POPULATED
        assert here.head != there.head
        for subject in (SUBJECT, OTHER):
            assert [f.draft() for f in memory.facts(subject)] == [
                f.draft() for f in ledger.facts(subject)
            ]


def test_a_gap_left_by_a_failed_write_is_not_tampering(ledger: Ledger, raw: Raw) -> None:
    ledger.record_many([registration()])
    log = ledger.log
    session = PropagandaSessionHeld(topic="Buổi 1", attendance=10)
    late = [_fact(draft("late-1", session, date(2024, 5, 1)))]
    with pytest.raises(StreamConflict):
        log.append([(SUBJECT, 0, late)])  # a stale writer: rolled back (PostgreSQL burns ids)
    log.append([(SUBJECT, 1, late)])
    assert ledger.verify().ok and ledger.verify().checked == 2
    if raw.postgres:
        assert raw.positions() == [1, 3], "the sequence value of the failed write is skipped"


def _fact(d: FactDraft) -> Fact:
    return Fact(**attrs.asdict(d, recurse=False), recorded_at=datetime(2025, 1, 1, tzinfo=UTC))


# --- tampering, straight in the database ---------------------------------------------------


@attrs.frozen
class Case:
    tamper: Callable[[Raw, list[int]], object]
    kind: TamperKind
    cause: Cause
    position: Callable[[list[int]], int]
    related: Callable[[list[int]], int | None] = lambda p: None
    names_row: bool = True
    walks_all: bool = False  # every row matched: the problem is at the chain's end


def _mid(p: list[int]) -> int:
    return p[len(p) // 2]


def _swap_states(raw: Raw, p: list[int]) -> None:
    a, b = _mid(p), p[len(p) // 2 + 3]
    state_a, state_b = raw.state(a), raw.state(b)
    raw.set_state(a, state_b)
    raw.set_state(b, state_a)


def _swap_rows(raw: Raw, p: list[int]) -> None:
    a, b = _mid(p), p[len(p) // 2 + 3]
    raw.move(a, -1)
    raw.move(b, a)
    raw.move(-1, b)


def _delete_last_with_its_link(raw: Raw, p: list[int]) -> None:
    raw.run("DELETE FROM {events} WHERE {pos} = ?", p[-1])
    raw.run("DELETE FROM antq_chain WHERE position = ?", p[-1])


CASES = {
    "one byte of a state changed": Case(
        lambda raw, p: raw.set_state(_mid(p), flip(raw.state(_mid(p)), 10)),
        TamperKind.ALTERED,
        Cause.ROW_CHANGED,
        _mid,
    ),
    "a topic changed": Case(
        lambda raw, p: raw.run(
            "UPDATE {events} SET topic = ? WHERE {pos} = ?", "antq:BriefingHeld:v1", _mid(p)
        ),
        TamperKind.ALTERED,
        Cause.ROW_CHANGED,
        _mid,
    ),
    "a version changed": Case(
        lambda raw, p: raw.run(
            "UPDATE {events} SET originator_version = originator_version + 100 WHERE {pos} = ?",
            _mid(p),
        ),
        TamperKind.ALTERED,
        Cause.ROW_CHANGED,
        _mid,
        names_row=False,  # the version named is the tampered one
    ),
    "a middle row deleted": Case(
        lambda raw, p: raw.run("DELETE FROM {events} WHERE {pos} = ?", _mid(p)),
        TamperKind.REMOVED,
        Cause.ROWS_MISSING,
        _mid,
        names_row=False,
    ),
    "two consecutive rows deleted": Case(
        lambda raw, p: raw.run(
            "DELETE FROM {events} WHERE {pos} IN (?, ?)", _mid(p), p[len(p) // 2 + 1]
        ),
        TamperKind.REMOVED,
        Cause.ROWS_MISSING,
        _mid,
        related=lambda p: p[len(p) // 2 + 1],
        names_row=False,
    ),
    "the last row deleted": Case(
        lambda raw, p: raw.run("DELETE FROM {events} WHERE {pos} = ?", p[-1]),
        TamperKind.REMOVED,
        Cause.ROWS_MISSING,
        lambda p: p[-1],
        names_row=False,
    ),
    "two rows' states swapped": Case(
        _swap_states,
        TamperKind.REORDERED,
        Cause.PAYLOAD_MOVED,
        _mid,
        related=lambda p: p[len(p) // 2 + 3],
    ),
    "two rows' notification ids swapped": Case(
        _swap_rows,
        TamperKind.REORDERED,
        Cause.ROW_MOVED,
        _mid,
        related=lambda p: p[len(p) // 2 + 3],
        names_row=False,  # the row named is the one that moved away
    ),
    "a row moved past the end": Case(
        lambda raw, p: raw.move(_mid(p), p[-1] + 100),
        TamperKind.REORDERED,
        Cause.ROW_MOVED,
        _mid,
        related=lambda p: p[-1] + 100,
    ),
    "a chain link edited": Case(
        lambda raw, p: raw.run(
            "UPDATE antq_chain SET link = ? WHERE position = ?", bytes(32), _mid(p)
        ),
        TamperKind.CHAIN_ALTERED,
        Cause.LINK_EDITED,
        _mid,
    ),
    "the last chain link edited": Case(
        lambda raw, p: raw.run(
            "UPDATE antq_chain SET link = ? WHERE position = ?", bytes(32), p[-1]
        ),
        TamperKind.CHAIN_ALTERED,
        Cause.LINK_EDITED,
        lambda p: p[-1],
    ),
    "a chain link deleted": Case(
        lambda raw, p: raw.run("DELETE FROM antq_chain WHERE position = ?", _mid(p)),
        TamperKind.CHAIN_ALTERED,
        Cause.SEAL_DELETED,
        _mid,
    ),
    "the chain head edited": Case(
        lambda raw, p: raw.run("UPDATE antq_chain_head SET link = ?", bytes(32)),
        TamperKind.CHAIN_ALTERED,
        Cause.HEAD_MISMATCH,
        lambda p: p[-1],
        names_row=False,
        walks_all=True,
    ),
    "the last row deleted with its link": Case(
        _delete_last_with_its_link,
        TamperKind.REMOVED,
        Cause.TAIL_MISSING,
        lambda p: p[-1],
        related=lambda p: p[-2],
        names_row=False,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_verify_names_the_first_tampered_position(
    name: str, open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    case = CASES[name]
    ledger = populate(open_ledger)
    positions = raw.positions()
    rows = raw.run("SELECT {pos}, originator_id, originator_version FROM {events}")
    named = {p: (str(UUID(str(o))), v) for p, o, v in rows}
    case.tamper(raw, positions)

    report = ledger.verify()

    problem = report.problem
    assert problem is not None, f"{name}: not detected"
    assert not report.ok
    where = case.position(positions)
    assert (problem.kind, problem.cause, problem.position) == (case.kind, case.cause, where)
    assert problem.related == case.related(positions)
    assert report.checked == (len(positions) if case.walks_all else positions.index(where))
    if case.names_row:
        stream, version = named[where]
        assert (problem.stream, problem.version) == (stream, version)
        subject = SUBJECT if stream == str(stream_id(SUBJECT)) else OTHER
        assert problem.subject == subject
        assert f"subject {subject}" in problem.message("en")
        assert f"chủ thể {subject}" in problem.message("vi")
    assert f"{where}" in report.summary("en") and f"({case.kind.value})" in report.summary("en")
    assert report.summary("vi").startswith("sổ bị can thiệp (")
    # Later writes do not hide it: the chain is never extended over an inconsistent end, and
    # grows on the stored links, never on links recomputed from the rows.
    ledger.record_many([registration("2100000003")])
    later = ledger.verify().problem
    assert later is not None and later.position == where


def test_a_deleted_last_row_replaced_by_a_new_write_is_still_caught(
    open_ledger: Callable[[], Ledger], raw: Raw
) -> None:
    """SQLite hands a deleted last rowid out again; PostgreSQL does not. Caught either way."""
    ledger = populate(open_ledger)
    positions = raw.positions()
    raw.run("DELETE FROM {events} WHERE {pos} = ?", positions[-1])
    ledger.record(
        SUBJECT,
        PropagandaSessionHeld(topic="Buổi mới", attendance=10),
        occurred_on=date(2024, 6, 1),
        recorded_by="test",
    )
    problem = ledger.verify().problem
    assert problem is not None and problem.position == positions[-1]
    expected = TamperKind.REMOVED if raw.postgres else TamperKind.ALTERED
    assert problem.kind is expected


# --- a crash between append and seal -------------------------------------------------------


def test_rows_appended_but_not_sealed_are_not_tampering(
    open_ledger: Callable[[], Ledger], monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = populate(open_ledger)
    monkeypatch.setattr(ledger.log, "seal", lambda: 0)  # the process dies before sealing
    ledger.record_many(compliant_year(2025)[:3])
    monkeypatch.undo()

    report = ledger.verify(seal=False)
    assert report.ok and report.checked == POPULATED and report.unsealed == 3
    assert report.summary("en").endswith("; 3 not yet sealed")
    assert report.summary("vi").endswith("; 3 sự kiện chưa niêm phong")

    # The next write seals the tail together with its own rows.
    ledger.record(
        SUBJECT,
        PropagandaSessionHeld(topic="Buổi 1", attendance=10),
        occurred_on=date(2025, 5, 1),
        recorded_by="test",
    )
    report = ledger.verify(seal=False)
    assert report.ok and report.checked == POPULATED + 4 and report.unsealed == 0


def test_verify_seals_an_unsealed_tail(
    open_ledger: Callable[[], Ledger], monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = populate(open_ledger)
    monkeypatch.setattr(ledger.log, "seal", lambda: 0)
    ledger.record_many(compliant_year(2025)[:2])
    monkeypatch.undo()
    assert ledger.verify(seal=False).unsealed == 2
    report = open_ledger().verify()  # any instance, any process: verify seals the tail first
    assert report.ok and report.checked == POPULATED + 2 and report.unsealed == 0
    assert ledger.verify(seal=False) == report


def test_a_failed_seal_does_not_fail_the_write(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> int:
        raise RuntimeError("database went away")

    monkeypatch.setattr(ledger.log, "seal", broken)
    with caplog.at_level(logging.WARNING, logger="antq_compliance"):
        result = ledger.record_many([registration()])
    assert result.written == 1
    assert "could not be sealed" in caplog.text
    monkeypatch.undo()
    report = ledger.verify()
    assert report.ok and report.checked == 1


# --- several writers sealing at once -------------------------------------------------------


def _writer(store: str, writer: int) -> None:
    clock = lambda: datetime(2025, 1, 1, tzinfo=UTC)  # noqa: E731
    with Ledger(store, clock=clock, retries=50, actor=SYSTEM) as ledger:
        for n in range(8):
            ledger.record_many(
                [
                    draft(
                        f"w{writer}-{n}-{k}",
                        PropagandaSessionHeld(topic=f"Buổi {n}", attendance=k),
                        date(2024, 5, 1),
                    )
                    for k in range(3)
                ]
            )


def test_concurrent_writers_leave_one_clean_chain(ledger: Ledger, store: str) -> None:
    ledger.record_many([registration()])
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        writing = pool.starmap_async(_writer, [(store, w) for w in range(3)])
        while not writing.ready():  # verifying beside the writers sees a consistent snapshot
            during = ledger.verify(seal=False)
            assert during.ok, during.summary("en")
        writing.get()
    report = ledger.verify(seal=False)
    assert report.ok, report.summary("en")
    assert report.checked == 1 + 3 * 8 * 3 and report.unsealed == 0


# --- stored bytes: compression and encryption ----------------------------------------------


def test_the_chain_covers_the_stored_bytes_when_compression_is_switched_on(
    store: str, clock: Callable[[], datetime], raw: Raw
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as plain:
        plain.record_many([registration(), *compliant_year(2024)])
    zlib = {"COMPRESSOR_TOPIC": "eventsourcing.compressor:ZlibCompressor"}
    with Ledger(store, clock=clock, env=zlib, actor=SYSTEM) as packed:
        packed.record_many([registration(OTHER), *compliant_year(2024, OTHER)])
        assert packed.verify().ok and packed.verify().checked == POPULATED
        last = raw.positions()[-1]
        assert raw.state(last)[:1] == b"\x78", "stored compressed (a zlib header)"
        raw.set_state(last, flip(raw.state(last), 20))
        problem = packed.verify().problem
        assert problem is not None and problem.kind is TamperKind.ALTERED
        assert problem.position == last


def test_the_chain_verifies_with_eventsourcing_s_cipher(
    store: str, clock: Callable[[], datetime], raw: Raw
) -> None:
    pytest.importorskip(
        "Crypto",
        reason="pycryptodome (eventsourcing's 'crypto' extra) is not installed in this venv",
    )
    from eventsourcing.cipher import AESCipher

    env = {"CIPHER_TOPIC": "eventsourcing.cipher:AESCipher", "CIPHER_KEY": AESCipher.create_key(32)}
    with Ledger(store, clock=clock, actor=SYSTEM) as plain:  # the cipher is switched on later
        plain.record_many([registration()])
    with Ledger(store, clock=clock, env=env, actor=SYSTEM) as secret:
        secret.record_many([registration(OTHER), *compliant_year(2024, OTHER)])
        report = secret.verify()
        assert report.ok and report.checked == 2 + len(compliant_year(2024))
        last = raw.positions()[-1]
        assert OTHER.encode() not in raw.state(last), "stored encrypted"
        raw.set_state(last, flip(raw.state(last), 30))
        problem = secret.verify().problem
        assert problem is not None and problem.kind is TamperKind.ALTERED


# --- the command line ----------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_antq_verify_exit_codes_and_output(
    capsys: pytest.CaptureFixture[str], open_ledger: Callable[[], Ledger], store: str, raw: Raw
) -> None:
    ledger = populate(open_ledger)
    head = ledger.verify().head
    code, out, err = _cli(capsys, "--db", store, "verify")
    assert (code, err) == (0, "")
    # the verdict, then the closing summary: rows walked, time and rate
    assert out.startswith(f"sổ hợp lệ: {POPULATED} sự kiện, đầu chuỗi {head}; {POPULATED} dòng ")
    assert out.endswith(" dòng/giây)\n") and out.count("\n") == 1
    code, out, _ = _cli(capsys, "--db", store, "--lang", "en", "verify")
    assert code == 0 and out.startswith(f"log verified: {POPULATED} events, head {head}; ")
    assert out.endswith(" rows/s)\n")
    code, out, _ = _cli(capsys, "--db", store, "verify", "--format", "json", "--no-seal")
    assert code == 0
    assert json.loads(out) == {
        "ok": True,
        "checked": POPULATED,
        "head": head,
        "head_position": raw.positions()[-1],
        "unsealed": 0,
        "problem": None,
    }

    where = raw.positions()[5]
    raw.set_state(where, flip(raw.state(where), 3))
    code, out, err = _cli(capsys, "--db", store, "--lang", "en", "verify")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(f"antq: error: log tampered (altered): position {where} (subject ")
    code, _, err = _cli(capsys, "--db", store, "verify")
    assert code == 1 and err.startswith(f"antq: error: sổ bị can thiệp (bị sửa): vị trí {where}")
    code, out, _ = _cli(capsys, "--db", store, "--lang", "en", "verify", "--format", "json")
    body = json.loads(out)
    assert code == 1 and body["ok"] is False and body["checked"] == 5
    assert body["problem"]["kind"] == "altered" and body["problem"]["position"] == where
    assert body["problem"]["subject"] == SUBJECT


# --- the walk itself, on made-up rows ------------------------------------------------------


def _rows(n: int) -> list[StoredRow]:
    return [
        StoredRow(p, stream_id(SUBJECT), p, "antq:X:v1", f"state {p}".encode())
        for p in range(1, n + 1)
    ]


def _walk(rows: Sequence[StoredRow], seals: Sequence[Seal], head: Seal | None) -> VerifyReport:
    return verify_chain(lambda: iter(rows), lambda: iter(seals), head)


def test_the_walk_tells_an_inserted_row_from_a_deleted_link() -> None:
    rows = _rows(6)
    sealed = [r for r in rows if r.position != 4]  # position 4 is a gap (a failed write)
    seals = extend(Seal(0, GENESIS), sealed)
    assert _walk(sealed, seals, seals[-1]).ok
    forged = StoredRow(4, stream_id(SUBJECT), 99, "antq:X:v1", b"forged")
    problem = _walk([*rows[:3], forged, *rows[4:]], seals, seals[-1]).problem
    assert problem is not None
    assert (problem.kind, problem.cause, problem.position) == (
        TamperKind.INSERTED,
        Cause.ROW_INSERTED,
        4,
    )

    all_seals = extend(Seal(0, GENESIS), rows)
    without_4 = [s for s in all_seals if s.position != 4]
    problem = _walk(rows, without_4, all_seals[-1]).problem
    assert problem is not None and problem.cause is Cause.SEAL_DELETED and problem.position == 4


def test_the_walk_tells_an_added_link_and_a_row_moved_into_a_gap() -> None:
    rows = [r for r in _rows(5) if r.position != 3]  # 3 is a gap (a failed write)
    seals = extend(Seal(0, GENESIS), rows)
    forged = Seal(3, link(seals[1].link, StoredRow(3, None, None, None, b"forged")))
    problem = _walk(rows, sorted([*seals, forged]), seals[-1]).problem
    assert problem is not None
    assert (problem.kind, problem.cause, problem.position) == (
        TamperKind.CHAIN_ALTERED,
        Cause.SEAL_ADDED,
        3,
    )
    forged = Seal(9, link(seals[-1].link, StoredRow(9, None, None, None, b"forged")))
    problem = _walk(rows, [*seals, forged], seals[-1]).problem
    assert problem is not None and problem.cause is Cause.SEAL_ADDED and problem.position == 9

    gappy = [r for r in _rows(8) if r.position not in (3, 4)]
    gappy_seals = extend(Seal(0, GENESIS), gappy)
    moved = sorted(r if r.position != 6 else r._replace(position=3) for r in gappy)
    problem = _walk(moved, gappy_seals, gappy_seals[-1]).problem
    assert problem is not None
    assert (problem.kind, problem.cause, problem.position, problem.related) == (
        TamperKind.REORDERED,
        Cause.ROW_MOVED_HERE,
        3,
        6,
    )
