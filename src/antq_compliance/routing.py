"""Who receives a recognition dossier and who decides, as dated data (TT124.D9, TT124.D10, TT48).

The 2025 reorganisation changed both: district-level police were dissolved from 01/03/2025, the
district administrative level was abolished from 01/07/2025, and Circular 48/2025/TT-BCA (TT48)
amended TT124 so that dossiers no longer go to the commune-level Steering Committee's standing
body. TT48's wording and its date were not read (text status partial): its entry carries
``date_confirmed=False`` and every lookup that depends on it says so.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import attrs

from .vocabulary import AuthorityLevel, TextStatus

__all__ = [
    "DECISION_AUTHORITIES",
    "DOSSIER_RECIPIENTS",
    "Route",
    "authorities_on",
    "dossier_recipient_on",
    "superseded_recipient_named",
]


@attrs.frozen(kw_only=True)
class Route:
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

    def effective_to_text_vi(self) -> str:
        return self.effective_to.strftime("%d/%m/%Y") if self.effective_to else "nay"

    def effective_to_text_en(self) -> str:
        return self.effective_to.isoformat() if self.effective_to else "now"


TT48_ASSUMED_FROM = date(2025, 7, 1)
"""TT48's effective date is not confirmed; the reorganisation date it followed is assumed."""

DOSSIER_RECIPIENTS: tuple[Route, ...] = (
    Route(
        clause="TT124.D9",
        text_status=TextStatus.PROVISIONAL,
        effective_from=date(2022, 2, 10),
        effective_to=date(2025, 6, 30),
        date_confirmed=False,
        recipient_vi="Cơ quan thường trực Ban Chỉ đạo cấp xã",
        recipient_en="the standing body of the commune-level Steering Committee",
        note="until TT48 took effect (date not confirmed)",
        names=("ban chỉ đạo", "bcđ"),
    ),
    Route(
        clause="TT48",
        text_status=TextStatus.PARTIAL,
        effective_from=TT48_ASSUMED_FROM,
        effective_to=None,
        date_confirmed=False,
        recipient_vi="Công an cấp xã (rất có thể; văn bản TT48 chưa được đối chiếu)",
        recipient_en="the commune-level police (very likely; TT48's wording not read)",
        note="TT48 amends TT124 (2025); its wording and effective date were not read",
        names=("công an",),
    ),
)

DECISION_AUTHORITIES: dict[AuthorityLevel, tuple[date, date | None]] = {
    AuthorityLevel.COMMUNE: (date.min, None),
    AuthorityLevel.DISTRICT: (date.min, date(2025, 6, 30)),
    AuthorityLevel.PROVINCE: (date.min, None),
}
"""Levels of People's Committee that can decide recognition (TT124.D10, partial), by date: the
district level was abolished from 01/07/2025."""


def dossier_recipient_on(day: date) -> Route:
    """The body that receives dossiers on ``day``."""
    for route in DOSSIER_RECIPIENTS:
        if route.covers(day):
            return route
    raise LookupError(f"no dossier routing is known for {day.isoformat()} (before TT124)")


def authorities_on(day: date) -> tuple[AuthorityLevel, ...]:
    """The People's Committee levels that exist to decide recognition on ``day``."""
    return tuple(
        level
        for level, (start, end) in DECISION_AUTHORITIES.items()
        if start <= day and (end is None or day <= end)
    )


def superseded_recipient_named(text: str, day: date) -> tuple[Route, Route] | None:
    """``(route in force on day, earlier route)`` when a dossier sent on ``day`` to ``text``
    names the recipient of a route that had ended by then and not the current recipient; None
    otherwise (also when ``text`` names neither: free text is not second-guessed)."""
    current = next((route for route in DOSSIER_RECIPIENTS if route.covers(day)), None)
    if current is None or current.named_in(text):
        return None
    for route in DOSSIER_RECIPIENTS:
        if route.effective_to is not None and route.effective_to < day and route.named_in(text):
            return current, route
    return None
