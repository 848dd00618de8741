"""Personal data and erasure (crypto-shredding), on both stores.

Personal values (``recorded_by``, ``staff_ref``, ``chaired_by``, ``assessed_by``) are stored
encrypted under a key of their data subject; erasing the person destroys the key. Afterwards
the values read as erased, while every verdict, every criterion status, the provincial tally
and the hash chain stay as they were and ``verify`` stays clean. The erasure is itself
recorded in the log, without the erased value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import attrs
import orjson
import pytest
from test_encryption import StoreBytes, new_key

from antq_compliance import (
    DisciplineDecided,
    Fact,
    FactDraft,
    Ledger,
    MeetingRole,
    MovementModelAssessed,
    ReviewMeetingHeld,
    StaffOffenceRecorded,
)
from antq_compliance.cli.main import main
from antq_compliance.codec.facts import draft_to_json
from antq_compliance.domain.errors import NothingToErase, NotPermitted
from antq_compliance.domain.facts import FACT_TYPES
from antq_compliance.domain.policy import SYSTEM, Actor
from antq_compliance.domain.privacy import ERASED, personal_fields
from antq_compliance.domain.vocabulary import (
    DisciplineForm,
    DisciplineReason,
    OffenceStage,
    PersonRegime,
    Role,
)
from builders import SUBJECT, compliant_year, draft, registration

OTHER = "2100000002"
STAFF = "NV-00417"
CHAIR = "Giám đốc Trần Văn Bí-Mật"
CLERK = "bv-antt-thu-ky-42"
YEARS = (2024, 2025)
AS_OF = {2024: date(2024, 12, 31), 2025: date(2025, 11, 30)}


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: datetime(2025, 12, 1, 9, 0, tzinfo=UTC)


def by(drafts: list[FactDraft], clerk: str) -> list[FactDraft]:
    return [attrs.evolve(d, recorded_by=clerk) for d in drafts]


def history(subject: str = SUBJECT) -> list[FactDraft]:
    """Two years of one unit, with each kind of personal value, recorded by ``CLERK``."""
    p = subject
    return by(
        [
            registration(subject),
            *compliant_year(2024, subject),
            draft(
                f"{p}-vp",
                StaffOffenceRecorded(staff_ref=STAFF, stage=OffenceStage.PROSECUTED),
                date(2024, 6, 1),
                subject,
            ),
            draft(
                f"{p}-kl",
                DisciplineDecided(
                    person_ref=STAFF,
                    regime=PersonRegime.EMPLOYEE,
                    form=DisciplineForm.DISMISSED,
                    reason=DisciplineReason.SOCIAL_EVIL,
                    decided_by="Giám đốc",
                ),
                date(2024, 6, 2),
                subject,
            ),
            draft(
                f"{p}-hx",
                ReviewMeetingHeld(
                    year=2024,
                    chaired_by=CHAIR,
                    attendees=frozenset({MeetingRole.GRASSROOTS_POLICE}),
                ),
                date(2024, 11, 10),
                subject,
            ),
            *compliant_year(2025, subject),
        ],
        CLERK,
    )


def snapshot(ledger: Ledger) -> dict[str, Any]:
    """What erasure must not change: verdicts, criterion statuses and evidence, per subject
    and year, and the provincial tally of verdicts."""
    out: dict[str, Any] = {}
    provinces = {s.id: s.province for s in ledger.subjects()}
    tally: Counter[tuple[str, int, str]] = Counter()
    for year in YEARS:
        for status in ledger.statuses(year, as_of=AS_OF[year]):
            out[f"{status.subject}/{year}"] = (
                status.verdict,
                [(c.id, c.status, c.evidence) for c in status.criteria],
            )
            tally[provinces[status.subject], year, status.verdict.value] += 1
    out["tally"] = dict(tally)
    for year in YEARS:  # the provincial report's figures, with the units and facts behind them
        out[f"report/{year}"] = ledger.province_report("Vĩnh Long", year, as_of=AS_OF[year]).figures
    return out


D = TypeVar("D")


def of(facts: list[Fact], cls: type[D]) -> list[D]:
    """The payloads of one type, in stream order."""
    return [f.data for f in facts if isinstance(f.data, cls)]


def personal_of(facts: list[Fact]) -> list[str]:
    values = [f.recorded_by for f in facts]
    for fact in facts:
        values += [getattr(fact.data, n) for n in personal_fields(type(fact.data))]
    return values


def test_the_marked_fields_are_the_documented_ones() -> None:
    marked = {
        f"{name}.{field}" for name, cls in FACT_TYPES.items() for field in personal_fields(cls)
    }
    assert marked == {
        "MovementModelAssessed.assessed_by",
        "StaffOffenceRecorded.staff_ref",
        "ReviewMeetingHeld.chaired_by",
        "CriterionAssessed.assessed_by",
        "DisciplineDecided.person_ref",
        "AdministrativeSanctionImposed.person_ref",
        "SocialEvilCaseIdentified.person_ref",
    }
    assert personal_fields(FactDraft) == ("recorded_by",)
    doc = (Path(__file__).resolve().parents[2] / "docs" / "reliability.md").read_text("utf-8")
    # The table of docs/reliability.md: "| `Type.field` | yes ... |" for each personal field.
    documented = set(re.findall(r"^\| `([\w.]+)`[^|]*\| yes", doc, flags=re.M))
    assert documented == marked | {"recorded_by"}


def test_personal_values_are_not_stored_in_clear(store: str, clock: Callable[[], datetime]) -> None:
    """Even without the store cipher, no personal value is in the store's bytes."""
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())
        assert {STAFF, CHAIR, CLERK} <= set(personal_of(ledger.facts(SUBJECT)))
    needles = [v.encode("utf-8") for v in (STAFF, CHAIR, CLERK, "Trần Văn Bí-Mật")]
    scanned, found = StoreBytes(store).scan(needles)
    assert found == [] and scanned > 2_000
    # The control: a non-personal text of the same facts is there in clear.
    assert StoreBytes(store).scan(["Quy chế phối hợp".encode()])[1]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "aes"])
