"""Recording: facts one by one, in batches and from files; corrections; erasure of personal data.

A batch is validated against the streams it extends (``domain/stream.py``) and the policy of who
may record what (``domain/policy.py``), then appended in one transaction, or not at all. Whether
a batch is accepted does not depend on the order of its facts: each subject's facts are checked
against each other in business-date order (a registration first), and appended in the order
given (a registration first).
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import attrs

from antq_compliance.application.base import LedgerBase, _bulk
from antq_compliance.application.jsonl import _read_jsonl
from antq_compliance.codec.facts import draft_from_json
from antq_compliance.codec.fast import fact_from_draft
from antq_compliance.domain.dates import local_date
from antq_compliance.domain.errors import (
    ConcurrencyConflict,
    InvalidRecord,
    NothingToErase,
    NotPermitted,
)
from antq_compliance.domain.facts import (
    Fact,
    FactData,
    FactDraft,
    FactRetracted,
    SubjectRegistered,
    composed,
)
from antq_compliance.domain.policy import ERASE_ROLES, Actor, refusal
from antq_compliance.domain.privacy import Erasure, same_content
from antq_compliance.domain.stream import _SubjectState
from antq_compliance.regulation import record_checks
from antq_compliance.store.application import StreamConflict

__all__ = ["ImportResult", "Recording"]


@attrs.frozen(kw_only=True)
class ImportResult:
    """What a batch did: facts written, facts skipped because already recorded identically."""

    written: int
    unchanged: int
    subjects: tuple[str, ...]
    recorded_at: datetime


class Recording(LedgerBase):
    """The ledger's commands (see :class:`~antq_compliance.application.ledger.Ledger`)."""

    def register(
        self,
        subject: str,
        data: SubjectRegistered,
        *,
        occurred_on: date,
        recorded_by: str,
        id: str | None = None,
        document_ref: str | None = None,
        actor: Actor | None = None,
    ) -> Fact:
        """Register an enterprise or agency. ``subject`` is its identifier (tax code)."""
        return self.record(
            subject,
            data,
            occurred_on=occurred_on,
            recorded_by=recorded_by,
            id=id,
            document_ref=document_ref,
            actor=actor,
        )

    def record(
        self,
        subject: str,
        data: FactData,
        *,
        occurred_on: date,
        recorded_by: str,
        id: str | None = None,
        document_ref: str | None = None,
        supersedes: str | None = None,
        reason: str | None = None,
        actor: Actor | None = None,
    ) -> Fact:
        """Record one fact and return it as stored (with its recording time).

        ``id`` defaults to a new random id. Recording the same id with the same content again
        returns the stored fact and writes nothing.
        """
        fact_id = id or uuid.uuid4().hex
        try:
            draft = FactDraft(
                id=fact_id,
                subject=subject,
                occurred_on=occurred_on,
                recorded_by=recorded_by,
                data=data,
                document_ref=document_ref,
                supersedes=supersedes,
                reason=reason,
            )
        except InvalidRecord as exc:
            raise exc.at(f"fact {fact_id!r}") from None
        self.record_many([draft], actor=actor)
        return self._state_fact(subject, fact_id)

    def retract(
        self,
        subject: str,
        target: str,
        *,
        reason: str,
        occurred_on: date,
        recorded_by: str,
        id: str | None = None,
        actor: Actor | None = None,
    ) -> Fact:
        """Withdraw a fact from the record. The fact stays in the log; history shows both."""
        return self.record(
            subject,
            FactRetracted(target=target, reason=reason),
            occurred_on=occurred_on,
            recorded_by=recorded_by,
            id=id,
            actor=actor,
        )

    def record_many(
        self,
        drafts: Sequence[FactDraft],
        labels: Sequence[str] | None = None,
        *,
        actor: Actor | None = None,
    ) -> ImportResult:
        """Record a batch atomically: every fact is written, or none is.

        Facts already recorded with identical content are skipped, so a batch can be re-run.
        ``labels`` names each draft in error messages (default ``fact '<id>'``). A fact the
        actor's role may not record (``domain/policy.py``) raises :class:`NotPermitted` and nothing
        of the batch is written.

        When another writer appended to one of the batch's subjects first, the batch is
        validated again on a fresh read of those subjects and re-sent, after a short random
        pause (up to ``retries`` attempts in all); then :class:`ConcurrencyConflict` says that
        nothing was written (``docs/reliability.md``).
        """
        names = list(labels) if labels is not None else [f"fact {d.id!r}" for d in drafts]
        drafts = [composed(d) for d in drafts]  # NFC, as a file's texts are when read
        for attempt in range(self._retries):
            if attempt:
                time.sleep(_backoff(attempt))
            now = self._clock()
            if now.tzinfo is None:
                raise ValueError("the ledger's clock must return timezone-aware datetimes")
            states, unchanged = self._prepare(
                drafts, names, now.astimezone(UTC), actor or self.actor
            )
            try:
                self._log.append(
                    [(s.subject, s.version, s.to_append()) for s in states.values() if s.new]
                )
            except StreamConflict:
                continue
            written = sum(len(s.new) for s in states.values())
            return ImportResult(
                written=written,
                unchanged=unchanged,
                subjects=tuple(s.subject for s in states.values() if s.new),
                recorded_at=now,
            )
        raise ConcurrencyConflict(sorted({d.subject for d in drafts}), self._retries)

    def _prepare(
        self, drafts: Sequence[FactDraft], labels: Sequence[str], now: datetime, actor: Actor
    ) -> tuple[dict[str, _SubjectState], int]:
        """Validate a batch: each line on its own, in file order; then each subject's facts
        against its stream and the rest of the batch, in business time (``domain/stream.py``),
        so that the order of the lines in a file never decides whether it is accepted."""
        today = local_date(now)
        stored = self._log.read_many(list(dict.fromkeys(d.subject for d in drafts)))
        states: dict[str, _SubjectState] = {}
        unchanged = 0
        for position, (draft, label) in enumerate(zip(drafts, labels, strict=True)):
            if draft.occurred_on > today:
                raise InvalidRecord(
                    label,
                    "occurred_on",
                    draft.occurred_on.isoformat(),
                    f"is after the recording date {today.isoformat()} (a fact cannot be recorded "
                    "before it happens)",
                )
            state = states.get(draft.subject)
            if state is None:
                state = states[draft.subject] = _SubjectState(draft.subject, stored[draft.subject])
            existing = state.by_id.get(draft.id)
            if existing is not None:
                if same_content(existing.draft(), draft):
                    unchanged += 1
                    continue
                raise InvalidRecord(
                    label,
                    "id",
                    draft.id,
                    "was already recorded for this subject with different content; record a "
                    "correction (supersedes) with a new id instead",
                )
            # The draft is valid: no re-validation.
            state.add(fact_from_draft(draft, now, role=actor.role), label, position)
        for state in states.values():
            for fact, label in state.ordered():
                state.check(fact, label)
                refused = record_checks.problem(fact.data, state.kind)
                if refused is not None:
                    field, value, problem = refused
                    raise InvalidRecord(label, f"data.{field}", value, problem)
                _permit(actor, fact, label, state)
                state.accept(fact)
        return states, unchanged

    def import_jsonl(
        self, path: str | os.PathLike[str], *, actor: Actor | None = None
    ) -> ImportResult:
        """Import a JSON Lines file atomically (see ``docs/interchange.md``).

        The whole file is validated before anything is written; a bad line raises
        :class:`InvalidRecord` naming the line, the field and the value, and nothing is written.
        Lines are read on their own in file order, then each subject's facts are checked
        together in business-date order: the same lines in another order give the same outcome
        (a subject's registration may come anywhere in the file).
        Re-importing the same file writes nothing more. Lines carry no role: every fact is
        recorded as ``actor`` (default: the ledger's), and refused as a whole if its role may
        not record one of them.
        """
        drafts, labels = [], []
        with _bulk():
            for label, raw in _read_jsonl(Path(path)):
                drafts.append(draft_from_json(raw, label))
                labels.append(label)
            return self.record_many(drafts, labels, actor=actor)

    def erase(
        self,
        person: str,
        *,
        legal_basis: str,
        recorded_by: str,
        occurred_on: date,
        subject: str | None = None,
        actor: Actor | None = None,
    ) -> Erasure:
        """Erase the personal data of ``person`` (the reference as recorded: a clerk account,
        a staff pseudonym, a chair's title...), in every unit's record or in ``subject``'s only.

        The keys its values were encrypted with are destroyed (crypto-shredding): the values
        read as ``privacy.ERASED`` from then on; verdicts, figures and the hash chain do not
        change. The erasure is first recorded in the log (who, when, legal basis, which keys;
        never the value), then the keys are destroyed; if the process dies in between, running
        the erasure again completes it. Raises :class:`NothingToErase` when no live key of
        ``person`` is held, :class:`NotPermitted` for a role that may not erase.
        """
        actor = actor or self.actor
        where = f"subject {subject}" if subject else "every unit"
        if actor.role not in ERASE_ROLES:
            roles = ", ".join(sorted(r.value for r in ERASE_ROLES))
            raise NotPermitted(
                "erasure",
                recorded_by,
                actor.describe(),
                "erasure of personal data",
                where,
                f"only the roles {roles} may erase personal data",
            )
        for field, value in (("person", person), ("legal_basis", legal_basis)):
            if not value.strip() or any(ord(c) < 32 for c in value):
                raise InvalidRecord("erasure", field, value, "must be non-blank text")
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the ledger's clock must return timezone-aware datetimes")
        if occurred_on > local_date(now):
            raise InvalidRecord(
                "erasure", "occurred_on", occurred_on.isoformat(), "is after the recording date"
            )
        for _attempt in range(self._retries):
            keys = self._log.person_keys(person, subject)
            if not keys:
                raise NothingToErase(person, where)
            erasure = Erasure(
                id=uuid.uuid4().hex,
                keys=tuple(k for k, _ in keys),
                subjects=tuple(sorted({s for _, s in keys})),
                legal_basis=legal_basis,
                recorded_by=recorded_by,
                role=actor.role,
                occurred_on=occurred_on,
                recorded_at=now.astimezone(UTC),
            )
            try:
                erasure = self._log.record_erasure(erasure)
            except StreamConflict:
                continue
            self._log.destroy_keys(erasure.keys)
            return erasure
        raise ConcurrencyConflict(["erasures"], self._retries)

    def erasures(self) -> list[Erasure]:
        """Every erasure recorded in the log, oldest first."""
        return self._log.erasures()


def _permit(actor: Actor, draft: FactDraft, label: str, state: _SubjectState) -> None:
    """Refuse a fact the actor's role may not record (``domain/policy.py``)."""
    target = None
    if isinstance(draft.data, FactRetracted):
        target = state.by_id[draft.data.target]
    elif draft.supersedes is not None:
        target = state.by_id[draft.supersedes]
    corrected = None if target is None else target.type_name
    problem = refusal(
        actor,
        draft.type_name,
        draft.subject,
        corrected,
        draft.data,
        corrected_data=None if target is None else target.data,
    )
    if problem is not None:
        raise NotPermitted(
            label, draft.recorded_by, actor.describe(), draft.type_name, draft.subject, problem
        )


def _backoff(attempt: int) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, ...) after a conflict: random, so that
    writers that collided do not collide again, up to 20 ms, doubling each time, at most 1 s."""
    return random.uniform(0, min(1.0, 0.01 * 2**attempt))
