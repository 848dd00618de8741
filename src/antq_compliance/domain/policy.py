"""Who may record what: actors, their roles, and the policy table the ledger enforces.

Pure domain: data and one function. The table is read from TT124 Articles 9-10 as paraphrased
in the regulation reference (``TT124.D9``, ``TT124.D10``) and explained, row by row, in
``docs/reliability.md`` ("Who may record what"):

* a unit's own activities (plans, briefings, models, incidents, the review meeting, the
  dossier...) are recorded by the unit itself or by the police that oversee it (who also
  receive the dossier, TT124.D9 / TT48);
* a People's Committee decides recognition (TT124.D10.K1-K3, K5) and records
  ``RecognitionDecided``; the police record (and correct) only the Ministry of Public Security's
  decisions (TT124.D10.K4), which ``refusal`` tells from the payload;
* ``system`` is the role of data migrated from before roles were kept, and of the deployment's
  operator: it may record every type, and the fact keeps saying ``system``, so an audit can tell
  a migrated decision from one the People's Committee recorded. It is never a default: a writer
  names it explicitly (``Ledger(actor=SYSTEM)``, ``antq --role system``);
* a correction (``FactRetracted``, or a fact that ``supersedes`` another) may only be made by a
  role that may record the corrected fact's type, and only by the role that recorded the
  corrected fact or an authority :data:`CORRECTORS` names above it: a unit corrects its own
  records, the police correct a unit's records and their own, a People's Committee its own;
  a unit never withdraws what the police or a People's Committee recorded about it.

The library does not authenticate anyone: the application embedding it passes the actor it
authenticated (``Ledger(actor=...)``), and the command line takes ``--role``/``--unit``; a write
without an actor is refused (:class:`~antq_compliance.domain.errors.ActorRequired`).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from antq_compliance.domain.facts import FACT_TYPES, FactData, RecognitionDecided
from antq_compliance.domain.vocabulary import AuthorityLevel, Role

__all__ = ["CORRECTORS", "ERASE_ROLES", "POLICY", "SYSTEM", "Actor", "refusal"]


@attrs.frozen
class Actor:
    """Who records: a role, and for the ``unit`` role the identifier of the unit it acts for."""

    role: Role
    unit: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.role is Role.UNIT and not self.unit:
            raise ValueError("an actor in the unit role must name its unit (its identifier)")
        if self.role is not Role.UNIT and self.unit is not None:
            raise ValueError(f"only the unit role acts for a unit, not {self.role.value}")

    def describe(self, lang: str = "en") -> str:
        role = self.role.label(lang)
        return f"{role} {self.unit}" if self.unit else role


SYSTEM = Actor(Role.SYSTEM)
"""The operator's actor: legacy imports and migrations. Never a default: name it to use it."""

_UNIT, _POLICE, _PC, _SYS = Role.UNIT, Role.POLICE, Role.PEOPLES_COMMITTEE, Role.SYSTEM
_UNIT_OR_POLICE = frozenset({_UNIT, _POLICE, _SYS})

POLICY: Mapping[str, frozenset[Role]] = {
    "SubjectRegistered": _UNIT_OR_POLICE,
    "ProfileChanged": _UNIT_OR_POLICE,
    "PartyResolutionAdopted": _UNIT_OR_POLICE,
    "SecurityPlanAdopted": _UNIT_OR_POLICE,
    "StandardRegistrationFiled": _UNIT_OR_POLICE,
    "InternalRuleIssued": _UNIT_OR_POLICE,
    "InternalRuleRepealed": _UNIT_OR_POLICE,
    "BriefingHeld": _UNIT_OR_POLICE,
    "MovementModelEstablished": _UNIT_OR_POLICE,
    "MovementModelActivityRecorded": _UNIT_OR_POLICE,
    "MovementModelAssessed": _UNIT_OR_POLICE,
    "MovementModelDissolved": _UNIT_OR_POLICE,
    "CoordinationAgreementSigned": _UNIT_OR_POLICE,
    "CoordinationActivityRecorded": _UNIT_OR_POLICE,
    "IncidentOccurred": _UNIT_OR_POLICE,
    "StaffOffenceRecorded": _UNIT_OR_POLICE,
    "ProtectionForceEstablished": _UNIT_OR_POLICE,
    "ProtectionForceTrained": _UNIT_OR_POLICE,
    "PropagandaSessionHeld": _UNIT_OR_POLICE,
    "FestivalDayHeld": _UNIT_OR_POLICE,
    "CommendationReceived": _UNIT_OR_POLICE,
    "EmulationCommitmentSigned": _UNIT_OR_POLICE,
    "ReviewMeetingHeld": _UNIT_OR_POLICE,
    "DossierSubmitted": _UNIT_OR_POLICE,
    "ProtectionForceDisbanded": _UNIT_OR_POLICE,
    "SubUnitEstablished": _UNIT_OR_POLICE,
    "SubUnitDissolved": _UNIT_OR_POLICE,
    "EmulationRated": frozenset({_UNIT, _POLICE, _PC, _SYS}),
    "DisciplineDecided": _UNIT_OR_POLICE,
    "AdministrativeSanctionImposed": frozenset({_POLICE, _PC, _SYS}),
    "CriterionAssessed": frozenset({_UNIT, _POLICE, _PC, _SYS}),
    "HouseholdsCounted": _UNIT_OR_POLICE,
    "CrimeFiguresReported": frozenset({_POLICE, _SYS}),
    "HotspotIdentified": _UNIT_OR_POLICE,
    "SocialEvilCaseIdentified": _UNIT_OR_POLICE,
    "ParentsBoardArrangementAdopted": _UNIT_OR_POLICE,
    "SizeFiguresReported": _UNIT_OR_POLICE,
    "RecognitionDecided": frozenset({_PC, _POLICE, _SYS}),
    "FactRetracted": frozenset({_UNIT, _POLICE, _PC, _SYS}),
}
"""Fact type -> the roles that may record it. A ``unit`` actor may record only facts of its
own unit. Every fact type has a row: a new type without one fails at import."""

