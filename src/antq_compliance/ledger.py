"""The application service: one entry point to record facts and ask for status."""

from __future__ import annotations

import contextlib
import gc
import os
import random
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import attrs
import orjson

from . import audit
from ._codec import draft_from_json
from ._fastcodec import fact_from_draft
from ._store import EventLog, StreamConflict
from .audit import Finding as AuditFinding
from .audit import StatusChange, StatusDiff
from .clauses import clause
from .errors import (
    BeforeSubjectExisted,
    ConcurrencyConflict,
    InvalidRecord,
    NothingToErase,
    NotPermitted,
    UnknownSubject,
)
from .evaluation import DEFAULT_RULEBOOK, AsOf, CriterionResult, YearStatus, evaluate
from .facts import (
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
    SubjectRegistered,
    composed,
)
from .integrity import VerifyReport
from .policy import ERASE_ROLES, SYSTEM, Actor, refusal
from .privacy import Erasure, same_content
from .projection import StatusProjection
from .record import build_record
from .reports import ProvinceReport, ReportProjection
from .rulebook import Interpretation, Rulebook
from .subjects import validate_identifier
from .vocabulary import Ownership, SubjectKind

__all__ = ["DEFAULT_DB", "Explanation", "ImportResult", "Ledger", "SubjectSummary"]

DEFAULT_DB = "antq.sqlite3"
_VN = timezone(timedelta(hours=7))
_MAX_LINE_BYTES = 1 << 20
D = TypeVar("D", bound=FactData)


def _system_clock() -> datetime:
    return datetime.now(UTC)


@attrs.frozen(kw_only=True)
class ImportResult:
    """What a batch did: facts written, facts skipped because already recorded identically."""

    written: int
    unchanged: int
    subjects: tuple[str, ...]
    recorded_at: datetime


@attrs.frozen(kw_only=True)
class SubjectSummary:
    id: str
    name: str
    kind: SubjectKind
    ownership: Ownership | None
    province: str
    commune: str | None
    facts: int


@attrs.frozen(kw_only=True)
class Explanation:
    """One criterion's result, the verdict it contributes to, and the evidence facts themselves."""

    result: CriterionResult
    status: YearStatus
    evidence: tuple[Fact, ...]


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
            shape = validate_identifier("agency", draft.subject)
            if shape:
                raise InvalidRecord(label, "subject", draft.subject, f"not an identifier: {shape}")
            raise InvalidRecord(
                label,
                "subject",
                draft.subject,
                "is not registered: record a SubjectRegistered fact for it first",
            )
        for field, ref in data.references().items():
            self._check_reference(label, f"data.{field}", ref, data)
        if isinstance(data, ProfileChanged):
            self._check_profile(label, data)
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

    def _check_profile(self, label: str, change: ProfileChanged) -> None:
        if self.kind is SubjectKind.ENTERPRISE and change.armed_forces:
            raise InvalidRecord(
                label, "data.armed_forces", True, "applies to agencies only, not to enterprises"
            )
        if self.kind is SubjectKind.AGENCY:
            for field in ("ownership", "size"):
                if getattr(change, field) is not None:
                    raise InvalidRecord(
                        label,
                        f"data.{field}",
                        str(getattr(change, field)),
                        "applies to enterprises only, not to agencies",
                    )

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


