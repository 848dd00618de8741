"""Replay equals live: for random fact sequences (late records and corrections included), a
projection maintained fact by fact, a projection rebuilt from the log and a fresh evaluation of
the facts agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antq_compliance import (
    AsOf,
    BriefingHeld,
    FactData,
    FactDraft,
    FactRetracted,
    IncidentKind,
    IncidentOccurred,
    InvalidRecord,
    Ledger,
    OffenceStage,
    PartyResolutionAdopted,
    ProfileChanged,
    ResolutionForm,
    RuleTopic,
    Severity,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    evaluate,
    status_to_json,
)
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.projections.status import StatusProjection
from builders import compliant_year, registration

SUBJECTS = ("2100000001", "2100000002")
YEARS = (2024, 2025)
START = date(2023, 11, 16)


def payloads() -> st.SearchStrategy[FactData]:
    return st.one_of(
        st.builds(
            PartyResolutionAdopted,
            year=st.sampled_from(YEARS),
            form=st.sampled_from(list(ResolutionForm)),
        ),
        st.builds(StandardRegistrationFiled, year=st.sampled_from(YEARS)),
        st.builds(
            BriefingHeld,
            topics=st.frozensets(st.sampled_from(list(RuleTopic)), min_size=1),
            criteria_briefed=st.booleans(),
            staff_reached=st.integers(1, 150),
        ),
        st.builds(
            IncidentOccurred,
            kind=st.sampled_from([k for k in IncidentKind if k is not IncidentKind.UNCLASSIFIED]),
            severity=st.sampled_from([*Severity, None]),
            description=st.just("Vụ việc"),
        ),
        st.builds(
            StaffOffenceRecorded,
            staff_ref=st.just("NV-0001"),
            stage=st.sampled_from(list(OffenceStage)),
        ),
        st.builds(ProfileChanged, headcount=st.integers(50, 150)),
    )


# An operation: (subject index, payload or a correction, business day offset, recording delay).
operations = st.lists(
    st.tuples(
        st.integers(0, len(SUBJECTS) - 1),
        st.one_of(payloads(), st.just("retract"), st.just("supersede")),
        st.integers(0, 730),
        st.integers(0, 400),
    ),
    max_size=25,
)


def canonical(projection: StatusProjection) -> dict[tuple[str, int], object]:
    return {key: status_to_json(value) for key, value in projection.statuses.items()}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_replay_equals_live_equals_fresh_evaluation(ops: list) -> None:  # type: ignore[type-arg]
    now = [datetime(2024, 11, 20, tzinfo=UTC)]
    with Ledger(":memory:", clock=lambda: now[0], actor=SYSTEM) as ledger:
        ledger.record_many([registration(s) for s in SUBJECTS])
        ledger.record_many(compliant_year(2024, SUBJECTS[0]))
        live = ledger.follow(StatusProjection(years=YEARS))
        for n, (who, payload, day, delay) in enumerate(ops):
            subject = SUBJECTS[who]
            occurred = START + timedelta(days=day)
            # Late records: recorded up to 400 days after they happened, never before.
            now[0] = max(now[0], datetime.combine(occurred, datetime.min.time(), UTC)) + timedelta(
                days=delay, hours=1
            )
            earlier = [f for f in ledger.facts(subject) if f.type_name != "SubjectRegistered"]
            try:
                if payload == "retract" and earlier:
                    target = earlier[n % len(earlier)]
                    data: FactData = FactRetracted(target=target.id, reason="sai")
                    draft = FactDraft(
                        id=f"op-{n}",
                        subject=subject,
                        occurred_on=occurred,
                        recorded_by="t",
                        data=data,
                    )
                elif payload == "supersede" and earlier:
                    target = earlier[n % len(earlier)]
                    draft = FactDraft(
                        id=f"op-{n}",
                        subject=subject,
                        occurred_on=occurred,
                        recorded_by="t",
                        data=target.data,
                        supersedes=target.id,
                        reason="sửa ngày",
                    )
                elif isinstance(payload, FactData):
                    draft = FactDraft(
                        id=f"op-{n}",
                        subject=subject,
                        occurred_on=occurred,
                        recorded_by="t",
                        data=payload,
                    )
                else:
                    continue
                ledger.record_many([draft])
            except InvalidRecord:
                continue  # e.g. correcting a fact already corrected: refused, nothing written
            ledger.follow(live)  # the live projection follows the log fact by fact

        rebuilt = ledger.replay(YEARS)
        assert live.position == rebuilt.position == ledger.head()
        assert canonical(live) == canonical(rebuilt)
        for subject in SUBJECTS:
            facts = ledger.facts(subject)
            for year in YEARS:
                as_of = AsOf(business=ledger.rulebook.for_year(year).window(year).end)
                fresh = evaluate(subject, facts, year, as_of)
                assert status_to_json(rebuilt.status(subject, year)) == status_to_json(fresh)


def test_a_projection_applies_each_position_once(ledger: Ledger) -> None:
    ledger.record_many([registration(), *compliant_year()])
    projection = ledger.replay([2024])
    before = canonical(projection)
    for position, fact in ledger.log.scan():
        projection.apply(position, fact)  # the same facts again
    projection.refresh()
    assert canonical(projection) == before
    assert len(projection.facts[SUBJECTS[0]]) == ledger.head()


def test_antq_replay_rebuilds_and_checks(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    from antq_compliance.cli.main import main

    example = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"
    assert main(["--db", store, "--role", "system", "import", str(example)]) == 0
    assert main(["--db", store, "replay", "--year", "2024", "--check"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in example.read_text("utf-8").splitlines() if line.strip()]
    subjects = {orjson.loads(line)["subject"] for line in lines}
    assert f"{len(lines)} events, {len(subjects)} subjects" in out
    # Eleven subjects of four kinds in the example: every one is on the 2024 board.
    counts = {"achieved": 6, "not_achieved": 4, "not_applicable": 1}
    assert sum(counts.values()) == len(subjects)
    for verdict, count in counts.items():
        assert f"2024 {verdict}: {count}" in out
    assert "replay equals a fresh evaluation of every subject" in out


def test_a_unit_registered_later_is_on_no_earlier_board(ledger: Ledger) -> None:
    late = "2100000002"
    ledger.record_many([registration(), *compliant_year(2023), *compliant_year(2024)])
    ledger.record_many(
        [
            attrs.evolve(registration(late), occurred_on=date(2024, 3, 1)),
            *compliant_year(2024, late),
        ]
    )
    # 2023's window ends on 15/11/2023, before the late unit existed: it is on 2024's board only.
    board_2023 = {s.subject for s in ledger.statuses(2023, as_of=date(2023, 11, 15))}
    board_2024 = {s.subject for s in ledger.statuses(2024, as_of=date(2024, 11, 15))}
    assert board_2023 == {SUBJECTS[0]}
    assert board_2024 == {SUBJECTS[0], late}
    # The day before its registration took effect it is not there; on that day it is.
    assert late not in {s.subject for s in ledger.statuses(2024, as_of=date(2024, 2, 29))}
    assert late in {s.subject for s in ledger.statuses(2024, as_of=date(2024, 3, 1))}
    projection = ledger.replay([2023, 2024])
    assert sorted(projection.statuses) == [(SUBJECTS[0], 2023), (SUBJECTS[0], 2024), (late, 2024)]
    assert ledger.replay([2023, 2024], keep_facts=False).statuses == projection.statuses
