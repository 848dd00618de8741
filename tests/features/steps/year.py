"""Given: a compliant year, and the facts of the criteria clause by clause."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from pytest_bdd import given

from antq_compliance import (
    BriefingHeld,
    Collective,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CoordinationForm,
    CoordinationParty,
    EmulationCommitmentSigned,
    EmulationRated,
    EmulationTitle,
    FestivalDayHeld,
    InternalRuleIssued,
    InternalRuleRepealed,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    Ownership,
    PartyResolutionAdopted,
    ProtectionForceEstablished,
    Rating,
    ResolutionForm,
    RuleTopic,
    SecurityPlanAdopted,
    Size,
    SizeClass,
    StandardRegistrationFiled,
    SubjectKind,
    SubUnitEstablished,
    SubUnitKind,
)

from .base import (
    ASSESSOR,
    CIRCULAR,
    DAY,
    FACT_ID,
    MODEL_NAME,
    STAFF,
    STANDARD_HEADCOUNT,
    STANDARD_NAME,
    STANDARD_TAX_CODE,
    UNIT,
    Spec,
    by_label,
    step_re,
    vn_date,
)
from .forces import COUNCIL
from .units import _register

# --- Given: a complete, compliant year ----------------------------------------------------------


def _topic_rule_id(topic: RuleTopic) -> str:
    return f"noi-quy-{topic.value.replace('_', '-')}"


def _year_p1(spec: Spec, year: int) -> None:
    if spec.current().has_party_organisation:
        spec.record(
            PartyResolutionAdopted(year=year, form=ResolutionForm.DEDICATED),
            date(year, 1, 15),
            f"nghi-quyet-{year}",
        )


def _year_p2(spec: Spec, year: int) -> None:
    spec.record(SecurityPlanAdopted(year=year), date(year, 2, 15), f"ke-hoach-{year}")
    spec.record(StandardRegistrationFiled(year=year), date(year, 2, 20), f"dang-ky-phan-dau-{year}")


FOUR_TOPICS = (
    RuleTopic.UNIT_PROTECTION,
    RuleTopic.STATE_SECRETS,
    RuleTopic.INTERNAL_POLITICAL_SECURITY,
    RuleTopic.FIRE_PREVENTION,
)
"""The four rule topics of TT23.D7.K1 (TT124.D6.K1.p3 adds occupational safety and environment)."""


def _rules_in_force(spec: Spec, year: int, topics: Sequence[RuleTopic]) -> None:
    in_force = {
        t
        for f in spec.effective(InternalRuleIssued)
        if isinstance(f.data, InternalRuleIssued)
        for t in f.data.topics
    }
    for topic in topics:
        if topic not in in_force:  # a standing fact: recorded once per unit
            spec.record(
                InternalRuleIssued(title=f"Nội quy về {topic.label_vi}", topics=frozenset({topic})),
                date(year, 1, 5),
                _topic_rule_id(topic),
            )


def _year_p3(spec: Spec, year: int) -> None:
    _rules_in_force(spec, year, tuple(RuleTopic))


def _year_p4(spec: Spec, year: int) -> None:
    spec.record(
        BriefingHeld(
            topics=frozenset(RuleTopic),
            criteria_briefed=True,
            staff_reached=spec.current().headcount,
        ),
        date(year, 3, 10),
        f"pho-bien-{year}",
    )


def _standing_model(spec: Spec, year: int) -> str:
    model = spec.model_ref(MODEL_NAME)
    if model is None:  # a standing fact: recorded once per unit
        model = "clb-tu-quan"
        spec.record(
            MovementModelEstablished(model=model, name=MODEL_NAME), date(year, 1, 10), "mo-hinh-clb"
        )
    return model


def _year_p5(spec: Spec, year: int) -> None:
    model = _standing_model(spec, year)
    spec.record(
        MovementModelAssessed(model=model, effective=True, assessed_by=ASSESSOR),
        date(year, 10, 20),
        f"danh-gia-mo-hinh-{year}",
    )


def _year_k2(spec: Spec, year: int) -> None:
    if not spec.effective(CoordinationAgreementSigned):  # a standing fact
        spec.record(
            CoordinationAgreementSigned(
                partners=frozenset(CoordinationParty),
                form=CoordinationForm.REGULATION,
                title="Quy chế phối hợp bảo đảm an ninh, trật tự",
            ),
            date(year, 1, 20),
            "quy-che-phoi-hop",
        )
    spec.record(
        CoordinationActivityRecorded(
            partners=frozenset({CoordinationParty.POLICE}),
            description="Tuần tra bảo vệ tài sản của đơn vị",
        ),
        date(year, 6, 15),
        f"hoat-dong-phoi-hop-{year}",
    )


def _guard_force(spec: Spec, year: int) -> None:
    if not spec.effective(ProtectionForceEstablished):  # a standing fact
        spec.record(ProtectionForceEstablished(members=12), date(year, 1, 5), "luc-luong-bao-ve")


def _year_k4(spec: Spec, year: int) -> None:
    """The guard force, and its rating for the previous year decided in the window (the
    rating of the year itself is decided after the window closes: ``rating_year``)."""
    _guard_force(spec, year)
    spec.record(
        EmulationRated(
            year=year - 1,
            collective=Collective.GUARD_FORCE,
            rating=Rating.GOOD,
            decided_by=COUNCIL,
        ),
        date(year - 1, 12, 20),
        f"thi-dua-luc-luong-bao-ve-{year - 1}",
    )


STANDARD_SUB_UNITS = (
    ("phong-ky-thuat", "Phòng Kỹ thuật", SubUnitKind.PHONG),
    ("phong-kinh-doanh", "Phòng Kinh doanh", SubUnitKind.PHONG),
    ("phong-to-chuc-hanh-chinh", "Phòng Tổ chức - Hành chính", SubUnitKind.PHONG),
    ("doi-quan-ly-van-hanh", "Đội Quản lý vận hành lưới điện", SubUnitKind.DOI),
)
"""The standard unit's four directly subordinate units (phòng, đội)."""


