"""Given: what happened in the unit — incidents (TT124.D6.K3.a–g, TT23.D7.K3), administrative
sanctions and disciplinary decisions (TT124.D6.K3.h, K4, K5)."""

from __future__ import annotations

import re

from pytest_bdd import given, when

from antq_compliance import (
    AdministrativeSanctionImposed,
    AntqError,
    Collective,
    DisciplineDecided,
    DisciplineForm,
    DisciplineReason,
    IncidentKind,
    IncidentOccurred,
    OffenceStage,
    PersonRegime,
    SanctionField,
    Severity,
    StaffOffenceRecorded,
    SubUnitEstablished,
)

from .base import DAY, FACT_ID, Spec, by_label, step_re, vn_date

CLASSIFIER = "Công an tỉnh Trà Vinh"
"""Who classified an incident in the scenarios (severity, unlawfulness, handling)."""

# --- incidents ----------------------------------------------------------------------------------

_HANDLING: dict[str, tuple[str, str]] = {
    "detected_promptly": ("được phát hiện kịp thời", "không được phát hiện kịp thời"),
    "consequences_limited": (
        "đã sử dụng đồng bộ các biện pháp giảm thiểu hậu quả",
        "không sử dụng đồng bộ các biện pháp giảm thiểu hậu quả",
    ),
    "reported_at_once": (
        "đã báo cáo ngay cấp có thẩm quyền",
        "không báo cáo ngay cấp có thẩm quyền",
    ),
}
"""The three handling facts of a crime under point đ (TT124.D6.K3.dd), each said on its own,
done or not done (a fact not said is not recorded): the crime is not counted only when all
three are recorded as done."""
_DETAIL = (
    r'mức độ "[^"]+"|làm chết \d+ người|không làm chết người'
    r"|được xác định là (?:không )?trái pháp luật"
    r'|được "[^"]+" xác định là bất khả kháng|'
    + "|".join(phrase for pair in _HANDLING.values() for phrase in pair)
)
DETAILS = rf"(?P<details>(?:,? (?:{_DETAIL}))*)"
"""What was found about an incident, in any order: its seriousness ("mức độ"), its deaths, for a
strike whether it was unlawful, a force-majeure finding, for a crime how it was handled."""


def _incident(kind: IncidentKind, description: str, details: str) -> IncidentOccurred:
    fields: dict[str, object] = {}
    if match := re.search(r'mức độ "([^"]+)"', details):
        fields["severity"] = by_label(Severity, match[1])
    if match := re.search(r"làm chết (\d+) người", details):
        fields["deaths"] = int(match[1])
    if "không làm chết người" in details:
        fields["deaths"] = 0
    if match := re.search(r"được xác định là (không )?trái pháp luật", details):
        fields["unlawful"] = match[1] is None
    if match := re.search(r'được "([^"]+)" xác định là bất khả kháng', details):
        fields["force_majeure"], fields["force_majeure_by"] = True, match[1]
    said = {item.strip() for item in details.split(",")}
    for name, (done, not_done) in _HANDLING.items():
        if done in said:
            fields[name] = True
        elif not_done in said:
            fields[name] = False
    if fields:
        fields["classified_by"] = CLASSIFIER
    return IncidentOccurred(kind=kind, description=description, **fields)  # type: ignore[arg-type]


@given(step_re(rf'đã xảy ra vụ "(?P<kind>[^"]+)"{DETAILS} {DAY}{FACT_ID}'))
def incident_occurred(spec: Spec, kind: str, details: str, day: str, fact_id: str | None) -> None:
    """ "vụ" + a kind as IncidentKind labels it (Art. 6 cl. 3's own words), then what was found
    about it; nothing found is recorded as not classified (a pending point, never a guess)."""
    spec.record(
        _incident(by_label(IncidentKind, kind), f"Vụ {kind} ngày {day}", details),
        vn_date(day),
        spec.fact_id(fact_id, "vu-viec"),
    )


@given(
    step_re(
        rf'dữ kiện "(?P<target>[^"]+)" được phân loại lại thành vụ "(?P<kind>[^"]+)"{DETAILS}, '
        rf'lý do "(?P<reason>[^"]+)"{FACT_ID}'
    )
)
def incident_reclassified(
    spec: Spec, target: str, kind: str, details: str, reason: str, fact_id: str | None
) -> None:
    """An incident recorded under a kind of Circular 23 (or not classified) is recorded again
    under a kind of Circular 124, on the same date: a superseding fact (the gate "reclassify"
    of ``regulation/data/incident_points.toml`` then gives way to the new kind's gate)."""
    originals = [f for f in spec.facts() if f.id == target]
    if not originals or not isinstance(originals[0].data, IncidentOccurred):
        raise AssertionError(f'no incident "{target}" for {spec.current().subject}')
    day = originals[0].occurred_on
    spec.record(
        _incident(by_label(IncidentKind, kind), f"Vụ {kind} (phân loại lại)", details),
        day,
        spec.fact_id(fact_id, "phan-loai-lai"),
        supersedes=target,
        reason=reason,
    )


# --- people: sanctions, discipline, offences (first edition) ------------------------------------

