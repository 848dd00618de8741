"""Findings made of parts: a clause with several duties (``combine``), and a duty the review
body judged not fulfilled (``negative_assessment``). Used by the articles' predicates and by
``shared``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from antq_compliance.domain.dates import Period, fmt_date
from antq_compliance.domain.facts import (
    CriterionAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
)
from antq_compliance.domain.vocabulary import Status
from antq_compliance.regulation.criteria import Context, Finding

__all__ = [
    "combine",
    "from_q1_end",
    "model_standing_since_q1",
    "negative_assessment",
    "settled",
]


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


# --- the reading standing_duties = from_q1_end (Art. 6 cl. 1 p3, p5; Art. 7 cl. 1 p2, p4) ----


def from_q1_end(ctx: Context) -> bool:
    """The reading ``standing_duties = from_q1_end`` applies and Q1 is over."""
    return ctx.interpretation.standing_duties == "from_q1_end" and ctx.reference_day > ctx.q1.end


def settled(ctx: Context) -> Context:
    """Under ``standing_duties = from_q1_end`` a duty must stand without a gap from 31 March:
    a gap already found up to the reference day cannot be mended later, so the deadline of the
    finding is the reference day, not the window's end (not met at once, never pending)."""
    return attrs.evolve(ctx, window=Period(ctx.window.start, ctx.reference_day))


def model_standing_since_q1(ctx: Context) -> bool:
    """A model set up by 31 March and not dissolved by the reference day: the only kind that
    can still meet p5 under ``standing_duties = from_q1_end``."""
    day = ctx.reference_day
    gone = {d.model for f, d in ctx.record.of(MovementModelDissolved) if f.occurred_on <= day}
    return any(
        f.occurred_on <= ctx.q1.end and m.model not in gone
        for f, m in ctx.record.of(MovementModelEstablished)
    )