def _year_k5(spec: Spec, year: int) -> None:
    """The four sub-units (standing) and their results for the previous year: all four
    "Tập thể lao động tiên tiến" (100%)."""
    known = {f.data.sub_unit for f in spec.effective(SubUnitEstablished)}  # type: ignore[attr-defined]
    for ref, name, kind in STANDARD_SUB_UNITS:
        if ref not in known:
            spec.record(
                SubUnitEstablished(sub_unit=ref, name=name, sub_unit_kind=kind),
                date(year - 1, 1, 2),
                f"dau-moi-{ref}",
            )
        spec.record(
            EmulationRated(
                year=year - 1,
                collective=Collective.SUB_UNIT,
                sub_unit=ref,
                title=EmulationTitle.ADVANCED,
                decided_by=COUNCIL,
            ),
            date(year - 1, 12, 20),
            f"thi-dua-{ref}-{year - 1}",
        )


def _tt23_k1(spec: Spec, year: int) -> None:
    _year_p2(spec, year)  # plan and registration: the same facts, on the same dates
    _rules_in_force(spec, year, FOUR_TOPICS)
    spec.record(
        EmulationCommitmentSigned(year=year, staff_signed=spec.current().headcount),
        date(year, 3, 10),
        f"cam-ket-thi-dua-{year}",
    )


def _tt23_k2(spec: Spec, year: int) -> None:
    if not spec.effective(CoordinationAgreementSigned):  # a standing fact
        spec.record(
            CoordinationAgreementSigned(
                partners=frozenset(CoordinationParty),
                form=CoordinationForm.PLAN,
                title="Kế hoạch phối hợp bảo đảm an ninh, trật tự",
            ),
            date(year, 1, 20),
            "ke-hoach-phoi-hop",
        )
    _standing_model(spec, year)


COMPLIANT_YEAR: dict[str, dict[str, Callable[[Spec, int], None]]] = {
    "TT124": {
        "TT124.D6.K1.p1": _year_p1,
        "TT124.D6.K1.p2": _year_p2,
        "TT124.D6.K1.p3": _year_p3,
        "TT124.D6.K1.p4": _year_p4,
        "TT124.D6.K1.p5": _year_p5,
        "TT124.D6.K2": _year_k2,
        "TT124.D6.K4": _year_k4,
        "TT124.D6.K5": _year_k5,
    },
    "TT23": {
        "TT23.D7.K1": _tt23_k1,
        "TT23.D7.K2": _tt23_k2,
        "TT23.D7.K4": _guard_force,
    },
}
"""What "đáp ứng đầy đủ các tiêu chí năm Y [theo Thông tư 23]" records, per rule version and
clause (TT124.D6.K3.a–h and TT23.D7.K3 are met by the absence of incidents, sanctions and offences,
so nothing is recorded for them; so is TT124.D6.K2 once the window
has closed with no contrary assessment). Without "theo Thông tư …" the TT124 facts are recorded."""


