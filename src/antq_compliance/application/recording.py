"""Recording: facts one by one, in batches and from files; corrections; erasure of personal data.

A batch is validated against the streams it extends (``domain/stream.py``) and the policy of who
may record what (``domain/policy.py``), then appended in one transaction, or not at all. Whether
a batch is accepted does not depend on the order of its facts: each subject's facts are checked
against each other in business-date order (a registration first), and appended in the order
given (a registration first).
"""

from __future__ import annotations

import heapq
import os
import random
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
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
from antq_compliance.store.eventlog import Batches, EventLog
from antq_compliance.store.staging import SPILL_AT, Stage, Staged

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

    _spill_at = SPILL_AT
    """Facts a batch holds in memory before its stage moves them to a file (``store/staging``)."""

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
        self._record_drafts([checked], [label], self._writer(actor, label))
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
        return self._record_drafts(checked, names, writer, progress)

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the ledger's clock must return timezone-aware datetimes")
        return now

    def _record_drafts(
        self,
        drafts: Sequence[FactDraft],
        names: Sequence[str],
        writer: Actor,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Append drafts validated as a file's lines are (``as_read_from_a_file``), as
        ``writer``; see :meth:`record_many`."""
        now = self._now()
        stamp = now.astimezone(UTC)
        with Stage(self._spill_at) as stage:
            for draft, name in zip(drafts, names, strict=True):
                stage.add(fact_from_draft(draft, stamp, role=writer.role), name)
            return self._record_staged(stage, writer, now, progress)

    def _record_staged(
        self, stage: Stage, writer: Actor, now: datetime, progress: Progress | None = None
    ) -> ImportResult:
        """Check the staged facts subject by subject and append them, in one transaction
        (``EventLog.append_stream``). A batch held in memory is checked whole, then appended;
        a staged one is checked a chunk at a time while the earlier chunks are sent, under the
        append lock, and a problem anywhere rolls the whole batch back. A conflict with
        another writer checks and sends the batch again after a short random pause; then
        :class:`ConcurrencyConflict`."""
        for attempt in range(self._retries):
            if attempt:
                time.sleep(_backoff(attempt))
            check = _Check(self._log, stage, now.astimezone(UTC), writer, progress)
            chunks: Iterable[Batches] = check.chunks()
            if not stage.spilled:  # checked whole before the append lock is taken: writers
                chunks = list(chunks)  # check their batches in parallel, and rarely conflict
            try:
                written = self._log.append_stream(chunks)
            except StreamConflict:
                continue
            if progress is not None:
                progress("write", written, written)
            return ImportResult(
                written=written,
                unchanged=check.unchanged,
                subjects=tuple(check.subjects),
                recorded_at=now,
            )
        raise ConcurrencyConflict(sorted(stage.subject_names()), self._retries)

    def import_jsonl(
        self,
        path: str | os.PathLike[str],
        *,
        actor: Actor | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import a JSON Lines file atomically (see ``docs/interchange.md``).

        Every line is validated, and every fact checked, before anything is committed; a bad
        line raises :class:`InvalidRecord` naming the line, the field and the value, and nothing
        is written. A file of more than 20,000 facts is staged in a private temporary file and
        its checked chunks are sent into the one transaction while the next are checked: memory
        follows the chunks, not the file (``store/staging.py``).
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
        problems = _Problems()
        total = count_lines(Path(path)) if progress is not None else None
        now = self._now()
        stamp = now.astimezone(UTC)
        with _bulk(), Stage(self._spill_at) as stage:
            for label, raw, problem in counted(read_jsonl(Path(path)), "read", total, progress):
                if problem is not None:
                    problems.add(problem)
                    continue
                try:
                    draft = draft_from_json(raw, label)
                except InvalidRecord as exc:
                    problems.add(exc)
                    continue
                if not problems.total:  # else nothing will be written: read on, report all
                    stage.add(fact_from_draft(draft, stamp, role=writer.role), label)
            problems.raise_any()
            return self._record_staged(stage, writer, now, progress)

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
    """The bad records of a batch: the ``InvalidRecords.LISTED`` first in batch order kept,
    all counted. A problem comes with its record's position in the batch, or is the next one
    (lines read in order)."""

    def __init__(self) -> None:
        self._kept: list[tuple[int, int, InvalidRecord]] = []  # a max-heap on the position
        self.total = 0

    def add(self, problem: InvalidRecord, position: int | None = None) -> None:
        self.total += 1
        where = self.total if position is None else position
        item = (-where, self.total, problem)
        if len(self._kept) < InvalidRecords.LISTED:
            heapq.heappush(self._kept, item)
        elif -self._kept[0][0] > where:
            heapq.heapreplace(self._kept, item)

    def raise_any(self) -> None:
        kept = sorted(self._kept, key=lambda k: (-k[0], k[1]))
        raise_all([p for _, _, p in kept], self.total)


class _Check:
    """The second pass of a batch: each subject's staged facts against its stream and each
    other, in business time (``domain/stream.py``), and against the role's policy; a chunk
    of subjects at a time, each chunk given to the log's one transaction as soon as it is
    checked (``EventLog.append_stream``).

    As in a batch checked whole: the lines bad on their own (dated after the recording date,
    an id reused with other content) are reported first, all of them; only when there are
    none, the first problem of each subject against its stream (the later facts of a subject
    depend on it); a fact the role may not record raises :class:`NotPermitted`. Once any
    problem is found nothing more is sent, the checks go on to report them all, and the
    problems are raised at the end: the transaction is rolled back."""

    CHUNK_FACTS = 5_000
    CHUNK_SUBJECTS = 500

    def __init__(
        self,
        log: EventLog,
        stage: Stage,
        now: datetime,
        actor: Actor,
        progress: Progress | None,
    ) -> None:
        self.log, self.stage, self.actor, self.progress = log, stage, actor, progress
        self.today = local_date(now)
        self.unchanged = 0
        self.subjects: list[str] = []
        self.lines, self.streams = _Problems(), _Problems()
        self.refused: NotPermitted | None = None

    def chunks(self) -> Iterator[Batches]:
        done, total, written = 0, len(self.stage), 0
        if self.progress is not None:
            self.progress("check", 0, total)
        group: list[tuple[str, list[Staged]]] = []
        held = 0
        for subject, staged in self.stage.groups():
            group.append((subject, staged))
            held += len(staged)
            if held >= self.CHUNK_FACTS or len(group) >= self.CHUNK_SUBJECTS:
                batches = self._check(group)
                done, group, held = done + held, [], 0
                if self.progress is not None:
                    self.progress("check", done, total)
                if not self._failed():
                    written += sum(len(facts) for _, _, facts in batches)
                    yield batches
        if group:
            batches = self._check(group)
            if not self._failed():
                written += sum(len(facts) for _, _, facts in batches)
                yield batches
        if self.progress is not None:
            self.progress("check", total, total)
        self.lines.raise_any()  # the lines bad on their own first: the others would cascade
        if self.refused is not None:
            raise self.refused
        self.streams.raise_any()
        if self.progress is not None:  # one transaction: its commit comes next
            self.progress("write", 0, written)

    def _failed(self) -> bool:
        return bool(self.lines.total or self.streams.total) or self.refused is not None

    def _check(self, group: list[tuple[str, list[Staged]]]) -> Batches:
        stored = self.log.read_many([subject for subject, _ in group])
        out: list[tuple[str, int, list[Fact]]] = []
        for subject, staged in group:
            state = _SubjectState(subject, stored.pop(subject))
            if not self._add(state, staged):
                continue  # a line bad on its own: its subject's stream is not checked
            try:
                _check_stream(state, self.actor)
            except InvalidRecord as exc:
                where = {label: position for position, label, _ in staged}
                self.streams.add(exc, where.get(exc.record, 0))
                continue
            except NotPermitted as exc:
                self.refused = self.refused or exc
                continue
            if state.new:
                out.append((subject, state.version, state.to_append()))
                self.subjects.append(subject)
        return out

    def _add(self, state: _SubjectState, staged: list[Staged]) -> bool:
        """Put the subject's facts in place; False if one of them is bad on its own."""
        good = True
        for position, label, fact in staged:
            try:
                if _already_recorded(fact, label, state, self.today):
                    self.unchanged += 1
                    continue
            except InvalidRecord as exc:
                self.lines.add(exc, position)
                good = False
                continue
            state.add(fact, label, position)
        return good


def _already_recorded(draft: Fact, label: str, state: _SubjectState, today: date) -> bool:
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
    if same_content(existing.draft(), draft.draft()):
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
