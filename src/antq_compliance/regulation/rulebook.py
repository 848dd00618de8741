"""Rule versions: criteria keyed by clause id and effective date; the rulebook that picks one.

The engine adds the clause's metadata (text status, title, rule version) to a criterion's
:class:`~antq_compliance.regulation.criteria.Finding` to make a
:class:`~antq_compliance.regulation.evaluation.CriterionResult`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

import attrs

from antq_compliance.domain.dates import Period
from antq_compliance.domain.errors import NoRuleVersion
from antq_compliance.domain.vocabulary import SubjectKind, TextStatus
from antq_compliance.regulation.clauses import catalogue
from antq_compliance.regulation.criteria import Criterion, Predicate
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.procedure import AuditCheck

__all__ = ["Article", "ProvincialCriterion", "RuleVersion", "Rulebook"]


@attrs.frozen(kw_only=True)
class Article:
    """The criteria one article sets for the kinds of subject it governs, with their window
    and scope clauses."""

    number: int
    kinds: frozenset[SubjectKind]
    window_clause: str | None
    """The clause that defines the window; None when the instrument fixes none (then
    ``window_note`` says which reading is used)."""
    window: Callable[[int], Period] = attrs.field(eq=False)
    scope: tuple[Criterion, ...]
    """Scope clauses (an out-of-scope result makes the unit not applicable); empty when the
    instrument excludes no unit."""
    criteria: tuple[Criterion, ...]
    window_note: str = ""
    """How the window is read, when the instrument's text does not fix it (English)."""
    window_note_vi: str = ""
    """The same note in Vietnamese."""
    settled_by: Callable[[int], date] | None = attrs.field(default=None, eq=False)
    """The day a year's question about this kind is settled, when later than the window's end
    (a commune's clause 4 waits for its units' recognitions, due before 20 November)."""

    def clause_ids(self) -> tuple[str, ...]:
        """Every clause id the article's rules cite: scope, window, criteria."""
        heads = [c.clause_id for c in self.scope] + (
            [self.window_clause] if self.window_clause else []
        )
        return tuple(dict.fromkeys([*heads, *(c.clause_id for c in self.criteria)]))


@attrs.frozen(kw_only=True)
class RuleVersion:
    """One instrument's criteria for one range of evaluation years, one :class:`Article` per
    kind of subject (Circular 124: Art. 4 residential areas, Art. 5 communes, Art. 6 agencies
    and enterprises, Art. 7 educational institutions)."""

    instrument: str
    version: str
    effective_from: date
    effective_to: date | None
    articles: tuple[Article, ...]
    q1: Callable[[int], Period] = attrs.field(eq=False)
    window: Callable[[int], Period] = attrs.field(eq=False)
    """The general window of a year: the default business "as of" of a year's question (the
    end of the latest window among the articles)."""
    interpretation: Interpretation = attrs.field(factory=Interpretation)
    applies_to_year: Callable[[int], bool] = attrs.field(eq=False)
    year_rule: str
    """How a window straddling the effective date is assigned, in words."""
    edition: str = ""
    """Which reading of the instrument this is, where there are several (the first edition's
    reconstruction, the official text)."""
    kind_windows: tuple[tuple[SubjectKind, Callable[[int], Period]], ...] = attrs.field(
        default=(), eq=False
    )
    """A window the instrument fixes for a kind of subject whose article is not encoded (the
    audit of its decisions still needs the window)."""

    def article_for(self, kind: SubjectKind) -> Article | None:
        """The article whose criteria govern ``kind``; None when this version has none."""
        return next((a for a in self.articles if kind in a.kinds), None)

    def default_as_of(self, kind: SubjectKind, year: int) -> date:
        """The business "as of" of a year's question when none is given (history, diff, the
        projections): the end of the kind's window, or the later day its article is settled
        by."""
        end = self.window_for(kind, year).end
        article = self.article_for(kind)
        if article is not None and article.settled_by is not None:
            return max(end, article.settled_by(year))
        return end

    def window_for(self, kind: SubjectKind, year: int) -> Period:
        """The window of ``year`` for a subject of ``kind``: its article's, else the one the
        instrument fixes for that kind, else the general window."""
        article = self.article_for(kind)
        if article is not None:
            return article.window(year)
        return dict(self.kind_windows).get(kind, self.window)(year)

    @property
    def reference(self) -> str:
        """``instrument@version``: how the CLI and the API name this version."""
        return f"{self.instrument}@{self.version}"

    def clause_ids(self) -> tuple[str, ...]:
        """Every clause id this version cites."""
        return tuple(dict.fromkeys(c for a in self.articles for c in a.clause_ids()))


