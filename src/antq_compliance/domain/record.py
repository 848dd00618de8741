"""What the log shows for one subject at two "as of" points: the record the rules read.

Corrections are applied here: a retracted or superseded fact drops out of the record from the
instant its correction was recorded; it stays in the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from operator import attrgetter
from typing import TypeVar

import attrs

from antq_compliance.domain.facts import (
    FACT_TYPES,
    Fact,
    FactData,
    FactRetracted,
    InternalRuleIssued,
    InternalRuleRepealed,
    ProfileChanged,
    Size,
    SubjectRegistered,
)
from antq_compliance.domain.vocabulary import (
    AuthorityLevel,
    CommuneType,
    EducationLevel,
    LocalType,
    Ownership,
    SubjectKind,
)

__all__ = ["Profile", "Record", "SubjectSummary", "build_record", "commune_code", "communes_of"]

D = TypeVar("D", bound=FactData)


@attrs.frozen(kw_only=True)
class Profile:
    """The subject's profile in effect on a day, with the ids of the facts that set it."""

    kind: SubjectKind
    name: str
    ownership: Ownership | None
    size: Size | None
    has_party_organisation: bool
    province: str
    commune: str | None
    headcount: int
    armed_forces: bool
    state_budget_funded: bool | None = None
    local_type: LocalType | None = None
    commune_type: CommuneType | None = None
    education_levels: frozenset[EducationLevel] = frozenset()
    learners: int | None = None
    managed_by: AuthorityLevel | None = None
    commune_code: str | None = None
    followed_by_ministry: bool = False
    evidence: tuple[str, ...]


_PROFILE_FIELDS = (
    "name",
    "ownership",
    "size",
    "has_party_organisation",
    "province",
    "commune",
    "headcount",
    "armed_forces",
    "state_budget_funded",
    "local_type",
    "commune_type",
    "education_levels",
    "learners",
    "managed_by",
    "commune_code",
    "followed_by_ministry",
)


_LEAVES = frozenset(
    cls
    for cls in FACT_TYPES.values()
    if not any(other is not cls and issubclass(other, cls) for other in FACT_TYPES.values())
)
"""Fact types no other fact type derives from: ``Record.of`` finds them in its index."""


@attrs.frozen(kw_only=True)
class Record:
    subject: str
    facts: tuple[Fact, ...]
    """Effective facts (corrections applied) that happened by the business as-of date,
    ordered by business date then recording time."""
    # Derived once from ``facts`` on first use (the rules ask for the same types and the same
    # days many times per evaluation): not part of the value.
    _index: dict[type, tuple[tuple[Fact, FactData], ...]] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )
    _profiles: dict[object, Profile] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )
    """Profiles by day, and by the positions of the profile changes in effect (the profile
    depends on those alone: days with the same changes in effect share one)."""

    def of(self, cls: type[D]) -> list[tuple[Fact, D]]:
        """The facts whose data is a ``cls``, in record order, with their data. One pass over
        the facts per record, however many types are asked for."""
        if cls not in _LEAVES:
            return [(f, f.data) for f in self.facts if isinstance(f.data, cls)]
        index = self._index
        if index is None:
            grouped: dict[type, list[tuple[Fact, FactData]]] = {}
            for f in self.facts:
                grouped.setdefault(type(f.data), []).append((f, f.data))
            index = {kind: tuple(pairs) for kind, pairs in grouped.items()}
            object.__setattr__(self, "_index", index)
        return list(index.get(cls, ()))  # type: ignore[arg-type]

    def profile_on(self, day: date) -> Profile:
        """Profile in effect on ``day``; before the registration's date, the registration's."""
        profiles = self._profiles
        if profiles is None:
            profiles = {}
            object.__setattr__(self, "_profiles", profiles)
        found = profiles.get(day)
        if found is None:
            changes = self.of(ProfileChanged)
            applied = tuple(i for i, (f, _) in enumerate(changes) if f.occurred_on <= day)
            found = profiles.get(applied)
            if found is None:
                found = profiles[applied] = self._profile_on(day)
            profiles[day] = found
        return found

    def _profile_on(self, day: date) -> Profile:
        registrations = self.of(SubjectRegistered)
        if not registrations:
            raise LookupError(f"subject {self.subject!r} has no registration in this record")
        reg_fact, reg = registrations[0]
        values: dict[str, object] = {name: getattr(reg, name) for name in _PROFILE_FIELDS}
        evidence = [reg_fact.id]
        for fact, change in self.of(ProfileChanged):
            if fact.occurred_on > day:
                continue
            touched = False
            for name in _PROFILE_FIELDS:
                value = getattr(change, name)
                if value is not None:
                    values[name] = value
                    touched = True
            if touched:
                evidence.append(fact.id)
        return Profile(kind=reg.kind, evidence=tuple(evidence), **values)  # type: ignore[arg-type]

    def rules_in_force(self, day: date) -> list[tuple[Fact, InternalRuleIssued]]:
        """Internal rules issued by ``day`` and not repealed by then (p3; TT23.D7.K1)."""
        repealed = {r.rule for f, r in self.of(InternalRuleRepealed) if f.occurred_on <= day}
        return [
            (f, r)
            for f, r in self.of(InternalRuleIssued)
            if f.occurred_on <= day and f.id not in repealed
        ]

    def profiles_during(self, start: date, end: date) -> list[Profile]:
        """The profile on ``start`` and after each change that took effect up to ``end``."""
        days = [start] + [
            f.occurred_on for f, _ in self.of(ProfileChanged) if start < f.occurred_on <= end
        ]
        return [self.profile_on(day) for day in days]


