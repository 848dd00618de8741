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
    circular may count. ``occurred_on`` is the day it happened.

    Read by `TT124.D4.K3.a`, `TT124.D4.K4.b`, `TT124.D4.K4.d`, `TT124.D6.K3.a`, `TT124.D6.K3.dd`,
    `TT124.D6.K3.g`, `TT124.D7.K4`, `TT23.D7.K3`.

    Attributes:
        kind: What happened: `anti_party_state`, `sabotage`, `illegal_religion`,
            `exploiting_religion_or_disputes`, `separatism`, `prolonged_dispute`,
            `complaint_incitement`, `strike` (đình công, lãn công), `crime`, `state_secret_breach`,
            `fire_explosion`, `labour_accident`, `technical_incident` (sự cố),
            `environment_violation`, `food_safety_violation`, `school_violence`; the TT23-only
            `high_value_theft`, `mass_complaint`, `technology_leak`; `other`; and `unclassified` for
            a first-edition incident (below). `unclassified` only with `former_category`.
        description: What happened (no personal names). Text, 1000.
        severity: As the governing law classifies it: for a crime the Penal Code's class, for a
            fire, incident or violation the seriousness of its consequences: `minor` (ít nghiêm
            trọng), `serious`, `very_serious`, `extremely_serious`. Null: not classified yet.
            "Serious or worse" is `serious` and above.
        deaths: Deaths caused (a labour accident counts when fatal). Null: not recorded. ≥ 0.
        unlawful: For a strike or go-slow: found unlawful (`true`), lawful (`false`), not yet found
            (null). Strikes only.
        force_majeure: Found to be force majeure (bất khả kháng): exempt from the points that except
            it (`TT124.D4.K4.b`, `TT124.D4.K4.d`, `TT124.D6.K3.dd`, `TT124.D6.K3.g`). Requires
            `force_majeure_by`.
        force_majeure_by: Who found it force majeure. Text, 200.
        detected_promptly: A crime detected promptly. Crimes only.
        consequences_limited: Its consequences limited by measures taken together. Crimes only.
        reported_at_once: Reported at once to the competent authority. Crimes only.
        classified_by: The authority that classified it (severity, unlawfulness, handling). Text,
            200.
        legal_basis: The provision the classification rests on. Text, 300.
        former_category: The first edition's category, kept when an incident recorded before format
            3 is read (below). `illegal_religious_activity`, `mass_complaint`, `illegal_strike`,
            `secret_leak`, `high_value_theft`, `fire_explosion`, `serious_occupational_accident`,
            `other`.
    """

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
    reference only — never a name.

    Read by `TT124.D7.K4`, `TT23.D7.K3`.

    Attributes:
        staff_ref: A **pseudonymous** reference to the person (HR number, student number, case
            reference) — never a name. Pseudonym.
        stage: `prosecuted` (bị khởi tố), `convicted` (bị kết án) or `social_evil` (mắc tệ nạn xã
            hội).
    """

    type_name: ClassVar[str] = "StaffOffenceRecorded"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D7.K4", "TT23.D7.K3")
    label_vi: ClassVar[str] = "Cán bộ, người lao động, người học vi phạm"
    label_en: ClassVar[str] = "Staff offence recorded"

    staff_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)
    stage: OffenceStage
