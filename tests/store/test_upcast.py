"""Schema evolution, one real upcast: the coordination facts' ``partner`` (shape v1, format 1)
became the set ``partners`` (shape v2, format 2).

A log written by the library before the change is built here byte for byte as it wrote it
(topic ``antq:<Type>:v1`` for every type, ``partner`` in the payload) with a small v1 encoder,
and appended straight to the store's recorder on SQLite and PostgreSQL. It must read as v2
facts, and give the same statuses, reasons and verdicts, and the same replayed projection, as
the same facts written today. Format 1 files (no ``format`` key) still import, and re-importing
one after the same facts came in format 2 (or the reverse) writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from eventsourcing.persistence import StoredEvent

from antq_compliance import (
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CoordinationForm,
    CoordinationParty,
    Fact,
    FactDraft,
    IncidentCategory,
    IncidentKind,
    IncidentOccurred,
    Ledger,
    MovementModelEstablished,
    SecurityPlanAdopted,
    Status,
    Verdict,
    fact_to_json,
    status_to_json,
)
from antq_compliance.cli.main import main
from antq_compliance.codec.facts import decode_fact, draft_from_json, draft_to_json, encode_fact
from antq_compliance.codec.upcast import FORMAT_VERSION, UPCASTERS, upcast
from antq_compliance.domain.facts import FACT_TYPES
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.store.application import stream_id
from builders import SUBJECT, compliant_year, draft, registration
from conftest import FakeClock

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "format1" / "events.jsonl"
"""The Trà Vinh example as it was written in interchange format 1 (frozen: the example itself
moved on to the current format; ``examples/tra_vinh``)."""
LATE = EXAMPLE.with_name("late.jsonl")

POLICE = frozenset({CoordinationParty.POLICE})
LOCAL = frozenset({CoordinationParty.LOCAL_AUTHORITY})
BOTH = frozenset(CoordinationParty)
COORDINATION = {CoordinationAgreementSigned.type_name, CoordinationActivityRecorded.type_name}

# --- the shape before format 2, as the earlier library wrote it -------------------------------

V1_PARTNER = {POLICE: "police", LOCAL: "local_authority", BOTH: "police_and_local_authority"}


def encode_v1(fact: Fact) -> tuple[str, bytes]:
    """The stored event the library wrote before format 2: every topic at ``v1``; the body is
    the interchange object minus ``type``, plus ``recorded_at``; coordination facts carry one
    ``partner``."""
    body = fact_to_json(fact)
    del body["type"], body["format"]
    if fact.type_name in COORDINATION:
        data = dict(body["data"])
        parties = frozenset(CoordinationParty(p) for p in data.pop("partners"))
        body["data"] = {"partner": V1_PARTNER[parties], **data}
    return f"antq:{fact.type_name}:v1", orjson.dumps(body)


def as_fact(d: FactDraft, recorded_at: datetime) -> Fact:
    return Fact(**attrs.asdict(d, recurse=False), recorded_at=recorded_at)


def write_v1_log(ledger: Ledger, drafts: Sequence[FactDraft], recorded_at: datetime) -> None:
    """Append ``drafts`` to an empty store as the earlier library did: one stream per subject,
    versions from 1, in order, straight through the recorder (no current encoder involved)."""
    versions: dict[str, int] = {}
    stored = []
    for d in drafts:
        versions[d.subject] = versions.get(d.subject, 0) + 1
        topic, state = encode_v1(as_fact(d, recorded_at))
        stored.append(
            StoredEvent(
                originator_id=stream_id(d.subject),
                originator_version=versions[d.subject],
                topic=topic,
                state=state,
            )
        )
    ledger.log._app.recorder.insert_events(stored)


# --- the facts: coordination with one party, the other, and both ----------------------------

JOINT, SEPARATE, POLICE_ONLY = SUBJECT, "2100000002", "2100000003"


def _agreement(
    fact_id: str, parties: frozenset[CoordinationParty], on: date, subject: str
) -> FactDraft:
    return draft(
        fact_id,
        CoordinationAgreementSigned(
            partners=parties, form=CoordinationForm.PLAN, title="Kế hoạch phối hợp"
        ),
        on,
        subject,
    )


def _model(subject: str) -> FactDraft:
    return draft(
        f"{subject}-mh-2021",
        MovementModelEstablished(model="mh-2021", name="Tổ tự quản về ANTT"),
        date(2021, 1, 5),
        subject,
    )


def story() -> list[FactDraft]:
    """Three units, evaluated for 2021 (TT23: agreements must cover both parties) and 2024
    (TT124: either party counts)."""
    return [
        registration(JOINT),
        _model(JOINT),
        _agreement("pc-2021", BOTH, date(2021, 1, 20), JOINT),
        *compliant_year(2024, JOINT),  # a police-only agreement and activity in 2024
        registration(SEPARATE),
        _model(SEPARATE),
        _agreement("pc-ca-2021", POLICE, date(2021, 1, 10), SEPARATE),
        _agreement("pc-cq-2021", LOCAL, date(2021, 2, 10), SEPARATE),
        draft(
            "pc-hd-2024",
            CoordinationActivityRecorded(partners=BOTH, description="Tuần tra chung"),
            date(2024, 6, 1),
            SEPARATE,
        ),
        registration(POLICE_ONLY),
        _model(POLICE_ONLY),
        _agreement("pc-ca-2021", POLICE, date(2021, 1, 10), POLICE_ONLY),
    ]


SUBJECTS = (JOINT, SEPARATE, POLICE_ONLY)
YEARS = {2021: date(2021, 12, 31), 2024: date(2024, 12, 31)}


def reference(clock: FakeClock, drafts: Sequence[FactDraft]) -> Ledger:
    """The same facts recorded today (shape v2), in an in-memory ledger."""
    ledger = Ledger(":memory:", clock=clock, actor=SYSTEM)
    ledger.record_many(drafts)
    return ledger


def unroled(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` as the earlier library stored them: it kept no recording role."""
    return [attrs.evolve(f, role=None) for f in facts]


