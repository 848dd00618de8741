"""A commune's clause 4 (TT124.D5.K4) reads the units it manages: its status follows their
registrations and recognitions, as of the right dates, in every query — status, history, diff,
re-judgement, replay (both modes), the follower's view and the audit — on both stores."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import attrs
import pytest

from antq_compliance import (
    AuthorityLevel,
    DecisionOutcome,
    FactDraft,
    Ledger,
    ProfileChanged,
    RecognitionDecided,
    StandardRegistrationFiled,
    Status,
    SubjectKind,
    SubjectRegistered,
)
from antq_compliance.application.follow import StatusFollower
from antq_compliance.domain.vocabulary import CommuneType, LocalType
from builders import draft, registration
from conftest import FakeClock

COMMUNE = "29254"
OTHER_COMMUNE = "29255"
CLAUSE = "TT124.D5.K4"
AS_OF = date(2024, 12, 31)


def commune(code: str = COMMUNE) -> FactDraft:
    return draft(
        f"{code}-reg",
        SubjectRegistered(
            kind=SubjectKind.COMMUNE,
            name=f"Phường {code[-1]}",
            has_party_organisation=True,
            province="Trà Vinh",
            commune_type=CommuneType.PHUONG,
        ),
        date(2020, 1, 1),
        code,
    )


def area(ref: str, code: str = COMMUNE) -> list[FactDraft]:
    subject = f"{code}-{ref}"
    return [
        draft(
            f"{subject}-reg",
            SubjectRegistered(
                kind=SubjectKind.RESIDENTIAL_AREA,
                name=f"Khóm {ref}",
                has_party_organisation=True,
                province="Trà Vinh",
                commune=f"Phường {code[-1]}",
                local_type=LocalType.KHOM,
            ),
            date(2020, 1, 1),
            subject,
        )
    ]


def enterprise(n: int, code: str = COMMUNE) -> list[FactDraft]:
    subject = f"21000{n:05d}"
    placed = ProfileChanged(commune_code=code, managed_by=AuthorityLevel.COMMUNE)
    return [registration(subject), draft(f"{subject}-dia-ban", placed, date(2020, 1, 2), subject)]


def registered(subject: str, on: date = date(2024, 2, 1)) -> FactDraft:
    return draft(f"{subject}-dk", StandardRegistrationFiled(year=2024), on, subject)


def decision(subject: str, on: date, outcome: DecisionOutcome) -> FactDraft:
    return draft(
        f"{subject}-qd",
        RecognitionDecided(
            year=2024,
            authority_level=AuthorityLevel.COMMUNE,
            authority="UBND phường",
            decision_number="1/QĐ-UBND",
            outcome=outcome,
            certificate_number="1/GCN" if outcome is DecisionOutcome.RECOGNISED else None,
        ),
        on,
        subject,
    )


UNITS = [f"{COMMUNE}-KHOM{n}" for n in (1, 2)] + [f"21000{n:05d}" for n in (1, 2, 3)]
"""Two residential areas and three enterprises the commune manages: 5 units, 70% is 3.5."""


def territory() -> list[FactDraft]:
    drafts = [commune(), commune(OTHER_COMMUNE)]
    drafts += area("KHOM1") + area("KHOM2") + area("KHOM9", OTHER_COMMUNE)
    drafts += enterprise(1) + enterprise(2) + enterprise(3) + enterprise(9, OTHER_COMMUNE)
    drafts.append(registration("2100000008"))  # an enterprise on no recorded territory
    return drafts


def clause4(ledger: Ledger, **kwargs: object) -> Status:
    status = ledger.status(COMMUNE, 2024, as_of=kwargs.pop("as_of", AS_OF), **kwargs)  # type: ignore[arg-type]
    found: Status = status.criterion(CLAUSE).status
    return found


@pytest.fixture
def follower(store: str, ledger: Ledger) -> Iterator[Callable[[], StatusFollower]]:
    opened: list[StatusFollower] = []

    def make() -> StatusFollower:
        f = StatusFollower(store, (2024,))
        opened.append(f)
        return f

    yield make
    for f in opened:
        f.close()


def test_clause_4_counts_the_units_the_commune_manages_and_only_those(ledger: Ledger) -> None:
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[:3]]
    )
    result = ledger.status(COMMUNE, 2024, as_of=AS_OF).criterion(CLAUSE)
    assert result.status is Status.NOT_MET  # 3 of 5 = 60%
    assert "3/5 (60%)" in result.reason_vi
    assert f"{UNITS[0]}/{UNITS[0]}-qd" in result.evidence  # evidence names each unit's fact
    assert not any(e.startswith(("29255", "2100000009", "2100000008")) for e in result.evidence)
    # a recognition may still come until the units' deadline (before 20/11)
    assert clause4(ledger, as_of=date(2024, 11, 18)) is Status.PENDING
    assert clause4(ledger, as_of=date(2024, 11, 19)) is Status.NOT_MET
    ledger.record(
        UNITS[3],
        decision(UNITS[3], date(2024, 11, 15), DecisionOutcome.RECOGNISED).data,
        occurred_on=date(2024, 11, 15),
        recorded_by="ubnd",
        id=f"{UNITS[3]}-qd",
    )
    assert clause4(ledger) is Status.MET  # 4 of 5 = 80%
    assert clause4(ledger, as_of=date(2024, 11, 15)) is Status.MET  # dated 15/11: counts then
    assert clause4(ledger, as_of=date(2024, 11, 14)) is Status.PENDING  # 3/5 then, due 19/11


def test_one_unit_not_registered_fails_clause_4(ledger: Ledger) -> None:
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS[1:]])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[1:]]
    )
    result = ledger.status(COMMUNE, 2024, as_of=AS_OF).criterion(CLAUSE)
    assert result.status is Status.NOT_MET
    assert f"chưa đăng ký: {UNITS[0]}" in result.reason_vi


def test_a_unit_moving_to_another_commune_counts_where_it_is_on_the_day(ledger: Ledger) -> None:
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[:3]]
    )
    moved = ProfileChanged(commune_code=OTHER_COMMUNE)
    ledger.record(UNITS[4], moved, occurred_on=date(2024, 6, 1), recorded_by="x", id="chuyen")
    result = ledger.status(COMMUNE, 2024, as_of=AS_OF).criterion(CLAUSE)
    assert result.status is Status.MET and "3/4 (75%)" in result.reason_vi


def test_history_diff_and_rejudge_of_a_commune_follow_its_units(
    ledger: Ledger, clock: FakeClock
) -> None:
    clock.set("2024-11-14T12:00:00+00:00")
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[:3]]
    )
    before = clock.now
    clock.set("2024-11-20T01:00:00+00:00")
    late = decision(UNITS[4], date(2024, 11, 15), DecisionOutcome.RECOGNISED)
    ledger.record(UNITS[4], late.data, occurred_on=late.occurred_on, recorded_by="x", id=late.id)
    changes = ledger.history(COMMUNE, 2024, as_of=AS_OF)
    last = changes[-1]
    assert last.recorded_at == clock.now
    assert last.facts == (f"{UNITS[4]}/{late.id}",)
    assert [(c.id, c.before, c.after) for c in last.criteria] == [
        (CLAUSE, Status.NOT_MET, Status.MET)
    ]
    delta = ledger.diff(COMMUNE, 2024, known_from=before, known_to=clock.now, as_of=AS_OF)
    assert [f.id for f in delta.facts] == [late.id]
    assert [(c.id, c.after) for c in delta.criteria] == [(CLAUSE, Status.MET)]
    again = ledger.rejudge(COMMUNE, 2024, before="TT124", as_of=AS_OF)
    assert again.before.criterion(CLAUSE).status is Status.MET


def test_replay_and_the_follower_re_evaluate_a_commune_when_a_unit_changes(
    ledger: Ledger, follower: Callable[[], StatusFollower]
) -> None:
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[:3]]
    )
    f = follower()
    f.catch_up()
    assert _view_clause(f) == "not_met"  # as of 19/11, when the commune's year is settled: 3/5
    for keep in (True, False):
        projection = ledger.replay([2024], keep_facts=keep)
        assert ledger.replay_differences(projection) == []
    maintained = ledger.replay([2024], keep_facts=False)
    ledger.record_many([decision(UNITS[3], date(2024, 11, 15), DecisionOutcome.RECOGNISED)])
    ledger.follow(maintained)  # only the unit was touched: its commune is re-evaluated too
    assert maintained.statuses[(COMMUNE, 2024)].criterion(CLAUSE).status is Status.MET
    assert ledger.replay_differences(maintained) == []
    kept = ledger.replay([2024])
    ledger.record_many([decision(UNITS[4], date(2024, 11, 16), DecisionOutcome.RECOGNISED)])
    ledger.follow(kept)
    assert ledger.replay_differences(kept) == []
    f.catch_up()  # the unit's decision of 15/11 reaches its commune's row: 4/5 as of 15/11
    assert f.check().ok
    assert _view_clause(f) == "met"


def _view_clause(f: StatusFollower) -> str:
    import orjson

    (row,) = [r for r in f.view.rows(year=2024) if r.subject == COMMUNE]
    status = orjson.loads(row.status)
    found: str = next(c["status"] for c in status["criteria"] if c["id"] == CLAUSE)
    return found


def test_a_decision_recognising_a_commune_is_audited_with_its_units(ledger: Ledger) -> None:
    ledger.record_many(territory())
    ledger.record_many([registered(u) for u in UNITS])
    ledger.record_many(
        [decision(u, date(2024, 11, 14), DecisionOutcome.RECOGNISED) for u in UNITS[:2]]
    )
    by_district = decision(COMMUNE, date(2024, 11, 19), DecisionOutcome.RECOGNISED)
    data = by_district.data
    assert isinstance(data, RecognitionDecided)
    changed = attrs.evolve(
        data, authority_level=AuthorityLevel.DISTRICT, authority="UBND thành phố Trà Vinh"
    )
    ledger.record_many([attrs.evolve(by_district, data=changed)])
    findings = [f for f in ledger.audit(2024) if f.subject == COMMUNE]
    wrong = [f for f in findings if f.code == "recognised_against_record"]
    assert wrong and CLAUSE in wrong[0].message_vi
