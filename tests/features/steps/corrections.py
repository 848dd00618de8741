"""Given: corrections, and the recording clock."""

from __future__ import annotations

from datetime import UTC

from pytest_bdd import given

from .base import DAY, FACT_ID, RECORDED_BY, Spec, step_re, vn_date, vn_instant

# --- Given: corrections -------------------------------------------------------------------------


@given(step_re(rf'dữ kiện "(?P<target>[^"]+)" đã bị rút lại, lý do "(?P<reason>[^"]+)"{FACT_ID}'))
def fact_retracted(spec: Spec, target: str, reason: str, fact_id: str | None) -> None:
    """The retraction is recorded today (the fake clock's date); the fact stays in the log."""
    spec.ledger.retract(
        spec.current().subject,
        target,
        reason=reason,
        occurred_on=spec.today,
        recorded_by=RECORDED_BY,
        id=spec.fact_id(fact_id, "rut-lai"),
    )


@given(
    step_re(
        r'dữ kiện "(?P<target>[^"]+)" đã được thay thế bằng dữ kiện "(?P<new_id>[^"]+)" '
        rf'ghi {DAY}, lý do "(?P<reason>[^"]+)"'
    )
)
def fact_superseded(spec: Spec, target: str, new_id: str, day: str, reason: str) -> None:
    """The superseding fact repeats the original's content with the corrected date."""
    originals = [f for f in spec.facts() if f.id == target]
    if not originals:
        raise AssertionError(f'no fact "{target}" for {spec.current().subject}')
    spec.record(originals[0].data, vn_date(day), new_id, supersedes=target, reason=reason)


# --- Given: the recording clock -----------------------------------------------------------------


@given(step_re(r'hôm nay là "(?P<instant>[^"]+)"'))
def today_is(spec: Spec, instant: str) -> None:
    """The ledger records the next facts at this Vietnam time (the fake clock is set in UTC).
    Retractions recorded from now on carry today's date as their business date."""
    moment = vn_instant(instant, time_required=True)
    spec.clock.set(moment.astimezone(UTC))
    spec.today = moment.date()