def statuses(ledger: Ledger) -> dict[tuple[str, int], dict[str, Any]]:
    return {
        (subject, year): status_to_json(ledger.status(subject, year, as_of=as_of))
        for subject in SUBJECTS
        for year, as_of in YEARS.items()
    }


def stored_topics(ledger: Ledger) -> list[str]:
    return [n.topic for n in ledger.log._app.recorder.select_notifications(start=1, limit=1000)]


# --- the upcaster and the topics (no store) --------------------------------------------------


def test_the_registry_has_one_step_per_changed_type() -> None:
    assert set(UPCASTERS) == {
        ("CoordinationAgreementSigned", 1),  # format 2: partner -> partners
        ("CoordinationActivityRecorded", 1),
        ("SubjectRegistered", 1),  # format 3: the kind fields (funding, levels, ...)
        ("ProfileChanged", 1),
        ("IncidentOccurred", 1),  # format 3: category -> kind (Art. 6 cl. 3)
        ("ReviewMeetingHeld", 1),  # format 3: police_representative_present -> attendees
        ("RecognitionDecided", 1),  # format 3: delegated_from
    }
    for type_name, version in UPCASTERS:
        assert FACT_TYPES[type_name].shape_version == version + 1, type_name
    assert CoordinationAgreementSigned.shape_version == 2
    assert CoordinationActivityRecorded.shape_version == 2
    assert SecurityPlanAdopted.shape_version == 1


@pytest.mark.parametrize(
    ("partner", "partners"),
    [
        ("police", ["police"]),
        ("local_authority", ["local_authority"]),
        ("police_and_local_authority", ["local_authority", "police"]),
    ],
)
@pytest.mark.parametrize("type_name", sorted(COORDINATION))
def test_partner_is_upcast_to_the_set_of_parties(
    type_name: str, partner: str, partners: list[str]
) -> None:
    old = {"partner": partner, "description": "x"}
    assert upcast(type_name, 1, old) == {"partners": partners, "description": "x"}
    assert old == {"partner": partner, "description": "x"}  # the stored data is not touched
    assert upcast(type_name, 2, {"partners": partners}) == {"partners": partners}


def test_topics_name_each_type_s_shape_version(clock: FakeClock) -> None:
    facts = [as_fact(d, clock.now) for d in compliant_year(2024)]
    topics = {f.type_name: encode_fact(f)[0] for f in facts}
    assert topics["CoordinationAgreementSigned"] == "antq:CoordinationAgreementSigned:v2"
    assert topics["CoordinationActivityRecorded"] == "antq:CoordinationActivityRecorded:v2"
    assert topics["SecurityPlanAdopted"] == "antq:SecurityPlanAdopted:v1"
    for fact in facts:  # the same fact, stored in the old shape, decodes to the same fact
        assert decode_fact(*encode_v1(fact)) == decode_fact(*encode_fact(fact)) == fact