def test_erasure_keeps_verdicts_figures_and_the_chain(
    store: str, clock: Callable[[], datetime], encrypted: bool
) -> None:
    key = new_key() if encrypted else None
    with Ledger(store, clock=clock, cipher_key=key, actor=SYSTEM) as ledger:
        ledger.record_many([*history(), *history(OTHER)])
        before = snapshot(ledger)
        assert sum(f.value for f in before["report/2024"]) > 0  # figures that could change
        report = ledger.verify()
        assert report.ok
        erasure = ledger.erase(
            STAFF,
            legal_basis="Yêu cầu xoá dữ liệu, Điều 16 Nghị định 13/2023/NĐ-CP",
            recorded_by="dpo-01",
            occurred_on=date(2025, 12, 1),
            subject=SUBJECT,
        )
        assert erasure.subjects == (SUBJECT,) and len(erasure.keys) == 1
        facts = ledger.facts(SUBJECT)
        (offence,) = of(facts, StaffOffenceRecorded)
        assert offence.staff_ref == ERASED
        assert offence.stage is OffenceStage.PROSECUTED  # the rest of the fact is intact
        (other,) = of(ledger.facts(OTHER), StaffOffenceRecorded)
        assert other.staff_ref == STAFF  # the same pseudonym in another unit: untouched
        assert snapshot(ledger) == before
        after = ledger.verify()
        assert after.ok, after.summary("en")
        assert after.checked == report.checked + 1  # the erasure record, chained
        reason = ledger.status(SUBJECT, 2024, as_of=AS_OF[2024]).criterion("TT124.D6.K3.h")
        assert ERASED in reason.reason_vi and STAFF not in reason.reason_vi


def test_erasing_a_clerk_across_units(store: str, clock: Callable[[], datetime]) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([*history(), *history(OTHER)])
        before = snapshot(ledger)
        erasure = ledger.erase(
            CLERK.upper(),  # matched as recorded: case and spacing do not matter
            legal_basis="Rút lại sự đồng ý",
            recorded_by="dpo-01",
            occurred_on=date(2025, 12, 1),
        )
        assert erasure.subjects == (SUBJECT, OTHER)
        for subject in (SUBJECT, OTHER):
            facts = ledger.facts(subject)
            assert {f.recorded_by for f in facts} == {ERASED}
            assert len(facts) == len(history(subject))
        assert snapshot(ledger) == before
        assert ledger.verify().ok
        with pytest.raises(NothingToErase, match="no personal data of"):
            ledger.erase(
                CLERK, legal_basis="again", recorded_by="dpo-01", occurred_on=date(2025, 12, 1)
            )