def _instrument(circular: str) -> str:
    """ "23" → ``TT23``: the rule version a "Thông tư N" of the feature text names."""
    return f"TT{circular}"


@given(
    step_re(
        r"(?P<who>một doanh nghiệp|doanh nghiệp|cơ quan|đơn vị) đáp ứng đầy đủ các tiêu chí "
        rf'năm (?P<year>\d{{4}})(?: theo {CIRCULAR})?(?:, trừ tiêu chí "(?P<omitted>[^"]+)")?'
    )
)
def unit_compliant_year(
    spec: Spec, who: str, year: str, circular: str | None, omitted: str | None
) -> None:
    """ "một doanh nghiệp" first registers the standard unit (Điện lực Trà Vinh)."""
    instrument = _instrument(circular or "124")
    if instrument not in COMPLIANT_YEAR:
        raise AssertionError(
            f"'theo Thông tư {circular}': a compliant year is known for "
            + ", ".join(COMPLIANT_YEAR)
        )
    builders = COMPLIANT_YEAR[instrument]
    if who == "một doanh nghiệp":
        _register(
            spec,
            SubjectKind.ENTERPRISE,
            STANDARD_NAME,
            STANDARD_TAX_CODE,
            size=Size(declared=SizeClass.LARGE),
            armed_forces=False,
            party=True,
            headcount=STANDARD_HEADCOUNT,
            ownership=Ownership.STATE_OWNED,
        )
    else:
        spec.current(who)
    if omitted is not None and omitted not in builders:
        raise AssertionError(
            f"'trừ tiêu chí {omitted}': under {instrument} only these criteria rest on recorded "
            "facts: " + ", ".join(builders)
        )
    for clause_id, record_facts in builders.items():
        if clause_id != omitted:
            record_facts(spec, int(year))


# --- Given: facts, clause by clause -------------------------------------------------------------


RESOLUTION = (
    r"tổ chức Đảng đã (?P<form>ban hành nghị quyết chuyên đề riêng về|lồng ghép) công tác bảo "
    r"đảm an ninh, trật tự năm (?P<year>\d{4})"
    r"(?P<integrated> trong nghị quyết lãnh đạo, chỉ đạo hằng năm)?"
)
"""A dedicated resolution, or the work folded into the annual leadership resolution."""


@given(step_re(rf"{RESOLUTION} {DAY}{FACT_ID}"))
def resolution_adopted(
    spec: Spec, form: str, year: str, integrated: str | None, day: str, fact_id: str | None
) -> None:
    dedicated = form.startswith("ban hành")
    if dedicated == (integrated is not None):
        raise AssertionError(
            "write 'ban hành nghị quyết chuyên đề riêng về công tác …' or 'lồng ghép công tác "
            "… trong nghị quyết lãnh đạo, chỉ đạo hằng năm'"
        )
    spec.record(
        PartyResolutionAdopted(
            year=int(year),
            form=ResolutionForm.DEDICATED if dedicated else ResolutionForm.INTEGRATED,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "nghi-quyet"),
    )


@given(
    step_re(
        rf"{UNIT} đã ban hành kế hoạch bảo đảm an ninh, trật tự năm (?P<year>\d{{4}}) "
        rf"{DAY}{FACT_ID}"
    )
)
def plan_adopted(spec: Spec, noun: str, year: str, day: str, fact_id: str | None) -> None:
    spec.current(noun)
    spec.record(
        SecurityPlanAdopted(year=int(year)), vn_date(day), spec.fact_id(fact_id, "ke-hoach")
    )


@given(step_re(rf"{UNIT} đã đăng ký phấn đấu đạt tiêu chuẩn năm (?P<year>\d{{4}}) {DAY}{FACT_ID}"))
def registration_filed(spec: Spec, noun: str, year: str, day: str, fact_id: str | None) -> None:
    spec.current(noun)
    spec.record(
        StandardRegistrationFiled(year=int(year)),
        vn_date(day),
        spec.fact_id(fact_id, "dang-ky-phan-dau"),
    )


