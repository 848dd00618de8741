"""Measures against a unit's people that the criteria count: disciplinary decisions and
administrative sanctions (TT124.D4.K5, D5.K3, D6.K3.h, D6.K4-K5, D7.K4-K6). People are named
by pseudonymous reference only — never a name."""

from __future__ import annotations

from typing import ClassVar

import attrs

from antq_compliance.domain.checks import pseudonym as _pseudonym
from antq_compliance.domain.checks import ref as _ref
from antq_compliance.domain.checks import text as _text
from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts.base import PERSONAL, FactData
from antq_compliance.domain.vocabulary import (
    Collective,
    DisciplineForm,
    DisciplineReason,
    PersonRegime,
    SanctionField,
)

__all__ = ["AdministrativeSanctionImposed", "DisciplineDecided"]


@attrs.frozen(kw_only=True)
class DisciplineDecided(FactData):
    """A disciplinary decision against one person of the unit. ``occurred_on`` is the day it
    was decided; ``collective`` the force or sub-unit the person belongs to, if any."""

    type_name: ClassVar[str] = "DisciplineDecided"
    clauses: ClassVar[tuple[str, ...]] = (
        "TT124.D4.K5",
        "TT124.D5.K3",
        "TT124.D6.K3.h",
        "TT124.D6.K4",
        "TT124.D6.K5",
        "TT124.D7.K4",
    )
    label_vi: ClassVar[str] = "Quyết định kỷ luật"
    label_en: ClassVar[str] = "Disciplinary decision"

    person_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)
    regime: PersonRegime
    form: DisciplineForm
    reason: DisciplineReason
    collective: Collective | None = None
    sub_unit: str | None = attrs.field(default=None, validator=attrs.validators.optional(_ref))
    decided_by: str = attrs.field(validator=_text(200))

    def __attrs_post_init__(self) -> None:
        if (self.collective is Collective.SUB_UNIT) != (self.sub_unit is not None):
            raise InvalidRecord(
                "", "sub_unit", self.sub_unit, "is required for a sub-unit, and only for one"
            )


@attrs.frozen(kw_only=True)
class AdministrativeSanctionImposed(FactData):
    """An administrative sanction (xử phạt vi phạm hành chính) against one person of the unit,
    in the field its decision names. ``occurred_on`` is the day of the decision."""

    type_name: ClassVar[str] = "AdministrativeSanctionImposed"
    clauses: ClassVar[tuple[str, ...]] = ("TT124.D6.K3.h",)
    label_vi: ClassVar[str] = "Bị xử phạt vi phạm hành chính"
    label_en: ClassVar[str] = "Administrative sanction imposed"

    person_ref: str = attrs.field(validator=_pseudonym, metadata=PERSONAL)
    regime: PersonRegime
    field: SanctionField
    measure: str = attrs.field(validator=_text(200))
    """What was imposed (e.g. "phạt tiền"), as the decision says."""
    decided_by: str = attrs.field(validator=_text(200))