def test_the_erasure_record_names_who_when_why_but_not_the_value(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=Actor(Role.POLICE)) as ledger:
        ledger.record_many(history())
        erasure = ledger.erase(
            CHAIR,
            legal_basis="QĐ 12/QĐ-CA",
            recorded_by="ca-phuong-07",
            occurred_on=date(2025, 11, 30),
        )
        (recorded,) = ledger.erasures()
        assert recorded == erasure
        head = ledger.head()
        assert ledger.log.erasure_records() == [(head, erasure)]  # its place in the log
        assert ledger.log.erasure_records(head + 1) == []
        assert max(position for position, _ in ledger.log.scan()) == head - 1  # not a fact
        assert (recorded.recorded_by, recorded.role, recorded.legal_basis) == (
            "ca-phuong-07",
            Role.POLICE,
            "QĐ 12/QĐ-CA",
        )
        assert recorded.occurred_on == date(2025, 11, 30)
        assert recorded.recorded_at == clock()
        (meeting,) = of(ledger.facts(SUBJECT), ReviewMeetingHeld)
        assert meeting.chaired_by == ERASED
        # The erasure is not a fact of any subject: the subjects and their facts are the same.
        assert [s.id for s in ledger.subjects()] == [SUBJECT]
    needles = [CHAIR.encode(), "Bí-Mật".encode()]
    assert StoreBytes(store).scan(needles)[1] == []


def test_the_destroyed_key_leaves_the_store(store: str, clock: Callable[[], datetime]) -> None:
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())
        (key_id,) = [k for k, _ in ledger.log.person_keys(STAFF)]
        (key,) = raw.run("SELECT key FROM antq_person_keys WHERE key_id = ?", key_id)[0]
        key = bytes(key)
        assert len(key) == 64 and key in b"".join(raw.blobs())  # the control
        ledger.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        row = raw.run(
            "SELECT key, lookup, person, erased_at FROM antq_person_keys WHERE key_id = ?", key_id
        )[0]
        assert row[:3] == (None, None, None) and row[3]
    if not raw.postgres:  # SQLite: secure_delete and a truncating checkpoint leave no copy
        assert key not in b"".join(raw.blobs())
    assert all(key not in blob for blob in StoreBytes(store).blobs())


def test_reimporting_after_erasure_does_not_bring_the_value_back(
    store: str, clock: Callable[[], datetime], tmp_path: Path
) -> None:
    lines = tmp_path / "events.jsonl"
    lines.write_bytes(b"\n".join(orjson.dumps(draft_to_json(d)) for d in history()) + b"\n")
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        assert ledger.import_jsonl(lines).written == len(history())
        ledger.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        again = ledger.import_jsonl(lines)
        assert (again.written, again.unchanged) == (0, len(history()))
        staff = [o.staff_ref for o in of(ledger.facts(SUBJECT), StaffOffenceRecorded)]
        assert staff == [ERASED]
        # A new fact about the same person is a new record: a new key, readable.
        ledger.record(
            SUBJECT,
            StaffOffenceRecorded(staff_ref=STAFF, stage=OffenceStage.SOCIAL_EVIL),
            occurred_on=date(2025, 3, 1),
            recorded_by=CLERK,
        )
        staff = [o.staff_ref for o in of(ledger.facts(SUBJECT), StaffOffenceRecorded)]
        assert staff == [ERASED, STAFF]


def test_another_process_sees_the_erasure(store: str, clock: Callable[[], datetime]) -> None:
    with (
        Ledger(store, clock=clock, actor=SYSTEM) as reader,
        Ledger(store, clock=clock, actor=SYSTEM) as eraser,
    ):
        reader.record_many(history())
        assessed = of(reader.facts(SUBJECT), MovementModelAssessed)
        assert assessed and assessed[0].assessed_by == "Công an tỉnh"
        eraser.erase(
            "Công an tỉnh", legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1)
        )
        assessed = of(reader.facts(SUBJECT), MovementModelAssessed)
        assert {a.assessed_by for a in assessed} == {ERASED}