@given(step_re(rf"{UNIT} đã ban hành nội quy, quy định về đủ (?P<count>sáu|bốn) nội dung {DAY}"))
def rules_issued(spec: Spec, noun: str, count: str, day: str) -> None:
    """One InternalRuleIssued per topic, so that one topic can be repealed on its own. "bốn"
    = the four topics of TT23.D7.K1; "sáu" = the six of TT124.D6.K1.p3."""
    spec.current(noun)
    for topic in FOUR_TOPICS if count == "bốn" else tuple(RuleTopic):
        spec.record(
            InternalRuleIssued(title=f"Nội quy về {topic.label_vi}", topics=frozenset({topic})),
            vn_date(day),
            spec.fact_id(None, _topic_rule_id(topic)),
        )


@given(step_re(rf'{UNIT} đã ban hành nội quy về "(?P<topic>[^"]+)" {DAY}{FACT_ID}'))
def rule_issued(spec: Spec, noun: str, topic: str, day: str, fact_id: str | None) -> None:
    """One internal rule on one topic (e.g. reissued after a repeal: TT124.D6.K1.p3)."""
    spec.current(noun)
    wanted = by_label(RuleTopic, topic)
    spec.record(
        InternalRuleIssued(title=f"Nội quy về {wanted.label_vi}", topics=frozenset({wanted})),
        vn_date(day),
        spec.fact_id(fact_id, f"{_topic_rule_id(wanted)}-moi"),
    )


@given(step_re(rf'nội quy về "(?P<topic>[^"]+)" đã bị bãi bỏ {DAY}{FACT_ID}'))
def rule_repealed(spec: Spec, topic: str, day: str, fact_id: str | None) -> None:
    wanted = by_label(RuleTopic, topic)
    targets = [
        f
        for f in spec.effective(InternalRuleIssued)
        if isinstance(f.data, InternalRuleIssued) and wanted in f.data.topics
    ]
    if not targets:
        raise AssertionError(f'no internal rule on "{topic}" is in force to repeal')
    for number, target in enumerate(targets, start=1):
        repeal_id = (
            fact_id
            if fact_id and len(targets) == 1
            else (f"{fact_id}-{number}" if fact_id else None)
        )
        spec.record(
            InternalRuleRepealed(rule=target.id),
            vn_date(day),
            spec.fact_id(repeal_id, "bai-bo-noi-quy"),
        )


@given(
    step_re(
        rf"{UNIT} đã phổ biến, quán triệt (?P<content>nội quy, quy định và tiêu chí|nội quy, quy "
        r"định|tiêu chí) "
        rf"cho (?P<reached>\d+) {STAFF} {DAY}{FACT_ID}"
    )
)
def briefing_held(
    spec: Spec, noun: str, content: str, reached: str, day: str, fact_id: str | None
) -> None:
    """ "nội quy, quy định" = the internal rules on all six topics; "tiêu chí" = the criteria
    of a unit that meets the standard."""
    spec.current(noun)
    spec.record(
        BriefingHeld(
            topics=frozenset(RuleTopic) if "nội quy" in content else frozenset(),
            criteria_briefed="tiêu chí" in content,
            staff_reached=int(reached),
        ),
        vn_date(day),
        spec.fact_id(fact_id, "pho-bien"),
    )


@given(step_re(rf'{UNIT} đã xây dựng mô hình "(?P<name>[^"]+)" {DAY}{FACT_ID}'))
def model_established(spec: Spec, noun: str, name: str, day: str, fact_id: str | None) -> None:
    spec.current(noun)
    if spec.model_ref(name) is not None:
        raise AssertionError(f'a model named "{name}" already exists for this unit')
    new_id = spec.fact_id(fact_id, "mo-hinh")
    spec.record(MovementModelEstablished(model=f"ref-{new_id}", name=name), vn_date(day), new_id)


def _model(spec: Spec, name: str) -> str:
    model = spec.model_ref(name)
    if model is None:
        raise AssertionError(f'no model named "{name}" was established for this unit')
    return model


