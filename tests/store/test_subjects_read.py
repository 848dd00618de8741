"""Queries whose cost follows what they answer (issue 15, item 4): ``Ledger.subjects`` reads of
each stream only what a profile depends on and counts the rest in the database;
``Ledger.statuses(subjects=...)`` and ``Ledger.replay(subjects=...)`` read the streams of the
subjects asked for, not the log. Each is checked against the whole-stream reading it replaces,
on every store, with the corrections a profile can have (a profile change superseded, one
retracted) and a commune whose status reads the units on its territory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from test_communes import AS_OF, COMMUNE, UNITS, decision, registered, territory

from antq_compliance import (
    DecisionOutcome,
    FactDraft,
    FactRetracted,
    Ledger,
    ProfileChanged,
)
from antq_compliance.audit.decisions import audit_subject
from antq_compliance.codec.facts import stored_topics
from antq_compliance.domain.errors import NoRuleVersion
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.record import SubjectSummary, build_record, commune_code
from builders import compliant_year, draft

MOVED = "2100000008"
"""An enterprise whose profile is changed, corrected by a supersession, and changed again by a
change that is then retracted."""


def corrections() -> list[FactDraft]:
    renamed = ProfileChanged(name="Công ty Điện lực Cửu Long")
    return [
        *compliant_year(2024, MOVED),
        draft(f"{MOVED}-doi-ten", renamed, date(2022, 3, 1), MOVED),
        draft(
            f"{MOVED}-doi-ten-2",
            ProfileChanged(name="Công ty Điện lực Cửu Long (đã sửa)"),
            date(2022, 3, 1),
            MOVED,
            supersedes=f"{MOVED}-doi-ten",
            reason="sai tên",
        ),
        draft(f"{MOVED}-tinh", ProfileChanged(province="Vĩnh Long"), date(2023, 1, 1), MOVED),
        draft(
            f"{MOVED}-rut",
            FactRetracted(target=f"{MOVED}-tinh", reason="nhập nhầm"),
            date(2023, 1, 2),
            MOVED,
        ),
    ]


def _ledger(store: str, clock: Callable[[], datetime]) -> Ledger:
    ledger = Ledger(store, clock=clock, actor=SYSTEM)
    ledger.record_many(territory())
    ledger.record_many(corrections())
    ledger.record_many([registered(u) for u in UNITS[:3]])
    ledger.record_many([decision(u, date(2024, 11, 1), DecisionOutcome.RECOGNISED) for u in UNITS])
    return ledger


def _streams_read(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The subjects whose streams the ledger reads from now on (``EventLog.read_many``)."""
    asked: list[str] = []
    original = ledger.log.read_many

    def recording(subjects: list[str], **kwargs: object) -> dict[str, list[Fact]]:
        asked.extend(subjects)
        return original(subjects, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger.log, "read_many", recording)
    return asked


def _whole_stream_summary(subject: str, facts: list[Fact]) -> SubjectSummary:
    """What ``Ledger.subjects`` gave before: the summary from the subject's whole stream."""
    record = build_record(subject, facts, as_of=date.max, known_at=None)
    profile = record.profile_on(date.max)
    return SubjectSummary(
        id=subject,
        name=profile.name,
        kind=profile.kind,
        ownership=profile.ownership,
        province=profile.province,
        commune=profile.commune,
        facts=len(facts),
        commune_code=commune_code(subject, profile),
    )


