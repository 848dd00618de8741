"""When: the year is evaluated, or the audit replay is asked."""

from __future__ import annotations

from pytest_bdd import when

from antq_compliance import (
    AntqError,
)

from .base import (
    CIRCULAR,
    FACT_ID,
    RECORDED_BY,
    Change,
    Evaluation,
    Spec,
    step_re,
    vn_date,
    vn_instant,
)
from .year import _instrument

# --- When -----------------------------------------------------------------------------------------


@when(
    step_re(
        rf'đánh giá năm (?P<year>\d{{4}})(?: theo {CIRCULAR})? tính đến hết ngày "(?P<day>[^"]+)"'
        r'(?: theo dữ liệu ghi nhận đến "(?P<known>[^"]+)")?'
    )
)
def evaluate_year(spec: Spec, year: str, circular: str | None, day: str, known: str | None) -> None:
    """Under the rule version in force for the year, or under "Thông tư N" on demand (what-if);
    as known at a recording instant ("theo dữ liệu ghi nhận đến …") or with everything recorded.

    A deliberate library error (``AntqError``) is kept for a Then step to examine.
    """
    as_of = vn_date(day)
    rulebook = _instrument(circular) if circular else None
    known_at = vn_instant(known) if known else None
    spec.attempt("đánh giá")
    spec.evaluation = None
    try:
        status = spec.ledger.status(
            spec.current().subject, int(year), as_of=as_of, known_at=known_at, rulebook=rulebook
        )
    except AntqError as exc:
        spec.error = exc
        return
    spec.evaluation = Evaluation(
        year=int(year), as_of=as_of, status=status, rulebook=rulebook, known_at=known_at
    )


@when(step_re(r"xem lịch sử kết quả năm (?P<year>\d{4})"))
def view_history(spec: Spec, year: str) -> None:
    """``Ledger.history``: every recording instant at which the year's result changed."""
    spec.history = spec.ledger.history(spec.current().subject, int(year))
    spec.change = None


@when(step_re(r'so sánh kết quả năm (?P<year>\d{4}) giữa "(?P<start>[^"]+)" và "(?P<end>[^"]+)"'))
def compare(spec: Spec, year: str, start: str, end: str) -> None:
    """``Ledger.diff`` between two recording instants (the business date: the window's end)."""
    diff = spec.ledger.diff(
        spec.current().subject, int(year), known_from=vn_instant(start), known_to=vn_instant(end)
    )
    spec.change = Change(
        label=f"the comparison {start} → {end}",
        verdict_before=diff.before.verdict,
        verdict_after=diff.after.verdict,
        criteria=diff.criteria,
        facts=tuple(f.id for f in diff.facts),
    )


@when(step_re(r"rà soát các quyết định năm (?P<year>\d{4})"))
def audit_decisions(spec: Spec, year: str) -> None:
    """``Ledger.audit``: every decision on year Y, of every unit, against the record as known at
    the end of its signing day."""
    spec.findings = spec.ledger.audit(int(year))


@when(
    step_re(
        r'rút lại dữ kiện "(?P<target>[^"]+)"(?: của đơn vị "(?P<subject>[^"]+)")?, '
        rf'lý do "(?P<reason>[^"]+)"{FACT_ID}'
    )
)
def retract_now(
    spec: Spec, target: str, subject: str | None, reason: str, fact_id: str | None
) -> None:
    """Record a retraction now, in the stream of the unit named (default: the current unit).
    A refusal (``InvalidRecord``) is kept for "việc ghi nhận báo lỗi"."""
    spec.attempt("ghi nhận")
    spec.head_before = spec.ledger.head()
    try:
        spec.ledger.retract(
            subject or spec.current().subject,
            target,
            reason=reason,
            occurred_on=spec.today,
            recorded_by=RECORDED_BY,
            id=spec.fact_id(fact_id, "rut-lai"),
        )
    except AntqError as exc:
        spec.error = exc
