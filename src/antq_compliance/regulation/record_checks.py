"""What the regulation refuses at record time, beyond a fact's own fields: a disciplinary form
its person's regime does not have, an assessment of a clause no rule reads assessments of.

The ledger calls :func:`problem` on every fact before it is appended; like the stream checks,
a refused fact writes nothing of its batch.
"""

from __future__ import annotations

from antq_compliance.domain.facts import CriterionAssessed, DisciplineDecided, FactData
from antq_compliance.regulation import discipline

__all__ = ["ASSESSABLE", "problem"]

ASSESSABLE = frozenset(
    {
        "TT124.D4.K2",
        "TT124.D4.K4.c",
        "TT124.D5.K3",
        "TT124.D6.K2",
        "TT124.D7.K2",
    }
)
"""The clauses whose rule reads the review body's assessment (``CriterionAssessed``): "fully
implements" (Art. 4 cl. 2, Art. 6 cl. 2, Art. 7 cl. 2), "manages and helps effectively"
(Art. 4 cl. 4.c), the commune police's effectiveness (Art. 5 cl. 3)."""


def problem(data: FactData) -> tuple[str, object, str] | None:
    """``(field, value, problem)`` when the regulation refuses ``data``; None otherwise."""
    if isinstance(data, DisciplineDecided):
        found = discipline.problem(data.regime, data.form)
        if found is not None:
            return "form", data.form.value, found
    if isinstance(data, CriterionAssessed) and data.clause not in ASSESSABLE:
        allowed = ", ".join(sorted(ASSESSABLE))
        return "clause", data.clause, f"no rule reads an assessment of this clause ({allowed})"
    return None