def test_subjects_equal_the_whole_stream_reading_without_decoding_the_rest(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with _ledger(store, clock) as ledger:
        every = sorted({f.subject for _, f in ledger.log.scan()})
        expected = [_whole_stream_summary(s, ledger.facts(s)) for s in every]
        decoded: list[str] = []
        original = ledger.log._decoder

        def counting(*args: object, **kwargs: object) -> Callable[[str, bytes], Fact]:
            decode = original(*args, **kwargs)  # type: ignore[arg-type]

            def wrapped(topic: str, state: bytes) -> Fact:
                decoded.append(topic)
                return decode(topic, state)

            return wrapped

        monkeypatch.setattr(ledger.log, "_decoder", counting)
        got = ledger.subjects()
        monkeypatch.undo()
        assert got == expected
        moved = next(s for s in got if s.id == MOVED)
        assert moved.name == "Công ty Điện lực Cửu Long (đã sửa)"  # the supersession
        assert moved.province == "Trà Vinh"  # the retracted change is not in effect
        assert moved.facts == len(ledger.facts(MOVED))
        wanted = {"SubjectRegistered", "ProfileChanged", "FactRetracted"}
        assert decoded and {topic.split(":")[1] for topic in decoded} <= wanted
        assert len(decoded) < sum(s.facts for s in got)


def test_stream_parts_count_every_fact_and_decode_only_the_topics(
    store: str, clock: Callable[[], datetime]
) -> None:
    with _ledger(store, clock) as ledger:
        head = ledger.head()
        ledger.record_many(compliant_year(2025, MOVED))  # after the head: not counted
        topics = stored_topics(ProfileChanged)
        parts = {
            (facts[0].subject if facts else None, count)
            for facts, count in ledger.log.scan_stream_parts(topics, head=head, batch=3)
        }
        for subject in {f.subject for _, f in ledger.log.scan()}:
            facts = [f for p, f in ledger.log.scan() if f.subject == subject and p <= head]
            changes = [f for f in facts if isinstance(f.data, ProfileChanged)]
            found = (subject if changes else None, len(facts))
            assert found in parts
        with pytest.raises(ValueError, match="at least one topic"):
            list(ledger.log.scan_stream_parts([]))


def test_statuses_and_replay_of_chosen_subjects_read_only_their_streams(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = {COMMUNE, UNITS[0], MOVED, "2100000999"}  # the last has no facts
    with _ledger(store, clock) as ledger:
        everyone = {s.subject: s for s in ledger.statuses(2024, as_of=AS_OF)}
        whole = ledger.replay([2024], keep_facts=False)
        asked = _streams_read(ledger, monkeypatch)
        some = list(ledger.statuses(2024, as_of=AS_OF, subjects=chosen))
        assert some == [everyone[s] for s in sorted(chosen) if s in everyone]
        # The commune's clause 4 read its units (TT124.D5.K4): nothing else of the log.
        assert set(asked) <= chosen | set(UNITS)
        asked.clear()
        part = ledger.replay([2024], keep_facts=False, subjects=chosen)
        assert dict(part.statuses.items()) == {
            key: status for key, status in whole.statuses.items() if key[0] in chosen
        }
        assert part.streams == 3 and set(asked) <= chosen | set(UNITS)
        with pytest.raises(ValueError, match="without facts"):
            ledger.replay([2024], subjects=chosen)


def test_audit_reads_only_the_streams_of_subjects_with_a_decision_on_the_year(
    store: str, clock: Callable[[], datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    with _ledger(store, clock) as ledger:
        ledger.record_many([decision(COMMUNE, date(2024, 12, 20), DecisionOutcome.RECOGNISED)])
        expected = [  # every stream checked, as before
            finding
            for subject in sorted({f.subject for _, f in ledger.log.scan()})
            for finding in audit_subject(
                subject,
                ledger.facts(subject),
                2024,
                others=ledger._territories.others(subject, ledger.facts(subject)),
            )
        ]
        asked = _streams_read(ledger, monkeypatch)
        found = ledger.audit(2024)
        assert found == expected and found  # the unregistered units' decisions are findings
        assert set(asked) == {COMMUNE, *UNITS}  # the decided, and the commune's units
        asked.clear()
        assert ledger.audit(2023) == [] and asked == []  # no decision on 2023: nothing read


def test_an_audit_of_a_year_no_rule_governs_is_refused_as_before(
    store: str, clock: Callable[[], datetime]
) -> None:
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        assert ledger.audit(2011) == []  # an empty log: nothing to check
        ledger.record_many(territory())
        with pytest.raises(NoRuleVersion, match="2011"):
            ledger.audit(2011)
