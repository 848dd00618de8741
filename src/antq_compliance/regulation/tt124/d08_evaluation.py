"""TT124 Article 8: the classification achieved / not achieved (cl. 1) and the evaluation
windows (cl. 2, read from ``regulation/data/calendar.toml``).

The audit checks of clause 1 compare a recognition decision with the classification the record
gave on the day it was signed; the check of clause 2 (the library's own consistency check: the
text sets none) finds a decision signed before its year's window had closed, its last day
included.
"""

from __future__ import annotations

from collections.abc import Iterator

from antq_compliance.domain.dates import Period, fmt_date
from antq_compliance.domain.vocabulary import Status, SubjectKind, Verdict
from antq_compliance.regulation.calendar import window_rule
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue

__all__ = [
    "CHECKS",
    "decided_before_window_end",
    "general_window",
    "recognised_against_record",
    "refused_against_record",
    "residential_window",
]


def general_window(year: int) -> Period:
    """TT124.D8.K2.b: communes, agencies, enterprises, institutions, 16/11 of Y-1 to 15/11 of Y."""
    return window_rule("general").of(year)


def residential_window(year: int) -> Period:
    """TT124.D8.K2.a: residential areas, 01/11 of Y-1 to 31/10 of Y."""
    return window_rule("residential_area").of(year)


def recognised_against_record(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D8.K1 — a unit recognised although the record at signing did not say achieved."""
    if ctx.status is None or not ctx.recognised or ctx.status.verdict is Verdict.ACHIEVED:
        return
    failing = [
        c
        for c in ctx.status.criteria
        if c.status is not Status.MET and c.status is not Status.NOT_APPLICABLE
    ]
    listed_vi = (
        ", ".join(f"{c.id} ({c.status.label_vi})" for c in failing) or ctx.status.verdict.label_vi
    )
    listed_en = ", ".join(f"{c.id} ({c.status.value})" for c in failing) or ctx.status.verdict.value
    number = ctx.decision.decision_number
    yield Issue(
        message_vi=f"Quyết định {number} ngày {fmt_date(ctx.signed)} công nhận đạt, nhưng hồ sơ "
        f'ghi nhận đến hết ngày đó cho kết quả "{ctx.status.verdict.label_vi}": {listed_vi}',
        message_en=f"Decision {number} of {ctx.signed.isoformat()} recognises the unit, but the "
        f"record as known at the end of that day says {ctx.status.verdict.value}: {listed_en}",
        evidence=tuple(i for c in failing for i in c.evidence),
    )


def refused_against_record(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D8.K1 — a unit not recognised although the record at signing said achieved."""
    if ctx.status is None or ctx.recognised or ctx.status.verdict is not Verdict.ACHIEVED:
        return
    number = ctx.decision.decision_number
    yield Issue(
        message_vi=f"Quyết định {number} ngày {fmt_date(ctx.signed)} không công nhận, nhưng hồ "
        "sơ khi đó cho kết quả đạt",
        message_en=f"Decision {number} of {ctx.signed.isoformat()} does not recognise the unit, "
        "but the record then said achieved",
    )


def decided_before_window_end(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D8.K2.b (.a for a residential area) — a decision signed before the evaluation
    window of its year had closed judged a year whose record was not yet complete.

    The library's consistency check: the text sets no rule that the decision follow the window,
    it only fixes the window. The window runs to the end of its last day (15/11; 31/10 for a
    residential area), and a decision is dated by the day, so a decision signed on the last day
    was made while that day's events could still happen: it is reported too. The first day on
    which a decision raises nothing is the day after the window (16/11; 01/11)."""
    end = ctx.window.end
    if ctx.signed <= end:
        kind = ctx.record.profile_on(ctx.signed).kind
        yield Issue(
            message_vi=f"Quyết định ngày {fmt_date(ctx.signed)} được ký khi kỳ đánh giá chưa khép "
            f"lại (kỳ kéo dài đến hết ngày {fmt_date(end)})",
            message_en=f"Decision of {ctx.signed.isoformat()} signed before the evaluation window "
            f"had closed (it runs to the end of {end.isoformat()})",
            clause="TT124.D8.K2.a" if kind is SubjectKind.RESIDENTIAL_AREA else None,
        )


CHECKS = (
    AuditCheck(
        code="recognised_against_record",
        clause="TT124.D8.K1",
        severity="error",
        title_vi="Công nhận đạt khi hồ sơ lúc ký cho kết quả chưa đạt",
        title_en="Recognised although the record at signing said otherwise",
        check=recognised_against_record,
        every_version=True,
    ),
    AuditCheck(
        code="refused_against_record",
        clause="TT124.D8.K1",
        severity="warning",
        title_vi="Không công nhận khi hồ sơ lúc ký cho kết quả đạt",
        title_en="Not recognised although the record at signing said achieved",
        check=refused_against_record,
        every_version=True,
    ),
    AuditCheck(
        code="decided_before_window_end",
        clause="TT124.D8.K2.b",
        severity="warning",
        title_vi="Quyết định ký khi kỳ đánh giá chưa khép lại",
        title_en="Decided before the evaluation window had closed",
        check=decided_before_window_end,
        also=("TT124.D8.K2.a",),
    ),
)
