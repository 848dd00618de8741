"""TT124 Article 9 (procedure and dossiers): the review meeting, the dossier and where it goes.

The route of a dossier is dated data (:class:`Route`): TT48 replaced the recipient of this
article (see :mod:`antq_compliance.regulation.tt48`). The audit checks look at what was on
record by the day a recognition decision was signed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date

import attrs

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import DossierSubmitted, ReviewMeetingHeld
from antq_compliance.domain.vocabulary import DossierDocument, TextStatus
from antq_compliance.regulation.clauses import instrument
from antq_compliance.regulation.dates import day_before
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue

__all__ = [
    "CHECKS",
    "ROUTE",
    "Route",
    "dossier_incomplete",
    "no_dossier",
    "no_police_representative",
    "no_review_meeting",
]


@attrs.frozen(kw_only=True)
class Route:
    """Who receives a recognition dossier, from when to when, as an instrument says."""

    clause: str
    text_status: TextStatus
    effective_from: date
    effective_to: date | None
    date_confirmed: bool
    recipient_vi: str
    recipient_en: str
    note: str = ""
    names: tuple[str, ...] = ()
    """Words by which a recorded recipient (free text) names this body, lower case, NFC."""

    def covers(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    def named_in(self, text: str) -> bool:
        """``text`` (a recorded ``submitted_to``) names this route's recipient."""
        folded = unicodedata.normalize("NFC", text).casefold()
        return any(name in folded for name in self.names)

    def effective_to_text(self, lang: str = "vi") -> str:
        if self.effective_to is None:
            return "nay" if lang == "vi" else "now"
        return fmt_date(self.effective_to, lang)


ROUTE = Route(
    clause="TT124.D9",
    text_status=TextStatus.PROVISIONAL,
    effective_from=instrument("TT124").in_force or date.min,
    effective_to=day_before("reorganisation_2025"),
    date_confirmed=False,
    recipient_vi="Cơ quan thường trực Ban Chỉ đạo cấp xã",
    recipient_en="the standing body of the commune-level Steering Committee",
    note="until TT48 took effect (date not confirmed)",
    names=("ban chỉ đạo", "bcđ"),
)
"""The recipient of this article as issued, until TT48 replaced it (date not confirmed)."""


def _meetings(ctx: DecisionContext) -> list[str]:
    return [f.id for f, m in ctx.record.of(ReviewMeetingHeld) if m.year == ctx.year]


def no_review_meeting(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9 — a unit recognised with no review meeting of the year on record."""
    if ctx.recognised and not _meetings(ctx):
        yield Issue(
            message_vi=f"Không có biên bản họp xét năm {ctx.year} trước quyết định ngày "
            f"{fmt_date(ctx.signed)}",
            message_en=f"No review meeting for {ctx.year} was on record before the decision of "
            f"{ctx.signed.isoformat()}",
        )


def no_police_representative(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9 — a unit recognised after review meetings none of which the police attended."""
    meetings = [(f, m) for f, m in ctx.record.of(ReviewMeetingHeld) if m.year == ctx.year]
    if (
        ctx.recognised
        and meetings
        and not any(m.police_representative_present for _, m in meetings)
    ):
        yield Issue(
            message_vi="Cuộc họp xét không có đại diện cơ quan công an tham dự",
            message_en="No police representative attended the review meeting",
            evidence=tuple(f.id for f, _ in meetings),
        )


def _dossiers(ctx: DecisionContext) -> list[tuple[str, DossierSubmitted]]:
    return [(f.id, d) for f, d in ctx.record.of(DossierSubmitted) if d.year == ctx.year]


def no_dossier(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9 — a unit recognised with no dossier of the year on record."""
    if ctx.recognised and not _dossiers(ctx):
        yield Issue(
            message_vi=f"Không có hồ sơ đề nghị công nhận năm {ctx.year} trước quyết định ngày "
            f"{fmt_date(ctx.signed)}",
            message_en=f"No dossier for {ctx.year} was on record before the decision of "
            f"{ctx.signed.isoformat()}",
        )


def dossier_incomplete(ctx: DecisionContext) -> Iterator[Issue]:
    """TT124.D9 — the dossiers of a recognised unit lack a document."""
    dossiers = _dossiers(ctx)
    filed = {doc for _, d in dossiers for doc in d.documents}
    missing = [doc for doc in DossierDocument if doc not in filed]
    if ctx.recognised and dossiers and missing:
        yield Issue(
            message_vi="Hồ sơ thiếu: " + ", ".join(doc.label_vi for doc in missing),
            message_en="The dossier lacks: " + ", ".join(doc.label_en for doc in missing),
            evidence=tuple(i for i, _ in dossiers),
        )


CHECKS = (
    AuditCheck(
        code="no_review_meeting",
        clause="TT124.D9",
        severity="error",
        title_vi="Công nhận mà không có cuộc họp xét",
        title_en="Recognised without a review meeting",
        check=no_review_meeting,
    ),
    AuditCheck(
        code="no_police_representative",
        clause="TT124.D9",
        severity="error",
        title_vi="Cuộc họp xét không có đại diện công an",
        title_en="No police representative at the review meeting",
        check=no_police_representative,
    ),
    AuditCheck(
        code="no_dossier",
        clause="TT124.D9",
        severity="error",
        title_vi="Công nhận mà không có hồ sơ đề nghị",
        title_en="Recognised without a dossier",
        check=no_dossier,
    ),
    AuditCheck(
        code="dossier_incomplete",
        clause="TT124.D9",
        severity="warning",
        title_vi="Hồ sơ thiếu giấy tờ",
        title_en="Dossier lacks documents",
        check=dossier_incomplete,
    ),
)
