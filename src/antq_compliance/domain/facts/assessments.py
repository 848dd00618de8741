"""Assessments someone records where the text leaves a judgement: "fully implemented",
"effective", "managed effectively" (TT124.D4.K2, D4.K4.c, D5.K1.p3, D5.K3, D6.K2, D7.K2), and
figures the criteria compare (households, year-on-year counts, hotspots; TT124.D4)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

import attrs

from antq_compliance.domain.checks import non_negative as _non_negative
from antq_compliance.domain.checks import pseudonym as _pseudonym
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.checks import year as _year
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData

__all__ = [
    "CrimeFiguresReported",
    "CriterionAssessed",
    "HotspotIdentified",
    "HouseholdsCounted",
    "ParentsBoardArrangementAdopted",
    "SocialEvilCaseIdentified",
]

_CLAUSE = re.compile(r"^TT124\.D[0-9]{1,2}\.K[0-9]{1,2}(\.(p[0-9]|[a-z]{1,2}))?$")


def _clause_id(_: object, a: attrs.Attribute[Any], value: str) -> None:
    if not _CLAUSE.fullmatch(value):
        raise InvalidRecord("", a.name, value, "must be a clause id such as TT124.D6.K2")


@attrs.frozen(kw_only=True)
class CriterionAssessed(FactData):
    """The review meeting or the appraising body assessed a clause that the text leaves to a
    judgement, for the evaluation year ``year``: ``fulfilled`` or not, by whom, why.

    Read by `TT124.D4.K2`, `TT124.D4.K4.c`, `TT124.D5.K3`, `TT124.D6.K2`, `TT124.D7.K2`.

    Attributes:
        year: The evaluation year assessed. 2000–2100.
        clause: The clause id assessed. One of `TT124.D4.K2`, `TT124.D4.K4.c`, `TT124.D5.K2`,
            `TT124.D5.K3`, `TT124.D6.K1.p3`, `TT124.D6.K2`, `TT124.D7.K2` (the schema gives the
            shape of a clause id; the list is checked when recorded).
        fulfilled: Whether the body found the clause fulfilled.
        assessed_by: Who assessed: a body or role, not a person's name. Text, 200.
        note: The grounds, as the minutes give them. Text, 1000.
    """

    type_name: ClassVar[str] = "CriterionAssessed"
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D4.K2",
        "TT124.D4.K4.c",
        "TT124.D5.K3",
        "TT124.D6.K2",
        "TT124.D7.K2",
    )
    label_vi: ClassVar[str] = "Đánh giá việc thực hiện tiêu chí"
    label_en: ClassVar[str] = "Criterion assessed"

    year: int = attrs.field(validator=_year)
    clause: str = attrs.field(validator=_clause_id)
    fulfilled: bool
    assessed_by: str = attrs.field(validator=_text(200), metadata=PERSONAL)
    note: str = attrs.field(validator=_text(1000))


@attrs.frozen(kw_only=True)
class HouseholdsCounted(FactData):
    """How many households reside in a residential area, and how many of them registered to
    take part in building a safe area, on ``occurred_on`` (TT124.D4.K1.p2).

    Read by `TT124.D4.K1.p2`.

    Attributes:
        year: The evaluation year. 2000–2100.
        residing: Households residing in the area. ≥ 0.
        registered: Of them, households that registered. ≥ 0; not more than `residing`.
    """

    type_name: ClassVar[str] = "HouseholdsCounted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D4.K1.p2",)
    label_vi: ClassVar[str] = "Số hộ gia đình cư trú, số hộ đăng ký"
    label_en: ClassVar[str] = "Households counted"

    year: int = attrs.field(validator=_year)
    residing: int = attrs.field(validator=_non_negative)
    registered: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.registered > self.residing:
            raise InvalidRecord(
                "", "registered", self.registered, "cannot exceed the households residing"
            )


@attrs.frozen(kw_only=True)
class CrimeFiguresReported(FactData):
    """Counts of crimes, social evils and other violations on the territory over the window of
    evaluation year ``year``, with their source (TT124.D4.K4.a).

    Read by `TT124.D4.K4.a`.

    Attributes:
        year: The evaluation year whose window the counts cover. 2000–2100.
        crimes: Crimes. ≥ 0.
        social_evils: Social evils (tệ nạn xã hội). ≥ 0.
        other_violations: Other violations of the law. ≥ 0.
        source: Where the figures come from. Text, 300.
    """

    type_name: ClassVar[str] = "CrimeFiguresReported"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D4.K4.a",)
    label_vi: ClassVar[str] = "Số liệu tội phạm, tệ nạn xã hội, vi phạm pháp luật"
    label_en: ClassVar[str] = "Crime figures reported"

    year: int = attrs.field(validator=_year)
    crimes: int = attrs.field(validator=_non_negative)
    social_evils: int = attrs.field(validator=_non_negative)
    other_violations: int = attrs.field(validator=_non_negative)
    source: str = attrs.field(validator=_text(300))


@attrs.frozen(kw_only=True)
class HotspotIdentified(FactData):
    """A complex social-order hotspot (tụ điểm phức tạp về trật tự xã hội) first identified on
    the territory on ``occurred_on`` (TT124.D4.K4.c).

    Read by `TT124.D4.K4.c`.

    Attributes:
        description: Where and what it is (no personal names). Text, 1000.
    """

    type_name: ClassVar[str] = "HotspotIdentified"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D4.K4.c",)
    label_vi: ClassVar[str] = "Phát sinh tụ điểm phức tạp về trật tự xã hội"
    label_en: ClassVar[str] = "Hotspot identified"

    description: str = attrs.field(validator=_text(1000))


@attrs.frozen(kw_only=True)
class SocialEvilCaseIdentified(FactData):
    """A person first found with a social evil on the territory on ``occurred_on``
    (TT124.D4.K4.c), by pseudonymous reference.

    Read by `TT124.D4.K4.c`.

    Attributes:
        person_ref: A **pseudonymous** reference to the person. Pseudonym.
    """

    type_name: ClassVar[str] = "SocialEvilCaseIdentified"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D4.K4.c",)
    label_vi: ClassVar[str] = "Phát sinh người mắc tệ nạn xã hội"
    label_en: ClassVar[str] = "Social-evil case identified"

    person_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)


@attrs.frozen(kw_only=True)
class ParentsBoardArrangementAdopted(FactData):
    """A school's arrangement with the parents' representative board (Ban Đại diện cha mẹ học
    sinh) for managing students in security and order (TT124.D7.K2).

    Read by `TT124.D7.K2`.

    Attributes:
        title: The document's title. Text, 300.
    """

    type_name: ClassVar[str] = "ParentsBoardArrangementAdopted"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D7.K2",)
    label_vi: ClassVar[str] = "Phối hợp với Ban Đại diện cha mẹ học sinh"
    label_en: ClassVar[str] = "Arrangement with the parents' board adopted"

    title: str = attrs.field(validator=_text(300))