ERASE_ROLES = frozenset({_POLICE, _SYS})
"""Roles that may execute an erasure of personal data (``Ledger.erase``, ``antq erase``): the
deployment's operator (``system``) and the police, who hold the records."""

CORRECTORS: Mapping[Role, frozenset[Role]] = {
    _UNIT: frozenset({_UNIT, _POLICE, _SYS}),
    _POLICE: frozenset({_POLICE, _SYS}),
    _PC: frozenset({_PC, _SYS}),
    _SYS: frozenset({_POLICE, _PC, _SYS}),
}
"""Role a fact was recorded in -> the roles that may retract or supersede it (on top of
:data:`POLICY` for the corrected type). The police oversee the units (TT124.D9) and correct
their records; nobody but the recording role (and the operator, ``system``) corrects what the
police or a People's Committee recorded. A fact recorded as ``system`` (migrated data) or before
roles were kept is corrected by an authority (police, People's Committee) or ``system``, never
by a unit: its real author is not known."""

_missing = set(FACT_TYPES) ^ set(POLICY)
if _missing:  # pragma: no cover - a developer error, caught at import
    raise RuntimeError(f"the policy table and the fact types differ: {sorted(_missing)}")


_POLICE_DECISIONS = (
    "the police record only the Ministry of Public Security's decisions (TT124.D10.K4); a "
    "People's Committee records its own"
)


def _roles(roles: frozenset[Role]) -> str:
    return ", ".join(r.value for r in Role if r in roles)


def _ministry_decision(data: FactData | None) -> bool:
    return isinstance(data, RecognitionDecided) and data.authority_level is AuthorityLevel.MINISTRY


def refusal(
    actor: Actor,
    type_name: str,
    subject: str,
    corrected_type: str | None = None,
    data: FactData | None = None,
    *,
    corrected_data: FactData | None = None,
    corrected_role: Role | None = None,
) -> str | None:
    """Why ``actor`` may not record a ``type_name`` fact of ``subject``, or ``None`` if it may.

    ``corrected_type`` is the type of the fact a retraction or supersession corrects (and
    ``corrected_data`` its payload, ``corrected_role`` the role it was recorded in, ``None``
    for facts recorded before roles were kept, read as ``system``); ``data`` the payload, where
    the table depends on it: the
    police record — and correct — a recognition decision only when the Ministry of Public
    Security decided it (TT124.D10.K4); People's Committees decide the others.
    """
    allowed = POLICY[type_name]
    if actor.role not in allowed:
        return f"only the roles {_roles(allowed)} may record a {type_name}"
    police = type_name == "RecognitionDecided" and actor.role is Role.POLICE
    if police and data is not None and not _ministry_decision(data):
        return _POLICE_DECISIONS
    if corrected_type is not None and actor.role not in POLICY[corrected_type]:
        return (
            f"it corrects a {corrected_type}, which only the roles "
            f"{_roles(POLICY[corrected_type])} may record"
        )
    if (
        actor.role is Role.POLICE
        and isinstance(corrected_data, RecognitionDecided)
        and not _ministry_decision(corrected_data)
    ):
        return f"it corrects a People's Committee's RecognitionDecided: {_POLICE_DECISIONS}"
    if corrected_type is not None:
        recorded_in = corrected_role or _SYS
        if actor.role not in CORRECTORS[recorded_in]:
            return (
                f"it corrects a {corrected_type} recorded in the role {recorded_in.value}, which "
                f"only the roles {_roles(CORRECTORS[recorded_in])} may retract or supersede"
            )
    if actor.role is Role.UNIT and subject != actor.unit:
        return f"a unit records its own facts only (it acts for {actor.unit})"
    return None