@pytest.mark.parametrize(
    ("topic", "message"),
    [
        (
            "antq:CoordinationAgreementSigned:v3",
            "unknown stored topic 'antq:CoordinationAgreementSigned:v3': this library reads "
            "CoordinationAgreementSigned at shape v1 to v2, not v3 (written by a newer version "
            "of the library?)",
        ),
        (
            "antq:SecurityPlanAdopted:v2",
            "unknown stored topic 'antq:SecurityPlanAdopted:v2': this library reads "
            "SecurityPlanAdopted at shape v1 to v1, not v2 (written by a newer version of the "
            "library?)",
        ),
        (
            "antq:CoordinationAgreementSigned:v0",
            "unknown stored topic 'antq:CoordinationAgreementSigned:v0': not a fact "
            "(antq:<Type>:v<n>)",
        ),
        (
            "antq:PlanAdopted:v1",
            "unknown stored topic 'antq:PlanAdopted:v1': no fact type 'PlanAdopted'",
        ),
        ("other:SecurityPlanAdopted:v1", None),
        ("antq:SecurityPlanAdopted", None),
    ],
)
def test_an_unknown_stored_topic_is_a_clear_error(topic: str, message: str | None) -> None:
    with pytest.raises(ValueError, match="unknown stored topic") as caught:
        decode_fact(topic, b"{}")
    if message is not None:
        assert str(caught.value) == message


def test_a_v1_payload_that_cannot_be_upcast_names_the_fact_and_the_field() -> None:
    body = {
        "id": "pc-1",
        "subject": SUBJECT,
        "occurred_on": "2021-01-20",
        "recorded_by": "test",
        "data": {"partner": "army", "form": "plan", "title": "Kế hoạch phối hợp"},
        "recorded_at": "2025-12-01T09:00:00Z",
    }
    with pytest.raises(ValueError, match="cannot be upcast") as caught:
        decode_fact("antq:CoordinationAgreementSigned:v1", orjson.dumps(body))
    assert str(caught.value) == (
        "stored fact 'pc-1' (antq:CoordinationAgreementSigned:v1) cannot be upcast to shape v2: "
        "field 'data.partner' = 'army': expected one of: police, local_authority, "
        "police_and_local_authority"
    )


# --- a log written in the old shape, on both stores ------------------------------------------


def test_a_v1_log_decodes_to_v2_facts(ledger: Ledger, clock: FakeClock) -> None:
    drafts = story()
    write_v1_log(ledger, drafts, clock.now)
    topics = stored_topics(ledger)
    assert "antq:CoordinationAgreementSigned:v1" in topics
    assert "antq:CoordinationActivityRecorded:v1" in topics
    assert all(t.endswith(":v1") for t in topics)  # really the old log: nothing at v2
    with reference(clock, drafts) as today:
        for subject in SUBJECTS:
            assert ledger.facts(subject) == unroled(today.facts(subject))
            assert all(f.role is None for f in ledger.facts(subject))
    joint = {f.id: f.data for f in ledger.facts(JOINT)}
    assert joint["pc-2021"] == CoordinationAgreementSigned(
        partners=BOTH, form=CoordinationForm.PLAN, title="Kế hoạch phối hợp"
    )


def test_a_v1_log_gives_the_same_statuses_and_verdicts(ledger: Ledger, clock: FakeClock) -> None:
    drafts = story()
    write_v1_log(ledger, drafts, clock.now)
    with reference(clock, drafts) as today:
        expected = statuses(today)
        assert statuses(ledger) == expected
        for year, as_of in YEARS.items():
            board = [status_to_json(s) for s in ledger.statuses(year, as_of=as_of)]
            assert board == [status_to_json(s) for s in today.statuses(year, as_of=as_of)]

    def k2(subject: str, clause_id: str, year: int) -> tuple[str, str]:
        found = next(c for c in expected[subject, year]["criteria"] if c["id"] == clause_id)
        return found["status"], found["reason_vi"]

    # The old 'police_and_local_authority' is both parties: TT23.D7.K2 is met with one joint
    # plan, as with one plan per party; with the police alone it is not.
    assert k2(JOINT, "TT23.D7.K2", 2021)[0] == k2(SEPARATE, "TT23.D7.K2", 2021)[0] == "met"
    assert k2(POLICE_ONLY, "TT23.D7.K2", 2021) == (
        "not_met",
        "chưa có kế hoạch phối hợp với cả chính quyền và công an",
    )
    # TT124.D6.K2: the documents with the police (a joint one included) are its evidence.
    status, reason = k2(JOINT, "TT124.D6.K2", 2024)
    assert status == "met"
    assert "văn bản, hoạt động phối hợp với lực lượng Công an" in reason
    assert expected[JOINT, 2024]["verdict"] == Verdict.ACHIEVED.value


