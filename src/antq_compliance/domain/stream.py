"""The invariants of one subject's stream, checked before anything is appended.

A fact may follow a stream only if it is consistent with what the stream already holds and
with the rest of its batch: the subject is registered once, references point to live facts of
the same subject, a model or sub-unit reference names one model or sub-unit for good and is used
only while it exists, a guard force is disbanded only while one stands, a correction corrects a
fact of its own type, a fact of a kind of subject is recorded for that kind only.

The dated checks (models, sub-units, the guard force) judge a fact by **business dates**, not by
where it stands in a file: each fact is held against the facts dated before it, whatever their
order in the batch (``_SubjectState.ordered``). On the same day, facts already recorded come
first (recording order); within a batch, an establishment comes before the uses of what it
establishes, and a dissolution after them. A batch whose lines are shuffled is accepted or
refused as the sorted one is, with the same message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

import attrs

from antq_compliance.domain.errors import InvalidRecord
from antq_compliance.domain.facts import (
    DisciplineDecided,
    EmulationRated,
    Fact,
    FactData,
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

_OPENS = (MovementModelEstablished, SubUnitEstablished, ProtectionForceEstablished)
_CLOSES = (MovementModelDissolved, SubUnitDissolved, ProtectionForceDisbanded)

_Key = tuple[date, int, int, int, str]
"""Where a fact stands in business time: its date; then, on the same day, the facts already
recorded (in recording order) before those of the batch, and within the batch an establishment
before the other facts and a dissolution after them (then by id, whatever the file order)."""


def _phase(data: FactData) -> int:
    if isinstance(data, _OPENS):
        return 0
    return 2 if isinstance(data, _CLOSES) else 1


@attrs.frozen
class _Pending:
    fact: Fact
    label: str
    position: int


class _SubjectState:
    """What validation needs to know about one subject's stream: its stored facts and the
    facts of the batch, each placed in business time."""

    def __init__(self, subject: str, facts: list[Fact]) -> None:
        self.subject = subject
        self.version = len(facts)
        self.by_id: dict[str, Fact] = {}
        """Fact id -> fact, stored or batch; written by ``_index`` only (it keeps
        ``_by_type`` alike)."""
        self._by_type: dict[type[FactData], dict[str, Fact]] = {}
        """The facts of ``by_id`` by the type of their data, each in ``by_id``'s order: a
        check looks at the facts of a few types, not at the whole stream."""
        self._live_cache: dict[tuple[type[FactData], ...], list[Fact]] = {}
        """``_live_facts`` by its classes, until the next ``_index`` (the only writer of
        ``by_id``, ``withdrawn`` and ``_key``): the checks of a batch read the same lists."""
        self.withdrawn: dict[str, list[str]] = {}
        """Fact id -> the ids of the facts that retract or supersede it (stored or batch)."""
        self.kind: SubjectKind | None = None
        self.new: list[Fact] = []
        self._key: dict[str, _Key] = {}
        self._stored: set[str] = set()
        self._pending: list[_Pending] = []
        self._accepted_ids: set[str] = set()
        for index, fact in enumerate(facts):
            self._index(fact, (fact.occurred_on, 0, index, 0, ""))
            self._stored.add(fact.id)
            if isinstance(fact.data, SubjectRegistered):
                self.kind = fact.data.kind

    def _index(self, fact: Fact, key: _Key) -> None:
        if self._live_cache:
            self._live_cache.clear()
        previous = self.by_id.get(fact.id)
        self.by_id[fact.id] = fact
        if previous is not None and type(previous.data) is not type(fact.data):
            # by_id keeps an id where it first stood: so does the index, rebuilt in its order.
            self._by_type = {}
            for known in self.by_id.values():
                self._by_type.setdefault(type(known.data), {})[known.id] = known
        else:
            self._by_type.setdefault(type(fact.data), {})[fact.id] = fact
        self._key[fact.id] = key
        if isinstance(fact.data, FactRetracted):
            self.withdrawn.setdefault(fact.data.target, []).append(fact.id)
        if fact.supersedes is not None:
            self.withdrawn.setdefault(fact.supersedes, []).append(fact.id)

    # --- the batch ----------------------------------------------------------------------------

    def add(self, fact: Fact, label: str, position: int) -> None:
        """Put a fact of the batch in place (checked later, with the whole batch known)."""
        self._index(fact, (fact.occurred_on, 1, 0, _phase(fact.data), fact.id))
        self._pending.append(_Pending(fact, label, position))

    def ordered(self) -> list[tuple[Fact, str]]:
        """The batch's facts in the order they are checked: a registration first, then by
        business time (``_Key``) — never by their order in the file."""
        pending = sorted(
            self._pending,
            key=lambda p: (not isinstance(p.fact.data, SubjectRegistered), self._key[p.fact.id]),
        )
        return [(p.fact, p.label) for p in pending]

    def accept(self, fact: Fact) -> None:
        """``fact`` passed every check: it will be appended."""
        if isinstance(fact.data, SubjectRegistered):
            self.kind = fact.data.kind
        self.new.append(fact)
        self._accepted_ids.add(fact.id)

    def to_append(self) -> list[Fact]:
        """The accepted facts in file order, a registration first (it opens the stream)."""
        position = {p.fact.id: p.position for p in self._pending}
        return sorted(
            self.new,
            key=lambda f: (not isinstance(f.data, SubjectRegistered), position[f.id]),
        )

    # --- views --------------------------------------------------------------------------------

    def _before(self, fact: Fact, other: Fact) -> bool:
        return self._key[other.id] < self._key[fact.id]

    def _of(self, *classes: type[FactData]) -> list[Fact]:
        """The facts of ``by_id`` whose data is of ``classes``, in ``by_id``'s order."""
        groups = [facts for cls, facts in self._by_type.items() if issubclass(cls, classes)]
        if not groups:
            return []
        if len(groups) == 1:
            return list(groups[0].values())
        return [f for f in self.by_id.values() if isinstance(f.data, classes)]

    def _live_facts(self, *classes: type[FactData]) -> list[Fact]:
        """Facts of ``classes``, stored or in the batch, that nothing retracts or supersedes,
        in business time (no two facts stand at the same place: the order is total)."""
        found = self._live_cache.get(classes)
        if found is None:
            withdrawn = self.withdrawn
            found = [
                f
                for cls, facts in self._by_type.items()
                if issubclass(cls, classes)
                for f in facts.values()
                if f.id not in withdrawn
            ]
            found.sort(key=lambda f: self._key[f.id])
            self._live_cache[classes] = found
        return list(found)

    def _live(self, cls: type[D]) -> list[tuple[Fact, D]]:
        return [(f, f.data) for f in self._live_facts(cls) if isinstance(f.data, cls)]

    def _is_accepted(self, fact: Fact) -> bool:
        """Already in the stream: stored, or accepted earlier in the batch."""
        return fact.id in self._stored or fact.id in self._accepted_ids

    # --- the checks ---------------------------------------------------------------------------

    def check(self, draft: Fact, label: str) -> None:
        """Raise InvalidRecord if ``draft`` cannot be part of this stream."""
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
            self._check_reference(label, f"data.{field}", ref, draft)
        if isinstance(data, ProtectionForceDisbanded):
            self._check_disbanded(label, draft)
        if isinstance(data, ProfileChanged):
            self._check_profile(label, data)
        self._check_lives(label, draft)
        if draft.supersedes is not None:
            target = self._existing(label, "supersedes", draft.supersedes, draft.id)
            if target.type_name != draft.type_name:
                raise InvalidRecord(
                    label,
                    "supersedes",
                    draft.supersedes,
                    f"is a {target.type_name}; a {draft.type_name} can only supersede a "
                    f"{draft.type_name} (retract it and record a new fact instead)",
                )

    def _check_lives(self, label: str, draft: Fact) -> None:
        """Sub-units and models: a new reference, or one in use while it exists."""
        data = draft.data
        if isinstance(data, SubUnitEstablished):
            self._check_new_sub_unit(label, data.sub_unit)
        elif isinstance(data, SubUnitDissolved | EmulationRated | DisciplineDecided):
            if data.sub_unit is not None:
                self._check_sub_unit(label, draft, data.sub_unit)
        elif isinstance(data, MovementModelEstablished):
            self._check_new_model(label, data.model)
        elif isinstance(
            data, MovementModelDissolved | MovementModelActivityRecorded | MovementModelAssessed
        ):
            self._check_model(label, draft, data.model)

    def _check_kind(self, label: str, draft: Fact) -> None:
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

    def _check_disbanded(self, label: str, draft: Fact) -> None:
        """A guard force is disbanded only while one stands: the change before this one in
        business time established it, and a disbandment already recorded after it does not
        lose the force it disbanded."""
        changes = [
            f
            for f in self._live_facts(ProtectionForceEstablished, ProtectionForceDisbanded)
            if f.id != draft.id
        ]
        before = [f for f in changes if self._before(draft, f)]
        if not before or isinstance(before[-1].data, ProtectionForceDisbanded):
            raise InvalidRecord(
                label,
                "type",
                draft.type_name,
                f"no guard force stands on {draft.occurred_on.isoformat()} (record its "
                "ProtectionForceEstablished first)",
            )
        after = [f for f in changes if not self._before(draft, f)]
        if (
            after
            and isinstance(after[0].data, ProtectionForceDisbanded)
            and after[0].id in (self._stored)
        ):
            raise InvalidRecord(
                label,
                "type",
                draft.type_name,
                f"the guard force is already recorded as disbanded on "
                f"{after[0].occurred_on.isoformat()} (fact {after[0].id}), with no "
                "ProtectionForceEstablished in between",
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

    # --- sub-units and models: one reference for good, used while it exists -------------------

    def _check_new_sub_unit(self, label: str, ref: str) -> None:
        used = [
            f
            for f in self._of(SubUnitEstablished)
            if _sub_unit_of(f.data, SubUnitEstablished) == ref
        ]
        used = [f for f in used if self._is_accepted(f)]
        if used:
            problem = f"this sub-unit reference was already used (fact {used[0].id})"
            raise InvalidRecord(label, "data.sub_unit", ref, f"{problem}: choose a new one")

    def _check_sub_unit(self, label: str, draft: Fact, ref: str) -> None:
        """A rating, a discipline or a dissolution names a sub-unit established before it (in
        business time) and not dissolved before it; a dissolution leaves no rating or
        discipline already recorded after it."""
        established = [f for f, s in self._live(SubUnitEstablished) if s.sub_unit == ref]
        dissolved = [
            f for f, s in self._live(SubUnitDissolved) if s.sub_unit == ref and f.id != draft.id
        ]
        self._check_in_life(
            label,
            draft,
            "data.sub_unit",
            ref,
            (established, dissolved, lambda: self._uses((EmulationRated, DisciplineDecided), ref)),
            ("no SubUnitEstablished with this reference for this subject", "sub-unit"),
        )

    def _check_new_model(self, label: str, key: str) -> None:
        used = [
            f
            for f in self._of(MovementModelEstablished)
            if isinstance(f.data, MovementModelEstablished)
            and f.data.model == key
            and self._is_accepted(f)
        ]
        if used:
            raise InvalidRecord(
                label,
                "data.model",
                key,
                f"this model reference was already used (fact {used[0].id}); a model "
                "reference names one model for good: choose a new one",
            )

    def _check_model(self, label: str, draft: Fact, key: str) -> None:
        """An activity, an assessment or a dissolution names a model established before it
        (in business time) and not dissolved before it; a dissolution leaves no activity or
        assessment already recorded after it."""
        established = [f for f, m in self._live(MovementModelEstablished) if m.model == key]
        dissolved = [
            f for f, m in self._live(MovementModelDissolved) if m.model == key and f.id != draft.id
        ]
        uses = (MovementModelActivityRecorded, MovementModelAssessed)
        self._check_in_life(
            label,
            draft,
            "data.model",
            key,
            (established, dissolved, lambda: self._uses(uses, key, "model")),
            (
                "no MovementModelEstablished in effect with this model reference for this subject",
                "model",
            ),
        )

    def _uses(
        self, classes: tuple[type[FactData], ...], ref: str, field: str = "sub_unit"
    ) -> list[Fact]:
        """Live facts of ``classes`` naming ``ref`` in ``field``, in business time."""
        return [f for f in self._live_facts(*classes) if getattr(f.data, field, None) == ref]

    def _check_in_life(
        self,
        label: str,
        draft: Fact,
        field: str,
        ref: str,
        facts: tuple[Sequence[Fact], Sequence[Fact], Callable[[], Sequence[Fact]]],
        words: tuple[str, str],
    ) -> None:
        """``draft`` uses (or dissolves) what ``ref`` names: established before it, not dissolved
        before it; a dissolution has no use already recorded (stored) after it — a use in the
        batch after it is refused when its own turn comes."""
        established, dissolved, uses = facts
        missing, what = words
        if not established:
            raise InvalidRecord(label, field, ref, missing)
        if not any(self._before(draft, f) for f in established):
            first = established[0]
            raise InvalidRecord(
                label,
                field,
                ref,
                f"this {what} was established on {first.occurred_on.isoformat()} (fact "
                f"{first.id}), after this fact's date {draft.occurred_on.isoformat()}",
            )
        gone = [f for f in dissolved if self._before(draft, f)]
        if gone:
            raise InvalidRecord(
                label,
                field,
                ref,
                f"this {what} was dissolved on {gone[0].occurred_on.isoformat()} "
                f"(fact {gone[0].id})",
            )
        if isinstance(draft.data, _CLOSES):
            later = [f for f in uses() if f.id in self._stored and self._before(f, draft)]
            if later:
                raise InvalidRecord(
                    label,
                    field,
                    ref,
                    f"this {what} is already recorded in use on {later[0].occurred_on.isoformat()} "
                    f"(fact {later[0].id}), after this dissolution's date "
                    f"{draft.occurred_on.isoformat()}",
                )

    # --- references ---------------------------------------------------------------------------

    def _existing(self, label: str, field: str, ref: str, own: str) -> Fact:
        target = self.by_id.get(ref)
        if target is None or ref == own:
            raise InvalidRecord(
                label, field, ref, f"no fact with this id for subject {self.subject}"
            )
        if [w for w in self.withdrawn.get(ref, ()) if w != own]:
            raise InvalidRecord(label, field, ref, "this fact was already retracted or superseded")
        return target

    def _check_reference(self, label: str, field: str, ref: str, draft: Fact) -> None:
        data = draft.data
        target = self._existing(label, field, ref, draft.id)
        if isinstance(data, InternalRuleRepealed):
            if not isinstance(target.data, InternalRuleIssued):
                raise InvalidRecord(
                    label, field, ref, f"is a {target.type_name}, not an InternalRuleIssued"
                )
            repeals = [
                f for f, r in self._live(InternalRuleRepealed) if r.rule == ref and f.id != draft.id
            ]
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


def _sub_unit_of(data: FactData, cls: type[FactData]) -> str | None:
    return getattr(data, "sub_unit", None) if isinstance(data, cls) else None
