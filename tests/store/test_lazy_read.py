"""Personal values opened only when read (``store/payloads.py``: ``Sealed``), on both stores.

The evaluating read paths (``lazy=True``: replay, statuses, ``Ledger.status``, the follower,
the report projection) leave each personal value sealed until a reason, a comparison or a
display reads it. What they give must be exactly what the eager path gives: the same statuses
word for word (reasons quote ``staff_ref``, ``assessed_by``...), the same value when read,
``ERASED`` once the key is gone.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import orjson
import pytest
from test_erasure import AS_OF, CHAIR, CLERK, OTHER, STAFF, YEARS, history

from antq_compliance import Fact, Ledger, ReviewMeetingHeld, StaffOffenceRecorded
from antq_compliance.cli.render.province import report_json
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.privacy import ERASED, personal_fields
from antq_compliance.projections.reports.projection import ReportProjection
from antq_compliance.regulation.evaluation import evaluate
from antq_compliance.regulation.results import AsOf
from antq_compliance.store.payloads import Sealed
from antq_compliance.store.vault import tokens as _tokens
from builders import SUBJECT


def _personal(fact: Fact) -> list[object]:
    values: list[object] = [fact.recorded_by]
    return values + [getattr(fact.data, n) for n in personal_fields(type(fact.data))]


def _count_key_reads(ledger: Ledger) -> list[int]:
    vault = ledger.log._payloads.vault
    calls = [0]
    original = vault.keys

    def counting(ids: object) -> object:
        calls[0] += 1
        return original(ids)  # type: ignore[arg-type]

    vault.keys = counting  # type: ignore[method-assign,assignment]
    return calls


def test_a_lazy_read_opens_nothing_until_a_value_is_read(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([*history(), *history(OTHER)])
        eager = [fact for _, fact in ledger.log.scan()]
    opened = [0]
    original = _tokens._open

    def counting_open(key_id: str, key: bytes, text: bytes) -> str:
        opened[0] += 1
        return original(key_id, key, text)

    monkeypatch.setattr(_tokens, "_open", counting_open)
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:  # no key cached yet
        calls = _count_key_reads(ledger)
        lazy = [fact for _, fact in ledger.log.scan(lazy=True)]
        assert opened[0] == 0  # no token decrypted
        assert calls[0] == 1  # the keys of the batch, in one query
        sealed = [v for f in lazy for v in _personal(f) if isinstance(v, Sealed)]
        assert len(sealed) == sum(1 for f in eager for v in _personal(f) if isinstance(v, str))
        assert all(str.__str__(v).startswith("\x01p:") for v in sealed)  # still the token
        for before, after in zip(eager, lazy, strict=True):
            assert [str(v) for v in _personal(after)] == _personal(before)
            assert after == before  # compared value by value, opened
        assert calls[0] == 1 and opened[0] > 0  # opened when read, from the batch's keys
        offence = next(f.data for f in lazy if isinstance(f.data, StaffOffenceRecorded))
        assert f"{offence.staff_ref}" == STAFF and f"{offence.staff_ref:>12}" == f"{STAFF:>12}"
        assert repr(offence.staff_ref) == repr(STAFF) and offence.staff_ref == STAFF
        assert hash(offence.staff_ref) == hash(STAFF) and {offence.staff_ref} == {STAFF}
        chair = next(f.data for f in lazy if isinstance(f.data, ReviewMeetingHeld))
        assert str(chair.chaired_by) == CHAIR and str(lazy[0].recorded_by) == CLERK
        # a copy or a pickle holds the opened value, never the token
        assert copy.copy(offence.staff_ref) == STAFF
        assert pickle.loads(pickle.dumps(offence.staff_ref)) == STAFF
        assert type(pickle.loads(pickle.dumps(offence.staff_ref))) is str


def test_lazy_statuses_equal_eager_ones_before_and_after_an_erasure(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many([*history(), *history(OTHER)])
        for erase in (False, True):
            if erase:
                ledger.erase(
                    STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1)
                )
            for year in YEARS:
                lazy = list(ledger.statuses(year, as_of=AS_OF[year]))  # lazy read path
                single = [ledger.status(s.subject, year, as_of=AS_OF[year]) for s in lazy]
                eager = [  # the facts as handed out, every value opened
                    evaluate(s.subject, ledger.facts(s.subject), year, AsOf(business=AS_OF[year]))
                    for s in lazy
                ]
                assert lazy == eager == single and len(lazy) == 2
            projection = ledger.replay(YEARS, keep_facts=False)
            assert ledger.replay_differences(projection) == []  # the check reads eagerly
            held = ledger.replay(YEARS)
            assert held.statuses == projection.statuses
            reason = projection.statuses[(SUBJECT, 2024)].criterion("TT124.D6.K3.h").reason_vi
            assert (ERASED in reason) is erase and (STAFF in reason) is not erase


def test_facts_handed_out_are_opened_never_sealed(
    store: str, clock: Callable[[], datetime]
) -> None:
    """What a caller receives (``facts``, ``explain``'s evidence, a commune's units among it,
    a replay that keeps facts) holds plain values: only evaluations read lazily."""
    from test_communes import COMMUNE, UNITS, registered, territory

    from antq_compliance.codec.facts import fact_to_json

    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.record_many(territory())
        ledger.record_many([registered(u) for u in UNITS])
        explained = ledger.explain(COMMUNE, "TT124.D5.K4", 2024, as_of=date(2024, 11, 19))
        handed = [
            *explained.evidence,
            *ledger.facts(COMMUNE),
            *(f for facts in ledger.replay([2024]).facts.values() for f in facts),
        ]
        assert any("/" in i for i in explained.result.evidence)  # the commune's units' facts
        assert len(explained.evidence) > 1
        for fact in handed:
            assert not any(isinstance(v, Sealed) for v in _personal(fact)), fact.id
            assert "\\u0001p:" not in str(fact_to_json(fact)) and "\x01p:" not in str(
                fact_to_json(fact)
            )


def test_a_lazy_rebuild_of_the_province_example_equals_a_fresh_evaluation(
    store: str, tmp_path: Path
) -> None:
    """Every kind of subject (communes whose rules read their areas' incidents included),
    several years: the lazy rebuild, the lazy audit and the follower against eager reads."""
    import importlib.util
    import sys

    from test_report_generator import SCRIPT  # the example's generator

    from antq_compliance.application.follow import StatusFollower

    spec = importlib.util.spec_from_file_location("tra_vinh_generate_lazy", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    path = tmp_path / "province.jsonl"
    assert module.main(["--out", str(path)]) == 0
    with Ledger(store, clock=lambda: datetime(2025, 12, 1, tzinfo=UTC), actor=SYSTEM) as ledger:
        ledger.import_jsonl(path)
        years = (2022, 2024)
        projection = ledger.replay(years, keep_facts=False)  # lazy
        assert len(projection.statuses) > 300
        assert ledger.replay_differences(projection) == []  # eager
        assert ledger.audit(2022)  # lazy streams, the communes' units opened
        # A report evaluates its units from lazily read streams; one read opened says the same.
        lazy_reports = ledger.report_projection()
        assert lazy_reports.evaluated_streams is not None
        eager_reports = ReportProjection(rulebook=ledger.rulebook, streams=ledger.log.read_many)
        eager_reports.apply_all(ledger.log.scan())
        for year in years:
            lazy_report = lazy_reports.report("Trà Vinh", year, former=True)
            eager_report = eager_reports.report("Trà Vinh", year, former=True)
            assert lazy_report.value("units.total") > 300
            # as the JSON bytes, not ==: a sealed value compares equal to its opened self, but
            # orjson would write its token
            assert orjson.dumps(report_json(lazy_report)) == orjson.dumps(report_json(eager_report))
        if store != ":memory:":
            view = None if "postgresql" in store else str(tmp_path / "v.status")
            with StatusFollower(store, years, view=view) as follower:
                follower.catch_up(batch=3_000)
                assert follower.check().ok


def test_a_postgres_status_brings_its_unit_keys_with_its_rows(
    store: str, clock: Callable[[], datetime]
) -> None:
    """On PostgreSQL ``Ledger.status`` reads the stream, the erasure epoch and the keys made
    for the unit in one statement (the index ``antq_person_keys_scope``): a cold reader asks
    the key table nothing more, a destroyed key comes back as such (erased), and a store whose
    owner has not created the index yet is read as before, the keys fetched by id."""
    if not store.startswith("postgres"):
        pytest.skip("PostgreSQL only: SQLite reads its keys in-process")
    import psycopg

    def reason(ledger: Ledger) -> str:
        status = ledger.status(SUBJECT, 2024, as_of=AS_OF[2024])
        return status.criterion("TT124.D6.K3.h").reason_vi

    with Ledger(store, clock=clock, actor=SYSTEM) as writer:
        writer.record_many([*history(), *history(OTHER)])
        expected = writer.status(SUBJECT, 2024, as_of=AS_OF[2024])
    with Ledger(store, clock=clock, actor=SYSTEM) as cold:
        calls = _count_key_reads(cold)
        assert cold.status(SUBJECT, 2024, as_of=AS_OF[2024]) == expected
        assert STAFF in reason(cold) and calls[0] == 0
    with Ledger(store, clock=clock, actor=SYSTEM) as eraser:
        eraser.erase(STAFF, legal_basis="x", recorded_by="dpo-01", occurred_on=date(2025, 12, 1))
    with Ledger(store, clock=clock, actor=SYSTEM) as cold:
        calls = _count_key_reads(cold)
        assert ERASED in reason(cold) and STAFF not in reason(cold) and calls[0] == 0
        erased = cold.status(SUBJECT, 2024, as_of=AS_OF[2024])
    base, schema = store.split("?schema=")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP INDEX "{schema}".antq_person_keys_scope')
    with Ledger(store, clock=clock, actor=SYSTEM, env={"CREATE_TABLE": "no"}) as old:
        calls = _count_key_reads(old)
        assert old.status(SUBJECT, 2024, as_of=AS_OF[2024]) == erased
        assert calls[0] == 1  # no index: the keys of the stream by id, one query
    with Ledger(store, clock=clock, actor=SYSTEM) as owner:  # the owner's open makes it again
        calls = _count_key_reads(owner)
        assert owner.status(SUBJECT, 2024, as_of=AS_OF[2024]) == erased and calls[0] == 0
