"""Audit replay: how a year's status changed as facts were recorded. Pure: facts in, results out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

import attrs

from antq_compliance.domain.errors import InvalidQuery
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.vocabulary import Status, Verdict
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK, evaluate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.results import AsOf, YearStatus
from antq_compliance.regulation.rulebook import Rulebook, RuleVersion

__all__ = [
    "CriterionChange",
    "RulebookDiff",
    "StatusChange",
    "StatusDiff",
    "diff",
    "history",
    "rejudge",
]


@attrs.frozen(kw_only=True)
class CriterionChange:
    """One criterion whose status differs between two recording instants (``Ledger.diff``):
    its clause id, its status before and after (None where it was not evaluated), and the reason
    of the later result in Vietnamese and English."""

    id: str
    before: Status | None
    after: Status | None
    reason_vi: str
    reason_en: str


@attrs.frozen(kw_only=True)
class StatusChange:
    """The status changed at ``recorded_at`` because of the facts recorded then."""

    recorded_at: datetime
    facts: tuple[str, ...]
    verdict_before: Verdict | None
    verdict_after: Verdict
    criteria: tuple[CriterionChange, ...]


@attrs.frozen(kw_only=True)
class StatusDiff:
    """What changed between two recording instants, and the facts recorded in between."""

    subject: str
    year: int
    known_from: datetime
    known_to: datetime
    before: YearStatus
    after: YearStatus
    criteria: tuple[CriterionChange, ...]
    facts: tuple[Fact, ...]
    """Facts recorded after ``known_from`` and up to ``known_to`` (the candidates that explain
    the change), in recording order."""


@attrs.frozen(kw_only=True)
class RulebookDiff:
    """The same facts judged under two rule versions (a re-judgement): what a change of the
    rulebook — a new reading of the text, a retired edition — did to one year."""

    subject: str
    year: int
    as_of: date
    known_at: datetime | None
    before: YearStatus
    after: YearStatus
    criteria: tuple[CriterionChange, ...]
    """Clauses whose status differs, those only the old version evaluated (``after`` None:
    retired) and those only the new one evaluates (``before`` None)."""

    @property
    def rule_before(self) -> str:
        return "; ".join(f"{r.instrument}@{r.version}" for r in self.before.rulebook)

    @property
    def rule_after(self) -> str:
        return "; ".join(f"{r.instrument}@{r.version}" for r in self.after.rulebook)


def _retired(before: YearStatus, after: YearStatus) -> tuple[CriterionChange, ...]:
    """The clauses only ``before`` evaluated (a retired rule version's ids)."""
    kept = {c.id for c in after.criteria}
    return tuple(
        CriterionChange(
            id=c.id, before=c.status, after=None, reason_vi=c.reason_vi, reason_en=c.reason_en
        )
        for c in before.criteria
        if c.id not in kept
    )


def rejudge(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    as_of: date,
    known_at: datetime | None,
    rulebook: Rulebook,
    rule_before: RuleVersion,
    rule_after: RuleVersion,
    interpretation: Interpretation | None = None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> RulebookDiff:
    """``year`` judged on the same facts (as known at ``known_at``; None: everything) under
    ``rule_before`` then ``rule_after``."""
    when = AsOf(business=as_of, known_at=known_at)
    before, after = (
        evaluate(
            subject,
            facts,
            year,
            when,
            rulebook=rulebook,
            rule=rule,
            interpretation=interpretation,
            others=others,
        )
        for rule in (rule_before, rule_after)
    )
    return RulebookDiff(
        subject=subject,
        year=year,
        as_of=as_of,
        known_at=known_at,
        before=before,
        after=after,
        criteria=_changes(before, after) + _retired(before, after),
    )


def _changes(before: YearStatus | None, after: YearStatus) -> tuple[CriterionChange, ...]:
    old = {c.id: c for c in before.criteria} if before else {}
    out = []
    for c in after.criteria:
        prior = old.get(c.id)
        if prior is None or prior.status is not c.status:
            out.append(
                CriterionChange(
                    id=c.id,
                    before=prior.status if prior else None,
                    after=c.status,
                    reason_vi=c.reason_vi,
                    reason_en=c.reason_en,
                )
            )
    return tuple(out)


def _evaluate(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    as_of: date,
    known_at: datetime,
    rulebook: Rulebook,
    rule: RuleVersion | None,
    interpretation: Interpretation | None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> YearStatus:
    return evaluate(
        subject,
        facts,
        year,
        AsOf(business=as_of, known_at=known_at),
        rulebook=rulebook,
        rule=rule,
        interpretation=interpretation,
        others=others,
    )


def _with_others(
    facts: Sequence[Fact], others: Mapping[str, Sequence[Fact]] | None
) -> list[tuple[str, Fact]]:
    """``(label, fact)`` of the subject's facts (their ids) and of the others' (``subject/id``):
    every fact whose recording can change the status, in recording order."""
    out = [(f.id, f) for f in facts]
    for other, other_facts in sorted((others or {}).items()):
        out += [(f"{other}/{f.id}", f) for f in other_facts]
    return sorted(out, key=lambda item: item[1].recorded_at)


def history(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    as_of: date,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> list[StatusChange]:
    """Every recording instant at which the verdict or a criterion of ``year`` changed (for a
    commune, the recordings of the units it manages count too: ``others``)."""
    out: list[StatusChange] = []
    previous: YearStatus | None = None
    labelled = _with_others(facts, others)
    for instant in sorted({f.recorded_at for _, f in labelled}):
        status = _evaluate(
            subject, facts, year, as_of, instant, rulebook, rule, interpretation, others
        )
        changed = _changes(previous, status)
        if changed or previous is None or previous.verdict is not status.verdict:
            out.append(
                StatusChange(
                    recorded_at=instant,
                    facts=tuple(label for label, f in labelled if f.recorded_at == instant),
                    verdict_before=previous.verdict if previous else None,
                    verdict_after=status.verdict,
                    criteria=changed,
                )
            )
        previous = status
    return out


def diff(
    subject: str,
    facts: Sequence[Fact],
    year: int,
    *,
    known_from: datetime,
    known_to: datetime,
    as_of: date,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    rule: RuleVersion | None = None,
    interpretation: Interpretation | None = None,
    others: Mapping[str, Sequence[Fact]] | None = None,
) -> StatusDiff:
    """The criteria that changed between two recording instants, and the facts in between
    (for a commune, the facts of the units it manages too: ``others``)."""
    if known_to < known_from:
        raise InvalidQuery(
            f"the end instant {known_to.isoformat()} is before the start instant "
            f"{known_from.isoformat()}"
        )
    args = (rulebook, rule, interpretation, others)
    before = _evaluate(subject, facts, year, as_of, known_from, *args)
    after = _evaluate(subject, facts, year, as_of, known_to, *args)
    between = [f for _, f in _with_others(facts, others) if known_from < f.recorded_at <= known_to]
    return StatusDiff(
        subject=subject,
        year=year,
        known_from=known_from,
        known_to=known_to,
        before=before,
        after=after,
        criteria=_changes(before, after),
        facts=tuple(between),
    )