@given(
    step_re(
        r'mô hình "(?P<name>[^"]+)" được "(?P<assessor>[^"]+)" đánh giá '
        rf"(?P<outcome>hoạt động hiệu quả|chưa hiệu quả) {DAY}{FACT_ID}"
    )
)
def model_assessed(
    spec: Spec, name: str, assessor: str, outcome: str, day: str, fact_id: str | None
) -> None:
    spec.record(
        MovementModelAssessed(
            model=_model(spec, name),
            effective=outcome == "hoạt động hiệu quả",
            assessed_by=assessor,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "danh-gia-mo-hinh"),
    )


@given(step_re(rf'mô hình "(?P<name>[^"]+)" đã giải thể {DAY}{FACT_ID}'))
def model_dissolved(spec: Spec, name: str, day: str, fact_id: str | None) -> None:
    spec.record(
        MovementModelDissolved(model=_model(spec, name)),
        vn_date(day),
        spec.fact_id(fact_id, "giai-the-mo-hinh"),
    )


PARTIES: dict[str, frozenset[CoordinationParty]] = {
    "lực lượng Công an và chính quyền địa phương": frozenset(CoordinationParty),
    CoordinationParty.POLICE.label_vi: frozenset({CoordinationParty.POLICE}),  # lực lượng Công an
    CoordinationParty.LOCAL_AUTHORITY.label_vi: frozenset({CoordinationParty.LOCAL_AUTHORITY}),
}
"""The partner phrases of the coordination steps and the set of parties each names: one party
by its label, or both (one joint document or activity)."""

PARTNER = "(?P<partner>" + "|".join(re.escape(phrase) for phrase in PARTIES) + ")"


def parties(text: str) -> frozenset[CoordinationParty]:
    try:
        return PARTIES[text]
    except KeyError:
        allowed = ", ".join(f'"{c}"' for c in PARTIES)
        raise ValueError(f"{text!r} names no coordination party; use one of {allowed}") from None


@given(
    step_re(
        rf"{UNIT} đã ký (?P<form>quy chế|chương trình|kế hoạch) phối hợp với {PARTNER} "
        rf"{DAY}{FACT_ID}"
    )
)
def agreement_signed(
    spec: Spec, noun: str, form: str, partner: str, day: str, fact_id: str | None
) -> None:
    spec.current(noun)
    coordination_form = by_label(CoordinationForm, f"{form} phối hợp")
    spec.record(
        CoordinationAgreementSigned(
            partners=parties(partner),
            form=coordination_form,
            title=f"{coordination_form.label_vi.capitalize()} với {partner}",
        ),
        vn_date(day),
        spec.fact_id(fact_id, "van-ban-phoi-hop"),
    )


@given(step_re(rf'{UNIT} đã phối hợp với {PARTNER} thực hiện "(?P<activity>[^"]+)" {DAY}{FACT_ID}'))
def coordination_activity(
    spec: Spec, noun: str, partner: str, activity: str, day: str, fact_id: str | None
) -> None:
    spec.current(noun)
    spec.record(
        CoordinationActivityRecorded(partners=parties(partner), description=activity),
        vn_date(day),
        spec.fact_id(fact_id, "hoat-dong-phoi-hop"),
    )


@given(
    step_re(
        rf"{STAFF} đã ký cam kết giao ước thi đua năm (?P<year>\d{{4}}): (?P<signed>\d+) người, "
        rf"{DAY}{FACT_ID}"
    )
)
def commitment_signed(spec: Spec, year: str, signed: str, day: str, fact_id: str | None) -> None:
    """N staff signed the emulation commitment for year Y on D (TT23.D7.K1)."""
    spec.record(
        EmulationCommitmentSigned(year=int(year), staff_signed=int(signed)),
        vn_date(day),
        spec.fact_id(fact_id, "cam-ket-thi-dua"),
    )


@given(
    step_re(
        rf"{UNIT} đã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc, (?P<attendance>\d+) người "
        rf"tham dự, {DAY}{FACT_ID}"
    )
)
def festival_day_held(
    spec: Spec, noun: str, attendance: str, day: str, fact_id: str | None
) -> None:
    """The festival day the provincial extra criterion of the scenarios asks for (TT124.D8.K1;
    the criterion is set by ``Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung …``)."""
    spec.current(noun)
    spec.record(
        FestivalDayHeld(attendance=int(attendance)),
        vn_date(day),
        spec.fact_id(fact_id, "ngay-hoi"),
    )
