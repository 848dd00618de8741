"""TT124 Article 3 (general principles): review and recognition once a year (cl. 1).

Clause 2 (an accurate, public, democratic review) and clause 3 (the result as the basis for the
movement's awards) set no requirement a record can be checked against by themselves; a decision
signed before its window ended is checked under Art. 8 cl. 2 (``d08_evaluation``).
"""

from __future__ import annotations

from collections.abc import Iterator

from antq_compliance.domain.dates import end_of_day, fmt_date
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue

__all__ = ["CHECKS", "second_decision"]


def second_decision(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D3.K1 — a standing decision on a year that already had one. A correction (a
    superseding fact) replaces its original and is not a second decision."""
    if not ctx.earlier:
        return
    first_fact, first = ctx.earlier[0]
    number, nth = ctx.decision.decision_number, len(ctx.earlier) + 1
    yield Issue(
        message_vi=f"Quyết định {number} ngày {fmt_date(ctx.signed)} là quyết định thứ {nth} về "
        f"năm {ctx.year}; đã có quyết định {first.decision_number} ngày "
        f"{fmt_date(first_fact.occurred_on)} (xét, công nhận mỗi năm một lần)",
        message_en=f"Decision {number} of {ctx.signed.isoformat()} is decision number {nth} on "
        f"{ctx.year}; decision {first.decision_number} of {first_fact.occurred_on.isoformat()} "
        "already stands (review and recognition happen once a year)",
        evidence=tuple(f.id for f, _ in ctx.earlier),
        known_at=max(end_of_day(ctx.signed), ctx.fact.recorded_at),
    )


CHECKS = (
    AuditCheck(
        code="second_decision",
        clause="TT124.D3.K1",
        severity="error",
        title_vi="Quyết định thứ hai về cùng một năm",
        title_en="A second decision on the same year",
        check=second_decision,
    ),
)
