"""Given: the guard force, the directly subordinate units and their emulation results
(TT124.D6.K4, K5; TT23.D7.K4), and the review body's assessment of a clause (TT124.D6.K2; the
internal rules' fit with the unit's situation, TT124.D6.K1.p3)."""

from __future__ import annotations

from pytest_bdd import given

from antq_compliance import (
    Collective,
    CriterionAssessed,
    EmulationRated,
    EmulationTitle,
    ProtectionForceDisbanded,
    ProtectionForceEstablished,
    Rating,
    RuleTopic,
    SubUnitEstablished,
    SubUnitKind,
)

from .base import CLAUSE, DAY, FACT_ID, UNIT, Spec, by_label, step_re, vn_date

COUNCIL = "Hội đồng thi đua, khen thưởng của đơn vị"
"""Who decides the emulation titles and ratings in the scenarios."""
REVIEW_BODY = "Hội nghị đánh giá của đơn vị"

# --- the guard force ----------------------------------------------------------------------------


@given(step_re(rf"{UNIT} đã thành lập lực lượng bảo vệ gồm (?P<members>\d+) người {DAY}{FACT_ID}"))
def protection_force(spec: Spec, noun: str, members: str, day: str, fact_id: str | None) -> None:
    spec.current(noun)
    spec.record(
        ProtectionForceEstablished(members=int(members)),
        vn_date(day),
        spec.fact_id(fact_id, "luc-luong-bao-ve"),
    )


@given(step_re(rf"lực lượng bảo vệ đã giải thể {DAY}{FACT_ID}"))
def protection_force_disbanded(spec: Spec, day: str, fact_id: str | None) -> None:
    spec.record(
        ProtectionForceDisbanded(reason="Thuê dịch vụ bảo vệ thay cho lực lượng bảo vệ tại chỗ"),
        vn_date(day),
        spec.fact_id(fact_id, "giai-the-luc-luong-bao-ve"),
    )


def _result(text: str) -> dict[str, object]:
    """ "Tập thể lao động tiên tiến" (a title) or "Hoàn thành tốt nhiệm vụ" (a rating)."""
    for title in EmulationTitle:
        if title.label_vi == text:
            return {"title": title}
    for rating in Rating:
        if rating.label_vi == text:
            return {"rating": rating}
    known = [t.label_vi for t in EmulationTitle] + [r.label_vi for r in Rating]
    raise ValueError(f"{text!r} is no emulation title or rating; use one of {known}")


RESULT = r'(?:đạt "(?P<result>[^"]+)"|(?P<ineligible>không đủ điều kiện bình xét thi đua))'
"""An emulation result: a title or rating, or "not eligible for emulation review"."""


def _rated(
    year: int, collective: Collective, sub_unit: str | None, result: str | None
) -> EmulationRated:
    fields = _result(result) if result is not None else {}
    return EmulationRated(
        year=year,
        collective=collective,
        sub_unit=sub_unit,
        eligible=result is not None,
        decided_by=COUNCIL,
        **fields,  # type: ignore[arg-type]
    )


@given(step_re(rf"lực lượng bảo vệ {RESULT} năm (?P<year>\d{{4}}), quyết định {DAY}{FACT_ID}"))
def guard_force_rated(
    spec: Spec,
    result: str | None,
    ineligible: str | None,
    year: str,
    day: str,
    fact_id: str | None,
) -> None:
    spec.record(
        _rated(int(year), Collective.GUARD_FORCE, None, result),
        vn_date(day),
        spec.fact_id(fact_id, "thi-dua-luc-luong-bao-ve"),
    )


# --- sub-units ----------------------------------------------------------------------------------


def _sub_units(spec: Spec) -> list[SubUnitEstablished]:
    found = [f.data for f in spec.effective(SubUnitEstablished)]
    return [s for s in found if isinstance(s, SubUnitEstablished)]