def commune_code(subject: str, profile: Profile) -> str | None:
    """The 5-digit code of the commune a subject is on: a commune's own identifier, a unit's
    ``commune_code``, a residential area's prefix (``29254-KHOM3``)."""
    if profile.kind is SubjectKind.COMMUNE:
        return subject
    if profile.commune_code is not None:
        return profile.commune_code
    if profile.kind is SubjectKind.RESIDENTIAL_AREA:
        return subject.split("-", 1)[0]
    return None


def communes_of(facts: Iterable[Fact]) -> set[str]:
    """The communes (5-digit codes) whose territory these facts ever place their subject on: a
    residential area by its identifier, a unit by ``commune_code`` (TT124.D5.K4)."""
    found: set[str] = set()
    for fact in facts:
        data = fact.data
        if isinstance(data, SubjectRegistered | ProfileChanged) and data.commune_code:
            found.add(data.commune_code)
        if isinstance(data, SubjectRegistered) and data.kind is SubjectKind.RESIDENTIAL_AREA:
            found.add(fact.subject.split("-", 1)[0])
    return found


def build_record(
    subject: str, facts: Iterable[Fact], *, as_of: date, known_at: datetime | None
) -> Record:
    """The record of ``subject`` as known at ``known_at`` (None: everything recorded) and as
    happened by ``as_of`` (business date, inclusive)."""
    known = list(facts) if known_at is None else [f for f in facts if f.recorded_at <= known_at]
    withdrawn: set[str] = set()
    kept = []  # one pass: what corrections name, and the facts that are not corrections
    for f in known:
        data = f.data
        if f.supersedes is not None:
            withdrawn.add(f.supersedes)
        if isinstance(data, FactRetracted):
            withdrawn.add(data.target)
            continue
        # The registration describes the unit even when evaluated before its effective date.
        if f.occurred_on <= as_of or isinstance(data, SubjectRegistered):
            kept.append(f)
    effective = [f for f in kept if f.id not in withdrawn] if withdrawn else kept
    effective.sort(key=_RECORD_ORDER)
    return Record(subject=subject, facts=tuple(effective))


_RECORD_ORDER = attrgetter("occurred_on", "recorded_at")
"""Business date, then recording time: the order of a record's facts."""


@attrs.frozen(kw_only=True)
class SubjectSummary:
    """A registered subject with its current profile and the number of facts recorded for it."""

    id: str
    name: str
    kind: SubjectKind
    ownership: Ownership | None
    province: str
    commune: str | None
    facts: int
    commune_code: str | None = None
    """The 5-digit code of the commune whose territory the subject is on (a residential area's
    identifier prefix, a unit's ``commune_code``); a commune's own identifier is its code."""