def test_a_v1_log_replays_to_the_same_projection(ledger: Ledger, clock: FakeClock) -> None:
    drafts = story()
    write_v1_log(ledger, drafts, clock.now)
    replayed = ledger.replay(YEARS)
    with reference(clock, drafts) as today:
        again = today.replay(YEARS)
    assert replayed.statuses == again.statuses
    assert replayed.facts == {s: unroled(facts) for s, facts in again.facts.items()}
    assert replayed.position == again.position == len(drafts)


def test_a_v1_log_takes_v2_facts_after_it(ledger: Ledger, clock: FakeClock) -> None:
    drafts = story()
    write_v1_log(ledger, drafts, clock.now)
    # Every fact of the old log, sent again today (format 2 or format 1), is already there.
    result = ledger.record_many(drafts)
    assert (result.written, result.unchanged) == (0, len(drafts))
    clock.set("2025-12-02T09:00:00+00:00")
    ledger.record_many([_agreement("pc-cq-2021", LOCAL, date(2021, 3, 1), POLICE_ONLY)])
    topics = stored_topics(ledger)
    assert topics[-1] == "antq:CoordinationAgreementSigned:v2"  # one stream, both shapes
    assert "antq:CoordinationAgreementSigned:v1" in topics
    result_2021 = ledger.status(POLICE_ONLY, 2021, as_of=date(2021, 12, 31))
    assert result_2021.criterion("TT23.D7.K2").status is Status.MET


# --- format 1 files --------------------------------------------------------------------------


def _lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _export_current(ledger: Ledger, subjects: Sequence[str], path: Path) -> int:
    """The ledger's facts as a file of the current format (``fact_to_json`` minus what the
    ledger itself adds on recording: the instant and the recording role)."""
    lines = []
    for subject in subjects:
        for fact in ledger.facts(subject):
            line = fact_to_json(fact)
            del line["recorded_at"], line["role"]
            assert line["format"] == FORMAT_VERSION
            lines.append(orjson.dumps(line))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return len(lines)


def test_the_example_file_is_format_1_on_purpose() -> None:
    lines = _lines(EXAMPLE)
    assert all("format" not in line for line in lines)
    coordination = [line for line in lines if line["type"] in COORDINATION]
    assert coordination
    assert all("partner" in line["data"] for line in coordination)
    assert {line["data"]["partner"] for line in coordination} == {
        "police",
        "police_and_local_authority",
    }


FIRST_EDITION = "TT124@2022-02-10"
"""The retired first edition of the library's TT124 rules (provisional ids PROV1-3)."""


def test_the_format_1_example_imports_and_is_judged_under_both_editions(
    ledger: Ledger, clock: FakeClock
) -> None:
    """A store written before the official text was encoded opens and evaluates: its facts are
    upcast, the first edition still gives the verdicts it gave, and the current rules judge
    the same facts again."""
    clock.set("2025-01-02T08:00:00+07:00")
    result = ledger.import_jsonl(EXAMPLE)
    assert result.written == len(_lines(EXAMPLE))
    clock.set("2025-02-10T08:00:00+07:00")
    ledger.import_jsonl(LATE)
    topics = stored_topics(ledger)
    assert "antq:CoordinationAgreementSigned:v2" in topics  # stored in the current shape
    assert "antq:IncidentOccurred:v2" in topics
    assert not any(t.endswith(":v1") and "Coordination" in t for t in topics)
    as_of = date(2024, 12, 31)
    first = {
        s: ledger.status(s, 2024, as_of=as_of, rulebook=FIRST_EDITION).verdict
        for s in ("2100000001", "2100000002", "2100000003", "2100000004")
    }
    assert first == {
        "2100000001": Verdict.ACHIEVED,
        "2100000002": Verdict.NOT_ACHIEVED,
        "2100000003": Verdict.NOT_ACHIEVED,
        "2100000004": Verdict.NOT_APPLICABLE,
    }
    boards = {s.subject: s for s in ledger.statuses(2024, as_of=as_of)}
    assert {subject: s.verdict for subject, s in boards.items()} == {
        "2100000001": Verdict.NOT_ACHIEVED,  # no emulation rating of its guard force recorded
        "2100000002": Verdict.NOT_ACHIEVED,
        "2100000003": Verdict.NOT_ACHIEVED,
        "2100000004": Verdict.NOT_APPLICABLE,
    }
    power = boards["2100000001"]
    # No emulation rating of the guard force (cl. 4) and no sub-units on record (cl. 5, the
    # no_sub_units reading defaults to not met).
    not_met = [c.id for c in power.criteria if c.status is Status.NOT_MET]
    assert not_met == ["TT124.D6.K4", "TT124.D6.K5"]
    # The serious fire of format 1 (category fire_explosion) is point g of clause 3 now.
    garment = boards["2100000003"]
    assert garment.criterion("TT124.D6.K3.g").status is Status.NOT_MET
    fire = next(f for f in ledger.facts("2100000003") if f.id == "may-chay")
    assert isinstance(fire.data, IncidentOccurred)
    assert fire.data.kind is IncidentKind.FIRE_EXPLOSION
    assert fire.data.former_category is IncidentCategory.FIRE_EXPLOSION
    signed = next(f for f in ledger.facts("2100000001") if f.id == "dl-qcpc")
    assert isinstance(signed.data, CoordinationAgreementSigned)
    assert signed.data.partners == BOTH

    change = ledger.rejudge("2100000001", 2024, before=FIRST_EDITION)
    assert (change.rule_before, change.rule_after) == ("TT124@2022-02-10", "TT124@2022-02-10.2")
    assert (change.before.verdict, change.after.verdict) == (
        Verdict.ACHIEVED,
        Verdict.NOT_ACHIEVED,
    )
    moved = {c.id: (c.before, c.after) for c in change.criteria}
    assert moved["TT124.D6.K4"] == (None, Status.NOT_MET)
    assert moved["TT124.D6.PROV3"] == (Status.MET, None)  # retired: replaced by K4
    assert "TT124.D6.K1.p1" not in moved  # unchanged


