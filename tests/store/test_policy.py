"""Who may record what: the policy table (``domain/policy.py``) enforced by the ledger.

Every fact keeps the role it was recorded in; a fact the actor's role may not record is refused
with :class:`NotPermitted` naming the actor, the role, the fact type and the subject, and
nothing of its batch is written. On both stores.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from antq_compliance import (
    FactDraft,
    IncidentOccurred,
    Ledger,
    RecognitionDecided,
    SecurityPlanAdopted,
    Verdict,
)
from antq_compliance.cli.args import ROLE_REQUIRED
from antq_compliance.cli.main import main
from antq_compliance.codec.facts import decode_fact, draft_to_json, encode_fact, fact_to_json
from antq_compliance.domain.errors import ActorRequired, NotPermitted
from antq_compliance.domain.facts import FACT_TYPES, Fact, FactRetracted
from antq_compliance.domain.policy import CORRECTORS, ERASE_ROLES, POLICY, SYSTEM, Actor, refusal
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    DecisionOutcome,
    IncidentKind,
    Role,
    Severity,
)
from builders import SUBJECT, compliant_year, draft, registration

OTHER = "2100000002"
UNIT = Actor(Role.UNIT, SUBJECT)
POLICE = Actor(Role.POLICE)
UBND = Actor(Role.PEOPLES_COMMITTEE)
DOC = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"
DAY = date(2025, 1, 2)
PLAN: dict[str, Any] = {"occurred_on": date(2024, 2, 2), "recorded_by": "u"}


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: datetime(2025, 12, 1, 9, 0, tzinfo=UTC)


def decision(fact_id: str = "qd-2024", subject: str = SUBJECT) -> FactDraft:
    return draft(
        fact_id,
        RecognitionDecided(
            year=2024,
            authority_level=AuthorityLevel.COMMUNE,
            authority="UBND phường 1",
            decision_number="12/QĐ-UBND",
            outcome=DecisionOutcome.RECOGNISED,
            certificate_number="GCN-1",
        ),
        date(2024, 12, 20),
        subject,
    )


def test_the_table_covers_every_fact_type_and_only_those() -> None:
    assert set(POLICY) == set(FACT_TYPES)
    assert all(POLICY[name] for name in POLICY)


def test_every_type_and_role_is_decided_by_the_table() -> None:
    """Every (type, role) pair, plus a unit recording for another unit (every type)."""
    decided = 0
    for name in FACT_TYPES:
        for role in Role:
            actor = Actor(role, SUBJECT if role is Role.UNIT else None)
            assert (refusal(actor, name, SUBJECT) is None) == (role in POLICY[name]), (name, role)
            decided += 1
        assert refusal(UNIT, name, OTHER) is not None
    assert decided == len(FACT_TYPES) * len(Role) == 39 * 4


def test_the_key_rules() -> None:
    recognition = [r for r in Role if r in POLICY["RecognitionDecided"]]
    # the police only for the Ministry's decisions (TT124.D10.K4): refusal() reads the payload
    assert recognition == [Role.POLICE, Role.PEOPLES_COMMITTEE, Role.SYSTEM]
    everyone = {Role.UNIT, Role.POLICE, Role.PEOPLES_COMMITTEE, Role.SYSTEM}
    decided_elsewhere = {
        "RecognitionDecided": None,
        "FactRetracted": everyone,
        "EmulationRated": everyone,  # an emulation council of the unit or of a higher level
        "CriterionAssessed": everyone,  # the review meeting or the appraising body
        "AdministrativeSanctionImposed": {Role.POLICE, Role.PEOPLES_COMMITTEE, Role.SYSTEM},
        "CrimeFiguresReported": {Role.POLICE, Role.SYSTEM},
    }
    for name in FACT_TYPES:
        expected = decided_elsewhere.get(name, {Role.UNIT, Role.POLICE, Role.SYSTEM})
        if expected is not None:
            assert POLICY[name] == expected, name
    assert {Role.POLICE, Role.SYSTEM} == ERASE_ROLES


def test_actors_are_well_formed() -> None:
    with pytest.raises(ValueError, match="must name its unit"):
        Actor(Role.UNIT)
    with pytest.raises(ValueError, match="only the unit role acts for a unit"):
        Actor(Role.POLICE, SUBJECT)


def test_refusal_reasons() -> None:
    assert refusal(UNIT, "SecurityPlanAdopted", SUBJECT) is None
    assert refusal(UNIT, "SecurityPlanAdopted", OTHER) == (
        f"a unit records its own facts only (it acts for {SUBJECT})"
    )
    assert refusal(UNIT, "RecognitionDecided", SUBJECT) == (
        "only the roles police, peoples_committee, system may record a RecognitionDecided"
    )
    commune = decision().data
    assert isinstance(commune, RecognitionDecided)
    ministry = attrs.evolve(commune, authority_level=AuthorityLevel.MINISTRY)
    assert refusal(POLICE, "RecognitionDecided", SUBJECT, data=commune) == (
        "the police record only the Ministry of Public Security's decisions (TT124.D10.K4); a "
        "People's Committee records its own"
    )
    assert refusal(POLICE, "RecognitionDecided", SUBJECT, data=ministry) is None
    why = refusal(POLICE, "FactRetracted", SUBJECT, "RecognitionDecided", corrected_data=commune)
    assert why is not None
    assert why.startswith("it corrects a People's Committee's RecognitionDecided")
    assert (
        refusal(POLICE, "FactRetracted", SUBJECT, "RecognitionDecided", corrected_data=ministry)
        is None
    )
    assert refusal(UBND, "FactRetracted", SUBJECT, "RecognitionDecided") is None
    assert refusal(UBND, "FactRetracted", SUBJECT, "BriefingHeld") == (
        "it corrects a BriefingHeld, which only the roles unit, police, system may record"
    )
    assert refusal(SYSTEM, "RecognitionDecided", SUBJECT) is None


def test_the_documented_table_is_the_table() -> None:
    """docs/reliability.md lists one row per fact type with exactly its roles."""
    text = DOC.read_text("utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| ([^|]+) \|", text, flags=re.M))
    documented = {
        name: {Role(v.strip(" `")) for v in roles.split(",")}
        for name, roles in rows.items()
        if name in FACT_TYPES
    }
    assert documented == {name: set(roles) for name, roles in POLICY.items()}


# --- enforced by the ledger ------------------------------------------------------------------


def test_only_the_peoples_committee_records_a_recognition_decision(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=POLICE) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        head = ledger.head()
        why = {
            UNIT: "only the roles police, peoples_committee, system may record a "
            "RecognitionDecided",
            POLICE: "the police record only the Ministry of Public Security's decisions",
        }
        for actor in (UNIT, POLICE):
            with pytest.raises(NotPermitted) as refused:
                ledger.record_many([decision()], actor=actor)
            error = refused.value
            assert (error.actor, error.type_name, error.subject) == (
                "test",
                "RecognitionDecided",
                SUBJECT,
            )
            assert error.role == actor.describe()
            assert str(error).startswith(
                f"fact 'qd-2024': refused: 'test' in the role {actor.describe()} may not "
                f"record a RecognitionDecided for subject {SUBJECT}: {why[actor]}"
            )
            assert ledger.head() == head  # nothing written
        recorded = ledger.record_many([decision()], actor=UBND)
        assert recorded.written == 1
        decided = ledger.facts(SUBJECT)[-1]
        assert (
            isinstance(decided.data, RecognitionDecided) and decided.role is Role.PEOPLES_COMMITTEE
        )
        assert fact_to_json(decided)["role"] == "peoples_committee"


def test_a_unit_records_its_own_facts_only(store: str, clock: Callable[[], datetime]) -> None:
    with Ledger(store, clock=clock, actor=UNIT) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        assert {f.role for f in ledger.facts(SUBJECT)} == {Role.UNIT}
        with pytest.raises(NotPermitted, match=f"it acts for {SUBJECT}"):
            ledger.record_many([registration(OTHER)])
        with pytest.raises(NotPermitted):
            ledger.record_many([registration(OTHER)], actor=UBND)
        ledger.record_many([registration(OTHER)], actor=POLICE)  # the police may
        assert ledger.facts(OTHER)[0].role is Role.POLICE


def test_one_refused_fact_refuses_the_whole_batch(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=UNIT) as ledger:
        with pytest.raises(NotPermitted) as refused:
            ledger.record_many([registration(), *compliant_year(2024), decision()])
        assert refused.value.type_name == "RecognitionDecided"
        assert ledger.head() == 0


def test_corrections_follow_the_corrected_fact(store: str, clock: Callable[[], datetime]) -> None:
    with Ledger(store, clock=clock, actor=POLICE) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        ledger.record_many([decision()], actor=UBND)
        head = ledger.head()
        with pytest.raises(NotPermitted, match="it corrects a People's Committee's Recognition"):
            ledger.retract(
                SUBJECT, "qd-2024", reason="nhầm", occurred_on=date(2025, 1, 2), recorded_by="u"
            )
        with pytest.raises(NotPermitted, match="may not record a RecognitionDecided"):
            ledger.record_many(
                [attrs.evolve(decision("qd-2024-v2"), supersedes="qd-2024", reason="sửa số")]
            )
        plan = f"{SUBJECT}-2024-kh"
        with pytest.raises(NotPermitted, match="it corrects a SecurityPlanAdopted"):
            ledger.retract(
                SUBJECT,
                plan,
                reason="nhầm",
                occurred_on=date(2025, 1, 2),
                recorded_by="u",
                actor=UBND,
            )
        assert ledger.head() == head
        ledger.retract(
            SUBJECT,
            "qd-2024",
            reason="nhầm",
            occurred_on=date(2025, 1, 2),
            recorded_by="u",
            actor=UBND,
        )
        retraction = ledger.facts(SUBJECT)[-1]
        assert (
            isinstance(retraction.data, FactRetracted) and retraction.role is Role.PEOPLES_COMMITTEE
        )
        ledger.record(
            SUBJECT,
            SecurityPlanAdopted(year=2024),
            occurred_on=date(2024, 2, 2),
            recorded_by="u",
            id="kh-v2",
            supersedes=plan,
            reason="sửa ngày",
        )


def test_there_is_no_default_actor_and_old_facts_have_no_role(
    store: str, clock: Callable[[], datetime], tmp_path: Path
) -> None:
    """A write names its actor: no silent all-powerful default (``system`` is named)."""
    lines = tmp_path / "events.jsonl"
    lines.write_bytes(orjson.dumps(draft_to_json(registration())) + b"\n")
    with Ledger(store, clock=clock) as ledger:
        assert ledger.actor is None
        for write in (
            lambda: ledger.record_many([registration()]),
            lambda: ledger.record(SUBJECT, SecurityPlanAdopted(year=2024), **PLAN),
            lambda: ledger.import_jsonl(lines),
            lambda: ledger.erase("NV-1", legal_basis="x", recorded_by="u", occurred_on=DAY),
        ):
            with pytest.raises(ActorRequired, match="no actor named") as refused:
                write()
            assert str(refused.value).count("\n") == 0
            assert "nothing was written" in str(refused.value)
        assert ledger.head() == 0
        ledger.record_many([registration(), decision()], actor=SYSTEM)  # named: it may
        assert {f.role for f in ledger.facts(SUBJECT)} == {Role.SYSTEM}
    fact = ledger_fact_without_role()
    assert fact.role is None and "role" not in fact_to_json(fact)


def ledger_fact_without_role() -> Fact:
    old = Fact(
        **attrs.asdict(registration(), recurse=False), recorded_at=datetime(2024, 1, 1, tzinfo=UTC)
    )
    topic, payload = encode_fact(old)
    assert b'"role"' not in payload  # the stored shape of facts from before roles
    return decode_fact(topic, payload)


def test_import_records_every_line_in_the_importer_s_role(
    store: str, clock: Callable[[], datetime], tmp_path: Path
) -> None:
    lines = tmp_path / "events.jsonl"
    drafts = [registration(), *compliant_year(2024), decision()]
    lines.write_bytes(b"\n".join(orjson.dumps(draft_to_json(d)) for d in drafts) + b"\n")
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        with pytest.raises(NotPermitted) as refused:
            ledger.import_jsonl(lines, actor=UNIT)
        assert str(refused.value).startswith(f"line {len(drafts)}: refused:")
        assert ledger.head() == 0
        assert ledger.import_jsonl(lines).written == len(drafts)  # the ledger's: system
        assert {f.role for f in ledger.facts(SUBJECT)} == {Role.SYSTEM}
        again = ledger.import_jsonl(lines, actor=UNIT)  # already recorded: nothing to refuse
        assert (again.written, again.unchanged) == (0, len(drafts))


def test_cli_role_options(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = tmp_path / "events.jsonl"
    lines.write_bytes(
        b"\n".join(orjson.dumps(draft_to_json(d)) for d in [registration(), decision()]) + b"\n"
    )
    unit = ["--db", store, "--lang", "en", "--role", "unit", "--unit", SUBJECT]
    assert main([*unit, "import", str(lines)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("antq: error: line 2: refused: 'test' in the role unit")
    assert "may not record a RecognitionDecided for subject 2100000001" in err
    assert main(["--db", store, "--role", "unit", "import", str(lines)]) == 2
    assert "must name its unit" in capsys.readouterr().err
    assert main(["--db", store, "--role", "police", "import", str(lines)]) == 1
    capsys.readouterr()
    assert main(["--db", store, "--role", "peoples_committee", "import", str(lines)]) == 1
    capsys.readouterr()
    with Ledger(store) as ledger:
        assert ledger.head() == 0
    assert main(["--db", store, "import", str(lines)]) == 2  # no role: one line, both languages
    err = capsys.readouterr().err
    assert err == f"antq: error: {ROLE_REQUIRED}\n"
    assert "--role" in err and "vai trò" in err
    assert main(["--db", store, "--unit", SUBJECT, "subjects"]) == 2
    assert "--unit needs --role unit" in capsys.readouterr().err
    assert main(["--db", store, "subjects"]) == 0  # reads need no role
    capsys.readouterr()
    assert main(["--db", store, "--role", "system", "import", str(lines)]) == 0  # legacy import


def test_cli_writes_take_the_role_from_the_environment(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = tmp_path / "events.jsonl"
    lines.write_bytes(orjson.dumps(draft_to_json(registration())) + b"\n")
    monkeypatch.setenv("ANTQ_ROLE", "unit")
    monkeypatch.setenv("ANTQ_UNIT", SUBJECT)
    assert main(["--db", store, "import", str(lines)]) == 0
    capsys.readouterr()
    with Ledger(store) as ledger:
        assert [f.role for f in ledger.facts(SUBJECT)] == [Role.UNIT]
    argv = ["--db", store, "erase", "NV-1", "--legal-basis", "x", "--by", "u"]
    monkeypatch.delenv("ANTQ_ROLE")
    monkeypatch.delenv("ANTQ_UNIT")
    assert main(argv) == 2  # an erasure names its authority too
    assert capsys.readouterr().err == f"antq: error: {ROLE_REQUIRED}\n"


# --- who corrects what: the role that recorded a fact, or an authority above it ---------------

THEFT = IncidentOccurred(
    kind=IncidentKind.CRIME,
    severity=Severity.SERIOUS,
    description="Trộm cắp máy biến áp (tội phạm nghiêm trọng)",
)


def test_a_unit_cannot_retract_what_the_police_recorded_about_it(
    store: str, clock: Callable[[], datetime], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack of issue 16 (item 7): a unit retracting (or superseding) the police's record
    of an incident to become "achieved". Refused, through the API and the command line, with
    one line; the unit stays not achieved."""
    with Ledger(store, clock=clock, actor=UNIT) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        ledger.record(
            SUBJECT,
            THEFT,
            occurred_on=date(2024, 9, 9),
            recorded_by="ca-xa",
            id="trom",
            actor=POLICE,
        )
        assert ledger.status(SUBJECT, 2024, as_of=date(2024, 12, 31)).verdict is (
            Verdict.NOT_ACHIEVED
        )
        head = ledger.head()
        with pytest.raises(NotPermitted) as refused:
            ledger.retract(
                SUBJECT, "trom", reason="nhầm", occurred_on=date(2025, 1, 2), recorded_by="u"
            )
        assert str(refused.value) == (
            f"fact {refused.value.record[6:-1]!r}: refused: 'u' in the role unit {SUBJECT} may "
            f"not record a FactRetracted for subject {SUBJECT}: it corrects a IncidentOccurred "
            "recorded in the role police, which only the roles police, system may retract or "
            "supersede; nothing was written"
        )
        with pytest.raises(NotPermitted, match="recorded in the role police"):
            ledger.record(
                SUBJECT,
                attrs.evolve(THEFT, severity=Severity.MINOR),
                occurred_on=date(2024, 9, 9),
                recorded_by="u",
                supersedes="trom",
                reason="nhẹ hơn",
            )
        assert ledger.head() == head
    retraction = {
        "id": "rut-trom",
        "type": "FactRetracted",
        "subject": SUBJECT,
        "occurred_on": "2025-01-02",
        "recorded_by": "u",
        "data": {"target": "trom", "reason": "nhầm"},
    }
    lines = tmp_path / "retract.jsonl"
    lines.write_bytes(orjson.dumps(retraction) + b"\n")
    unit = ["--db", store, "--lang", "en", "--role", "unit", "--unit", SUBJECT]
    assert main([*unit, "import", str(lines)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("antq: error: line 1: refused: ")
    assert "recorded in the role police" in err
    with Ledger(store, clock=clock) as ledger:
        assert ledger.head() == head
        assert ledger.status(SUBJECT, 2024, as_of=date(2024, 12, 31)).verdict is (
            Verdict.NOT_ACHIEVED
        )
    # The police, who recorded it, may withdraw it (and so may the operator).
    assert main(["--db", store, "--role", "police", "import", str(lines)]) == 0


def test_authorities_correct_a_unit_s_records_and_their_own(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=UNIT) as ledger:
        ledger.record_many([registration(), *compliant_year(2024)])
        plan = f"{SUBJECT}-2024-kh"
        day: dict[str, Any] = {"occurred_on": DAY, "recorded_by": "u", "reason": "nhầm"}
        ledger.retract(SUBJECT, plan, actor=POLICE, **day)  # the police oversee the unit
        ledger.record(SUBJECT, THEFT, occurred_on=date(2024, 9, 9), recorded_by="u", id="t")
        ledger.retract(SUBJECT, "t", **day)  # a unit corrects its own record
        ministry = decision("qd-bca")
        assert isinstance(ministry.data, RecognitionDecided)
        data = attrs.evolve(ministry.data, authority_level=AuthorityLevel.MINISTRY)
        ledger.record_many([attrs.evolve(ministry, data=data)], actor=POLICE)
        with pytest.raises(NotPermitted, match="recorded in the role police, which only the"):
            ledger.retract(SUBJECT, "qd-bca", actor=UBND, **day)  # not above the police
        ledger.retract(SUBJECT, "qd-bca", actor=POLICE, **day)


def test_the_correction_table() -> None:
    """Every (recorded in, correcting) pair of roles, for a type every role may record."""
    for recorded in (*Role, None):
        for role in Role:
            actor = Actor(role, SUBJECT if role is Role.UNIT else None)
            why = refusal(
                actor, "FactRetracted", SUBJECT, "CriterionAssessed", corrected_role=recorded
            )
            assert (why is None) == (role in CORRECTORS[recorded or Role.SYSTEM]), (recorded, role)
    assert CORRECTORS[Role.POLICE] == {Role.POLICE, Role.SYSTEM}
    assert Role.UNIT not in CORRECTORS[Role.SYSTEM]  # migrated data: its author is not known
    assert Role.UNIT not in CORRECTORS[Role.PEOPLES_COMMITTEE]