def test_another_process_sees_the_erasure_in_a_status_read_from_the_log(
    store: str, clock: Callable[[], datetime]
) -> None:
    """``Ledger.status`` reads lazily, and on PostgreSQL with the erasure epoch carried by the
    stream's own statement: a key destroyed by another process reads as erased at once, even
    though the reader had it cached from the read before."""
    with (
        Ledger(store, clock=clock, actor=SYSTEM) as reader,
        Ledger(store, clock=clock, actor=SYSTEM) as eraser,
    ):
        reader.record_many(history())

        def reason() -> str:
            status = reader.status(SUBJECT, 2024, as_of=AS_OF[2024])
            return status.criterion("TT124.D6.K3.h").reason_vi

        assert STAFF in reason() and ERASED not in reason()  # the key is now in its cache
        eraser.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        assert ERASED in reason() and STAFF not in reason()


def test_a_crash_between_record_and_destroy_is_completed_by_running_again(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())

        def crash(_: object) -> int:
            raise KeyboardInterrupt("killed")

        # Killed after the erasure record is written, before its keys are destroyed.
        monkeypatch.setattr(ledger.log._payloads.vault, "destroy", crash)
        with pytest.raises(KeyboardInterrupt):
            ledger.erase(
                STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1)
            )
        monkeypatch.undo()
        assert len(ledger.erasures()) == 1  # recorded, keys still there
        assert STAFF in personal_of(ledger.facts(SUBJECT))
        ledger.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        assert STAFF not in personal_of(ledger.facts(SUBJECT))
        assert len(ledger.erasures()) == 2 and ledger.verify().ok


def test_who_may_erase(store: str, clock: Callable[[], datetime]) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())
        head = ledger.head()
        for actor in (Actor(Role.UNIT, SUBJECT), Actor(Role.PEOPLES_COMMITTEE)):
            with pytest.raises(NotPermitted, match="may erase personal data"):
                ledger.erase(
                    STAFF,
                    legal_basis="x",
                    recorded_by="u",
                    occurred_on=date(2025, 12, 1),
                    actor=actor,
                )
        assert ledger.head() == head
        assert STAFF in personal_of(ledger.facts(SUBJECT))


