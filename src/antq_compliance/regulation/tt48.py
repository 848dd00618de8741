"""Circular 48/2025/TT-BCA, which amends TT124: a residential area's dossier recipient after
the 2025 reorganisation (the words it replaces occur only in TT124 Art. 9 cl. 1.a).

TT48's wording and its date were not read (text status partial): its route carries
``date_confirmed=False`` and every lookup that depends on it says so. Its start is assumed to be
the day of the reorganisation it followed (``reorganisation_2025`` in ``data/dates.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.facts import DossierSubmitted
from antq_compliance.domain.vocabulary import SubjectKind, TextStatus
from antq_compliance.regulation.dates import day
from antq_compliance.regulation.procedure import AuditCheck, DecisionContext, Issue
from antq_compliance.regulation.tt124 import d09_procedure
from antq_compliance.regulation.tt124.d09_procedure import Route

__all__ = [
    "CHECKS",
    "DOSSIER_RECIPIENTS",
    "ROUTE",
    "dossier_misrouted",
    "dossier_recipient_on",
    "superseded_recipient_named",
]

ROUTE = Route(
    clause="TT48",
    text_status=TextStatus.PARTIAL,
    effective_from=day("reorganisation_2025"),
    effective_to=None,
    date_confirmed=False,
    recipient_vi="Công an cấp xã (rất có thể; văn bản TT48 chưa được đối chiếu)",
    recipient_en="the commune-level police (very likely; TT48's wording not read)",
    note="TT48 amends TT124 (2025); its wording and effective date were not read",
    names=("công an",),
)

DOSSIER_RECIPIENTS: tuple[Route, ...] = (d09_procedure.ROUTE, ROUTE)
"""Who received dossiers, in date order."""


def dossier_recipient_on(on: date) -> Route:
    """The body that receives dossiers on ``on``."""
    for route in DOSSIER_RECIPIENTS:
        if route.covers(on):
            return route
    raise LookupError(f"no dossier routing is known for {on.isoformat()} (before TT124)")


def superseded_recipient_named(text: str, on: date) -> tuple[Route, Route] | None:
    """``(route in force on the day, earlier route)`` when a dossier sent on ``on`` to ``text``
    names the recipient of a route that had ended by then and not the current recipient; None
    otherwise (also when ``text`` names neither: free text is not second-guessed)."""
    current = next((route for route in DOSSIER_RECIPIENTS if route.covers(on)), None)
    if current is None or current.named_in(text):
        return None
    for route in DOSSIER_RECIPIENTS:
        if route.effective_to is not None and route.effective_to < on and route.named_in(text):
            return current, route
    return None


def dossier_misrouted(ctx: DecisionContext) -> Iterator[Issue]:
    """TT48 — a residential area's dossier sent to a recipient that had been replaced by the
    day it was sent. The words TT48 replaces occur only in TT124 Art. 9 cl. 1.a: the other
    kinds' dossiers are not re-routed. TT48's new wording was not read, so the message says
    the recipient was replaced, never who replaced it, and that its date is assumed."""
    if ctx.record.profile_on(ctx.signed).kind is not SubjectKind.RESIDENTIAL_AREA:
        return
    for fact, dossier in ctx.record.of(DossierSubmitted):
        if dossier.year != ctx.year:
            continue
        sent = fact.occurred_on
        routes = superseded_recipient_named(dossier.submitted_to, sent)
        if routes is None:
            continue
        route, former = routes
        assumed_vi = "" if route.date_confirmed else " (ngày giả định, chưa được xác nhận)"
        assumed_en = "" if route.date_confirmed else " (an assumed date, not confirmed)"
        yield Issue(
            message_vi=f'Hồ sơ nộp ngày {fmt_date(sent)} gửi "{dossier.submitted_to}", nơi nhận '
            f"theo {_clause_vi(former.clause)} đến hết {former.effective_to_text('vi')}. Thông tư "
            f"48/2025/TT-BCA đã thay nơi nhận này, áp dụng từ {fmt_date(route.effective_from)}"
            f"{assumed_vi}; lời văn mới chưa đối chiếu nên phát hiện chỉ có căn cứ một phần: "
            "cần đối chiếu Thông tư 48 để biết hồ sơ phải gửi đâu",
            message_en=f'The dossier sent on {sent.isoformat()} went to "{dossier.submitted_to}", '
            f"the recipient under {former.clause} until {former.effective_to_text('en')}. "
            f"Circular 48/2025/TT-BCA replaced that recipient, applying from "
            f"{route.effective_from.isoformat()}{assumed_en}; its new wording has not been read, "
            "so this finding rests on the text only in part: read Circular 48 to know where the "
            "dossier should go",
            evidence=(fact.id,),
        )


def _clause_vi(clause_id: str) -> str:
    """ "TT124.D9.K1.a" → "điểm a khoản 1 Điều 9 Thông tư 124" (the form of the clause ids of
    Art. 9 cl. 1)."""
    instrument, article, paragraph, point = clause_id.split(".")
    return f"điểm {point} khoản {paragraph[1:]} Điều {article[1:]} Thông tư {instrument[2:]}"


CHECKS = (
    AuditCheck(
        code="dossier_misrouted",
        clause="TT48",
        severity="warning",
        title_vi="Hồ sơ gửi nơi nhận đã được thay thế (căn cứ một phần, chưa đối chiếu)",
        title_en="Dossier sent to a recipient that was replaced (partly read text)",
        check=dossier_misrouted,
    ),
)
