"""Encryption at rest: AES-256-GCM of every stored row (eventsourcing's cipher), optional zlib.

On both stores: the store's bytes (the SQLite file with its write-ahead log; every table of the
PostgreSQL schema, as SELECT returns it) hold no plaintext of a known marker; the key opens
the store and a wrong or missing key fails with a project error; the hash chain still verifies
and still finds a changed row, because it hashes the stored ciphertext.
"""

from __future__ import annotations

import base64
import os
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from antq_compliance import IncidentOccurred, Ledger
from antq_compliance.cli.main import main
from antq_compliance.domain.errors import (
    AntqError,
    KeyRequired,
    StoreConfigurationError,
    UnreadableRow,
    WrongKey,
)
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.vocabulary import IncidentKind, Severity
from antq_compliance.store.chain.report import TamperKind
from builders import SUBJECT, compliant_year, draft, registration

MARKER = "Dấu-hiệu-bí-mật Zq7-XK41"
"""A text that must never appear in the store while it is encrypted (NFC, with diacritics)."""


def new_key() -> str:
    return base64.b64encode(os.urandom(32)).decode("ascii")


def marker_forms(marker: str = MARKER) -> list[bytes]:
    """The marker as it could sit in storage: UTF-8 NFC and NFD, and the ASCII part alone."""
    return [
        marker.encode("utf-8"),
        unicodedata.normalize("NFD", marker).encode("utf-8"),
        marker.split()[-1].encode("ascii"),
    ]


class StoreBytes:
    """Everything a reader of the database sees, bypassing the library."""

    def __init__(self, store: str) -> None:
        self.store = store
        self.postgres = store.startswith("postgresql")

    def blobs(self) -> Iterator[bytes]:
        if not self.postgres:  # the file itself, its write-ahead log and shared memory
            for suffix in ("", "-wal", "-shm", "-journal"):
                path = Path(self.store + suffix)
                if path.exists():
                    yield path.read_bytes()
            return
        import psycopg
        from psycopg import sql

        base, schema = self.store.split("?schema=")
        with psycopg.connect(base, autocommit=True) as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                    (schema,),
                )
            ]
            assert tables, f"no tables in schema {schema}"
            for table in tables:
                query = sql.SQL("SELECT * FROM {}.{}").format(
                    sql.Identifier(schema), sql.Identifier(table)
                )
                for row in conn.execute(query):
                    for value in row:
                        yield _as_bytes(value)

    def scan(self, needles: list[bytes]) -> tuple[int, list[bytes]]:
        """(bytes scanned, the needles found)."""
        scanned, found = 0, set()
        for blob in self.blobs():
            scanned += len(blob)
            found |= {n for n in needles if n in blob}
        return scanned, sorted(found)

    def run(self, statement: str, *params: object) -> list[tuple[Any, ...]]:
        """SQL on the events table: ``{events}`` and ``{pos}`` name it and its position."""
        if self.postgres:
            import psycopg
            from psycopg import sql

            base, schema = self.store.split("?schema=")
            text = statement.format(events="antq_events", pos="notification_id")
            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
                cursor = conn.execute(text.replace("?", "%s").encode(), params)
                return [tuple(r) for r in cursor.fetchall()] if cursor.description else []
        lite = sqlite3.connect(self.store, isolation_level=None)
        try:
            rows = lite.execute(statement.format(events="stored_events", pos="rowid"), params)
            return [tuple(r) for r in rows.fetchall()]
        finally:
            lite.close()


def _as_bytes(value: object) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


def incident(fact_id: str = "vv-marker", text: str = MARKER, subject: str = SUBJECT) -> Any:
    return draft(
        fact_id,
        IncidentOccurred(
            kind=IncidentKind.FIRE_EXPLOSION, severity=Severity.MINOR, description=text
        ),
        date(2024, 7, 1),
        subject,
    )


def a_year() -> list[Any]:
    return [registration(), *compliant_year(2024), incident()]


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: datetime(2025, 12, 1, 9, 0, tzinfo=UTC)