def test_antq_diff_shows_a_rejudgement_as_a_change_of_rulebook(
    store: str, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        ledger.import_jsonl(EXAMPLE)
    code = main(
        ["--db", store, "diff", "2100000001", "--year", "2024", "--from-rulebook", FIRST_EDITION]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Quy định áp dụng: TT124@2022-02-10 → TT124@2022-02-10.2" in out
    assert "Kết quả: đạt → chưa đạt" in out
    assert "TT124.D6.PROV3   đạt → –" in out and "thay bằng TT124.D6.K4" in out
    code = main(
        [
            "--db",
            store,
            "diff",
            "2100000001",
            "--year",
            "2024",
            "--from-rulebook",
            FIRST_EDITION,
            "--format",
            "json",
        ]
    )
    body = orjson.loads(capsys.readouterr().out)
    assert (body["rulebook_before"], body["verdict_before"], body["verdict_after"]) == (
        "TT124@2022-02-10",
        "achieved",
        "not_achieved",
    )
    code = main(
        [
            "--db",
            store,
            "diff",
            "2100000001",
            "--year",
            "2024",
            "--from-rulebook",
            FIRST_EDITION,
            "--from",
            "2025-01-01",
        ]
    )
    assert code == 2
    assert "does not take --from" in capsys.readouterr().err


def test_reimporting_a_format_1_file_after_an_export_is_a_no_op(
    ledger: Ledger, clock: FakeClock, tmp_path: Path
) -> None:
    total = len(_lines(EXAMPLE))
    clock.set("2025-01-02T08:00:00+07:00")
    ledger.import_jsonl(EXAMPLE)
    subjects = [s.id for s in ledger.subjects()]
    exported = tmp_path / "export-format-2.jsonl"
    assert _export_current(ledger, subjects, exported) == total
    head = ledger.head()
    clock.set("2025-01-03T08:00:00+07:00")
    for path in (exported, EXAMPLE):  # the export (current format), then the old file again
        result = ledger.import_jsonl(path)
        assert (result.written, result.unchanged) == (0, total), path.name
    assert ledger.head() == head
    # The other way round: the exported file first, in a fresh ledger, then the old file.
    with Ledger(":memory:", clock=clock, actor=SYSTEM) as fresh:
        assert fresh.import_jsonl(exported).written == total
        result = fresh.import_jsonl(EXAMPLE)
        assert (result.written, result.unchanged) == (0, total)
        assert [[f.draft() for f in fresh.facts(s)] for s in subjects] == [
            [f.draft() for f in ledger.facts(s)] for s in subjects
        ]


def test_format_1_and_current_lines_of_one_fact_are_the_same_draft() -> None:
    for line in _lines(EXAMPLE):
        old = draft_from_json(line, "format 1")
        new = orjson.loads(orjson.dumps(draft_to_json(old)))
        assert new["format"] == FORMAT_VERSION
        assert draft_from_json(new, "current format") == old
        if line["type"] in COORDINATION:
            assert "partners" in new["data"] and "partner" not in new["data"]
