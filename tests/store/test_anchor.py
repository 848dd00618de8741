"""Anchors outside the database (issue 16, item 2): ``antq anchor`` signs the chain head with
an Ed25519 key; ``antq verify --anchor`` fails once the log no longer extends that head, even
when an administrator rebuilt every table the library can see."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_integrity import Raw, populate

from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.store.anchor import AnchorError, read_anchor, sign_anchor
from builders import registration


@pytest.fixture
def raw(store: str) -> Iterator[Raw]:
    handle = Raw(store)
    yield handle
    handle.close()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "anchor.key"
    code, out, _ = cli(capsys, "anchor", "--new-key", str(path))
    assert code == 0 and "private key" in out
    return path


def test_key_files_are_private_and_never_overwritten(
    key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(Path(f"{key}.pub").stat().st_mode) == 0o644
    before = key.read_bytes()
    code, _, err = cli(capsys, "anchor", "--new-key", str(key))
    assert code != 0 and err.count("\n") == 1 and "already exists" in err
    assert key.read_bytes() == before
    key.chmod(0o644)
    with pytest.raises(AnchorError, match="readable by others"):
        sign_anchor(key, 1, "00" * 32, datetime(2026, 1, 1, tzinfo=UTC))


def _anchor(
    capsys: pytest.CaptureFixture[str], store: str, key: Path, out: Path
) -> dict[str, object]:
    code, text, err = cli(capsys, "--db", store, "anchor", "--key", str(key), "--out", str(out))
    assert code == 0, err
    assert "anchored head" in text
    return dict(json.loads(out.read_text()))


def test_the_log_extends_its_anchor_until_it_is_rewritten(
    open_ledger: Callable[[], Ledger],
    raw: Raw,
    store: str,
    key: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ledger = populate(open_ledger)
    anchor_file = tmp_path / "2025.anchor"
    body = _anchor(capsys, store, key, anchor_file)
    assert body["position"] == ledger.head() and body["head"] == ledger.verify().head
    pub = f"{key}.pub"
    check = ("--db", store, "verify", "--anchor", str(anchor_file), "--anchor-key", pub)
    assert cli(capsys, *check)[0] == 0
    ledger.record_many([registration("2100000003")])  # the log grows: it still extends it
    assert cli(capsys, *check)[0] == 0
    anchored = (int(str(body["position"])), bytes.fromhex(str(body["head"])))
    assert ledger.verify(anchor=anchored).ok  # the Python API

    # The full rewrite: a row edited, then the chain, its head, its seal mark and the
    # header flag removed; the library re-seals and, without the anchor, cannot tell.
    where = raw.positions()[2]
    raw.set_state(where, raw.state(where) + b" ")
    raw.run("DELETE FROM antq_chain")
    raw.run("DELETE FROM antq_chain_head")
    raw.run("DELETE FROM antq_meta WHERE name = 'chain_mark'")
    if not raw.postgres:
        raw.run("PRAGMA application_id = 0")
    assert ledger.verify().ok  # the documented limit of evidence kept inside the database
    assert not ledger.verify(anchor=anchored).ok
    code, _, err = cli(capsys, *check)
    assert code == 1 and err.count("\n") == 1
    assert f"position {body['position']}: the log differs from the head anchored" in err
    code, out, _ = cli(capsys, *check, "--format", "json")
    problem = json.loads(out)["problem"]
    assert (problem["kind"], problem["cause"]) == ("anchor_broken", "anchor_mismatch")


def test_a_log_cut_short_of_its_anchor_fails(
    open_ledger: Callable[[], Ledger],
    raw: Raw,
    store: str,
    key: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    populate(open_ledger)
    anchor_file = tmp_path / "a.json"
    body = _anchor(capsys, store, key, anchor_file)
    last = raw.positions()[-1]
    raw.run("DELETE FROM {events} WHERE {pos} = ?", last)
    raw.run("DELETE FROM antq_chain WHERE position = ?", last)
    prev = raw.run("SELECT position, link FROM antq_chain ORDER BY position DESC LIMIT 1")[0]
    raw.run("UPDATE antq_chain_head SET position = ?, link = ?", prev[0], prev[1])
    raw.run(
        "UPDATE antq_meta SET value = ? WHERE name = 'chain_mark'",
        int(prev[0]).to_bytes(8, "big", signed=True) + bytes(prev[1]),
    )
    assert cli(capsys, "--db", store, "verify")[0] == 0  # consistent inside the database
    code, _, err = cli(capsys, "--db", store, "verify", "--anchor", str(anchor_file))
    assert code == 1
    assert f"position {body['position']}: the log no longer reaches the head anchored" in err


def test_a_forged_or_foreign_anchor_is_refused(
    open_ledger: Callable[[], Ledger],
    store: str,
    key: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    populate(open_ledger)
    anchor_file = tmp_path / "a.json"
    body = _anchor(capsys, store, key, anchor_file)
    other = tmp_path / "other.key"
    cli(capsys, "anchor", "--new-key", str(other))
    with pytest.raises(AnchorError, match="signature does not verify"):
        read_anchor(anchor_file, f"{other}.pub")
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps({**body, "head": "11" * 32}))
    code, _, err = cli(
        capsys, "--db", store, "verify", "--anchor", str(forged), "--anchor-key", f"{key}.pub"
    )
    assert code != 0 and err.count("\n") == 1 and "signature does not verify" in err
    (tmp_path / "junk.json").write_text("{}")
    with pytest.raises(AnchorError, match="not an antq anchor file"):
        read_anchor(tmp_path / "junk.json")
    code, _, err = cli(
        capsys, "--db", store, "anchor", "--key", str(key), "--out", str(anchor_file)
    )
    assert code != 0 and "cannot be written" in err  # an anchor is never overwritten


def test_a_tampered_log_is_not_anchored(
    open_ledger: Callable[[], Ledger],
    raw: Raw,
    store: str,
    key: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    populate(open_ledger)
    where = raw.positions()[1]
    raw.set_state(where, raw.state(where) + b" ")
    code, out, err = cli(capsys, "--db", store, "anchor", "--key", str(key))
    assert code == 1 and out == "" and "not anchored: log tampered" in err
