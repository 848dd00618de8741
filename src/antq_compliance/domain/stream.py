"""The invariants of one subject's stream, checked before anything is appended.

A fact may follow a stream only if it is consistent with what the stream already holds (and
with the facts before it in the same batch): the subject is registered once, references point
to live facts of the same subject, a model reference names one model for good, a correction
corrects a fact of its own type, a fact of a kind of subject is recorded for that kind only.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts import (
    DisciplineDecided,
    EmulationRated,
    Fact,
    FactData,
    FactDraft,
    FactRetracted,
    InternalRuleIssued,
    InternalRuleRepealed,
    MovementModelActivityRecorded,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    ProfileChanged,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    SubjectRegistered,
    SubUnitDissolved,
    SubUnitEstablished,
)
from antq_compliance.domain.facts.profile import check_kind_fields
from antq_compliance.domain.identifiers import validate_identifier
from antq_compliance.domain.vocabulary import SubjectKind

D = TypeVar("D", bound=FactData)

_AREAS = frozenset({SubjectKind.RESIDENTIAL_AREA, SubjectKind.COMMUNE})
_UNITS = frozenset(
    {SubjectKind.AGENCY, SubjectKind.ENTERPRISE, SubjectKind.EDUCATIONAL_INSTITUTION}
)
FACT_KINDS: dict[str, frozenset[SubjectKind]] = {
    "HouseholdsCounted": frozenset({SubjectKind.RESIDENTIAL_AREA}),
    "CrimeFiguresReported": _AREAS,
    "HotspotIdentified": _AREAS,
    "SocialEvilCaseIdentified": _AREAS,
    "ParentsBoardArrangementAdopted": frozenset({SubjectKind.EDUCATIONAL_INSTITUTION}),
    "SizeFiguresReported": frozenset({SubjectKind.ENTERPRISE}),
    "SubUnitEstablished": _UNITS,
    "SubUnitDissolved": _UNITS,
    "ProtectionForceDisbanded": _UNITS,
}
"""Fact types only some kinds of subject have: type -> the kinds that may record it (the
facts of an area's territory; a school's parents' board; an enterprise's size figures; the
sub-units and guard force of an agency, enterprise or school)."""


class _SubjectState:
    """What validation needs to know about one subject's stream (stored facts + this batch)."""

    def __init__(self, subject: str, facts: list[Fact]) -> None:
        self.subject = subject
        self.version = len(facts)
        self.by_id: dict[str, Fact] = {}
        self.withdrawn: set[str] = set()
        self.kind: SubjectKind | None = None
        self.new: list[Fact] = []
        for fact in facts:
            self._add(fact)

    def _add(self, fact: Fact) -> None:
        self.by_id[fact.id] = fact
        if isinstance(fact.data, SubjectRegistered):
            self.kind = fact.data.kind
        if isinstance(fact.data, FactRetracted):
            self.withdrawn.add(fact.data.target)
        if fact.supersedes is not None:
            self.withdrawn.add(fact.supersedes)

    def append(self, fact: Fact) -> None:
        self._add(fact)
        self.new.append(fact)

    def _live(self, cls: type[D]) -> list[tuple[Fact, D]]:
        """(fact, payload) of ``cls`` that have not been retracted or superseded."""
        return [
            (f, f.data)
            for f in self.by_id.values()
            if isinstance(f.data, cls) and f.id not in self.withdrawn
        ]

    def check(self, draft: FactDraft, label: str) -> None:
        """Raise InvalidRecord if ``draft`` cannot follow this stream."""
        data = draft.data
        if isinstance(data, SubjectRegistered):
            if self.kind is not None:
                raise InvalidRecord(
                    label,
                    "subject",
                    draft.subject,
                    "is already registered (record a ProfileChanged to change it)",
                )
            problem = validate_identifier(data.kind.value, draft.subject)
            if problem:
                raise InvalidRecord(label, "subject", draft.subject, problem)
            return
        if self.kind is None:
            shape = validate_identifier("any", draft.subject)
            if shape:
                raise InvalidRecord(label, "subject", draft.subject, f"not an identifier: {shape}")
            raise InvalidRecord(
                label,
                "subject",
                draft.subject,
                "is not registered: record a SubjectRegistered fact for it first",
            )
        self._check_kind(label, draft)
        for field, ref in data.references().items():
            self._check_reference(label, f"data.{field}", ref, data)
        if isinstance(data, ProtectionForceDisbanded):
            self._check_disbanded(label, draft)
        if isinstance(data, ProfileChanged):
            self._check_profile(label, data)
        if isinstance(data, SubUnitEstablished | SubUnitDissolved):
            self._check_sub_unit(label, data.sub_unit, isinstance(data, SubUnitEstablished))
        if isinstance(data, EmulationRated | DisciplineDecided) and data.sub_unit is not None:
            self._check_sub_unit(label, data.sub_unit, established=False)
        if isinstance(
            data,
            MovementModelEstablished
            | MovementModelActivityRecorded
            | MovementModelAssessed
            | MovementModelDissolved,
        ):
            self._check_model(label, data)
        if draft.supersedes is not None:
            target = self._existing(label, "supersedes", draft.supersedes)
            if target.type_name != draft.type_name:
                raise InvalidRecord(
                    label,
                    "supersedes",
                    draft.supersedes,
                    f"is a {target.type_name}; a {draft.type_name} can only supersede a "
                    f"{draft.type_name} (retract it and record a new fact instead)",
                )

    def _check_kind(self, label: str, draft: FactDraft) -> None:
        """A fact that only some kinds of subject have (``FACT_KINDS``)."""
        kinds = FACT_KINDS.get(draft.type_name)
        if kinds is not None and self.kind not in kinds:
            assert self.kind is not None  # registered: checked before
            named = ", ".join(k.label_en for k in SubjectKind if k in kinds)
            raise InvalidRecord(
                label,
                "type",
                draft.type_name,
                f"is recorded for {named} subjects only; {draft.subject} is of kind "
                f"{self.kind.label_en}",
            )

    def _check_disbanded(self, label: str, draft: FactDraft) -> None:
        """A guard force is disbanded only while one stands (established, not disbanded)."""
        changes = sorted(
            (
                f
                for f in self.by_id.values()
                if f.id not in self.withdrawn
                and isinstance(f.data, ProtectionForceEstablished | ProtectionForceDisbanded)
                and f.occurred_on <= draft.occurred_on
            ),
            key=lambda f: (f.occurred_on, f.recorded_at),
        )
        if not changes or isinstance(changes[-1].data, ProtectionForceDisbanded):
            raise InvalidRecord(
                label,
                "type",
                draft.type_name,
                f"no guard force stands on {draft.occurred_on.isoformat()} (record its "
                "ProtectionForceEstablished first)",
            )

    def _check_profile(self, label: str, change: ProfileChanged) -> None:
        assert self.kind is not None  # registered: checked before
        if change.education_levels is not None and not change.education_levels:
            raise InvalidRecord(
                label, "data.education_levels", [], "give at least one level (or leave it out)"
            )
        values = {f.name: getattr(change, f.name) for f in attrs.fields(ProfileChanged)}
        try:
            check_kind_fields(self.kind, values, prefix="data.")
        except InvalidRecord as exc:
            raise exc.at(label) from None

    def _check_sub_unit(self, label: str, ref: str, established: bool) -> None:
        """A sub-unit reference names one sub-unit for good; a rating, a discipline or a
        dissolution names one that exists and is not dissolved."""
        used = [f for f, s in self._all(SubUnitEstablished) if s.sub_unit == ref]
        if established:
            if used:
                problem = f"this sub-unit reference was already used (fact {used[0].id})"
                raise InvalidRecord(label, "data.sub_unit", ref, f"{problem}: choose a new one")
            return
        if not [f for f, s in self._live(SubUnitEstablished) if s.sub_unit == ref]:
            problem = "no SubUnitEstablished with this reference for this subject"
            raise InvalidRecord(label, "data.sub_unit", ref, problem)
        gone = [f for f, s in self._live(SubUnitDissolved) if s.sub_unit == ref]
        if gone:
            when = gone[0].occurred_on.isoformat()
            problem = f"this sub-unit was dissolved on {when} (fact {gone[0].id})"
            raise InvalidRecord(label, "data.sub_unit", ref, problem)

    def _all(self, cls: type[D]) -> list[tuple[Fact, D]]:
        return [(f, f.data) for f in self.by_id.values() if isinstance(f.data, cls)]

    def _check_model(
        self,
        label: str,
        data: MovementModelEstablished
        | MovementModelActivityRecorded
        | MovementModelAssessed
        | MovementModelDissolved,
    ) -> None:
        key = data.model
        if isinstance(data, MovementModelEstablished):
            used = [
                f
                for f in self.by_id.values()
                if isinstance(f.data, MovementModelEstablished) and f.data.model == key
            ]
            if used:
                raise InvalidRecord(
                    label,
                    "data.model",
                    key,
                    f"this model reference was already used (fact {used[0].id}); a model "
                    "reference names one model for good: choose a new one",
                )
            return
        if not [f for f, m in self._live(MovementModelEstablished) if m.model == key]:
            raise InvalidRecord(
                label,
                "data.model",
                key,
                "no MovementModelEstablished in effect with this model reference for this subject",
            )
        dissolved = [f for f, m in self._live(MovementModelDissolved) if m.model == key]
        if dissolved:
            raise InvalidRecord(
                label,
                "data.model",
                key,
                f"this model was dissolved on {dissolved[0].occurred_on.isoformat()} "
                f"(fact {dissolved[0].id})",
            )

    def _existing(self, label: str, field: str, ref: str) -> Fact:
        target = self.by_id.get(ref)
        if target is None:
            raise InvalidRecord(
                label, field, ref, f"no fact with this id for subject {self.subject}"
            )
        if ref in self.withdrawn:
            raise InvalidRecord(label, field, ref, "this fact was already retracted or superseded")
        return target

    def _check_reference(self, label: str, field: str, ref: str, data: FactData) -> None:
        target = self._existing(label, field, ref)
        if isinstance(data, InternalRuleRepealed):
            if not isinstance(target.data, InternalRuleIssued):
                raise InvalidRecord(
                    label, field, ref, f"is a {target.type_name}, not an InternalRuleIssued"
                )
            repeals = [f for f, r in self._live(InternalRuleRepealed) if r.rule == ref]
            if repeals:
                raise InvalidRecord(
                    label, field, ref, f"this rule was already repealed (fact {repeals[0].id})"
                )
        if isinstance(data, FactRetracted):
            if isinstance(target.data, SubjectRegistered):
                raise InvalidRecord(
                    label,
                    field,
                    ref,
                    "a registration cannot be retracted; record a ProfileChanged to correct it",
                )
            if isinstance(target.data, FactRetracted):
                raise InvalidRecord(
                    label,
                    field,
                    ref,
                    "a retraction cannot be retracted; record the withdrawn fact again with a "
                    "new id",
                )
