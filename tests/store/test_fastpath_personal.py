"""The personal-data caches on the read and write paths (``_personal.PersonalData``), both stores.

A read checks a counter of destroyed keys (one row of ``antq_meta``, by primary key) instead of
counting the key table; the caches of keys, tokens and opened values stay under their limit
however long the log is; the keys of a batch of rows are fetched in one query; and each distinct
token of a batch is decrypted once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime

import pytest
from test_encryption import StoreBytes
from test_erasure import STAFF, history

from antq_compliance import Ledger
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.privacy import ERASED, personal_values, replace_personal
from antq_compliance.store.vault import tokens as _personal
from builders import SUBJECT

SUBJECTS = [SUBJECT, *(f"21000{i:05d}" for i in range(11, 22))]


def _counter(raw: StoreBytes) -> int:
    ((value,),) = raw.run("SELECT value FROM antq_meta WHERE name = 'erasures'")
    return int(bytes(value) if not isinstance(value, str) else value.encode())


def _erased(raw: StoreBytes) -> int:
    ((n,),) = raw.run("SELECT count(*) FROM antq_person_keys WHERE erased_at IS NOT NULL")
    return int(n)


def test_the_erasure_counter_moves_with_each_destroy(
    store: str, clock: Callable[[], datetime]
) -> None:
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for s in SUBJECTS[:3] for d in history(s)])
        vault = ledger.log._payloads.vault
        assert vault.epoch() == _counter(raw) == 0
        ledger.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
        assert vault.epoch() == _counter(raw) == _erased(raw) == 3  # one key per unit
        assert vault.destroy([k for k, _ in vault.live("bv-antt-thu-ky-42", SUBJECTS[0])]) == 1
        assert vault.epoch() == _counter(raw) == _erased(raw) == 4


def test_a_store_without_the_counter_counts_its_erasures_once(
    store: str, clock: Callable[[], datetime]
) -> None:
    raw = StoreBytes(store)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for s in SUBJECTS[:2] for d in history(s)])
        ledger.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
    raw.run("DELETE FROM antq_meta WHERE name = 'erasures'")  # as made by an older version
    with (
        Ledger(store, clock=clock, actor=SYSTEM) as reader,
        Ledger(store, clock=clock, actor=SYSTEM) as eraser,
    ):
        assert _counter(raw) == _erased(raw) == 2
        assert reader.log._payloads.vault.epoch() == 2
        before = [f.recorded_by for f in reader.facts(SUBJECTS[1])]
        assert set(before) == {"bv-antt-thu-ky-42"}
        eraser.erase(
            "bv-antt-thu-ky-42",
            legal_basis="x",
            recorded_by="dpo-01",
            occurred_on=date(2025, 12, 1),
        )
        assert _counter(raw) == _erased(raw) == 4
        assert {f.recorded_by for f in reader.facts(SUBJECTS[1])} == {ERASED}


def test_the_caches_stay_bounded_and_reads_stay_exact(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as writer:
        writer.log._payloads.personal.limit = 4
        for subject in SUBJECTS:  # one batch per unit: the write caches are emptied between
            writer.record_many(history(subject))
        personal = writer.log._payloads.personal
        assert len(personal._write_keys) <= 4 + 4 and len(personal._tokens) <= 4 * 3
    with Ledger(store, clock=clock, actor=SYSTEM) as reader:
        expected = [(p, f) for p, f in reader.log.scan()]
        assert {f.recorded_by for _, f in expected} == {"bv-antt-thu-ky-42"}
    with Ledger(store, clock=clock, actor=SYSTEM) as reader:
        personal = reader.log._payloads.personal
        personal.limit = 4
        fetched: list[Collection[str] | None] = []
        vault_keys = personal.vault.keys

        def keys(ids: Collection[str] | None) -> dict[str, bytes]:
            fetched.append(None if ids is None else set(ids))
            return vault_keys(ids)

        monkeypatch.setattr(personal.vault, "keys", keys)
        batch = 40
        seen = list(reader.log.scan(batch=batch))
        assert seen == expected
        assert None not in fetched  # never every key of the store at once
        assert len(fetched) <= -(-len(expected) // batch)  # at most one query per batch
        assert len(personal._read_keys) <= 4 + 2 * batch and len(personal._opened) <= 4 + 2 * batch


def test_each_distinct_token_of_a_batch_is_decrypted_once(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([d for s in SUBJECTS[:4] for d in history(s)])
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        rows = ledger.log._rows(0, 100_000)
        tokens = {
            m.group(0)
            for _, topic, state in rows
            for m in _personal._TOKEN.finditer(ledger.log._payloads.unwrap(topic, state))
        }
        opened: list[str] = []
        real = _personal._open

        def counting(key_id: str, key: bytes, text: bytes) -> str:
            opened.append(key_id)
            return real(key_id, key, text)

        monkeypatch.setattr(_personal, "_open", counting)
        facts = [f for _, f in ledger.log.scan()]
        assert len(facts) > len(tokens) > 4  # tokens repeat across facts
        assert len(opened) == len(tokens)


def test_sealing_replaces_values_as_privacy_does() -> None:
    drafts = [d for s in SUBJECTS[:2] for d in history(s)]
    paths = set()
    for d in drafts:
        tokens = {v.path: f"\x01p:{v.path}:{i}" for i, v in enumerate(personal_values(d))}
        paths |= set(tokens)
        assert _personal._personal(d) == [(v.path, v.value) for v in personal_values(d)]
        fast = _personal._replace(d, tokens)
        assert type(fast) is type(d) and type(fast.data) is type(d.data)
        assert fast == replace_personal(d, tokens)
        assert {v.path: v.value for v in personal_values(fast)} == tokens
    assert "recorded_by" in paths and any(p.startswith("data.") for p in paths)


def test_one_person_written_two_ways_in_one_batch_gets_one_key(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        vault = ledger.log._payloads.vault
        pairs = [(SUBJECT, "Công an tỉnh"), (SUBJECT, "công  an TỈNH"), (SUBJECTS[1], "x")]
        found = vault.keys_for(pairs)
        assert set(found) == set(pairs)
        assert found[pairs[0]] == found[pairs[1]] != found[pairs[2]]
        assert vault.keys_for(pairs[:1]) == {pairs[0]: found[pairs[0]]}  # found again
