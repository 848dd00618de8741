"""The recognition procedure: review meeting, dossier, decision."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_empty as _non_empty
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import AuthorityLevel, DecisionOutcome, DossierDocument

__all__ = ["DossierSubmitted", "RecognitionDecided", "ReviewMeetingHeld"]


@attrs.frozen(kw_only=True)
class ReviewMeetingHeld(FactData):
    """The unit's annual review meeting (họp xét), chaired by its head (TT124.D9)."""

    type_name: ClassVar[str] = "ReviewMeetingHeld"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9",)
    label_vi: ClassVar[str] = "Họp xét, đề nghị công nhận"
    label_en: ClassVar[str] = "Review meeting held"

    year: int = attrs.field(validator=_year)
    chaired_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    """A role (e.g. "Giám đốc"), not a person's name."""
    police_representative_present: bool


@attrs.frozen(kw_only=True)
class DossierSubmitted(FactData):
    """The recognition dossier filed for the year (TT124.D9; routing per TT48)."""

    type_name: ClassVar[str] = "DossierSubmitted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9", "TT48")
    label_vi: ClassVar[str] = "Nộp hồ sơ đề nghị công nhận"
    label_en: ClassVar[str] = "Dossier submitted"

    year: int = attrs.field(validator=_year)
    documents: frozenset[DossierDocument] = attrs.field(validator=_non_empty)
    submitted_to: str = attrs.field(validator=_text(200))


@attrs.frozen(kw_only=True)
class RecognitionDecided(FactData):
    """The People's Committee's decision on the year (TT124.D10). ``occurred_on`` is the date
    the decision was signed."""

    type_name: ClassVar[str] = "RecognitionDecided"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D10",)
    label_vi: ClassVar[str] = "Quyết định công nhận"
    label_en: ClassVar[str] = "Recognition decided"

    year: int = attrs.field(validator=_year)
    authority_level: AuthorityLevel
    authority: str = attrs.field(validator=_text(200))
    decision_number: str = attrs.field(validator=_text(100))
    outcome: DecisionOutcome
    certificate_number: str | None = attrs.field(default=None, validator=_text(100))

    def __attrs_post_init__(self) -> None:
        if self.outcome is DecisionOutcome.NOT_RECOGNISED and self.certificate_number:
            raise InvalidRecord(
                "",
                "certificate_number",
                self.certificate_number,
                "a decision that does not recognise the unit issues no certificate",
            )
