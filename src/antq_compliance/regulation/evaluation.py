"""Evaluate one subject for one year: the verdict and every criterion, each able to explain itself.

Pure: takes the facts and both "as of" points as arguments; reads no clock and no store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import attrs

from antq_compliance.domain.dates import Period, fmt_date
from antq_compliance.domain.errors import BeforeSubjectExisted, NoRuleVersion
from antq_compliance.domain.facts import Fact, SubjectRegistered
from antq_compliance.domain.record import Record, build_record
from antq_compliance.domain.vocabulary import Status, SubjectKind, TextStatus, Verdict
from antq_compliance.regulation import tt48, tt124
from antq_compliance.regulation.clauses import clause
from antq_compliance.regulation.criteria import Context, Criterion, Finding
from antq_compliance.regulation.interpretation import Interpretation, differences
from antq_compliance.regulation.results import (
    AsOf,
    CriterionResult,
    RuleRef,
    WindowInfo,
    YearStatus,
)
from antq_compliance.regulation.rulebook import Article, ProvincialCriterion, Rulebook, RuleVersion
from antq_compliance.regulation.tt23 import TT23
from antq_compliance.regulation.tt124 import TT124
from antq_compliance.regulation.tt124.first_edition import FIRST_EDITION

__all__ = ["DEFAULT_RULEBOOK", "evaluate", "evaluate_record"]

DEFAULT_RULEBOOK = Rulebook(
    (TT124, TT23),
    retired=(FIRST_EDITION,),
    checks=(
        *tt124.CLASSIFICATION_CHECKS,
        *tt124.PROCEDURE_CHECKS,
        *tt48.CHECKS,
        *tt124.COMPETENCE_CHECKS,
        *tt124.PRINCIPLE_CHECKS,
    ),
)
"""Circular 124 from the 2022 cycle, Circular 23 before; the readings of ``docs/rules.md``."""


_RESULT_FIELDS = (
    "id",
    "status",
    "provisional",
    "text_status",
    "evidence",
    "reason_vi",
    "reason_en",
    "due",
    "rule",
    "title_vi",
    "title_en",
)
if tuple(f.name for f in attrs.fields(CriterionResult)) != _RESULT_FIELDS or any(
    f.validator or f.converter for f in attrs.fields(CriterionResult)
):  # pragma: no cover - a field added to the class must be added here too
    raise ImportError("CriterionResult changed: update evaluation._RESULT_FIELDS")
_NEW = object.__new__
_SETTERS = tuple(getattr(CriterionResult, name).__set__ for name in _RESULT_FIELDS)
(_ID, _STATUS, _PROVISIONAL, _TEXT, _EVIDENCE, _VI, _EN, _DUE, _RULE, _TITLE_VI, _TITLE_EN) = (
    _SETTERS
)


def _from_finding(
    finding: Finding,
    *,
    id: str,
    text_status: TextStatus,
    rule: RuleRef,
    title_vi: str,
    title_en: str,
) -> CriterionResult:
    """The result of ``finding``: ``CriterionResult(...)`` with these values, built slot by
    slot (the class has no validator; an evaluation builds tens of them per subject)."""
    result = _NEW(CriterionResult)
    _ID(result, id)
    _STATUS(result, finding.status)
    _PROVISIONAL(result, text_status is TextStatus.PROVISIONAL)
    _TEXT(result, text_status)
    _EVIDENCE(result, finding.evidence)
    _VI(result, finding.reason_vi)
    _EN(result, finding.reason_en)
    _DUE(result, finding.due)
    _RULE(result, rule)
    _TITLE_VI(result, title_vi)
    _TITLE_EN(result, title_en)
    return result


def _result(criterion: Criterion, ctx: Context, rule: RuleRef) -> CriterionResult:
    """``criterion``'s result under ``rule`` (one reference, shared by the results of an
    evaluation: it is an immutable value)."""
    meta = clause(criterion.clause_id)
    return _from_finding(
        criterion.predicate(ctx),
        id=criterion.clause_id,
        text_status=meta.text_status,
        rule=rule,
        title_vi=meta.title_vi,
        title_en=meta.title_en,
    )


def _check_existed(subject: str, facts: Sequence[Fact], record: Record, as_of: AsOf) -> None:
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


def _provincial(extra: ProvincialCriterion, ctx: Context, rule: RuleRef) -> CriterionResult:
    return _from_finding(
        extra.predicate(ctx),
        id=extra.id,
        text_status=extra.text_status,
        rule=rule,
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


def _article(version: RuleVersion, kind: SubjectKind) -> Article:
    article = version.article_for(kind)
    if article is None:
        raise NoRuleVersion(
            f"{version.instrument} ({version.version}) sets no criteria for a {kind.label_en} "
            "in this library"
        )
    return article


def evaluate(
    subject: str,
    facts: Iterable[Fact],
    year: int,
    as_of: AsOf,
    *,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> YearStatus:
    """The status of ``subject`` for evaluation ``year`` from its ``facts``: under the article
    of the rule version that governs its kind of subject (the version the rulebook assigns to
    ``year`` unless ``rule`` is given). ``others``: the facts of the subjects that may fall
    under it (for a commune, the units on its territory: TT124.D5.K4), by subject."""
    facts = list(facts)
    record = build_record(subject, facts, as_of=as_of.business, known_at=as_of.known_at)
    return evaluate_record(
        record,
        facts,
        year,
        as_of,
        rulebook=rulebook,
        rule=rule,
        interpretation=interpretation,
        others=others,
    )


def evaluate_record(
    record: Record,
    facts: Sequence[Fact],
    year: int,
    as_of: AsOf,
    *,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> YearStatus:
    """:func:`evaluate`, for a caller that has built the subject's record already:
    ``record`` must be ``build_record(subject, facts, as_of=as_of.business,
    known_at=as_of.known_at)`` (a report reads the same record for its own figures)."""
    subject = record.subject
    version = rule or rulebook.for_year(year)
    if interpretation is not None:
        version = attrs.evolve(version, interpretation=interpretation)
    _check_existed(subject, facts, record, as_of)
    kind = record.of(SubjectRegistered)[0][1].kind
    article = _article(version, kind)
    window = article.window(year)
    ctx = Context(
        year=year,
        window=window,
        q1=version.q1(year),
        as_of=as_of.business,
        record=record,
        interpretation=version.interpretation,
        others=tuple(
            build_record(other, other_facts, as_of=as_of.business, known_at=as_of.known_at)
            for other, other_facts in sorted((others or {}).items())
            if other != subject
        ),
    )
    profile = record.profile_on(ctx.reference_day)
    extras = (
        [p for p in rulebook.provincial if p.applies(profile.province, window)]
        if version.instrument == "TT124"
        else []
    )
    refs = _rule_refs(version, extras)  # one reference per rule, shared by its results
    scopes = tuple(_result(c, ctx, refs[0]) for c in article.scope if c.applies_to(kind))
    out = next((s for s in scopes if s.status is Status.NOT_APPLICABLE), None)
    results = tuple(
        _result(c, ctx, refs[0]) for c in article.criteria if c.applies_to(kind)
    ) + tuple(_provincial(p, ctx, ref) for p, ref in zip(extras, refs[1:], strict=True))
    if out is not None:
        results = tuple(_not_applicable(r, out) for r in results)
        verdict, vi, en = Verdict.NOT_APPLICABLE, out.reason_vi, out.reason_en
    else:
        verdict, vi, en = _verdict(results, window, as_of.business)
    provisional = verdict is not Verdict.NOT_APPLICABLE and any(
        r.provisional and r.status is not Status.NOT_APPLICABLE for r in results
    )
    return YearStatus(
        subject=subject,
        name=profile.name,
        kind=kind,
        year=year,
        window=WindowInfo(
            start=window.start,
            end=window.end,
            clause=article.window_clause,
            note=article.window_note,
            note_vi=article.window_note_vi,
        ),
        rulebook=refs,
        verdict=verdict,
        provisional=provisional,
        reason_vi=vi,
        reason_en=en,
        scope=out or (scopes[0] if scopes else None),
        scopes=scopes,
        criteria=results,
        as_of=as_of,
    )


def _rule_refs(version: RuleVersion, extras: list[ProvincialCriterion]) -> tuple[RuleRef, ...]:
    """The rule version and the provincial criteria used, each with the reading applied."""
    reading = differences(version.interpretation)
    return (
        RuleRef(instrument=version.instrument, version=version.version, interpretation=reading),
        *(
            RuleRef(instrument=p.rule_instrument, version=p.rule_version, interpretation=reading)
            for p in extras
        ),
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
            f"Đang chờ: kỳ đánh giá đến {fmt_date(window.end)}; "
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
