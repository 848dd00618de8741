"""Findings made of parts: a clause with several duties (``combine``), and a duty the review
body judged not fulfilled (``negative_assessment``). Used by the articles' predicates and by
``shared``.
"""

from __future__ import annotations

from collections.abc import Sequence

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import CriterionAssessed
from antq_compliance.domain.vocabulary import Status
from antq_compliance.regulation.criteria import Context, Finding

__all__ = ["combine", "negative_assessment"]


def combine(ctx: Context, parts: Sequence[tuple[str, str, Finding]]) -> Finding:
    """One finding of a clause made of several duties (``(label_vi, label_en, finding)``):
    not met if one is, else pending if one is (due the earliest), else not applicable if all
    are, else met. The reason names every duty with its own reason."""
    statuses = [f.status for _, _, f in parts]
    if Status.NOT_MET in statuses:
        status = Status.NOT_MET
    elif Status.PENDING in statuses:
        status = Status.PENDING
    elif all(s is Status.NOT_APPLICABLE for s in statuses):
        status = Status.NOT_APPLICABLE
    else:
        status = Status.MET
    dues = [f.due for _, _, f in parts if f.status is Status.PENDING and f.due is not None]
    evidence: dict[str, None] = {}
    for _, _, finding in parts:
        evidence.update(dict.fromkeys(finding.evidence))
    return Finding(
        status=status,
        reason_vi="; ".join(f"{vi}: {f.reason_vi}" for vi, _, f in parts),
        reason_en="; ".join(f"{en}: {f.reason_en}" for _, en, f in parts),
        evidence=tuple(evidence),
        due=min(dues) if status is Status.PENDING and dues else None,
    )


def negative_assessment(ctx: Context, clause_id: str) -> Finding | None:
    """Not met, when the review body's latest assessment of ``clause_id`` for the year says
    it was not fulfilled (a judgement the text leaves to it, e.g. "phù hợp với tình hình
    thực tiễn"); None otherwise."""
    found = [
        (f, a)
        for f, a in ctx.record.of(CriterionAssessed)
        if a.clause == clause_id and a.year == ctx.year and f.occurred_on <= ctx.as_of
    ]
    if not found or found[-1][1].fulfilled:
        return None
    fact, last = found[-1]
    return Finding(
        status=Status.NOT_MET,
        reason_vi=f"{last.assessed_by} đánh giá chưa đạt ngày {fmt_date(fact.occurred_on)}: "
        f"{last.note}",
        reason_en=f"Assessed not fulfilled by {last.assessed_by} on "
        f"{fact.occurred_on.isoformat()}: {last.note}",
        evidence=(fact.id,),
    )