@given(step_re(rf"{UNIT} có (?P<count>\d+) đầu mối trực thuộc từ {DAY}"))
def sub_units_established(spec: Spec, noun: str, count: str, day: str) -> None:
    """N teams "Tổ 1" … "Tổ N" (tổ), numbered after those already recorded."""
    spec.current(noun)
    start = len(_sub_units(spec))
    for number in range(start + 1, start + int(count) + 1):
        spec.record(
            SubUnitEstablished(
                sub_unit=f"to-{number:02d}", name=f"Tổ {number}", sub_unit_kind=SubUnitKind.TO
            ),
            vn_date(day),
            spec.fact_id(f"dau-moi-to-{number:02d}", "dau-moi"),
        )


def _rated_refs(spec: Spec, year: int) -> set[str | None]:
    return {
        f.data.sub_unit
        for f in spec.effective(EmulationRated)
        if isinstance(f.data, EmulationRated)
        and f.data.collective is Collective.SUB_UNIT
        and f.data.year == year
    }


@given(
    step_re(rf"(?P<count>\d+) đầu mối trực thuộc {RESULT} năm (?P<year>\d{{4}}), quyết định {DAY}")
)
def sub_units_rated(
    spec: Spec, count: str, result: str | None, ineligible: str | None, year: str, day: str
) -> None:
    """Rates the next N sub-units (in order) that have no result for the year yet."""
    done = _rated_refs(spec, int(year))
    waiting = [s for s in _sub_units(spec) if s.sub_unit not in done]
    if len(waiting) < int(count):
        raise AssertionError(f"only {len(waiting)} sub-units have no result for {year} yet")
    for unit in waiting[: int(count)]:
        spec.record(
            _rated(int(year), Collective.SUB_UNIT, unit.sub_unit, result),
            vn_date(day),
            spec.fact_id(None, f"thi-dua-{unit.sub_unit}-{year}"),
        )


# --- the review body's assessment ---------------------------------------------------------------


@given(
    step_re(
        r"hội nghị đánh giá kết luận đơn vị (?P<outcome>đã|chưa) thực hiện đầy đủ "
        rf'{CLAUSE} năm (?P<year>\d{{4}}) {DAY}: "(?P<note>[^"]+)"{FACT_ID}'
    )
)
def criterion_assessed(
    spec: Spec, outcome: str, clause: str, year: str, day: str, note: str, fact_id: str | None
) -> None:
    """The review body's finding on a clause the text leaves to its judgement (TT124.D6.K2)."""
    spec.record(
        CriterionAssessed(
            year=int(year),
            clause=clause,
            fulfilled=outcome == "đã",
            assessed_by=REVIEW_BODY,
            note=note,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "danh-gia-tieu-chi"),
    )


@given(
    step_re(
        r'hội nghị đánh giá kết luận nội quy về "(?P<topic>[^"]+)" (?P<outcome>phù hợp|không phù '
        r"hợp) với tình hình thực tiễn của đơn vị năm (?P<year>\d{4}) "
        rf'{DAY}(?:: "(?P<note>[^"]+)")?{FACT_ID}'
    )
)
def rules_fit_assessed(
    spec: Spec,
    topic: str,
    outcome: str,
    year: str,
    day: str,
    note: str | None,
    fact_id: str | None,
) -> None:
    """The review body's finding that the internal rule on a topic does (not) fit the unit's
    actual situation: an assessment of TT124.D6.K1.p3 for the year (its latest one decides)."""
    wanted = by_label(RuleTopic, topic)
    said = f"Nội quy về {wanted.label_vi} {outcome} với tình hình thực tiễn của đơn vị"
    spec.record(
        CriterionAssessed(
            year=int(year),
            clause="TT124.D6.K1.p3",
            fulfilled=outcome == "phù hợp",
            assessed_by=REVIEW_BODY,
            note=f"{said}: {note}" if note else said,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "danh-gia-noi-quy"),
    )