class Ledger:
    """The event log of one deployment, with the rules to read it.

    ``db`` is a SQLite file path (the default, ``antq.sqlite3`` in the current directory), a
    PostgreSQL URL (``postgresql://user:password@host:5432/dbname?schema=antq``), or
    ``:memory:``. ``clock`` gives the recording time of new facts (UTC); it is never used to
    evaluate. ``env`` passes eventsourcing settings such as ``CIPHER_KEY``.

    ``actor`` is who records (``policy.Actor``: a role, and the unit for the unit role); the
    policy of ``policy.py`` is enforced on every fact it records, and each fact keeps the role.
    The default, ``system``, may record every type (legacy imports, callers that do not say).
    Each command also takes ``actor=`` for one call.

    ``cipher_key`` (32 random bytes in base64, ``antq keygen``) encrypts every stored row with
    AES-256-GCM; ``compress`` compresses rows (zlib) before. Both only affect what is written:
    rows written under other settings are still read (``docs/reliability.md``).
    """

    def __init__(
        self,
        db: str | os.PathLike[str] = DEFAULT_DB,
        *,
        clock: Callable[[], datetime] | None = None,
        rulebook: Rulebook = DEFAULT_RULEBOOK,
        env: dict[str, str] | None = None,
        retries: int = 5,
        actor: Actor = SYSTEM,
        cipher_key: str | None = None,
        compress: bool = False,
    ) -> None:
        self._log = EventLog(db, env, cipher_key=cipher_key, compress=compress)
        self._clock = clock or _system_clock
        self.rulebook = rulebook
        self._retries = retries
        self.actor = actor

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._log.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- commands ----------------------------------------------------------------------------

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
        actor's role may not record (``policy.py``) raises :class:`NotPermitted` and nothing
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
                self._log.append([(s.subject, s.version, s.new) for s in states.values() if s.new])
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
        today = now.astimezone(_VN).date()
        stored = self._log.read_many(list(dict.fromkeys(d.subject for d in drafts)))
        states: dict[str, _SubjectState] = {}
        unchanged = 0
        for draft, label in zip(drafts, labels, strict=True):
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
            state.check(draft, label)
            _permit(actor, draft, label, state)
            # The draft is valid: no re-validation.
            state.append(fact_from_draft(draft, now, role=actor.role))
        return states, unchanged

    def import_jsonl(
        self, path: str | os.PathLike[str], *, actor: Actor | None = None
    ) -> ImportResult:
        """Import a JSON Lines file atomically (see ``docs/interchange.md``).

        The whole file is validated before anything is written; the first bad line raises
        :class:`InvalidRecord` naming the line, the field and the value, and nothing is written.
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

    # --- personal data -----------------------------------------------------------------------

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
        if occurred_on > now.astimezone(_VN).date():
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
                self._log.record_erasure(erasure)
            except StreamConflict:
                continue
            self._log.destroy_keys(erasure.keys)
            return erasure
        raise ConcurrencyConflict(["erasures"], self._retries)

    def erasures(self) -> list[Erasure]:
        """Every erasure recorded in the log, oldest first."""
        return self._log.erasures()

    # --- queries -----------------------------------------------------------------------------

    def facts(self, subject: str) -> list[Fact]:
        """Every fact of a subject as stored, corrections and corrected facts included."""
        facts = self._log.read(subject)
        if not facts:
            raise UnknownSubject(subject)
        return facts

    def _state_fact(self, subject: str, fact_id: str) -> Fact:
        for fact in self._log.read(subject):
            if fact.id == fact_id:
                return fact
        raise LookupError(fact_id)  # pragma: no cover - just written

    def status(
        self,
        subject: str,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        interpretation: Interpretation | None = None,
        rulebook: str | None = None,
    ) -> YearStatus:
        """The status of ``subject`` for evaluation ``year``.

        ``as_of`` is the business date facts happened by (required: evaluation never reads a
        clock); ``known_at`` the recording instant they were known at (default: everything
        recorded). ``rulebook`` names an instrument to evaluate under instead of the one in
        force for the year (e.g. ``"TT124"``).
        """
        facts = self.facts(subject)
        return self._evaluate(subject, facts, year, as_of, known_at, interpretation, rulebook)

    def _evaluate(
        self,
        subject: str,
        facts: Iterable[Fact],
        year: int,
        as_of: date,
        known_at: datetime | None,
        interpretation: Interpretation | None,
        rulebook: str | None,
    ) -> YearStatus:
        if known_at is not None and known_at.tzinfo is None:
            raise ValueError("known_at must be timezone-aware")
        rule = self.rulebook.by_instrument(rulebook) if rulebook else None
        return evaluate(
            subject,
            facts,
            year,
            AsOf(business=as_of, known_at=known_at),
            rulebook=self.rulebook,
            rule=rule,
            interpretation=interpretation,
        )

    def statuses(
        self,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        interpretation: Interpretation | None = None,
    ) -> Iterator[YearStatus]:
        """The status of every subject registered by ``as_of`` (and known by ``known_at``),
        from one pass over the log, ordered by subject. The log is read one subject's stream at
        a time: only the statuses are held."""
        found: list[YearStatus] = []
        with _bulk():
            for facts in self._log.scan_streams():
                try:
                    found.append(
                        self._evaluate(
                            facts[0].subject, facts, year, as_of, known_at, interpretation, None
                        )
                    )
                except BeforeSubjectExisted:  # not registered yet (or not known yet) then
                    continue
        found.sort(key=lambda status: status.subject)
        yield from found

    def explain(
        self,
        subject: str,
        clause_id: str,
        year: int,
        *,
        as_of: date,
        known_at: datetime | None = None,
        rulebook: str | None = None,
    ) -> Explanation:
        """Why ``clause_id`` has its status: the result, its reason and its evidence facts."""
        clause(clause_id)
        facts = self.facts(subject)
        status = self._evaluate(subject, facts, year, as_of, known_at, None, rulebook)
        result = status.criterion(clause_id)
        by_id = {f.id: f for f in facts}
        return Explanation(
            result=result,
            status=status,
            evidence=tuple(by_id[i] for i in result.evidence if i in by_id),
        )

    def _facts_by_subject(self) -> dict[str, list[Fact]]:
        """Every fact, grouped by subject, from one pass over the log."""
        by_subject: dict[str, list[Fact]] = {}
        for _, fact in self._log.scan():
            by_subject.setdefault(fact.subject, []).append(fact)
        return by_subject

    def subjects(self) -> list[SubjectSummary]:
        """Every registered subject with its current profile, ordered by identifier."""
        out = []
        for subject, facts in sorted(self._facts_by_subject().items()):
            record = build_record(subject, facts, as_of=date.max, known_at=None)
            profile = record.profile_on(date.max)
            out.append(
                SubjectSummary(
                    id=subject,
                    name=profile.name,
                    kind=profile.kind,
                    ownership=profile.ownership,
                    province=profile.province,
                    commune=profile.commune,
                    facts=len(facts),
                )
            )
        return out

    # --- projections -------------------------------------------------------------------------

    def replay(self, years: Iterable[int], *, keep_facts: bool = True) -> StatusProjection:
        """Rebuild the status projection of ``years`` from the whole log. Without
        ``keep_facts`` the projection holds statuses only and the log is read one subject's
        stream at a time (memory does not grow with the log; ``docs/performance.md``)."""
        projection = StatusProjection(
            years=tuple(years), rulebook=self.rulebook, keep_facts=keep_facts
        )
        with _bulk():
            if keep_facts:
                return projection.apply_all(self._log.scan())
            head = self._log.head()
            for facts in self._log.scan_streams(head=head):
                projection.apply_stream(facts)
            projection.position = head
            return projection

    def follow(self, projection: StatusProjection) -> StatusProjection:
        """Bring ``projection`` up to date with facts recorded since its position."""
        if projection.keep_facts:
            return projection.apply_all(self._log.scan(start=projection.position + 1))
        touched: set[str] = set()
        for position, fact in self._log.scan(start=projection.position + 1):
            touched.add(fact.subject)
            projection.position = position
        for subject in sorted(touched):  # each touched subject re-read once, evaluated once
            projection.apply_stream(self._log.read(subject))
        return projection

    def report_projection(self, projection: ReportProjection | None = None) -> ReportProjection:
        """The provincial-report projection (``docs/reports.md``): rebuilt from the whole log,
        or ``projection`` brought up to date with facts recorded since its position. It holds
        no fact: its reports read the streams they need from this ledger's log."""
        projection = projection or ReportProjection(rulebook=self.rulebook)
        if projection.streams is None:
            projection.streams = self._log.read_many
        with _bulk():
            return projection.apply_all(self._log.scan(start=projection.position + 1))

    def province_report(
        self,
        province: str,
        year: int,
        *,
        as_of: date | None = None,
        known_at: datetime | None = None,
        former: bool = False,
        commune: str | None = None,
    ) -> ProvinceReport:
        """The movement's figures for ``province`` and ``year`` (``docs/reports.md``):
        everything now in the province, or with ``former`` the province as it was."""
        return self.report_projection().report(
            province, year, as_of=as_of, known_at=known_at, former=former, commune=commune
        )

    # --- audit replay ------------------------------------------------------------------------

    def _window_end(self, year: int, rulebook: str | None) -> date:
        rule = self.rulebook.by_instrument(rulebook) if rulebook else self.rulebook.for_year(year)
        return rule.window(year).end

    def history(
        self, subject: str, year: int, *, as_of: date | None = None, rulebook: str | None = None
    ) -> list[StatusChange]:
        """How the status of ``year`` changed, recording instant by recording instant, with the
        facts recorded at each change. ``as_of`` (business date) defaults to the window's end."""
        rule = self.rulebook.by_instrument(rulebook) if rulebook else None
        return audit.history(
            subject,
            self.facts(subject),
            year,
            as_of=as_of or self._window_end(year, rulebook),
            rulebook=self.rulebook,
            rule=rule,
        )

    def diff(
        self,
        subject: str,
        year: int,
        *,
        known_from: datetime,
        known_to: datetime,
        as_of: date | None = None,
        rulebook: str | None = None,
    ) -> StatusDiff:
        """Which criteria changed between two recording instants, and which facts explain it."""
        rule = self.rulebook.by_instrument(rulebook) if rulebook else None
        return audit.diff(
            subject,
            self.facts(subject),
            year,
            known_from=known_from,
            known_to=known_to,
            as_of=as_of or self._window_end(year, rulebook),
            rulebook=self.rulebook,
            rule=rule,
        )

    def audit(self, year: int) -> list[AuditFinding]:
        """Every recognition decision on ``year``, in every subject, checked against the record
        as known at the end of the day it was signed."""
        by_subject = self._facts_by_subject()
        findings: list[AuditFinding] = []
        for subject in sorted(by_subject):
            findings += audit.audit_subject(
                subject, by_subject[subject], year, rulebook=self.rulebook
            )
        return findings

    def head(self) -> int:
        """Position of the last stored fact in the log (0 when empty)."""
        return self._log.head()

    def verify(self, *, seal: bool = True) -> VerifyReport:
        """Walk the whole log against its hash chain and report the first row that was
        altered, removed or re-ordered (``docs/integrity.md``). Rows appended but not yet
        chained are sealed first (``seal=False``: only counted, nothing is written)."""
        return self._log.verify(seal=seal)

    @property
    def log(self) -> EventLog:
        """The underlying event log (for tooling such as the benchmark)."""
        return self._log