# --- no plaintext at rest ---------------------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True], ids=["aes", "zlib+aes"])
def test_the_store_holds_no_plaintext_of_the_marker(
    store: str, clock: Callable[[], datetime], compress: bool
) -> None:
    key = new_key()
    with Ledger(store, clock=clock, cipher_key=key, compress=compress, actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
        status = ledger.status(SUBJECT, 2024, as_of=date(2024, 12, 31))
        described = [f.data for f in ledger.facts(SUBJECT) if isinstance(f.data, IncidentOccurred)]
    assert [d.description for d in described] == [MARKER]  # read back with the key
    scanned, found = StoreBytes(store).scan(marker_forms())
    assert found == [], f"plaintext in the store: {found}"
    assert scanned > 2_000, "the scan read the store"
    with Ledger(store, clock=clock, cipher_key=key, actor=SYSTEM) as again:  # the key reopens it
        assert again.status(SUBJECT, 2024, as_of=date(2024, 12, 31)) == status


def test_without_a_key_the_marker_is_in_the_store(
    store: str, clock: Callable[[], datetime]
) -> None:
    """The control of the test above: the scan does find plaintext when it is there."""
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
    _, found = StoreBytes(store).scan(marker_forms())
    assert MARKER.encode("utf-8") in found


def test_compression_is_applied_before_the_cipher(
    store: str, clock: Callable[[], datetime]
) -> None:
    long = ("Tuần tra bảo vệ tài sản khu nhà xưởng. " * 20).strip()
    key = new_key()
    sizes = []
    for number, compress in enumerate((False, True)):
        with Ledger(store, clock=clock, cipher_key=key, compress=compress, actor=SYSTEM) as ledger:
            ledger.record_many([registration(), incident(f"vv-{number}", long)])
            last = ledger.head()
            assert ledger.facts(SUBJECT)[-1].data == incident(f"vv-{number}", long).data
        (state,) = StoreBytes(store).run("SELECT state FROM {events} WHERE {pos} = ?", last)[0]
        sizes.append(len(bytes(state)))
    assert sizes[1] < sizes[0] / 2, f"compressed {sizes[1]} bytes, not {sizes[0]}"


# --- keys -------------------------------------------------------------------------------------


def test_a_wrong_key_fails_clearly_and_reads_nothing(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, cipher_key=new_key(), actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
    with pytest.raises(WrongKey) as caught:
        Ledger(store, clock=clock, cipher_key=new_key(), actor=SYSTEM)
    assert isinstance(caught.value, AntqError)
    assert "does not open the store" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_without_the_key_nothing_is_read_or_written_but_verify_works(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, cipher_key=new_key(), actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
        head = ledger.head()
    with Ledger(store, clock=clock, actor=SYSTEM) as locked:
        with pytest.raises(KeyRequired, match="is encrypted: give its key"):
            locked.facts(SUBJECT)
        with pytest.raises(KeyRequired):
            locked.record_many([registration("2100000002")])
        report = locked.verify()
        assert report.ok and report.checked == head
        assert locked.head() == head


@pytest.mark.parametrize("bad", ["", "not base64!", base64.b64encode(b"short").decode()])
def test_a_malformed_key_is_refused(store: str, bad: str) -> None:
    with pytest.raises(StoreConfigurationError, match="32 random bytes in base64"):
        Ledger(store, cipher_key=bad, actor=SYSTEM)


@pytest.mark.parametrize("lead", [b"x", b"{"])
def test_a_ciphertext_that_starts_like_a_plain_row_still_does_not_decrypt(
    store: str, clock: Callable[[], datetime], lead: bytes
) -> None:
    """Rows written before the cipher was on start with ``{`` (JSON) or ``x`` (zlib) and read
    as they are; a changed ciphertext starting with either byte is still refused as one that
    does not decrypt (a random nonce starts so once in 128 rows)."""
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, cipher_key=new_key(), compress=True, actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
        last = ledger.head()
        (state,) = raw.run("SELECT state FROM {events} WHERE {pos} = ?", last)[0]
        state = bytes(state)  # the first byte set, the second flipped: changed in any case
        changed = lead + bytes([state[1] ^ 1]) + state[2:]
        raw.run("UPDATE {events} SET state = ? WHERE {pos} = ?", changed, last)
        with pytest.raises(UnreadableRow, match="does not decrypt with this key"):
            ledger.facts(SUBJECT)


# --- tamper evidence with encryption on -------------------------------------------------------


def test_the_chain_hashes_the_ciphertext_and_finds_a_changed_row(
    store: str, clock: Callable[[], datetime]
) -> None:
    key = new_key()
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, cipher_key=key, compress=True, actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
        report = ledger.verify()
        assert report.ok and report.checked == len(a_year())
        last = ledger.head()
        (state,) = raw.run("SELECT state FROM {events} WHERE {pos} = ?", last)[0]
        state = bytes(state)
        assert MARKER.encode() not in state
        # One bit of the ciphertext changed: the chain names the row; decoding it refuses.
        changed = state[:40] + bytes([state[40] ^ 1]) + state[41:]
        raw.run("UPDATE {events} SET state = ? WHERE {pos} = ?", changed, last)
        problem = ledger.verify().problem
        assert problem is not None and problem.kind is TamperKind.ALTERED
        assert problem.position == last
        with pytest.raises(UnreadableRow, match="does not decrypt with this key"):
            ledger.facts(SUBJECT)
    # Verifying needs no key: the walk hashes the stored bytes, it decrypts nothing.
    with Ledger(store, clock=clock, actor=SYSTEM) as locked:
        problem = locked.verify().problem
        assert problem is not None and problem.position == last


def test_switching_the_cipher_on_later_keeps_old_rows_readable(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as plain:
        plain.record_many([registration()])
    key = new_key()
    with Ledger(store, clock=clock, cipher_key=key, actor=SYSTEM) as secret:
        secret.record_many([*compliant_year(2024), incident()])
        assert len(secret.facts(SUBJECT)) == len(a_year())
        assert secret.verify().ok
    with pytest.raises(WrongKey):
        Ledger(store, clock=clock, cipher_key=new_key(), actor=SYSTEM)


# --- the command line -------------------------------------------------------------------------


def test_cli_keygen_key_file_and_a_wrong_key(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keygen"]) == 0
    key = capsys.readouterr().out.strip()
    assert len(base64.b64decode(key)) == 32
    key_file = tmp_path / "antq.key"
    key_file.write_text(key + "\n", encoding="ascii")
    events = tmp_path / "events.jsonl"
    events.write_text(
        '{"id":"reg-1","type":"SubjectRegistered","subject":"1234567","occurred_on":'
        '"2024-01-06","recorded_by":"bv-antt-01","data":{"kind":"agency","name":"'
        + MARKER
        + '","has_party_organisation":true,"province":"Vĩnh Long","headcount":35}}\n',
        encoding="utf-8",
    )
    argv = ["--db", store, "--key-file", str(key_file)]
    assert main([*argv, "--compress", "--role", "system", "import", str(events)]) == 0
    assert main([*argv, "subjects"]) == 0
    assert MARKER in capsys.readouterr().out
    assert StoreBytes(store).scan(marker_forms())[1] == []
    key_file.write_text(new_key(), encoding="ascii")
    assert main(["--db", store, "--key-file", str(key_file), "subjects"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("antq: error: the key given does not open the store")
    assert "Traceback" not in err
    assert main(["--db", store, "verify"]) == 0  # no key needed


def test_the_key_can_come_from_the_environment(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ANTQ_CIPHER_KEY`` (eventsourcing's ``CIPHER_KEY``, prefixed by the application name)."""
    monkeypatch.setenv("ANTQ_CIPHER_KEY", new_key())
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(a_year())
    assert StoreBytes(store).scan(marker_forms())[1] == []
    monkeypatch.delenv("ANTQ_CIPHER_KEY")
    with Ledger(store, clock=clock, actor=SYSTEM) as locked, pytest.raises(KeyRequired):
        locked.facts(SUBJECT)


def test_keygen_never_leaves_a_key_readable_by_others(tmp_path: Path) -> None:
    """Issue 16, item 10 (keys written 0600): ``antq keygen > key`` under the usual umask
    022 used to leave a world-readable key file; ``--out`` writes 0600 and never overwrites."""
    import shutil
    import stat
    import subprocess
    import sys

    antq = shutil.which("antq", path=str(Path(sys.executable).parent))
    assert antq is not None
    redirected = tmp_path / "redirected.key"
    subprocess.run(["sh", "-c", f"umask 022 && '{antq}' keygen > '{redirected}'"], check=True)
    assert stat.S_IMODE(redirected.stat().st_mode) == 0o600
    assert len(base64.b64decode(redirected.read_text().strip())) == 32
    out = tmp_path / "out.key"
    assert main(["keygen", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = out.read_bytes()
    assert main(["keygen", "--out", str(out)]) != 0
    assert out.read_bytes() == first
