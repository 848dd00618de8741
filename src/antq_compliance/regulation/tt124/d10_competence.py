"""TT124 Article 10 (competence): the levels of People's Committee that decide recognition,
by date — the district level was abolished by the 2025 reorganisation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.vocabulary import AuthorityLevel
from antq_compliance.regulation.dates import day, day_before
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue

__all__ = ["CHECKS", "DECISION_AUTHORITIES", "abolished_authority", "authorities_on"]

DECISION_AUTHORITIES: dict[AuthorityLevel, tuple[date, date | None]] = {
    AuthorityLevel.COMMUNE: (date.min, None),
    AuthorityLevel.DISTRICT: (date.min, day_before("reorganisation_2025")),
    AuthorityLevel.PROVINCE: (date.min, None),
}
"""Levels of People's Committee that can decide recognition (TT124.D10, partial), by date."""


def authorities_on(on: date) -> tuple[AuthorityLevel, ...]:
    """The People's Committee levels that exist to decide recognition on ``on``."""
    return tuple(
        level
        for level, (start, end) in DECISION_AUTHORITIES.items()
        if start <= on and (end is None or on <= end)
    )


def abolished_authority(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D10 — a decision signed by a level of government that no longer existed."""
    if ctx.decision.authority_level in authorities_on(ctx.signed):
        return
    gone = day("reorganisation_2025")
    yield Issue(
        message_vi=f"Quyết định do UBND cấp huyện ký ngày {fmt_date(ctx.signed)}, khi cấp huyện "
        f"đã không còn (từ {fmt_date(gone)})",
        message_en=f"Decision signed by a district People's Committee on "
        f"{ctx.signed.isoformat()}, after the district level was abolished on {gone.isoformat()}",
    )


CHECKS = (
    AuditCheck(
        code="abolished_authority",
        clause="TT124.D10",
        severity="error",
        title_vi="Quyết định do cấp chính quyền không còn tồn tại ký",
        title_en="Decision signed by a level of government that no longer existed",
        check=abolished_authority,
    ),
)
