"""Recognition decisions checked against what the record showed on the day they were signed.

For each standing decision on a year, the engine builds the record as happened by the signing
day and as known at the end of it (:class:`~antq_compliance.regulation.procedure.DecisionContext`),
evaluates the year on it, and runs the rulebook's audit checks, one per clause
(``regulation/tt124/d03_principles.py``, ``d08_evaluation.py``, ``d09_procedure.py``,
``d10_competence.py``, ``regulation/tt48.py``). Each issue a check finds becomes a
:class:`Finding` with the check's code, clause and severity. Pure: facts in, findings out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

import attrs

from antq_compliance.domain.dates import end_of_day
from antq_compliance.domain.errors import NoRuleVersion
from antq_compliance.domain.facts import Fact, ProfileChanged, RecognitionDecided, SubjectRegistered
from antq_compliance.domain.record import build_record
from antq_compliance.domain.vocabulary import TextStatus
from antq_compliance.regulation.clauses import clause as catalogue_clause
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK, evaluate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook

__all__ = ["AUDIT_CHECKS", "Finding", "audit_subject"]

AUDIT_CHECKS: dict[str, AuditCheck] = {check.code: check for check in DEFAULT_RULEBOOK.checks}
"""Every check of the default rulebook, by finding code."""


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
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> list[Finding]:
    """Check every standing decision on ``year`` against the record as known when it was signed
    (for a commune, with the facts of the units it manages: ``others``)."""
    record = build_record(subject, facts, as_of=date.max, known_at=None)
    decisions = [(f, d) for f, d in record.of(RecognitionDecided) if d.year == year]
    decisions.sort(key=lambda item: (item[0].occurred_on, item[0].recorded_at, item[0].id))
    findings: list[Finding] = []
    governing = rulebook.for_year(year).instrument
    checks = [check for check in rulebook.checks if check.applies_under(governing)]
    for index, (fact, decision) in enumerate(decisions):
        ctx = _context(
            subject,
            facts,
            year,
            fact,
            decision,
            tuple(decisions[:index]),
            rulebook,
            interpretation,
            others,
        )
        for check in checks:
            findings += [_finding(check, ctx, issue) for issue in check.check(ctx)]
    return findings


def _compared_at(
    facts: Sequence[Fact], fact: Fact, window_end: date, window_start: date
) -> datetime:
    """The end of the signing day; or, when nothing of the evaluation window was on record by
    then (the log was started or back-filled later), when the decision itself was recorded:
    the earliest record that can be set beside the decision."""
    known_at = end_of_day(fact.occurred_on)
    year_known = any(
        window_start <= f.occurred_on <= window_end
        and f.recorded_at <= known_at
        and not isinstance(f.data, SubjectRegistered | ProfileChanged)
        for f in facts
    )
    return known_at if year_known else max(known_at, fact.recorded_at)


def _context(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    fact: Fact,
    decision: RecognitionDecided,
    earlier: tuple[tuple[Fact, RecognitionDecided], ...],
    rulebook: Rulebook,
    interpretation: Interpretation | None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> DecisionContext:
    signed = fact.occurred_on
    version = rulebook.for_year(year)
    record = build_record(subject, facts, as_of=signed, known_at=None)
    window = version.window_for(record.profile_on(signed).kind, year)
    known_at = _compared_at(facts, fact, window.end, window.start)
    status: YearStatus | None
    try:
        status = evaluate(
            subject,
            facts,
            year,
            AsOf(business=signed, known_at=known_at),
            rulebook=rulebook,
            interpretation=interpretation,
            others=others,
        )
    except NoRuleVersion:  # no criteria for this kind of subject yet: the procedure is checked
        status = None
    return DecisionContext(
        subject=subject,
        year=year,
        fact=fact,
        decision=decision,
        earlier=earlier,
        record=build_record(subject, facts, as_of=signed, known_at=known_at),
        status=status,
        window=window,
        known_at=known_at,
        interpretation=interpretation or rulebook.for_year(year).interpretation,
    )


def _finding(check: AuditCheck, ctx: DecisionContext, issue: Issue) -> Finding:
    about = issue.clause or check.clause
    if about not in check.clauses:
        raise ValueError(f"the check {check.code} raised an issue about {about}, not one of its")
    return Finding(
        subject=ctx.subject,
        year=ctx.year,
        code=check.code,
        severity=check.severity,
        clause=about,
        message_vi=issue.message_vi,
        message_en=issue.message_en,
        decision=ctx.fact.id,
        text_status=catalogue_clause(about).text_status,
        known_at=issue.known_at or ctx.known_at,
        evidence=(ctx.fact.id, *issue.evidence),
    )
