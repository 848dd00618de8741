"""Internal rules (nội quy, quy định) issued and repealed, and briefings on them."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import non_empty as _non_empty
from antq_compliance.domain.checks import positive as _positive
from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import FactData
from antq_compliance.domain.vocabulary import RuleTopic

__all__ = ["BriefingHeld", "InternalRuleIssued", "InternalRuleRepealed"]


@attrs.frozen(kw_only=True)
class InternalRuleIssued(FactData):
    type_name: ClassVar[str] = "InternalRuleIssued"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Ban hành nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule issued"

    title: str = attrs.field(validator=_text(300))
    topics: frozenset[RuleTopic] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class InternalRuleRepealed(FactData):
    type_name: ClassVar[str] = "InternalRuleRepealed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Bãi bỏ nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule repealed"

    rule: str = attrs.field(validator=_ref)

    def references(self) -> dict[str, str]:
        return {"rule": self.rule}


@attrs.frozen(kw_only=True)
class BriefingHeld(FactData):
    """A briefing session. ``staff_reached`` counts staff who attended this session."""

    type_name: ClassVar[str] = "BriefingHeld"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p4",)
    label_vi: ClassVar[str] = "Tổ chức phổ biến, quán triệt"
    label_en: ClassVar[str] = "Briefing held"

    topics: frozenset[RuleTopic] = frozenset()
    criteria_briefed: bool
    staff_reached: int = attrs.field(validator=_positive)

    def __attrs_post_init__(self) -> None:
        if not self.topics and not self.criteria_briefed:
            raise InvalidRecord(
                "", "topics", [], "a briefing covers at least one rule topic or the criteria"
            )