@attrs.frozen(kw_only=True)
class ProvincialCriterion:
    """An extra criterion a provincial People's Committee sets (TT124.D8.K1), for the units of
    one province, for evaluation windows ending on or after ``effective_from``.

    ``id`` is the province's own reference (e.g. ``"VL.QD12-2025.1"``); it must not be a clause
    id of the catalogue. The predicate is an ordinary :data:`Predicate`.
    """

    id: str
    province: str
    effective_from: date
    title_vi: str
    title_en: str
    predicate: Predicate = attrs.field(eq=False)
    document_ref: str = ""
    """The provincial decision that sets the criterion."""
    text_status: TextStatus = TextStatus.VERIFIED
    basis: str = "TT124.D8.K1"

    @property
    def rule_instrument(self) -> str:
        return f"{self.basis}:{self.province}"

    @property
    def rule_version(self) -> str:
        return self.effective_from.isoformat()

    def applies(self, province: str, window: Period) -> bool:
        same = (
            unicodedata.normalize("NFC", province).casefold()
            == unicodedata.normalize("NFC", self.province).casefold()
        )
        return same and window.end >= self.effective_from


@attrs.frozen
class Rulebook:
    """The ordered rule versions; picks the one that governs an evaluation year.

    ``provincial`` holds extra criteria set by provinces (TT124.D8.K1); they are added to the
    criteria of the TT124 version for the units of their province. ``checks`` are the audit
    checks a recognition decision is held to (:mod:`antq_compliance.regulation.procedure`), in
    the order their findings are reported.
    """

    versions: tuple[RuleVersion, ...]
    provincial: tuple[ProvincialCriterion, ...] = ()
    checks: tuple[AuditCheck, ...] = ()
    retired: tuple[RuleVersion, ...] = ()
    """Versions no year is assigned to (a superseded reading, e.g. TT124's first edition),
    kept to re-judge a year under them by reference (``TT124@2022-02-10``)."""

    def check(self, code: str) -> AuditCheck:
        """The audit check whose findings carry ``code``."""
        for item in self.checks:
            if item.code == code:
                return item
        raise LookupError(f"no audit check {code!r} in this rulebook")

    def with_provincial(self, *criteria: ProvincialCriterion) -> Rulebook:
        """A rulebook with extra provincial criteria; the library is not edited."""
        for extra in criteria:
            if extra.id in catalogue():
                raise ValueError(
                    f"{extra.id!r} is a clause id of the catalogue, not a provincial id"
                )
        return attrs.evolve(self, provincial=self.provincial + criteria)

    def for_year(self, year: int) -> RuleVersion:
        for version in self.versions:
            if version.applies_to_year(year):
                return version
        known = "; ".join(f"{v.instrument} ({v.year_rule})" for v in self.versions)
        raise NoRuleVersion(f"no rule version governs evaluation year {year}: {known}")

    def by_instrument(self, instrument: str) -> RuleVersion:
        """The version named ``instrument`` (the current one of it) or ``instrument@version``
        (any version, a retired one included)."""
        for version in (*self.versions, *self.retired):
            if instrument in (version.instrument, version.reference):
                return version
        known = [v.instrument for v in self.versions] + [
            v.reference for v in (*self.versions, *self.retired)
        ]
        raise NoRuleVersion(f"unknown rulebook {instrument!r}; known: " + ", ".join(known))

    def with_interpretation(self, interpretation: Interpretation) -> Rulebook:
        def read(versions: tuple[RuleVersion, ...]) -> tuple[RuleVersion, ...]:
            return tuple(attrs.evolve(v, interpretation=interpretation) for v in versions)

        return attrs.evolve(self, versions=read(self.versions), retired=read(self.retired))