def test_cli_erase(store: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with Ledger(store, actor=SYSTEM) as ledger:
        ledger.record_many(history())
    argv = [
        "--db",
        store,
        "--lang",
        "en",
        "--role",
        "police",
        "erase",
        STAFF,
        "--legal-basis",
        "ND13 Đ16",
        "--by",
        "dpo-01",
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"erased: 1 keys, in the records of {SUBJECT}; recorded as ")
    assert main(argv) == 1
    assert "no personal data of 'NV-00417'" in capsys.readouterr().err
    assert main([*argv[:4], "--role", "unit", "--unit", SUBJECT, *argv[6:]]) == 1
    assert "may erase personal data" in capsys.readouterr().err
    assert main(["--db", store, "verify"]) == 0


def _file_bytes(path: Path) -> bytes:
    """A copy of the store's files, as someone copying them would take them."""
    out = b""
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            out += part.read_bytes()
    return out


def test_an_erasure_blocked_by_a_reader_is_refused_then_completed(
    tmp_path: Path,
    clock: Callable[[], datetime],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 16, item 4: another connection holds a read snapshot while the keys are destroyed.
    ``erase`` used to report success with the keys still in the file; now it fails with one
    line, and running it again once the reader is gone completes it: a copy of the file taken
    afterwards holds neither key."""
    import sqlite3

    from antq_compliance.store.vault.sqlite import _SQLiteVault

    monkeypatch.setattr(_SQLiteVault, "CHECKPOINT_TRIES", 2)
    monkeypatch.setattr(_SQLiteVault, "CHECKPOINT_WAIT_MS", 100)
    store = tmp_path / "antq.sqlite3"
    with Ledger(str(store), clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(history())
        keys = [
            bytes(k)
            for (k,) in sqlite3.connect(store).execute(
                "SELECT key FROM antq_person_keys WHERE key IS NOT NULL"
            )
        ]
        staff_key = ledger.log.person_keys(STAFF)
        assert staff_key and all(k in _file_bytes(store) for k in keys)  # the control
    reader = sqlite3.connect(store, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM stored_events").fetchone()  # a read snapshot, held
    argv = [
        "--db",
        str(store),
        "--lang",
        "en",
        "--role",
        "police",
        "erase",
        STAFF,
        "--legal-basis",
        "x",
        "--by",
        "dpo",
    ]
    assert main(argv) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "another connection keeps reading" in err
    reader.execute("ROLLBACK")
    reader.close()
    assert main(argv) == 0
    assert "earlier erasure is complete" in capsys.readouterr()[0]
    with Ledger(str(store), clock=clock, actor=SYSTEM) as ledger:
        assert not ledger.log.erasure_pending() and ledger.verify().ok
        erased = {k for k, _ in staff_key}
    copy = _file_bytes(store)
    gone = [k for k in keys if k not in copy]
    assert len(gone) == len(erased) >= 1


def test_an_erasure_applies_to_facts_recorded_before_it_only(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16, item 5: an import racing an erasure, writing after the erasure record but
    before the keys were destroyed, used to have its facts erased on arrival. The record and
    the destruction now happen under the log's append lock: the racing import waits, then
    seals under a fresh key."""
    import threading

    with (
        Ledger(store, clock=clock, actor=SYSTEM) as importer,
        Ledger(store, clock=clock, actor=SYSTEM) as eraser,
    ):
        importer.record_many(history())
        late = draft(
            "late-vp",
            StaffOffenceRecorded(staff_ref=STAFF, stage=OffenceStage.PROSECUTED),
            date(2025, 6, 1),
        )
        vault = eraser.log._payloads.vault
        destroy = vault.destroy
        racers: list[threading.Thread] = []

        def destroy_after_a_racing_import(ids: Any) -> int:
            racer = threading.Thread(target=importer.record_many, args=([late],))
            racer.start()
            racer.join(timeout=1.5)  # the old code let it finish here, before the destruction
            racers.append(racer)
            return destroy(ids)

        monkeypatch.setattr(vault, "destroy", destroy_after_a_racing_import)
        eraser.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        racers[0].join(timeout=30)
        assert not racers[0].is_alive()
        facts = importer.facts(SUBJECT)
        offences = of(facts, StaffOffenceRecorded)
        assert [o.staff_ref for o in offences] == [ERASED, STAFF]  # before: erased; after: kept
        assert importer.verify().ok


def test_a_killed_import_leaves_no_key_behind(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16, item 5: the keys of new personal values used to be committed in a
    transaction of their own before the facts; an import killed in between left key rows that
    a later erasure "erased". They are now written in the facts' own transaction."""
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([registration()])
        before = raw.run("SELECT count(*) FROM antq_person_keys")[0][0]
        recorder: Any = ledger.log._app.recorder
        insert = recorder.insert_chunks

        def killed(chunks: Any) -> Any:
            def first_then_killed() -> Any:
                yield next(iter(chunks))  # its keys and facts sent, not committed
                raise KeyboardInterrupt("killed during the import's transaction")

            return insert(first_then_killed())

        monkeypatch.setattr(recorder, "insert_chunks", killed)
        with pytest.raises(KeyboardInterrupt):
            ledger.record_many(history()[1:])
        assert raw.run("SELECT count(*) FROM antq_person_keys")[0][0] == before
        with pytest.raises(NothingToErase):
            ledger.erase(STAFF, legal_basis="x", recorded_by="dpo", occurred_on=date(2025, 12, 1))
        monkeypatch.setattr(recorder, "insert_chunks", insert)
        ledger.record_many(history()[1:])  # the same import, run again: keys and facts
        assert STAFF in personal_of(ledger.facts(SUBJECT))
        assert raw.run("SELECT count(*) FROM antq_person_keys")[0][0] > before
        assert ledger.verify().ok
