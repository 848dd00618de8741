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
    was decided; ``collective`` the force or sub-unit the person belongs to, if any.

    Read by `TT124.D4.K5`, `TT124.D5.K3`, `TT124.D6.K3.h`, `TT124.D6.K4`, `TT124.D6.K5`,
    `TT124.D7.K4`.

    Attributes:
        person_ref: A **pseudonymous** reference to the person. Pseudonym.
        regime: The regime the person is disciplined under: `cadre` (cán bộ), `civil_servant` (công
            chức), `public_employee` (viên chức), `employee` (người lao động), `learner` (người
            học), `police_officer`, `other`.
        form: `reprimand` (khiển trách), `warning` (cảnh cáo), `salary_grade_reduced`, `demoted`,
            `removed_from_post`, `dismissed_from_office`, `forced_resignation`, `raise_deferred`,
            `dismissed` (sa thải), `study_suspended`, `expelled`, `rank_reduced`,
            `stripped_of_title`. Must be a form of the regime.
        reason: `social_evil` (mắc tệ nạn xã hội) or `violation` (another violation).
        collective: The force or sub-unit the person belongs to, if a clause reads it:
            `guard_force`, `sub_unit`, `grassroots_force`, `commune_police`.
        sub_unit: The sub-unit's key. Reference; required for the collective `sub_unit`, and only
            for it.
        decided_by: Who decided: a body or role. Text, 200.
    """

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
    in the field its decision names. ``occurred_on`` is the day of the decision.

    Read by `TT124.D6.K3.h`.

    Attributes:
        person_ref: A **pseudonymous** reference to the person. Pseudonym.
        regime: The person's regime (as in DisciplineDecided).
        field: The field the decision names: `security_order` (an ninh, trật tự, an toàn xã hội) or
            `other`.
        measure: What was imposed, as the decision says (e.g. "phạt tiền"). Text, 200.
        decided_by: The authority that imposed it. Text, 200.
    """

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