_REGIMES: dict[str, PersonRegime] = {
    "cán bộ": PersonRegime.CADRE,
    "công chức": PersonRegime.CIVIL_SERVANT,
    "viên chức": PersonRegime.PUBLIC_EMPLOYEE,
    "người lao động": PersonRegime.EMPLOYEE,
    "đảng viên": PersonRegime.PARTY_MEMBER,
}
PERSON = r"(?P<regime>cán bộ|công chức|viên chức|người lao động|đảng viên)"
"""Who a step is about, by the regime that sets their disciplinary forms."""


@given(
    step_re(
        rf'{PERSON} "(?P<person>[^"]+)" bị xử phạt vi phạm hành chính '
        r"(?P<field>về an ninh, trật tự|về lĩnh vực khác) "
        rf'\(hình thức "(?P<measure>[^"]+)"\) {DAY}{FACT_ID}'
    )
)
def sanction_imposed(
    spec: Spec,
    regime: str,
    person: str,
    field: str,
    measure: str,
    day: str,
    fact_id: str | None,
) -> None:
    """An administrative sanction decided on D (TT124.D6.K3.h, first limb)."""
    spec.record(
        AdministrativeSanctionImposed(
            person_ref=person,
            regime=_REGIMES[regime],
            field=SanctionField.SECURITY_ORDER if "an ninh" in field else SanctionField.OTHER,
            measure=measure,
            decided_by="Trưởng Công an phường",
        ),
        vn_date(day),
        spec.fact_id(fact_id, "xu-phat"),
    )


def _sub_unit_ref(spec: Spec, name: str) -> str:
    for fact in spec.effective(SubUnitEstablished):
        assert isinstance(fact.data, SubUnitEstablished)
        if fact.data.name == name:
            return fact.data.sub_unit
    raise AssertionError(f'no sub-unit named "{name}" was established for this unit')


DISCIPLINE = (
    rf'{PERSON} "(?P<person>[^"]+)"'
    r'(?: thuộc (?:"(?P<sub_unit>[^"]+)"|(?P<guard>lực lượng bảo vệ)))? '
    r"(?P<social_evil>mắc tệ nạn xã hội, )?"
    rf'bị kỷ luật "(?P<form>[^"]+)" {DAY}{FACT_ID}'
)


def _discipline(
    spec: Spec,
    regime: str,
    person: str,
    where: tuple[str | None, str | None],
    social_evil: str | None,
    form: str,
) -> DisciplineDecided:
    sub_unit, guard = where
    collective = (
        Collective.GUARD_FORCE if guard else Collective.SUB_UNIT if sub_unit is not None else None
    )
    return DisciplineDecided(
        person_ref=person,
        regime=_REGIMES[regime],
        form=by_label(DisciplineForm, form),
        reason=DisciplineReason.SOCIAL_EVIL if social_evil else DisciplineReason.VIOLATION,
        collective=collective,
        sub_unit=_sub_unit_ref(spec, sub_unit) if sub_unit is not None else None,
        decided_by="Người đứng đầu cơ quan, doanh nghiệp",
    )


@given(step_re(DISCIPLINE))
def discipline_decided(
    spec: Spec,
    regime: str,
    person: str,
    sub_unit: str | None,
    guard: str | None,
    social_evil: str | None,
    form: str,
    day: str,
    fact_id: str | None,
) -> None:
    """A disciplinary decision of D: against a member of the guard force, of a named sub-unit,
    or of the unit; for a social evil or another violation (TT124.D6.K3.h, K4, K5)."""
    spec.record(
        _discipline(spec, regime, person, (sub_unit, guard), social_evil, form),
        vn_date(day),
        spec.fact_id(fact_id, "ky-luat"),
    )


@when(step_re(f"ghi nhận {DISCIPLINE}"))
def discipline_attempted(
    spec: Spec,
    regime: str,
    person: str,
    sub_unit: str | None,
    guard: str | None,
    social_evil: str | None,
    form: str,
    day: str,
    fact_id: str | None,
) -> None:
    """The same decision, recorded now; a refusal is kept for "việc ghi nhận báo lỗi"."""
    spec.attempt("ghi nhận")
    spec.head_before = spec.ledger.head()
    try:
        data = _discipline(spec, regime, person, (sub_unit, guard), social_evil, form)
        spec.record(data, vn_date(day), spec.fact_id(fact_id, "ky-luat"))
    except AntqError as exc:
        spec.error = exc


@given(
    step_re(
        r'(?:cán bộ|người lao động) "(?P<staff>[^"]+)" '
        rf"(?P<stage>bị khởi tố|bị kết án|mắc tệ nạn xã hội) {DAY}{FACT_ID}"
    )
)
def staff_offence(spec: Spec, staff: str, stage: str, day: str, fact_id: str | None) -> None:
    """A staff offence as Circular 23 counted it (TT23.D7.K3)."""
    spec.record(
        StaffOffenceRecorded(staff_ref=staff, stage=by_label(OffenceStage, stage)),
        vn_date(day),
        spec.fact_id(fact_id, "vi-pham"),
    )
