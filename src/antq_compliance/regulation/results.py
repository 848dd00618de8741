"""The results of an evaluation: the status contract of ``docs/status.md`` as values.

Every result says which rule, which version and which reading of the text produced it.
"""

from __future__ import annotations

from datetime import date, datetime

import attrs

from antq_compliance.domain.errors import ClauseNotEvaluated
from antq_compliance.domain.facts import Fact
from antq_compliance.domain.vocabulary import Status, SubjectKind, TextStatus, Verdict
from antq_compliance.regulation.clauses import clause

__all__ = ["AsOf", "CriterionResult", "Explanation", "RuleRef", "WindowInfo", "YearStatus"]


@attrs.frozen(kw_only=True)
class AsOf:
    """The two clocks: the business date facts happened by, and the instant they were known at.

    ``known_at`` None means "everything recorded so far".
    """

    business: date
    known_at: datetime | None = None


@attrs.frozen(kw_only=True)
class RuleRef:
    """Which rule produced a result: the instrument, its version, and the readings of the text
    it was evaluated under that differ from the documented defaults (``docs/rules.md``), as
    ``(parameter, value)`` pairs; empty under the defaults."""

    instrument: str
    version: str
    interpretation: tuple[tuple[str, str], ...] = ()

    @property
    def default_reading(self) -> bool:
        """Whether the result was evaluated under the documented readings."""
        return not self.interpretation


@attrs.frozen(kw_only=True)
class WindowInfo:
    """The evaluation window of a year for the subject (first and last day), the clause that
    sets it (None when the instrument fixes none), and a note on how the window is read when the
    instrument's text does not fix it."""

    start: date
    end: date
    clause: str | None
    note: str = ""
    """The note in English; ``note_vi`` in Vietnamese."""
    note_vi: str = ""


@attrs.frozen(kw_only=True)
class CriterionResult:
    """One criterion's status for the year, with everything needed to explain it."""

    id: str
    status: Status
    provisional: bool
    text_status: TextStatus
    evidence: tuple[str, ...]
    reason_vi: str
    reason_en: str
    due: date | None
    rule: RuleRef
    title_vi: str
    title_en: str

    def reason(self, lang: str = "vi") -> str:
        return self.reason_vi if lang == "vi" else self.reason_en


@attrs.frozen(kw_only=True)
class YearStatus:
    """The public status contract (documented in ``docs/status.md``)."""

    subject: str
    name: str
    kind: SubjectKind
    year: int
    window: WindowInfo
    rulebook: tuple[RuleRef, ...]
    verdict: Verdict
    provisional: bool
    reason_vi: str
    reason_en: str
    scope: CriterionResult | None
    """The scope result that decides: the first out-of-scope one, else the first; None when
    the instrument excludes no unit (TT23)."""
    criteria: tuple[CriterionResult, ...]
    as_of: AsOf
    scopes: tuple[CriterionResult, ...] = ()
    """Every scope clause's result (TT124 Art. 1 cl. 2 and, for an agency, Art. 2 cl. 2)."""

    def criterion(self, clause_id: str) -> CriterionResult:
        """The result for ``clause_id`` (the scope clause included)."""
        for result in (*self.scopes, *([self.scope] if self.scope else []), *self.criteria):
            if result.id == clause_id:
                return result
        clause(clause_id)  # UnknownClause for an id that is not in the catalogue at all
        if clause_id == self.window.clause:
            detail = (
                f"it defines the evaluation window {self.window.start.isoformat()} to "
                f"{self.window.end.isoformat()} (see 'window')"
            )
        elif clause_id == "TT124.D8.K1" and self.rulebook[0].instrument == "TT124":
            detail = "it is the verdict itself (see 'verdict')"
        else:
            names = ", ".join(r.instrument for r in self.rulebook)
            detail = f"the rule version used ({names}) does not evaluate it"
        raise ClauseNotEvaluated(clause_id, detail)

    def reason(self, lang: str = "vi") -> str:
        return self.reason_vi if lang == "vi" else self.reason_en


@attrs.frozen(kw_only=True)
class Explanation:
    """One criterion's result, the verdict it contributes to, and the evidence facts themselves."""

    result: CriterionResult
    status: YearStatus
    evidence: tuple[Fact, ...]
