"""Audit replay through the ledger: history and diff of a year's status, recognition decisions
held against the record, and the hash chain's verification."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from antq_compliance.application.base import LedgerBase, _bulk
from antq_compliance.audit import decisions, replay
from antq_compliance.audit.decisions import Finding as AuditFinding
from antq_compliance.audit.replay import RulebookDiff, StatusChange, StatusDiff
from antq_compliance.codec.facts import stored_topics
from antq_compliance.domain.facts import Fact, RecognitionDecided, SubjectRegistered
from antq_compliance.domain.progress import Progress
from antq_compliance.store.chain.links import Seal
from antq_compliance.store.chain.report import VerifyReport

__all__ = ["Auditing"]


class Auditing(LedgerBase):
    """The ledger's audit queries (see :class:`~antq_compliance.application.ledger.Ledger`)."""

    def _window_end(self, year: int, rulebook: str | None, facts: list[Fact]) -> date:
        """The end of ``year``'s window for the subject of ``facts`` (its kind's article)."""
        rule = self.rulebook.by_instrument(rulebook) if rulebook else self.rulebook.for_year(year)
        first = facts[0].data if facts else None
        if isinstance(first, SubjectRegistered):
            return rule.default_as_of(first.kind, year)
        return rule.window(year).end

    def history(
        self, subject: str, year: int, *, as_of: date | None = None, rulebook: str | None = None
    ) -> list[StatusChange]:
        """How the status of ``year`` changed, recording instant by recording instant, with the
        facts recorded at each change. ``as_of`` (business date) defaults to the window's end."""
        rule = self.rulebook.by_instrument(rulebook) if rulebook else None
        facts = self.facts(subject)
        return replay.history(
            subject,
            facts,
            year,
            as_of=as_of or self._window_end(year, rulebook, facts),
            rulebook=self.rulebook,
            rule=rule,
            others=self._others(subject, facts),
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
        facts = self.facts(subject)
        return replay.diff(
            subject,
            facts,
            year,
            known_from=known_from,
            known_to=known_to,
            as_of=as_of or self._window_end(year, rulebook, facts),
            rulebook=self.rulebook,
            rule=rule,
            others=self._others(subject, facts),
        )

    def rejudge(
        self,
        subject: str,
        year: int,
        *,
        before: str,
        after: str | None = None,
        as_of: date | None = None,
        known_at: datetime | None = None,
    ) -> RulebookDiff:
        """``year`` on the same facts under two rule versions, named as ``instrument`` (the
        current version of it) or ``instrument@version`` (any, a retired one included):
        ``before``, then ``after`` (default: the version governing the year). What a stored
        year judged under a retired edition looks like under the current one. ``as_of``
        defaults to the window's end of ``after``; ``known_at`` to everything recorded."""
        rule_before = self.rulebook.by_instrument(before)
        rule_after = self.rulebook.by_instrument(after) if after else self.rulebook.for_year(year)
        facts = self.facts(subject)
        return replay.rejudge(
            subject,
            facts,
            year,
            as_of=as_of or self._window_end(year, rule_after.reference, facts),
            known_at=known_at,
            rulebook=self.rulebook,
            rule_before=rule_before,
            rule_after=rule_after,
            others=self._others(subject, facts),
        )

    def audit(self, year: int) -> list[AuditFinding]:
        """Every recognition decision on ``year``, in every subject, checked against the record
        as known at the end of the day it was signed."""
        # Only a subject with a decision on the year can have a finding: the decisions are read
        # first (their rows alone), then those subjects' streams a batch at a time (personal
        # values opened only if a finding quotes one). Memory holds the findings, not the log.
        head = self._log.head()
        if head:  # a year no rule version governs is an error, as when every stream was read
            self.rulebook.for_year(year)
        decided = set()
        for position, fact in self._log.scan(stored_topics(RecognitionDecided), lazy=True):
            if position > head:
                break
            if cast(RecognitionDecided, fact.data).year == year:
                decided.add(fact.subject)
        found: list[AuditFinding] = []
        with _bulk():
            for facts in self._log.scan_subjects(head=head, lazy=True, subjects=decided):
                subject = facts[0].subject
                found += decisions.audit_subject(
                    subject,
                    facts,
                    year,
                    rulebook=self.rulebook,
                    others=self._territories.others(subject, facts),
                )
        return found  # in subject order (``scan_subjects``)

    def verify(
        self,
        *,
        seal: bool = True,
        anchor: tuple[int, bytes] | None = None,
        progress: Progress | None = None,
    ) -> VerifyReport:
        """Walk the whole log against its hash chain and report the first row that was
        altered, removed or re-ordered, then the personal-data key table against the log
        (``docs/integrity.md``). Rows appended but not yet chained are sealed first
        (``seal=False``: only counted, nothing is written). ``anchor``: (position, link) of a
        head kept outside the database (``antq anchor``) that the chain must still hold.
        ``progress`` is told the rows walked (``application/progress.py``)."""
        chained = None if anchor is None else Seal(*anchor)
        return self._log.verify(seal=seal, anchor=chained, progress=progress)
