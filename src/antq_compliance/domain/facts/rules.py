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
    """The unit issued (or re-issued) an internal rule (nội quy, quy định), in force from
    `occurred_on` until an `InternalRuleRepealed` names it; one rule may cover several topics.

    Read by `TT124.D6.K1.p3`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        title: The rule's title. Text, 300.
        topics: The topics it covers: `unit_protection`, `state_secrets`,
            `internal_political_security`, `occupational_safety`, `fire_prevention`, `environment`,
            and for an institution `institution_protection`, `learner_management` (new in format 3).
            At least one; each at most once.
    """

    type_name: ClassVar[str] = "InternalRuleIssued"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Ban hành nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule issued"

    title: str = attrs.field(validator=_text(300))
    topics: frozenset[RuleTopic] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class InternalRuleRepealed(FactData):
    """An internal rule stopped being in force on `occurred_on` (repealed, or replaced by a new rule
    recorded as its own `InternalRuleIssued`).

    Read by `TT124.D6.K1.p3`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        rule: The `id` of the `InternalRuleIssued` fact of this subject. Reference.
    """

    type_name: ClassVar[str] = "InternalRuleRepealed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K1.p3",)
    label_vi: ClassVar[str] = "Bãi bỏ nội quy, quy định"
    label_en: ClassVar[str] = "Internal rule repealed"

    rule: str = attrs.field(validator=_ref)

    def references(self) -> dict[str, str]:
        return {"rule": self.rule}


@attrs.frozen(kw_only=True)
class BriefingHeld(FactData):
    """A briefing session. ``staff_reached`` counts staff who attended this session.

    Read by `TT124.D6.K1.p4`. The matching duty of clause 1 of Articles 4, 5 and 7 (residential
    areas, communes, educational institutions) reads it too, for the kinds that have it.

    Attributes:
        topics: The rule topics briefed. Each at most once.
        criteria_briefed: Whether the criteria of the "safe" standard were briefed too. `topics` may
            be empty only if true.
        staff_reached: People who attended this session. ≥ 1.
    """

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
