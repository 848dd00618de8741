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
from antq_compliance.application.jsonl import read_jsonl
from antq_compliance.application.progress import Progress, count_lines, counted
from antq_compliance.codec.facts import draft_from_json, draft_to_json
from antq_compliance.codec.fast import fact_from_draft
from antq_compliance.domain.checks import text_problem
from antq_compliance.domain.dates import local_date
from antq_compliance.domain.errors import (
    ConcurrencyConflict,
    InvalidRecord,
    InvalidRecords,
    NothingToErase,
    NotPermitted,
    raise_all,
)
from antq_compliance.domain.facts import (
    Fact,
    FactData,
    FactDraft,
    FactRetracted,
    SubjectRegistered,
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
        label = f"fact {fact_id!r}"
        checked = as_read_from_a_file(draft, label)
        self._record_checked([checked], [label], self._writer(actor, label))
        return self._state_fact(checked.subject, fact_id)

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
        progress: Progress | None = None,
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
        names = list(labels) if labels is not None else [f"fact {_id(d)!r}" for d in drafts]
        writer = self._writer(actor, names[0] if len(names) == 1 else "batch")
        checked, problems = [], _Problems()
        for draft, name in zip(drafts, names, strict=True):
            try:
                checked.append(as_read_from_a_file(draft, name))
            except InvalidRecord as exc:
                problems.add(exc)
        problems.raise_any()
        return self._record_checked(checked, names, writer, progress)

    def _record_checked(
        self,
        drafts: Sequence[FactDraft],
        names: Sequence[str],
        writer: Actor,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Append drafts validated as a file's lines are (``as_read_from_a_file``, or read from
        one), as ``writer``; see :meth:`record_many`."""
        for attempt in range(self._retries):
            if attempt:
                time.sleep(_backoff(attempt))
            now = self._clock()
            if now.tzinfo is None:
                raise ValueError("the ledger's clock must return timezone-aware datetimes")
            states, unchanged = self._prepare(drafts, names, now.astimezone(UTC), writer, progress)
            written = sum(len(s.new) for s in states.values())
            if progress is not None:  # one transaction: its start and its end
                progress("write", 0, written)
            try:
                self._log.append(
                    [(s.subject, s.version, s.to_append()) for s in states.values() if s.new]
                )
            except StreamConflict:
                continue
            if progress is not None:
                progress("write", written, written)
            return ImportResult(
                written=written,
                unchanged=unchanged,
                subjects=tuple(s.subject for s in states.values() if s.new),
                recorded_at=now,
            )
        raise ConcurrencyConflict(sorted({d.subject for d in drafts}), self._retries)

    def _prepare(
        self,
        drafts: Sequence[FactDraft],
        labels: Sequence[str],
        now: datetime,
        actor: Actor,
        progress: Progress | None = None,
    ) -> tuple[dict[str, _SubjectState], int]:
        """Validate a batch: each line on its own, in file order; then each subject's facts
        against its stream and the rest of the batch, in business time (``domain/stream.py``),
        so that the order of the lines in a file never decides whether it is accepted."""
        today = local_date(now)
        stored = self._log.read_many(list(dict.fromkeys(d.subject for d in drafts)))
        states: dict[str, _SubjectState] = {}
        unchanged = 0
        problems = _Problems()
        checked = counted(zip(drafts, labels, strict=True), "check", len(drafts), progress)
        for position, (draft, label) in enumerate(checked):
            state = states.get(draft.subject)
            if state is None:
                state = states[draft.subject] = _SubjectState(draft.subject, stored[draft.subject])
            try:
                if _already_recorded(draft, label, state, today):
                    unchanged += 1
                    continue
            except InvalidRecord as exc:
                problems.add(exc)
                continue
            # The draft is valid: no re-validation.
            state.add(fact_from_draft(draft, now, role=actor.role), label, position)
        problems.raise_any()  # lines bad on their own first: the checks below would cascade
        order = {label: n for n, label in enumerate(labels)}
        for state in states.values():
            try:
                _check_stream(state, actor)
            except InvalidRecord as exc:  # the first of each subject: the rest depend on it
                problems.add(exc, order.get(exc.record, 0))
        problems.raise_any()
        return states, unchanged

    def import_jsonl(
        self,
        path: str | os.PathLike[str],
        *,
        actor: Actor | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import a JSON Lines file atomically (see ``docs/interchange.md``).

        The whole file is validated before anything is written; a bad line raises
        :class:`InvalidRecord` naming the line, the field and the value, and nothing is written.
        Several bad lines raise :class:`InvalidRecords`, which lists the first
        ``InvalidRecords.LISTED`` (20) of them in file order and counts the rest: every line bad
        on its own is reported in one pass; when every line is well-formed, the checks of each
        subject's facts against each other and the log report the first problem of each
        subject (later facts of that subject depend on it).
        Lines are read on their own in file order, then each subject's facts are checked
        together in business-date order: the same lines in another order give the same outcome
        (a subject's registration may come anywhere in the file).
        Re-importing the same file writes nothing more. Lines carry no role: every fact is
        recorded as ``actor`` (default: the ledger's; :class:`ActorRequired` when neither names
        one), and refused as a whole if its role may not record one of them. ``progress`` is
        told the lines read, then the facts checked (``application/progress.py``).
        """
        writer = self._writer(actor, "import")  # before reading: nothing to do without one
        drafts, labels = [], []
        problems = _Problems()
        total = count_lines(Path(path)) if progress is not None else None
        with _bulk():
            for label, raw, problem in counted(read_jsonl(Path(path)), "read", total, progress):
                if problem is not None:
                    problems.add(problem)
                    continue
                try:
                    drafts.append(draft_from_json(raw, label))
                except InvalidRecord as exc:
                    problems.add(exc)
                    continue
                labels.append(label)
            problems.raise_any()
            return self._record_checked(drafts, labels, writer, progress)

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
        actor = self._writer(actor, "erasure")
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
        for field, value, longest in (
            ("person", person, 200),
            ("legal_basis", legal_basis, 1000),
            ("recorded_by", recorded_by, 200),
        ):
            problem = text_problem(value, longest)  # as a fact's texts: no control, no bidi
            if problem is not None:
                raise InvalidRecord("erasure", field, value, problem)
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


def as_read_from_a_file(draft: FactDraft, label: str) -> FactDraft:
    """``draft`` validated exactly as a JSONL line is: written as its interchange object, then
    read back by the importer's own validation (``codec.facts.draft_from_json``). The Python API
    and a file share one validation, not two copies: what a file is refused for (a missing
    ``recorded_by``, ``True`` or ``2.0`` as a count, a text with a control character...) is
    refused from the API with the same line, and what the API stores can be exported and
    imported again. Texts come back in NFC, as a file's are read."""
    try:
        raw = draft_to_json(draft)
    except Exception as exc:  # a value of the wrong type where the envelope expects another
        raise InvalidRecord(
            label, "", type(draft).__name__, f"cannot be written as a fact ({exc})"
        ) from None
    return draft_from_json(raw, label)


class _Problems:
    """The bad records of a batch: the first ``InvalidRecords.LISTED`` kept in order, all
    counted."""

    def __init__(self) -> None:
        self.kept: list[tuple[int, InvalidRecord]] = []
        self.total = 0

    def add(self, problem: InvalidRecord, position: int | None = None) -> None:
        self.total += 1
        if len(self.kept) < InvalidRecords.LISTED or position is not None:
            self.kept.append((self.total if position is None else position, problem))

    def raise_any(self) -> None:
        self.kept.sort(key=lambda kept: kept[0])
        raise_all([p for _, p in self.kept], self.total)


def _already_recorded(draft: FactDraft, label: str, state: _SubjectState, today: date) -> bool:
    """Whether ``draft`` is already recorded identically (skipped); raises when it cannot be
    recorded at all: dated after the recording date, or an id reused with other content."""
    if draft.occurred_on > today:
        raise InvalidRecord(
            label,
            "occurred_on",
            draft.occurred_on.isoformat(),
            f"is after the recording date {today.isoformat()} (a fact cannot be recorded "
            "before it happens)",
        )
    existing = state.by_id.get(draft.id)
    if existing is None:
        return False
    if same_content(existing.draft(), draft):
        return True
    raise InvalidRecord(
        label,
        "id",
        draft.id,
        "was already recorded for this subject with different content; record a "
        "correction (supersedes) with a new id instead",
    )


def _check_stream(state: _SubjectState, actor: Actor) -> None:
    """One subject's new facts against each other and its stream, in business time."""
    for fact, label in state.ordered():
        state.check(fact, label)
        refused = record_checks.problem(fact.data, state.kind)
        if refused is not None:
            field, value, problem = refused
            raise InvalidRecord(label, f"data.{field}", value, problem)
        _permit(actor, fact, label, state)
        state.accept(fact)


def _id(draft: object) -> object:
    return getattr(draft, "id", None)


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
        corrected_role=None if target is None else target.role,
    )
    if problem is not None:
        raise NotPermitted(
            label, draft.recorded_by, actor.describe(), draft.type_name, draft.subject, problem
        )


def _backoff(attempt: int) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, ...) after a conflict: random, so that
    writers that collided do not collide again, up to 20 ms, doubling each time, at most 1 s."""
    return random.uniform(0, min(1.0, 0.01 * 2**attempt))
