"""Evaluate one subject for one year: the verdict and every criterion, each able to explain itself.

Pure: takes the facts and both "as of" points as arguments; reads no clock and no store.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import attrs

from .calendar import Period
from .clauses import clause
from .errors import BeforeSubjectExisted, ClauseNotEvaluated
from .facts import Fact, SubjectRegistered
from .record import Record, build_record
from .rulebook import (
    Context,
    Criterion,
    Finding,
    Interpretation,
    ProvincialCriterion,
    Rulebook,
    RuleVersion,
)
from .tt23 import TT23
from .tt124 import TT124
from .vocabulary import Status, TextStatus, Verdict

__all__ = [
    "DEFAULT_RULEBOOK",
    "AsOf",
    "CriterionResult",
    "RuleRef",
    "WindowInfo",
    "YearStatus",
    "evaluate",
]

DEFAULT_RULEBOOK = Rulebook((TT124, TT23))


@attrs.frozen(kw_only=True)
class AsOf:
    """The two clocks: the business date facts happened by, and the instant they were known at.

    ``known_at`` None means "everything recorded so far".
    """

    business: date
    known_at: datetime | None = None


@attrs.frozen(kw_only=True)
class RuleRef:
    instrument: str
    version: str


@attrs.frozen(kw_only=True)
class WindowInfo:
    start: date
    end: date
    clause: str | None
    note: str = ""


@attrs.frozen(kw_only=True)
class CriterionResult:
    """One criterion's status for the year, with everything needed to explain it."""

    id: str
    status: Status
    provisional: bool
    text_status: TextStatus
    evidence: tuple[str, ...]
    reason_vi: str
    reason_en: str
    due: date | None
    rule: RuleRef
    title_vi: str
    title_en: str

    def reason(self, lang: str = "vi") -> str:
        return self.reason_vi if lang == "vi" else self.reason_en


@attrs.frozen(kw_only=True)
class YearStatus:
    """The public status contract (documented in ``docs/status.md``)."""

    subject: str
    name: str
    year: int
    window: WindowInfo
    rulebook: tuple[RuleRef, ...]
    verdict: Verdict
    provisional: bool
    reason_vi: str
    reason_en: str
    scope: CriterionResult | None
    """The scope clause's result; None when the instrument excludes no kind of unit (TT23)."""
    criteria: tuple[CriterionResult, ...]
    as_of: AsOf

    def criterion(self, clause_id: str) -> CriterionResult:
        """The result for ``clause_id`` (the scope clause included)."""
        for result in (*([self.scope] if self.scope else []), *self.criteria):
            if result.id == clause_id:
                return result
        clause(clause_id)  # UnknownClause for an id that is not in the catalogue at all
        if clause_id == self.window.clause:
            detail = (
                f"it defines the evaluation window {self.window.start.isoformat()} to "
                f"{self.window.end.isoformat()} (see 'window')"
            )
        elif clause_id == "TT124.D8.K1" and self.rulebook[0].instrument == "TT124":
            detail = "it is the verdict itself (see 'verdict')"
        else:
            names = ", ".join(r.instrument for r in self.rulebook)
            detail = f"the rule version used ({names}) does not evaluate it"
        raise ClauseNotEvaluated(clause_id, detail)

    def reason(self, lang: str = "vi") -> str:
        return self.reason_vi if lang == "vi" else self.reason_en


def _from_finding(
    finding: Finding,
    *,
    id: str,
    text_status: TextStatus,
    rule: RuleRef,
    title_vi: str,
    title_en: str,
) -> CriterionResult:
    return CriterionResult(
        id=id,
        status=finding.status,
        provisional=text_status is TextStatus.PROVISIONAL,
        text_status=text_status,
        evidence=finding.evidence,
        reason_vi=finding.reason_vi,
        reason_en=finding.reason_en,
        due=finding.due,
        rule=rule,
        title_vi=title_vi,
        title_en=title_en,
    )


def _result(rule: RuleVersion, criterion: Criterion, ctx: Context) -> CriterionResult:
    meta = clause(criterion.clause_id)
    return _from_finding(
        criterion.predicate(ctx),
        id=criterion.clause_id,
        text_status=meta.text_status,
        rule=RuleRef(instrument=rule.instrument, version=rule.version),
        title_vi=meta.title_vi,
        title_en=meta.title_en,
    )


def _check_existed(subject: str, facts: list[Fact], record: Record, as_of: AsOf) -> None:
    registrations = record.of(SubjectRegistered)
    if not registrations:
        first = min((f.recorded_at for f in facts), default=None)
        when = f"; it was first recorded at {first.isoformat()}" if first else ""
        by = as_of.known_at.isoformat() if as_of.known_at else "now"
        raise BeforeSubjectExisted(subject, f"nothing was recorded about it by {by}{when}")
    registered_on = registrations[0][0].occurred_on
    if as_of.business < registered_on:
        raise BeforeSubjectExisted(
            subject,
            f"the as-of date {as_of.business.isoformat()} is before its registration took effect "
            f"on {registered_on.isoformat()}",
        )


