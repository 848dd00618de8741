"""The recognition procedure: review meeting, dossier, decision."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_empty as _non_empty
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    DecisionOutcome,
    DossierDocument,
    MeetingRole,
)

__all__ = ["DossierSubmitted", "RecognitionDecided", "ReviewMeetingHeld"]


@attrs.frozen(kw_only=True)
class ReviewMeetingHeld(FactData):
    """The annual review meeting (họp kiểm điểm, đánh giá) of the unit or area (TT124.D9.K1):
    who chaired it and which roles attended. Shape v2 (interchange format 3) replaced the first
    edition's ``police_representative_present`` by the set ``attendees``.

    Read by `TT124.D9.K1.a`, `TT124.D9.K1.c`, `TT124.D9.K2.b`.

    Attributes:
        year: The evaluation year reviewed. 2000–2100.
        chaired_by: Who chaired: a role (e.g. "Giám đốc"), not a person's name. Text, 200.
        chair: The chair's role: `head` (người đứng đầu), `area_head` (Trưởng khu dân cư), or
            another role below.
        attendees: The roles represented besides the chair: `party_committee`,
            `party_cell_secretary`, `front_committee`, `mass_organisations`, `guard_force`,
            `grassroots_police` (đại diện Công an cơ sở), `managing_authority`, `area_head`, `head`.
            Each at most once.
    """

    type_name: ClassVar[str] = "ReviewMeetingHeld"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9.K1.a", "TT124.D9.K1.c", "TT124.D9.K2.b")
    label_vi: ClassVar[str] = "Họp kiểm điểm, đánh giá, đề nghị công nhận"
    label_en: ClassVar[str] = "Review meeting held"

    year: int = attrs.field(validator=_year)
    chaired_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    """A role (e.g. "Giám đốc"), not a person's name."""
    chair: MeetingRole = MeetingRole.HEAD
    attendees: frozenset[MeetingRole] = frozenset()
    """The roles represented besides the chair."""


@attrs.frozen(kw_only=True)
class DossierSubmitted(FactData):
    """The recognition dossier filed for the year (TT124.D9.K2.b; its recipient, TT124.D9.K1
    and TT48).

    Read by `TT124.D9.K2.b`, `TT124.D9.K1.a`, `TT48`.

    Attributes:
        year: The evaluation year. 2000–2100.
        documents: The documents filed: `submission_letter` (tờ trình đề nghị), `results_report`
            (báo cáo kết quả), `meeting_minutes` (biên bản cuộc họp đánh giá), `other` (tài liệu
            khác có liên quan), `registration_form` (bản đăng ký), `self_assessment` (bảng tự chấm
            điểm). At least one; no duplicates. `other` is new in format 3.
        submitted_to: The body that received it. Text, 200.
    """

    type_name: ClassVar[str] = "DossierSubmitted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D9.K2.b", "TT124.D9.K1.a", "TT48")
    label_vi: ClassVar[str] = "Nộp hồ sơ đề nghị công nhận"
    label_en: ClassVar[str] = "Dossier submitted"

    year: int = attrs.field(validator=_year)
    documents: frozenset[DossierDocument] = attrs.field(validator=_non_empty)
    submitted_to: str = attrs.field(validator=_text(200))


@attrs.frozen(kw_only=True)
class RecognitionDecided(FactData):
    """The decision on the year, by a People's Committee or the Ministry of Public Security
    (TT124.D10). ``occurred_on`` is the date the decision was signed. ``delegated_from``: the
    level that delegated the review to the deciding one (TT124.D10.K5). Shape v2 (interchange
    format 3) added it.

    Read by `TT124.D10.K1`, `TT124.D10.K2`, `TT124.D10.K3`, `TT124.D10.K4`, `TT124.D10.K5`,
    `TT124.D9.K1.a`.

    Attributes:
        year: The evaluation year decided. 2000–2100.
        authority_level: `commune`, `district` (abolished from 01/07/2025), `province` or `ministry`
            (Bộ Công an; new in format 3).
        authority: The deciding body, by name. Text, 200.
        decision_number: Số quyết định. Text, 100.
        outcome: `recognised` or `not_recognised`.
        certificate_number: Số Giấy công nhận, when recognised. Text, 100; none when not recognised.
        delegated_from: The level that delegated the review to the deciding one.
    """

    type_name: ClassVar[str] = "RecognitionDecided"
    shape_version: ClassVar[int] = 2
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D10.K1",
        "TT124.D10.K2",
        "TT124.D10.K3",
        "TT124.D10.K4",
        "TT124.D10.K5",
        "TT124.D9.K1.a",
    )
    label_vi: ClassVar[str] = "Quyết định công nhận"
    label_en: ClassVar[str] = "Recognition decided"

    year: int = attrs.field(validator=_year)
    authority_level: AuthorityLevel
    authority: str = attrs.field(validator=_text(200))
    decision_number: str = attrs.field(validator=_text(100))
    outcome: DecisionOutcome
    certificate_number: str | None = attrs.field(default=None, validator=_text(100))
    """The number of the certificate (Giấy công nhận) a recognition issues."""
    delegated_from: AuthorityLevel | None = None

    def __attrs_post_init__(self) -> None:
        if self.outcome is DecisionOutcome.NOT_RECOGNISED and self.certificate_number:
            raise InvalidRecord(
                "",
                "certificate_number",
                self.certificate_number,
                "a decision that does not recognise the unit issues no certificate",
            )
