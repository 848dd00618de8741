"""What happened that the criteria count against a unit: incidents and staff offences.

An incident records what it was (its kind), and, where the text makes it count only when it is
serious, fatal, unlawful or not handled, what was found about it and by whom: the library never
infers a classification (``docs/rules.md``, "Severity"). Shape v2 (interchange format 3)
replaced the first edition's ``category`` by ``kind``; a v1 incident reads as v2 with its old
category kept in ``former_category`` (``codec/upcast.py``).
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_negative as _non_negative
from antq_compliance.domain.checks import pseudonym as _pseudonym
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import (
    IncidentCategory,
    IncidentKind,
    OffenceStage,
    Severity,
)

__all__ = ["HANDLING", "IncidentOccurred", "StaffOffenceRecorded"]

HANDLING = ("detected_promptly", "consequences_limited", "reported_at_once")
"""How a crime was handled: detected promptly, its consequences limited by measures taken
together, reported at once to the competent authority (TT124.D4.K4.b, D6.K3.dd)."""


@attrs.frozen(kw_only=True)
class IncidentOccurred(FactData):
    """Something happened in the unit (or on the area's territory) that a list of the
    circular may count. ``occurred_on`` is the day it happened."""

    type_name: ClassVar[str] = "IncidentOccurred"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D4.K3.a",
        "TT124.D4.K4.b",
        "TT124.D4.K4.d",
        "TT124.D6.K3.a",
        "TT124.D6.K3.dd",
        "TT124.D6.K3.g",
        "TT124.D7.K4",
        "TT23.D7.K3",
    )
    label_vi: ClassVar[str] = "Vụ việc xảy ra"
    label_en: ClassVar[str] = "Incident occurred"

    kind: IncidentKind
    description: str = attrs.field(validator=_text(1000))
    severity: Severity | None = None
    """For a crime the Penal Code's class; for a fire, an incident or a violation, the
    seriousness of its consequences; None while not classified."""
    deaths: int | None = attrs.field(default=None, validator=_non_negative)
    unlawful: bool | None = None
    """A strike or go-slow: found unlawful (True), lawful (False), not yet found (None)."""
    force_majeure: bool = False
    force_majeure_by: str | None = attrs.field(default=None, validator=_text(200))
    detected_promptly: bool | None = None
    consequences_limited: bool | None = None
    reported_at_once: bool | None = None
    classified_by: str | None = attrs.field(default=None, validator=_text(200))
    """Who classified it (the authority): severity, unlawfulness, the handling facts."""
    legal_basis: str | None = attrs.field(default=None, validator=_text(300))
    former_category: IncidentCategory | None = None
    """The first edition's category, for an incident recorded before interchange format 3."""

    def __attrs_post_init__(self) -> None:
        if self.unlawful is not None and self.kind is not IncidentKind.STRIKE:
            raise InvalidRecord("", "unlawful", self.unlawful, "applies to a strike only")
        handling = [name for name in HANDLING if getattr(self, name) is not None]
        if handling and self.kind is not IncidentKind.CRIME:
            raise InvalidRecord(
                "", handling[0], getattr(self, handling[0]), "applies to a crime only"
            )
        if self.force_majeure and not self.force_majeure_by:
            raise InvalidRecord(
                "", "force_majeure_by", None, "is required: who found it was force majeure"
            )
        if self.kind is IncidentKind.UNCLASSIFIED and self.former_category is None:
            raise InvalidRecord(
                "",
                "kind",
                self.kind.value,
                "only a first-edition incident (with its former_category) is unclassified",
            )


@attrs.frozen(kw_only=True)
class StaffOffenceRecorded(FactData):
    """A staff member's (or a learner's) criminal proceedings or social evil, by pseudonymous
    reference only — never a name."""

    type_name: ClassVar[str] = "StaffOffenceRecorded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D7.K4", "TT23.D7.K3")
    label_vi: ClassVar[str] = "Cán bộ, người lao động, người học vi phạm"
    label_en: ClassVar[str] = "Staff offence recorded"

    staff_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)
    stage: OffenceStage
