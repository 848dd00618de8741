"""What the regulation refuses at record time, beyond a fact's own fields: a disciplinary form
its person's regime does not have, an assessment of a clause no rule reads assessments of.

The ledger calls :func:`problem` on every fact before it is appended; like the stream checks,
a refused fact writes nothing of its batch.
"""

from __future__ import annotations

from antq_compliance.domain.facts import CriterionAssessed, DisciplineDecided, FactData
from antq_compliance.domain.vocabulary import SubjectKind
from antq_compliance.regulation import discipline
from antq_compliance.regulation.clauses import clause

__all__ = ["ARTICLE_KINDS", "ASSESSABLE", "problem"]

ASSESSABLE = frozenset(
    {
        "TT124.D4.K2",
        "TT124.D4.K4.c",
        "TT124.D5.K2",
        "TT124.D5.K3",
        "TT124.D6.K1.p3",
        "TT124.D6.K2",
        "TT124.D7.K2",
    }
)
"""The clauses whose rule reads the review body's assessment (``CriterionAssessed``): "fully
implements" (Art. 4 cl. 2, Art. 6 cl. 2, Art. 7 cl. 2), "manages and helps effectively"
(Art. 4 cl. 4.c; for a commune both are its Art. 5 cl. 2), the commune police's effectiveness
(Art. 5 cl. 3), internal rules "fitted to the actual situation" (Art. 6 cl. 1 p3)."""


ARTICLE_KINDS: dict[int, frozenset[SubjectKind]] = {
    4: frozenset({SubjectKind.RESIDENTIAL_AREA}),
    5: frozenset({SubjectKind.COMMUNE}),
    6: frozenset({SubjectKind.AGENCY, SubjectKind.ENTERPRISE}),
    7: frozenset({SubjectKind.EDUCATIONAL_INSTITUTION}),
}
"""The kinds of subject each criteria article of TT124 governs (Art. 4-7)."""


def problem(data: FactData, kind: SubjectKind | None = None) -> tuple[str, object, str] | None:
    """``(field, value, problem)`` when the regulation refuses ``data`` for a subject of
    ``kind`` (None: not known); None otherwise."""
    if isinstance(data, DisciplineDecided):
        found = discipline.problem(data.regime, data.form)
        if found is not None:
            return "form", data.form.value, found
    if isinstance(data, CriterionAssessed):
        if data.clause not in ASSESSABLE:
            allowed = ", ".join(sorted(ASSESSABLE))
            return "clause", data.clause, f"no rule reads an assessment of this clause ({allowed})"
        kinds = ARTICLE_KINDS[clause(data.clause).article]
        if kind is not None and kind not in kinds:
            named = ", ".join(k.label_en for k in SubjectKind if k in kinds)
            return (
                "clause",
                data.clause,
                f"is a criterion for {named} subjects; this subject is of kind {kind.label_en}",
            )
    return None