def _provincial(extra: ProvincialCriterion, ctx: Context) -> CriterionResult:
    return _from_finding(
        extra.predicate(ctx),
        id=extra.id,
        text_status=extra.text_status,
        rule=RuleRef(instrument=extra.rule_instrument, version=extra.rule_version),
        title_vi=extra.title_vi,
        title_en=extra.title_en,
    )


def _not_applicable(result: CriterionResult, scope: CriterionResult) -> CriterionResult:
    return attrs.evolve(
        result,
        status=Status.NOT_APPLICABLE,
        evidence=scope.evidence,
        reason_vi=f"Không áp dụng: {scope.reason_vi}",
        reason_en=f"Not applicable: {scope.reason_en}",
        due=None,
    )


def evaluate(
    subject: str,
    facts: Iterable[Fact],
    year: int,
    as_of: AsOf,
    *,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
) -> YearStatus:
    """The status of ``subject`` for evaluation ``year`` from its ``facts``.

    The rule version is the one the rulebook assigns to ``year`` unless ``rule`` is given.
    """
    version = rule or rulebook.for_year(year)
    if interpretation is not None:
        version = attrs.evolve(version, interpretation=interpretation)
    window = version.window(year)
    facts = list(facts)
    record = build_record(subject, facts, as_of=as_of.business, known_at=as_of.known_at)
    _check_existed(subject, facts, record, as_of)
    ctx = Context(
        year=year,
        window=window,
        q1=version.q1(year),
        as_of=as_of.business,
        record=record,
        interpretation=version.interpretation,
    )
    scope = _result(version, version.scope, ctx) if version.scope else None
    profile = record.profile_on(ctx.reference_day)
    extras = (
        [p for p in rulebook.provincial if p.applies(profile.province, window)]
        if version.instrument == "TT124"
        else []
    )
    results = tuple(_result(version, c, ctx) for c in version.criteria) + tuple(
        _provincial(p, ctx) for p in extras
    )
    name = profile.name
    if scope is not None and scope.status is Status.NOT_APPLICABLE:
        results = tuple(_not_applicable(r, scope) for r in results)
        verdict, vi, en = Verdict.NOT_APPLICABLE, scope.reason_vi, scope.reason_en
    else:
        verdict, vi, en = _verdict(results, window, as_of.business)
    provisional = verdict is not Verdict.NOT_APPLICABLE and any(
        r.provisional and r.status is not Status.NOT_APPLICABLE for r in results
    )
    return YearStatus(
        subject=subject,
        name=name,
        year=year,
        window=WindowInfo(
            start=window.start,
            end=window.end,
            clause=version.window_clause,
            note=version.window_note,
        ),
        rulebook=(
            RuleRef(instrument=version.instrument, version=version.version),
            *(RuleRef(instrument=p.rule_instrument, version=p.rule_version) for p in extras),
        ),
        verdict=verdict,
        provisional=provisional,
        reason_vi=vi,
        reason_en=en,
        scope=scope,
        criteria=results,
        as_of=as_of,
    )


def _verdict(
    results: tuple[CriterionResult, ...], window: Period, as_of: date
) -> tuple[Verdict, str, str]:
    """TT124.D8.K1 and the Article 6 lead-in: achieved only if every applicable criterion is met."""
    failed = [r for r in results if r.status is Status.NOT_MET]
    pending = [r for r in results if r.status is Status.PENDING]
    applicable = [r for r in results if r.status is not Status.NOT_APPLICABLE]
    if failed:
        listed = ", ".join(r.id for r in failed)
        return (
            Verdict.NOT_ACHIEVED,
            f"Chưa đạt: {len(failed)} tiêu chí không đạt ({listed})",
            f"Not achieved: {_criteria(len(failed))} not met ({listed})",
        )
    if pending:
        listed = ", ".join(r.id for r in pending)
        return (
            Verdict.PENDING,
            f"Đang chờ: kỳ đánh giá đến {window.end.strftime('%d/%m/%Y')}; "
            f"{len(pending)} tiêu chí chưa hoàn thành ({listed}), chưa tiêu chí nào không đạt",
            f"Pending: the window runs to {window.end.isoformat()}; {_criteria(len(pending))} "
            f"outstanding ({listed}), none failed",
        )
    return (
        Verdict.ACHIEVED,
        f"Đạt: cả {len(applicable)} tiêu chí áp dụng đều đạt",
        f"Achieved: all {_criteria(len(applicable))} applicable met",
    )


def _criteria(n: int) -> str:
    return f"{n} criterion" if n == 1 else f"{n} criteria"