def _permit(actor: Actor, draft: FactDraft, label: str, state: _SubjectState) -> None:
    """Refuse a fact the actor's role may not record (``policy.py``)."""
    corrected = None
    if isinstance(draft.data, FactRetracted):
        corrected = state.by_id[draft.data.target].type_name
    elif draft.supersedes is not None:
        corrected = state.by_id[draft.supersedes].type_name
    problem = refusal(actor, draft.type_name, draft.subject, corrected)
    if problem is not None:
        raise NotPermitted(
            label, draft.recorded_by, actor.describe(), draft.type_name, draft.subject, problem
        )


def _backoff(attempt: int) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, ...) after a conflict: random, so that
    writers that collided do not collide again, up to 20 ms, doubling each time, at most 1 s."""
    return random.uniform(0, min(1.0, 0.01 * 2**attempt))


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk read or write. These passes allocate
    hundreds of thousands of long-lived, acyclic objects (facts, statuses): each automatic
    collection re-walks them all, for nothing (about 20% of a rebuild; docs/performance.md).
    Reference counting still frees everything; collection resumes afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_BOMS = (
    (b"\xef\xbb\xbf", "file starts with a byte-order mark; save as UTF-8 without BOM"),
    (b"\xff\xfe\x00\x00", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\x00\x00\xfe\xff", "file is UTF-32 (byte-order mark); save it as UTF-8"),
    (b"\xff\xfe", "file is UTF-16 (byte-order mark); save it as UTF-8"),
    (b"\xfe\xff", "file is UTF-16 (byte-order mark); save it as UTF-8"),
)


def _read_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """(label, parsed JSON) of each non-blank line. A line is read at most 1 MiB at a time:
    a longer one is refused without the rest of it ever being held in memory."""
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(_MAX_LINE_BYTES + 1):
            number += 1
            label = f"line {number}"
            if len(line) > _MAX_LINE_BYTES:
                raise InvalidRecord(
                    label,
                    "",
                    f"<more than {_MAX_LINE_BYTES:,} bytes>",
                    "line is longer than 1 MiB (1,048,576 bytes)",
                )
            if number == 1:
                for bom, problem in _BOMS:
                    if line.startswith(bom):
                        raise InvalidRecord(label, "", "<BOM>", problem)
            if b"\x00" in line:
                raise InvalidRecord(
                    label,
                    "",
                    line[:20],
                    "contains NUL bytes: the file looks like UTF-16 or UTF-32; save it as UTF-8",
                )
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidRecord(
                    label,
                    "",
                    line[max(0, exc.start - 10) : exc.end + 10],
                    "is not valid UTF-8 (a legacy encoding such as Windows-1258, TCVN3 or "
                    "Latin-1?); save the file as UTF-8",
                ) from None
            try:
                raw = orjson.loads(text)
            except orjson.JSONDecodeError as exc:
                raise InvalidRecord(
                    label, "", text.strip()[:60], f"is not valid JSON ({exc})"
                ) from None
            yield label, raw
