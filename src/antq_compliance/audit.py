"""Audit replay: how a year's status changed as facts were recorded, and decisions checked
against what the record showed on the day they were signed. Pure: facts in, results out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone

import attrs

from .clauses import clause as catalogue_clause
from .errors import InvalidQuery
from .evaluation import DEFAULT_RULEBOOK, AsOf, YearStatus, evaluate
from .facts import (
    DossierSubmitted,
    Fact,
    ProfileChanged,
    RecognitionDecided,
    ReviewMeetingHeld,
    SubjectRegistered,
)
from .record import build_record
from .routing import authorities_on
from .rulebook import Interpretation, Rulebook, RuleVersion
from .vocabulary import DecisionOutcome, DossierDocument, Status, TextStatus, Verdict

__all__ = [
    "DISTRICT_LEVEL_ABOLISHED",
    "CriterionChange",
    "Finding",
    "StatusChange",
    "StatusDiff",
    "audit_subject",
    "diff",
    "end_of_day",
    "history",
]

_VN = timezone(timedelta(hours=7))

DISTRICT_LEVEL_ABOLISHED = date(2025, 7, 1)
"""From 01/07/2025 the district administrative level no longer exists (see ``routing``)."""


def end_of_day(day: date) -> datetime:
    """The last instant of ``day`` in Vietnam time, in UTC: what was known "on" that day."""
    return datetime.combine(day, time.max, tzinfo=_VN).astimezone(UTC)


@attrs.frozen(kw_only=True)
class CriterionChange:
    id: str
    before: Status | None
    after: Status | None
    reason_vi: str
    reason_en: str


@attrs.frozen(kw_only=True)
class StatusChange:
    """The status changed at ``recorded_at`` because of the facts recorded then."""

    recorded_at: datetime
    facts: tuple[str, ...]
    verdict_before: Verdict | None
    verdict_after: Verdict
    criteria: tuple[CriterionChange, ...]


@attrs.frozen(kw_only=True)
class StatusDiff:
    """What changed between two recording instants, and the facts recorded in between."""

    subject: str
    year: int
    known_from: datetime
    known_to: datetime
    before: YearStatus
    after: YearStatus
    criteria: tuple[CriterionChange, ...]
    facts: tuple[Fact, ...]
    """Facts recorded after ``known_from`` and up to ``known_to`` (the candidates that explain
    the change), in recording order."""


def _changes(before: YearStatus | None, after: YearStatus) -> tuple[CriterionChange, ...]:
    old = {c.id: c for c in before.criteria} if before else {}
    out = []
    for c in after.criteria:
        prior = old.get(c.id)
        if prior is None or prior.status is not c.status:
            out.append(
                CriterionChange(
                    id=c.id,
                    before=prior.status if prior else None,
                    after=c.status,
                    reason_vi=c.reason_vi,
                    reason_en=c.reason_en,
                )
            )
    return tuple(out)


def _evaluate(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    as_of: date,
    known_at: datetime,
    rulebook: Rulebook,
    rule: RuleVersion | None,
    interpretation: Interpretation | None,
) -> YearStatus:
    return evaluate(
        subject,
        facts,
        year,
        AsOf(business=as_of, known_at=known_at),
        rulebook=rulebook,
        rule=rule,
        interpretation=interpretation,
    )


def history(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    as_of: date,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
) -> list[StatusChange]:
    """Every recording instant at which the verdict or a criterion of ``year`` changed."""
    out: list[StatusChange] = []
    previous: YearStatus | None = None
    for instant in sorted({f.recorded_at for f in facts}):
        status = _evaluate(subject, facts, year, as_of, instant, rulebook, rule, interpretation)
        changed = _changes(previous, status)
        if changed or previous is None or previous.verdict is not status.verdict:
            out.append(
                StatusChange(
                    recorded_at=instant,
                    facts=tuple(f.id for f in facts if f.recorded_at == instant),
                    verdict_before=previous.verdict if previous else None,
                    verdict_after=status.verdict,
                    criteria=changed,
                )
            )
        previous = status
    return out


def diff(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    known_from: datetime,
    known_to: datetime,
    as_of: date,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
) -> StatusDiff:
    """The criteria that changed between two recording instants, and the facts in between."""
    if known_to < known_from:
        raise InvalidQuery(
            f"the end instant {known_to.isoformat()} is before the start instant "
            f"{known_from.isoformat()}"
        )
    before = _evaluate(subject, facts, year, as_of, known_from, rulebook, rule, interpretation)
    after = _evaluate(subject, facts, year, as_of, known_to, rulebook, rule, interpretation)
    between = sorted(
        (f for f in facts if known_from < f.recorded_at <= known_to), key=lambda f: f.recorded_at
    )
    return StatusDiff(
        subject=subject,
        year=year,
        known_from=known_from,
        known_to=known_to,
        before=before,
        after=after,
        criteria=_changes(before, after),
        facts=tuple(between),
    )


@attrs.frozen(kw_only=True)
class Finding:
    """A disagreement between a recognition decision and the record, or a procedure gap."""

    subject: str
    year: int
    code: str
    severity: str
    """``error``: the decision cannot stand on the record; ``warning``: worth a look."""
    clause: str
    message_vi: str
    message_en: str
    decision: str
    text_status: TextStatus
    """The text status of ``clause``: findings on a provisional clause are provisional."""
    known_at: datetime
    """The recording instant the decision was compared at: the end of its signing day (Vietnam
    time), or when the decision was recorded if the log started after it was signed."""
    evidence: tuple[str, ...]

    @property
    def provisional(self) -> bool:
        return self.text_status is TextStatus.PROVISIONAL

    def message(self, lang: str = "vi") -> str:
        return self.message_vi if lang == "vi" else self.message_en


def audit_subject(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    interpretation: Interpretation | None = None,
) -> list[Finding]:
    """Check every standing decision on ``year`` against the record as known when it was signed."""
    record = build_record(subject, facts, as_of=date.max, known_at=None)
    decisions = [(f, d) for f, d in record.of(RecognitionDecided) if d.year == year]
    findings: list[Finding] = []
    for fact, decision in decisions:
        findings += _check_decision(subject, facts, year, fact, decision, rulebook, interpretation)
    return findings


def _check_decision(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    fact: Fact,
    decision: RecognitionDecided,
    rulebook: Rulebook,
    interpretation: Interpretation | None,
) -> list[Finding]:
    findings: list[Finding] = []
    signed = fact.occurred_on
    known_at = end_of_day(signed)
    window = rulebook.for_year(year).window(year)
    year_known = any(
        f.occurred_on in window
        and f.recorded_at <= known_at
        and not isinstance(f.data, SubjectRegistered | ProfileChanged)
        for f in facts
    )
    if not year_known:
        # Nothing of the evaluation window was on record by the end of the signing day: the
        # log was started or back-filled later. The earliest record that can be set beside
        # the decision is the one known when the decision itself was recorded.
        known_at = max(known_at, fact.recorded_at)
    status = _evaluate(subject, facts, year, signed, known_at, rulebook, None, interpretation)
    then = build_record(subject, facts, as_of=signed, known_at=known_at)

    def add(
        code: str, severity: str, clause: str, vi: str, en: str, evidence: tuple[str, ...]
    ) -> None:
        findings.append(
            Finding(
                subject=subject,
                year=year,
                code=code,
                severity=severity,
                clause=clause,
                message_vi=vi,
                message_en=en,
                decision=fact.id,
                text_status=catalogue_clause(clause).text_status,
                known_at=known_at,
                evidence=(fact.id, *evidence),
            )
        )

    d_vi, d_en = signed.strftime("%d/%m/%Y"), signed.isoformat()
    recognised = decision.outcome is DecisionOutcome.RECOGNISED
    if recognised and status.verdict is not Verdict.ACHIEVED:
        failing = [
            c
            for c in status.criteria
            if c.status is not Status.MET and c.status is not Status.NOT_APPLICABLE
        ]
        listed = ", ".join(f"{c.id} ({c.status.value})" for c in failing) or status.verdict.value
        add(
            "recognised_against_record",
            "error",
            "TT124.D8.K1",
            f"Quyết định {decision.decision_number} ngày {d_vi} công nhận đạt, nhưng hồ sơ "
            f'ghi nhận đến hết ngày đó cho kết quả "{status.verdict.label_vi}": {listed}',
            f"Decision {decision.decision_number} of {d_en} recognises the unit, but the "
            f"record as known at the end of that day says {status.verdict.value}: {listed}",
            tuple(i for c in failing for i in c.evidence),
        )
    if not recognised and status.verdict is Verdict.ACHIEVED:
        add(
            "refused_against_record",
            "warning",
            "TT124.D8.K1",
            f"Quyết định {decision.decision_number} ngày {d_vi} không công nhận, nhưng hồ sơ "
            "khi đó cho kết quả đạt",
            f"Decision {decision.decision_number} of {d_en} does not recognise the unit, "
            "but the record then said achieved",
            (),
        )
    meetings = [(f, m) for f, m in then.of(ReviewMeetingHeld) if m.year == year]
    if recognised and not meetings:
        add(
            "no_review_meeting",
            "error",
            "TT124.D9",
            f"Không có biên bản họp xét năm {year} trước quyết định ngày {d_vi}",
            f"No review meeting for {year} was on record before the decision of {d_en}",
            (),
        )
    elif recognised and not any(m.police_representative_present for _, m in meetings):
        add(
            "no_police_representative",
            "error",
            "TT124.D9",
            "Cuộc họp xét không có đại diện cơ quan công an tham dự",
            "No police representative attended the review meeting",
            tuple(f.id for f, _ in meetings),
        )
    dossiers = [(f, d) for f, d in then.of(DossierSubmitted) if d.year == year]
    filed = {doc for _, d in dossiers for doc in d.documents}
    missing = [doc for doc in DossierDocument if doc not in filed]
    if recognised and not dossiers:
        add(
            "no_dossier",
            "error",
            "TT124.D9",
            f"Không có hồ sơ đề nghị công nhận năm {year} trước quyết định ngày {d_vi}",
            f"No dossier for {year} was on record before the decision of {d_en}",
            (),
        )
    elif recognised and missing:
        add(
            "dossier_incomplete",
            "warning",
            "TT124.D9",
            "Hồ sơ thiếu: " + ", ".join(doc.label_vi for doc in missing),
            "The dossier lacks: " + ", ".join(doc.label_en for doc in missing),
            tuple(f.id for f, _ in dossiers),
        )
    if decision.authority_level not in authorities_on(signed):
        add(
            "abolished_authority",
            "error",
            "TT124.D10",
            f"Quyết định do UBND cấp huyện ký ngày {d_vi}, khi cấp huyện đã không còn "
            "(từ 01/07/2025)",
            f"Decision signed by a district People's Committee on {d_en}, after the district "
            "level was abolished on 2025-07-01",
            (),
        )
    return findings
