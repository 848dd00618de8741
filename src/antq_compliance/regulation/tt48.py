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
    kinds' dossiers are not re-routed."""
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
        assumed_vi = "" if route.date_confirmed else " (ngày hiệu lực chưa được xác nhận)"
        assumed_en = "" if route.date_confirmed else " (effective date not confirmed)"
        yield Issue(
            message_vi=f'Hồ sơ nộp ngày {fmt_date(sent)} gửi "{dossier.submitted_to}", nơi nhận '
            f"đến hết {former.effective_to_text('vi')}; từ {fmt_date(route.effective_from)}"
            f"{assumed_vi} hồ sơ gửi {route.recipient_vi}",
            message_en=f'The dossier sent on {sent.isoformat()} went to "{dossier.submitted_to}", '
            f"the recipient until {former.effective_to_text('en')}; from "
            f"{route.effective_from.isoformat()}{assumed_en} dossiers go to {route.recipient_en}",
            evidence=(fact.id,),
        )


CHECKS = (
    AuditCheck(
        code="dossier_misrouted",
        clause="TT48",
        severity="warning",
        title_vi="Hồ sơ gửi nơi nhận đã được thay thế",
        title_en="Dossier sent to a recipient that was replaced",
        check=dossier_misrouted,
    ),
)
