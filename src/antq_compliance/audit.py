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
from .routing import authorities_on, superseded_recipient_named
from .rulebook import Interpretation, Rulebook, RuleVersion
from .vocabulary import DecisionOutcome, DossierDocument, Status, TextStatus, Verdict

__all__ = [
    "AUDIT_CHECKS",
    "DISTRICT_LEVEL_ABOLISHED",
    "AuditCheck",
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


@attrs.frozen(kw_only=True)
class AuditCheck:
    """One procedure check of the audit: the code its findings carry, the clause it enforces
    and how serious a finding is. The feature files name findings by code; the spec report
    lists these checks as the implementation of their clauses."""

    code: str
    clause: str
    severity: str
    """``error``: the decision cannot stand on the record; ``warning``: worth a look."""
    title_vi: str
    title_en: str


AUDIT_CHECKS: dict[str, AuditCheck] = {
    check.code: check
    for check in (
        AuditCheck(
            code="recognised_against_record",
            clause="TT124.D8.K1",
            severity="error",
            title_vi="Công nhận đạt khi hồ sơ lúc ký cho kết quả chưa đạt",
            title_en="Recognised although the record at signing said otherwise",
        ),
        AuditCheck(
            code="refused_against_record",
            clause="TT124.D8.K1",
            severity="warning",
            title_vi="Không công nhận khi hồ sơ lúc ký cho kết quả đạt",
            title_en="Not recognised although the record at signing said achieved",
        ),
        AuditCheck(
            code="second_decision",
            clause="TT124.D3.K1",
            severity="error",
            title_vi="Quyết định thứ hai về cùng một năm",
            title_en="A second decision on the same year",
        ),
        AuditCheck(
            code="no_review_meeting",
            clause="TT124.D9",
            severity="error",
            title_vi="Công nhận mà không có cuộc họp xét",
            title_en="Recognised without a review meeting",
        ),
        AuditCheck(
            code="no_police_representative",
            clause="TT124.D9",
            severity="error",
            title_vi="Cuộc họp xét không có đại diện công an",
            title_en="No police representative at the review meeting",
        ),
        AuditCheck(
            code="no_dossier",
            clause="TT124.D9",
            severity="error",
            title_vi="Công nhận mà không có hồ sơ đề nghị",
            title_en="Recognised without a dossier",
        ),
        AuditCheck(
            code="dossier_incomplete",
            clause="TT124.D9",
            severity="warning",
            title_vi="Hồ sơ thiếu giấy tờ",
            title_en="Dossier lacks documents",
        ),
        AuditCheck(
            code="dossier_misrouted",
            clause="TT48",
            severity="warning",
            title_vi="Hồ sơ gửi nơi nhận đã được thay thế",
            title_en="Dossier sent to a recipient that was replaced",
        ),
        AuditCheck(
            code="abolished_authority",
            clause="TT124.D10",
            severity="error",
            title_vi="Quyết định do cấp chính quyền không còn tồn tại ký",
            title_en="Decision signed by a level of government that no longer existed",
        ),
    )
}
"""Every check of :func:`audit_subject`, by finding code."""


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
    decisions.sort(key=lambda item: (item[0].occurred_on, item[0].recorded_at, item[0].id))
    findings: list[Finding] = []
    for index, (fact, decision) in enumerate(decisions):
        findings += _check_decision(subject, facts, year, fact, decision, rulebook, interpretation)
        if index:
            findings.append(_second_decision(subject, year, fact, decision, decisions[:index]))
    return findings


def _finding(
    check: str,
    subject: str,
    year: int,
    fact: Fact,
    known_at: datetime,
    vi: str,
    en: str,
    evidence: tuple[str, ...],
) -> Finding:
    spec = AUDIT_CHECKS[check]
    return Finding(
        subject=subject,
        year=year,
        code=spec.code,
        severity=spec.severity,
        clause=spec.clause,
        message_vi=vi,
        message_en=en,
        decision=fact.id,
        text_status=catalogue_clause(spec.clause).text_status,
        known_at=known_at,
        evidence=(fact.id, *evidence),
    )


def _second_decision(
    subject: str,
    year: int,
    fact: Fact,
    decision: RecognitionDecided,
    earlier: Sequence[tuple[Fact, RecognitionDecided]],
) -> Finding:
    """Review and recognition happen once a year (TT124.D3.K1): a standing decision on a year
    that already had one is an error. A correction (a superseding fact) replaces its original
    and is not a second decision."""
    first_fact, first = earlier[0]
    signed = fact.occurred_on
    return _finding(
        "second_decision",
        subject,
        year,
        fact,
        max(end_of_day(signed), fact.recorded_at),
        f"Quyết định {decision.decision_number} ngày {signed.strftime('%d/%m/%Y')} là quyết "
        f"định thứ {len(earlier) + 1} về năm {year}; đã có quyết định {first.decision_number} "
        f"ngày {first_fact.occurred_on.strftime('%d/%m/%Y')} (xét, công nhận mỗi năm một lần)",
        f"Decision {decision.decision_number} of {signed.isoformat()} is decision number "
        f"{len(earlier) + 1} on {year}; decision {first.decision_number} of "
        f"{first_fact.occurred_on.isoformat()} already stands (review and recognition happen "
        "once a year)",
        tuple(f.id for f, _ in earlier),
    )


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

    def add(code: str, vi: str, en: str, evidence: tuple[str, ...]) -> None:
        findings.append(_finding(code, subject, year, fact, known_at, vi, en, evidence))

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
            f"Quyết định {decision.decision_number} ngày {d_vi} công nhận đạt, nhưng hồ sơ "
            f'ghi nhận đến hết ngày đó cho kết quả "{status.verdict.label_vi}": {listed}',
            f"Decision {decision.decision_number} of {d_en} recognises the unit, but the "
            f"record as known at the end of that day says {status.verdict.value}: {listed}",
            tuple(i for c in failing for i in c.evidence),
        )
    if not recognised and status.verdict is Verdict.ACHIEVED:
        add(
            "refused_against_record",
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
            f"Không có biên bản họp xét năm {year} trước quyết định ngày {d_vi}",
            f"No review meeting for {year} was on record before the decision of {d_en}",
            (),
        )
    elif recognised and not any(m.police_representative_present for _, m in meetings):
        add(
            "no_police_representative",
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
            f"Không có hồ sơ đề nghị công nhận năm {year} trước quyết định ngày {d_vi}",
            f"No dossier for {year} was on record before the decision of {d_en}",
            (),
        )
    elif recognised and missing:
        add(
            "dossier_incomplete",
            "Hồ sơ thiếu: " + ", ".join(doc.label_vi for doc in missing),
            "The dossier lacks: " + ", ".join(doc.label_en for doc in missing),
            tuple(f.id for f, _ in dossiers),
        )
    for dossier_fact, dossier in dossiers:
        sent = dossier_fact.occurred_on
        routes = superseded_recipient_named(dossier.submitted_to, sent)
        if routes is not None:
            route, former = routes
            assumed = "" if route.date_confirmed else " (ngày hiệu lực chưa được xác nhận)"
            assumed_en = "" if route.date_confirmed else " (effective date not confirmed)"
            add(
                "dossier_misrouted",
                f'Hồ sơ nộp ngày {sent.strftime("%d/%m/%Y")} gửi "{dossier.submitted_to}", '
                f"nơi nhận đến hết {former.effective_to_text_vi()}; từ "
                f"{route.effective_from.strftime('%d/%m/%Y')}{assumed} hồ sơ gửi "
                f"{route.recipient_vi}",
                f'The dossier sent on {sent.isoformat()} went to "{dossier.submitted_to}", the '
                f"recipient until {former.effective_to_text_en()}; from "
                f"{route.effective_from.isoformat()}{assumed_en} dossiers go to "
                f"{route.recipient_en}",
                (dossier_fact.id,),
            )
    if decision.authority_level not in authorities_on(signed):
        add(
            "abolished_authority",
            f"Quyết định do UBND cấp huyện ký ngày {d_vi}, khi cấp huyện đã không còn "
            "(từ 01/07/2025)",
            f"Decision signed by a district People's Committee on {d_en}, after the district "
            "level was abolished on 2025-07-01",
            (),
        )
    return findings
