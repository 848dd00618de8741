"""Given: the subjects of TT124 Art. 4, 5 and 7 — residential areas (khu dân cư), communes (xã,
phường) and educational institutions (cơ sở giáo dục) — their compliant years, and the facts
their criteria read: household counts, the year's crime figures, hotspots and social-evil cases,
the grassroots force and the commune police, the units a commune manages, a school's rules,
briefings, parents' board, guard force, sub-units, and offences of its people.

A residential area and a commune are registered by ``steps/audit.py``; an agency or an
enterprise by ``steps/units.py``. "Đơn vị đang xét là …" makes an earlier subject the current
one again (a commune's scenario registers the units on its territory first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from pytest_bdd import given

from antq_compliance import (
    GENERAL_EDUCATION,
    AuthorityLevel,
    BriefingHeld,
    Collective,
    CommuneType,
    CrimeFiguresReported,
    CriterionAssessed,
    DecisionOutcome,
    DisciplineDecided,
    DisciplineForm,
    DisciplineReason,
    EducationLevel,
    EmulationRated,
    EmulationTitle,
    FactData,
    HotspotIdentified,
    HouseholdsCounted,
    InternalRuleIssued,
    LocalType,
    MovementModelAssessed,
    MovementModelEstablished,
    OffenceStage,
    ParentsBoardArrangementAdopted,
    PartyResolutionAdopted,
    PersonRegime,
    ProfileChanged,
    ProtectionForceEstablished,
    Rating,
    RecognitionDecided,
    ResolutionForm,
    RuleTopic,
    SecurityPlanAdopted,
    SocialEvilCaseIdentified,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    SubjectKind,
    SubjectRegistered,
    SubUnitEstablished,
    SubUnitKind,
    UnknownSubject,
)

from .base import (
    ASSESSOR,
    CLAUSE,
    DAY,
    FACT_ID,
    PROVINCE,
    RECORDED_BY,
    REGISTERED_ON,
    Spec,
    Unit,
    by_label,
    step_re,
    vn_date,
)
from .forces import COUNCIL, RESULT, REVIEW_BODY, _rated

# --- the nouns of the feature text ---------------------------------------------------------------

_KINDS: dict[str, SubjectKind] = {
    "khu dân cư": SubjectKind.RESIDENTIAL_AREA,
    "chi bộ": SubjectKind.RESIDENTIAL_AREA,
    "xã": SubjectKind.COMMUNE,
    "phường": SubjectKind.COMMUNE,
    "Ủy ban nhân dân xã": SubjectKind.COMMUNE,
    "Ủy ban nhân dân phường": SubjectKind.COMMUNE,
    "Đảng ủy xã": SubjectKind.COMMUNE,
    "Đảng ủy phường": SubjectKind.COMMUNE,
    "Công an xã": SubjectKind.COMMUNE,
    "Công an phường": SubjectKind.COMMUNE,
    "cơ sở giáo dục": SubjectKind.EDUCATIONAL_INSTITUTION,
    "doanh nghiệp": SubjectKind.ENTERPRISE,
    "cơ quan": SubjectKind.AGENCY,
}
"""Who a sentence is about, and the kind of subject the current unit must then be."""


def _is(spec: Spec, noun: str) -> Unit:
    """The current unit, after checking that ``noun`` fits its kind."""
    unit = spec.current()
    wanted = _KINDS[noun]
    if unit.kind is not wanted:
        raise AssertionError(f"the unit {unit.subject} is a {unit.kind.label_vi}, not '{noun}'")
    return unit


def _profile(spec: Spec, subject: str) -> SubjectRegistered:
    try:
        first = spec.ledger.facts(subject)[0].data
    except UnknownSubject:
        raise AssertionError(f"no subject {subject!r} registered in this scenario") from None
    assert isinstance(first, SubjectRegistered)
    return first


def _exists(spec: Spec, subject: str) -> bool:
    try:
        spec.ledger.facts(subject)
    except UnknownSubject:
        return False
    return True


def _record_on(spec: Spec, subject: str, data: FactData, day: date, fact_id: str) -> None:
    """A fact of another subject than the current one (the units on a commune's territory)."""
    spec.ledger.record(subject, data, occurred_on=day, recorded_by=RECORDED_BY, id=fact_id)


# --- Given: an educational institution; a unit on a commune's territory ------------------------

LEARNERS = r"(?P<learners>\d+) người học"
STAFF_OF_SCHOOL = r"(?P<headcount>\d+) cán bộ, công nhân viên, người lao động, người dạy"


@given(
    step_re(
        r'cơ sở giáo dục "(?P<name>[^"]+)" có mã "(?P<subject>[^"]+)", '
        r'cấp học (?P<levels>"[^"]+"(?:, "[^"]+")*), (?P<party>có|không có) tổ chức Đảng, '
        rf"{STAFF_OF_SCHOOL} và {LEARNERS}"
    )
)
def school_registered(
    spec: Spec, name: str, subject: str, levels: str, party: str, headcount: str, learners: str
) -> None:
    """cơ sở giáo dục "Trường …" có mã "1123456" (a 7-digit budget code or a tax code), cấp học
    "trung học cơ sở"[, "…"], có tổ chức Đảng, 62 cán bộ, công nhân viên, người lao động, người
    dạy và 850 người học (TT124.D2.K4; the levels decide the scope, TT124.D1.K2.b)."""
    data = SubjectRegistered(
        kind=SubjectKind.EDUCATIONAL_INSTITUTION,
        name=name,
        has_party_organisation=party == "có",
        province=PROVINCE,
        headcount=int(headcount),
        education_levels=frozenset(
            by_label(EducationLevel, level) for level in re.findall(r'"([^"]+)"', levels)
        ),
        learners=int(learners),
    )
    spec.ledger.register(
        subject, data, occurred_on=REGISTERED_ON, recorded_by=RECORDED_BY, id=f"dang-ky-{subject}"
    )
    spec.unit = Unit(
        subject=subject,
        kind=SubjectKind.EDUCATIONAL_INSTITUTION,
        has_party_organisation=party == "có",
        headcount=int(headcount),
    )


LEVEL = r"(?P<level>UBND cấp xã|UBND cấp huyện|UBND cấp tỉnh|Bộ Công an)"


@given(
    step_re(
        r"(?P<noun>doanh nghiệp|cơ quan|cơ sở giáo dục) đóng trên địa bàn "
        r"(?P<commune>(?:xã|phường) [^(]+?) \(mã (?P<code>\d{5})\), do "
        rf"{LEVEL} quản lý"
    )
)
def on_commune_territory(spec: Spec, noun: str, commune: str, code: str, level: str) -> None:
    """The unit is on the territory of the commune with that 5-digit code and is managed (or,
    by delegation, recognised) at that level, from its registration: ``commune_code`` and
    ``managed_by`` (TT124.D5.K4 counts it when the level is the commune's)."""
    _is(spec, noun)
    spec.record(
        ProfileChanged(
            commune=commune.capitalize(),
            commune_code=code,
            managed_by=by_label(AuthorityLevel, level),
        ),
        REGISTERED_ON,
        spec.fact_id(None, "dia-ban"),
    )


@given(
    step_re(
        r"đơn vị đang xét là (?P<noun>khu dân cư|xã|phường|doanh nghiệp|cơ quan|cơ sở giáo dục) "
        r'có mã(?: số thuế)? "(?P<subject>[^"]+)"'
    )
)
def current_subject(spec: Spec, noun: str, subject: str) -> None:
    """Make a subject registered earlier in the scenario the current unit again."""
    registered = _profile(spec, subject)
    if registered.kind is not _KINDS[noun]:
        raise AssertionError(f"{subject} is a {registered.kind.label_vi}, not '{noun}'")
    spec.unit = Unit(
        subject=subject,
        kind=registered.kind,
        has_party_organisation=registered.has_party_organisation,
        headcount=registered.headcount,
    )


# --- Given: a compliant year (Art. 4, 5, 7) ----------------------------------------------------

AREA_HOUSEHOLDS = 120
"""The households residing in a residential area of a compliant year (all of them register)."""
FIGURES = (3, 2, 6)
"""Crimes, social evils and other violations on a territory, the same every year (held)."""
FIGURES_SOURCE = "Báo cáo của Công an cấp xã"
COMMUNE_MODEL = "Tổ tự quản về an ninh, trật tự"
SCHOOL_MODEL = "Tổ tự quản an ninh, trật tự trường học"
PARENTS_BOARD = "Quy chế phối hợp giữa nhà trường và Ban Đại diện cha mẹ học sinh"
SCHOOL_TOPICS = (
    RuleTopic.INSTITUTION_PROTECTION,
    RuleTopic.INTERNAL_POLITICAL_SECURITY,
    RuleTopic.LEARNER_MANAGEMENT,
    RuleTopic.FIRE_PREVENTION,
)
"""The four topics of a school's internal rules (TT124.D7.K1.p2)."""
SCHOOL_SUB_UNITS = (
    ("to-toan-tin", "Tổ Toán - Tin", SubUnitKind.TO_CHUYEN_MON),
    ("to-ngu-van", "Tổ Ngữ văn", SubUnitKind.TO_CHUYEN_MON),
    ("to-khoa-hoc-tu-nhien", "Tổ Khoa học tự nhiên", SubUnitKind.TO_CHUYEN_MON),
    ("to-van-phong", "Tổ Văn phòng", SubUnitKind.TO),
)
"""A school's four directly subordinate units (three subject groups and the office)."""
GRASSROOTS = "lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở"
GRASSROOTS_RATER = "Ủy ban nhân dân cấp xã"
"""The grassroots security force (TT124.D4.K5) and who rates it in the scenarios."""
COMPLIANT_AREAS = (5, 4)
"""A commune's compliant year: five residential areas registered, four of them recognised."""


def _figures(spec: Spec, year: int, day: date) -> None:
    crimes, evils, others = FIGURES
    spec.record(
        CrimeFiguresReported(
            year=year,
            crimes=crimes,
            social_evils=evils,
            other_violations=others,
            source=FIGURES_SOURCE,
        ),
        day,
        f"so-lieu-{year}",
    )


def _resolution(spec: Spec, year: int) -> None:
    spec.record(
        PartyResolutionAdopted(year=year, form=ResolutionForm.DEDICATED),
        date(year, 1, 15),
        f"nghi-quyet-{year}",
    )


def _registration(spec: Spec, year: int) -> None:
    spec.record(StandardRegistrationFiled(year=year), date(year, 2, 20), f"dang-ky-phan-dau-{year}")


def _plan(spec: Spec, year: int) -> None:
    spec.record(SecurityPlanAdopted(year=year), date(year, 2, 15), f"ke-hoach-{year}")


def _standing_model(spec: Spec, year: int, name: str) -> str:
    model = spec.model_ref(name)
    if model is None:  # a standing fact: recorded once per unit
        model = "mo-hinh-tu-quan"
        spec.record(
            MovementModelEstablished(model=model, name=name), date(year, 1, 10), "mo-hinh-tu-quan"
        )
    return model


def _effective_model(spec: Spec, year: int, name: str) -> None:
    spec.record(
        MovementModelAssessed(
            model=_standing_model(spec, year, name), effective=True, assessed_by=ASSESSOR
        ),
        date(year, 10, 20),
        f"danh-gia-mo-hinh-{year}",
    )


def _area_k1_p1(spec: Spec, year: int) -> None:
    if spec.current().has_party_organisation:
        _resolution(spec, year)
    _registration(spec, year)


def _area_k1_p2(spec: Spec, year: int) -> None:
    spec.record(
        HouseholdsCounted(year=year, residing=AREA_HOUSEHOLDS, registered=AREA_HOUSEHOLDS),
        date(year, 2, 25),
        f"so-ho-{year}",
    )


def _area_k4_a(spec: Spec, year: int) -> None:
    for y in (year - 1, year):
        _figures(spec, y, date(y, 10, 31))


def _area_k5(spec: Spec, year: int) -> None:
    spec.record(
        EmulationRated(
            year=year - 1,
            collective=Collective.GRASSROOTS_FORCE,
            rating=Rating.GOOD,
            decided_by=GRASSROOTS_RATER,
        ),
        date(year - 1, 12, 20),
        f"danh-gia-luc-luong-co-so-{year - 1}",
    )


def _commune_k1_p2(spec: Spec, year: int) -> None:
    _plan(spec, year)
    _registration(spec, year)


def _commune_k2(spec: Spec, year: int) -> None:
    for y in (year - 1, year):
        _figures(spec, y, date(y, 11, 15))


def _commune_k4(spec: Spec, year: int) -> None:
    count, recognised = COMPLIANT_AREAS
    _areas_of(spec, count, registered=year, recognised=(recognised, date(year, 11, 10)))


def _school_k1_p1(spec: Spec, year: int) -> None:
    if spec.current().has_party_organisation:
        _resolution(spec, year)
    _plan(spec, year)
    _registration(spec, year)


def _school_k1_p2(spec: Spec, year: int) -> None:
    in_force = {
        t
        for f in spec.effective(InternalRuleIssued)
        if isinstance(f.data, InternalRuleIssued)
        for t in f.data.topics
    }
    for topic in SCHOOL_TOPICS:
        if topic not in in_force:  # a standing fact: recorded once per unit
            spec.record(
                InternalRuleIssued(title=f"Nội quy về {topic.label_vi}", topics=frozenset({topic})),
                date(year, 1, 5),
                _rule_id(topic),
            )


def _everyone(spec: Spec) -> int:
    """The school's staff and teachers plus its learners (the registration's figures)."""
    registered = _profile(spec, spec.current().subject)
    return registered.headcount + (registered.learners or 0)


def _school_k1_p3(spec: Spec, year: int) -> None:
    spec.record(
        BriefingHeld(
            topics=frozenset(SCHOOL_TOPICS), criteria_briefed=True, staff_reached=_everyone(spec)
        ),
        date(year, 9, 10),
        f"pho-bien-{year}",
    )


def _school_k2(spec: Spec, year: int) -> None:
    levels = _profile(spec, spec.current().subject).education_levels
    if levels & GENERAL_EDUCATION and not spec.effective(ParentsBoardArrangementAdopted):
        spec.record(
            ParentsBoardArrangementAdopted(title=PARENTS_BOARD),
            date(year, 1, 15),
            "phoi-hop-ban-dai-dien",
        )


def _school_k5(spec: Spec, year: int) -> None:
    if not spec.effective(ProtectionForceEstablished):  # a standing fact
        spec.record(ProtectionForceEstablished(members=3), date(year, 1, 5), "luc-luong-bao-ve")
    spec.record(
        EmulationRated(
            year=year, collective=Collective.GUARD_FORCE, rating=Rating.GOOD, decided_by=COUNCIL
        ),
        date(year, 6, 25),
        f"thi-dua-luc-luong-bao-ve-{year}",
    )


def _school_k6(spec: Spec, year: int) -> None:
    known = {
        f.data.sub_unit
        for f in spec.effective(SubUnitEstablished)
        if isinstance(f.data, SubUnitEstablished)
    }
    for ref, name, kind in SCHOOL_SUB_UNITS:
        if ref not in known:
            spec.record(
                SubUnitEstablished(sub_unit=ref, name=name, sub_unit_kind=kind),
                date(year - 1, 8, 1),
                f"dau-moi-{ref}",
            )
        spec.record(
            EmulationRated(
                year=year,
                collective=Collective.SUB_UNIT,
                sub_unit=ref,
                title=EmulationTitle.ADVANCED,
                decided_by=COUNCIL,
            ),
            date(year, 6, 25),
            f"thi-dua-{ref}-{year}",
        )


COMPLIANT: dict[SubjectKind, dict[str, Callable[[Spec, int], None]]] = {
    SubjectKind.RESIDENTIAL_AREA: {
        "TT124.D4.K1.p1": _area_k1_p1,
        "TT124.D4.K1.p2": _area_k1_p2,
        "TT124.D4.K4.a": _area_k4_a,
        "TT124.D4.K5": _area_k5,
    },
    SubjectKind.COMMUNE: {
        "TT124.D5.K1.p1": _resolution,
        "TT124.D5.K1.p2": _commune_k1_p2,
        "TT124.D5.K1.p3": lambda spec, year: _effective_model(spec, year, COMMUNE_MODEL),
        "TT124.D5.K2": _commune_k2,
        "TT124.D5.K4": _commune_k4,
    },
    SubjectKind.EDUCATIONAL_INSTITUTION: {
        "TT124.D7.K1.p1": _school_k1_p1,
        "TT124.D7.K1.p2": _school_k1_p2,
        "TT124.D7.K1.p3": _school_k1_p3,
        "TT124.D7.K1.p4": lambda spec, year: _effective_model(spec, year, SCHOOL_MODEL),
        "TT124.D7.K2": _school_k2,
        "TT124.D7.K5": _school_k5,
        "TT124.D7.K6": _school_k6,
    },
}
"""What "khu dân cư / xã / phường / cơ sở giáo dục đáp ứng đầy đủ các tiêu chí năm Y" records,
per clause (features/README.md lists the facts). The other clauses rest on no fact: the lists of
Art. 4 cl. 3-4 and Art. 7 cl. 3-4 are met by the absence of incidents, offences and cases, and
the clauses left to the review body's judgement (TT124.D4.K2, D4.K4.c, D5.K3, D7.K2's first
half) by the absence of a contrary assessment once the window has closed."""


@given(
    step_re(
        r"(?P<noun>khu dân cư|xã|phường|cơ sở giáo dục) đáp ứng đầy đủ các tiêu chí năm "
        r'(?P<year>\d{4})(?:, trừ tiêu chí "(?P<omitted>[^"]+)")?'
    )
)
def compliant_year(spec: Spec, noun: str, year: str, omitted: str | None) -> None:
    unit = _is(spec, noun)
    builders = COMPLIANT[unit.kind]
    if omitted is not None and omitted not in builders:
        raise AssertionError(
            f"'trừ tiêu chí {omitted}': for a {unit.kind.label_vi} only these criteria rest on "
            "recorded facts: " + ", ".join(builders)
        )
    for clause_id, record_facts in builders.items():
        if clause_id != omitted:
            record_facts(spec, int(year))


# --- Given: the year's opening acts (Art. 4, 5, 7 cl. 1) -----------------------------------------


@given(
    step_re(
        r"(?P<body>chi bộ|Đảng ủy xã|Đảng ủy phường) đã ban hành nghị quyết về công tác bảo đảm "
        rf"an ninh, trật tự năm (?P<year>\d{{4}}) {DAY}{FACT_ID}"
    )
)
def cell_resolution(spec: Spec, body: str, year: str, day: str, fact_id: str | None) -> None:
    """The Party cell of a residential area (TT124.D4.K1.p1), or the commune's Party committee
    (TT124.D5.K1.p1), adopted its resolution on security and order for year Y on D."""
    _is(spec, body)
    spec.record(
        PartyResolutionAdopted(year=int(year), form=ResolutionForm.DEDICATED),
        vn_date(day),
        spec.fact_id(fact_id, "nghi-quyet"),
    )


OPENER = r"(?P<noun>khu dân cư|Ủy ban nhân dân xã|Ủy ban nhân dân phường|cơ sở giáo dục)"


@given(
    step_re(rf"{OPENER} đã đăng ký phấn đấu đạt tiêu chuẩn năm (?P<year>\d{{4}}) {DAY}{FACT_ID}")
)
def standard_registration(spec: Spec, noun: str, year: str, day: str, fact_id: str | None) -> None:
    _is(spec, noun)
    spec.record(
        StandardRegistrationFiled(year=int(year)),
        vn_date(day),
        spec.fact_id(fact_id, "dang-ky-phan-dau"),
    )


@given(
    step_re(
        rf"{OPENER} đã ban hành kế hoạch bảo đảm an ninh, trật tự năm (?P<year>\d{{4}}) "
        rf"{DAY}{FACT_ID}"
    )
)
def security_plan(spec: Spec, noun: str, year: str, day: str, fact_id: str | None) -> None:
    if _is(spec, noun).kind is SubjectKind.RESIDENTIAL_AREA:
        raise AssertionError("Art. 4 asks no security-and-order plan of a residential area")
    spec.record(
        SecurityPlanAdopted(year=int(year)), vn_date(day), spec.fact_id(fact_id, "ke-hoach")
    )


@given(
    step_re(
        r"(?P<noun>khu dân cư|xã|phường|cơ sở giáo dục) đã xây dựng mô hình "
        rf'"(?P<name>[^"]+)" {DAY}{FACT_ID}'
    )
)
def model_built(spec: Spec, noun: str, name: str, day: str, fact_id: str | None) -> None:
    """A model of the all-people movement (TT124.D5.K1.p3, D7.K1.p4); its assessment and
    dissolution are the steps of ``steps/year.py`` (``mô hình "TÊN" được … đánh giá …``)."""
    _is(spec, noun)
    if spec.model_ref(name) is not None:
        raise AssertionError(f'a model named "{name}" already exists for this unit')
    new_id = spec.fact_id(fact_id, "mo-hinh")
    spec.record(MovementModelEstablished(model=f"ref-{new_id}", name=name), vn_date(day), new_id)


# --- Given: a residential area's households, a territory's figures and cases -------------------


@given(
    step_re(
        r"khu dân cư có (?P<residing>\d+) hộ gia đình đang cư trú, (?P<registered>\d+) hộ đã đăng "
        rf"ký tham gia năm (?P<year>\d{{4}}), theo số liệu {DAY}{FACT_ID}"
    )
)
def households(
    spec: Spec, residing: str, registered: str, year: str, day: str, fact_id: str | None
) -> None:
    """The households residing in the area and those registered to take part in building a
    safe area for year Y, counted on D (TT124.D4.K1.p2)."""
    _is(spec, "khu dân cư")
    spec.record(
        HouseholdsCounted(year=int(year), residing=int(residing), registered=int(registered)),
        vn_date(day),
        spec.fact_id(fact_id, "so-ho"),
    )


@given(
    step_re(
        r"số liệu năm (?P<year>\d{4}) trên địa bàn: (?P<crimes>\d+) vụ tội phạm, "
        r"(?P<evils>\d+) vụ tệ nạn xã hội, (?P<others>\d+) vụ vi phạm pháp luật khác, "
        rf"báo cáo {DAY}{FACT_ID}"
    )
)
def crime_figures(
    spec: Spec,
    year: str,
    crimes: str,
    evils: str,
    others: str,
    day: str,
    fact_id: str | None,
) -> None:
    """The counts of evaluation year Y on the area's or commune's territory, reported on D
    (TT124.D4.K4.a; TT124.D5.K2 through Art. 4 cl. 4.a)."""
    spec.record(
        CrimeFiguresReported(
            year=int(year),
            crimes=int(crimes),
            social_evils=int(evils),
            other_violations=int(others),
            source=FIGURES_SOURCE,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "so-lieu"),
    )


@given(step_re(rf'phát sinh tụ điểm phức tạp về trật tự xã hội "(?P<what>[^"]+)" {DAY}{FACT_ID}'))
def hotspot(spec: Spec, what: str, day: str, fact_id: str | None) -> None:
    """A new complex social-order hotspot, first identified on D (TT124.D4.K4.c)."""
    spec.record(HotspotIdentified(description=what), vn_date(day), spec.fact_id(fact_id, "tu-diem"))


@given(step_re(rf'phát sinh người mắc tệ nạn xã hội "(?P<person>[^"]+)" {DAY}{FACT_ID}'))
def social_evil_case(spec: Spec, person: str, day: str, fact_id: str | None) -> None:
    """A new person with a social evil on the territory, first identified on D (pseudonymous
    reference; TT124.D4.K4.c)."""
    spec.record(
        SocialEvilCaseIdentified(person_ref=person),
        vn_date(day),
        spec.fact_id(fact_id, "nguoi-mac-te-nan"),
    )


@given(
    step_re(
        r"hội nghị đánh giá kết luận (?P<who>khu dân cư|xã|phường|Công an xã|Công an phường|cơ sở "
        r"giáo dục) (?P<outcome>đã|chưa) thực hiện (?:đầy đủ|có hiệu quả) "
        rf'{CLAUSE} năm (?P<year>\d{{4}}) {DAY}: "(?P<note>[^"]+)"{FACT_ID}'
    )
)
def clause_assessed(
    spec: Spec,
    who: str,
    outcome: str,
    clause: str,
    year: str,
    day: str,
    note: str,
    fact_id: str | None,
) -> None:
    """The review body's finding on a clause the text leaves to its judgement, for a residential
    area, a commune (or its police) or a school (TT124.D4.K2, D4.K4.c, D5.K2, D5.K3, D7.K2)."""
    _is(spec, who)
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


# --- Given: the grassroots force and the commune police (Art. 4 cl. 5, Art. 5 cl. 3) -----------


@given(
    step_re(
        rf'{GRASSROOTS} có kết quả đánh giá "(?P<result>[^"]+)" năm (?P<year>\d{{4}}), '
        rf"quyết định {DAY}{FACT_ID}"
    )
)
def grassroots_rated(spec: Spec, result: str, year: str, day: str, fact_id: str | None) -> None:
    """The grassroots security force's rating for year Y, decided on D (TT124.D4.K5)."""
    rated = _rated(int(year), Collective.GRASSROOTS_FORCE, None, result)
    spec.record(
        EmulationRated(
            year=rated.year,
            collective=rated.collective,
            title=rated.title,
            rating=rated.rating,
            decided_by=GRASSROOTS_RATER,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "danh-gia-luc-luong-co-so"),
    )


@given(
    step_re(
        r'(?:thành viên "(?P<member>[^"]+)" của lực lượng tham gia bảo đảm an ninh, trật tự ở cơ '
        r'sở|cán bộ, chiến sĩ "(?P<officer>[^"]+)" của Công an (?:xã|phường)) '
        rf'bị kỷ luật "(?P<form>[^"]+)" {DAY}{FACT_ID}'
    )
)
def force_member_disciplined(
    spec: Spec, member: str | None, officer: str | None, form: str, day: str, fact_id: str | None
) -> None:
    """A member of the grassroots force (TT124.D4.K5; regime "khác") or an officer of the
    commune police (TT124.D5.K3; regime of the People's Police) disciplined on D, for a
    violation."""
    police = officer is not None
    person = officer if officer is not None else member
    assert person is not None  # the sentence names one or the other
    spec.record(
        DisciplineDecided(
            person_ref=person,
            regime=PersonRegime.POLICE_OFFICER if police else PersonRegime.OTHER,
            form=by_label(DisciplineForm, form),
            reason=DisciplineReason.VIOLATION,
            collective=Collective.COMMUNE_POLICE if police else Collective.GRASSROOTS_FORCE,
            decided_by="Công an tỉnh Trà Vinh" if police else GRASSROOTS_RATER,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "ky-luat"),
    )


# --- Given: the units a commune manages (Art. 5 cl. 4) ------------------------------------------


def _areas_of(
    spec: Spec,
    count: int,
    *,
    registered: int | None,
    recognised: tuple[int, date] | None,
) -> None:
    """``count`` more residential areas on the current commune's territory (numbered after those
    already there), registered for year ``registered`` (or not), the first ``recognised[0]`` of
    them recognised by the commune People's Committee on ``recognised[1]``."""
    commune = _is_commune(spec)
    profile = _profile(spec, commune)
    local = LocalType.KHOM if profile.commune_type is CommuneType.PHUONG else LocalType.AP
    number = 1
    while _exists(spec, f"{commune}-KDC{number:02d}"):
        number += 1
    for index in range(count):
        subject = f"{commune}-KDC{number + index:02d}"
        name = f"{local.label_vi.capitalize()} {number + index}"
        spec.ledger.register(
            subject,
            SubjectRegistered(
                kind=SubjectKind.RESIDENTIAL_AREA,
                name=name,
                local_type=local,
                commune=profile.name,
                has_party_organisation=True,
                province=PROVINCE,
            ),
            occurred_on=REGISTERED_ON,
            recorded_by=RECORDED_BY,
            id=f"dang-ky-{subject}",
        )
        if registered is not None:
            _record_on(
                spec,
                subject,
                StandardRegistrationFiled(year=registered),
                date(registered, 2, 20),
                f"dang-ky-phan-dau-{registered}",
            )
        if recognised is not None and index < recognised[0]:
            year = registered if registered is not None else recognised[1].year
            _record_on(
                spec,
                subject,
                RecognitionDecided(
                    year=year,
                    authority_level=AuthorityLevel.COMMUNE,
                    authority=f"UBND {profile.name}",
                    decision_number=f"{number + index}/QĐ-UBND",
                    outcome=DecisionOutcome.RECOGNISED,
                    certificate_number=f"{number + index}/GCN-UBND",
                ),
                recognised[1],
                f"cong-nhan-{year}",
            )


def _is_commune(spec: Spec) -> str:
    unit = spec.current()
    if unit.kind is not SubjectKind.COMMUNE:
        raise AssertionError(f"the unit {unit.subject} is a {unit.kind.label_vi}, not a commune")
    return unit.subject


@given(
    step_re(
        r"trên địa bàn (?:xã|phường) có (?P<count>\d+) khu dân cư (?P<done>đã|chưa) đăng ký "
        r"phấn đấu năm (?P<year>\d{4})"
        rf"(?:, trong đó (?P<recognised>\d+) khu dân cư được công nhận {DAY})?"
    )
)
def commune_areas(
    spec: Spec, count: str, done: str, year: str, recognised: str | None, day: str | None
) -> None:
    """N residential areas of the current commune (``<mã xã>-KDC01`` …, "Khóm 1" … in a phường,
    "Ấp 1" … in a xã), each registered for year Y on 20/02/Y (or not), the first M of them
    recognised by the commune People's Committee on D (TT124.D5.K4). The commune stays the
    current unit."""
    if recognised is not None and int(recognised) > int(count):
        raise AssertionError(f"{recognised} of {count} areas cannot be recognised")
    _areas_of(
        spec,
        int(count),
        registered=int(year) if done == "đã" else None,
        recognised=(int(recognised), vn_date(day)) if recognised and day else None,
    )


# --- Given: an educational institution's facts (Art. 7) -----------------------------------------


def _rule_id(topic: RuleTopic) -> str:
    return f"noi-quy-{topic.value.replace('_', '-')}"


@given(step_re(rf"cơ sở giáo dục đã ban hành nội quy, quy định về đủ bốn nội dung {DAY}"))
def school_rules(spec: Spec, day: str) -> None:
    """One internal rule per topic of TT124.D7.K1.p2 (so that one can be repealed alone)."""
    _is(spec, "cơ sở giáo dục")
    for topic in SCHOOL_TOPICS:
        spec.record(
            InternalRuleIssued(title=f"Nội quy về {topic.label_vi}", topics=frozenset({topic})),
            vn_date(day),
            spec.fact_id(None, _rule_id(topic)),
        )


@given(step_re(rf'cơ sở giáo dục đã ban hành nội quy về "(?P<topic>[^"]+)" {DAY}{FACT_ID}'))
def school_rule(spec: Spec, topic: str, day: str, fact_id: str | None) -> None:
    _is(spec, "cơ sở giáo dục")
    wanted = by_label(RuleTopic, topic)
    spec.record(
        InternalRuleIssued(title=f"Nội quy về {wanted.label_vi}", topics=frozenset({wanted})),
        vn_date(day),
        spec.fact_id(fact_id, f"{_rule_id(wanted)}-moi"),
    )


@given(
    step_re(
        r"cơ sở giáo dục đã phổ biến, quán triệt (?P<content>nội quy, quy định và tiêu chí|nội "
        rf"quy, quy định|tiêu chí) cho (?P<reached>\d+) người {DAY}{FACT_ID}"
    )
)
def school_briefing(spec: Spec, content: str, reached: str, day: str, fact_id: str | None) -> None:
    """A briefing reaching N people (staff, teachers and learners together) on the four rule
    topics and / or the criteria of a safe institution (TT124.D7.K1.p3)."""
    _is(spec, "cơ sở giáo dục")
    spec.record(
        BriefingHeld(
            topics=frozenset(SCHOOL_TOPICS) if "nội quy" in content else frozenset(),
            criteria_briefed="tiêu chí" in content,
            staff_reached=int(reached),
        ),
        vn_date(day),
        spec.fact_id(fact_id, "pho-bien"),
    )


@given(step_re(rf"cơ sở giáo dục có {LEARNERS} từ {DAY}{FACT_ID}"))
def learners_changed(spec: Spec, learners: str, day: str, fact_id: str | None) -> None:
    """The number of learners changes from D (a new school year's enrolment)."""
    _is(spec, "cơ sở giáo dục")
    spec.record(
        ProfileChanged(learners=int(learners)), vn_date(day), spec.fact_id(fact_id, "so-nguoi-hoc")
    )


@given(
    step_re(
        r"cơ sở giáo dục đã có hình thức phối hợp với Ban Đại diện cha mẹ học sinh trong quản lý "
        rf'học sinh: "(?P<title>[^"]+)" {DAY}{FACT_ID}'
    )
)
def parents_board(spec: Spec, title: str, day: str, fact_id: str | None) -> None:
    """The school's arrangement with the parents' representative board for managing pupils
    (TT124.D7.K2, general-education levels)."""
    _is(spec, "cơ sở giáo dục")
    spec.record(
        ParentsBoardArrangementAdopted(title=title),
        vn_date(day),
        spec.fact_id(fact_id, "phoi-hop-ban-dai-dien"),
    )


@given(step_re(rf"cơ sở giáo dục đã thành lập lực lượng bảo vệ gồm (?P<members>\d+) người {DAY}"))
def school_guard_force(spec: Spec, members: str, day: str) -> None:
    _is(spec, "cơ sở giáo dục")
    spec.record(
        ProtectionForceEstablished(members=int(members)),
        vn_date(day),
        spec.fact_id(None, "luc-luong-bao-ve"),
    )


SCHOOL_YEAR = r"năm học (?P<first>\d{4})-(?P<year>\d{4})"
"""A school year, e.g. "năm học 2023-2024": the emulation year of a school ends in its second
year (the rating of evaluation year 2024 is the one of the school year 2023-2024)."""


def _school_year(first: str, year: str) -> int:
    if int(year) != int(first) + 1:
        raise AssertionError(f"'năm học {first}-{year}' is not a school year")
    return int(year)


@given(step_re(rf"lực lượng bảo vệ {RESULT} {SCHOOL_YEAR}, quyết định {DAY}{FACT_ID}"))
def guard_force_rated_school_year(
    spec: Spec,
    result: str | None,
    ineligible: str | None,
    first: str,
    year: str,
    day: str,
    fact_id: str | None,
) -> None:
    _is(spec, "cơ sở giáo dục")
    spec.record(
        _rated(_school_year(first, year), Collective.GUARD_FORCE, None, result),
        vn_date(day),
        spec.fact_id(fact_id, "thi-dua-luc-luong-bao-ve"),
    )


@given(step_re(rf"cơ sở giáo dục có (?P<count>\d+) tổ chuyên môn từ {DAY}"))
def subject_groups(spec: Spec, count: str, day: str) -> None:
    """N subject groups "Tổ chuyên môn 1" … (tổ chuyên môn: directly subordinate units of a
    school, TT124.D7.K6), numbered after those already recorded."""
    _is(spec, "cơ sở giáo dục")
    start = len(spec.effective(SubUnitEstablished))
    for number in range(start + 1, start + int(count) + 1):
        spec.record(
            SubUnitEstablished(
                sub_unit=f"tcm-{number:02d}",
                name=f"Tổ chuyên môn {number}",
                sub_unit_kind=SubUnitKind.TO_CHUYEN_MON,
            ),
            vn_date(day),
            f"dau-moi-tcm-{number:02d}",
        )


@given(step_re(rf"(?P<count>\d+) đầu mối trực thuộc {RESULT} {SCHOOL_YEAR}, quyết định {DAY}"))
def sub_units_rated_school_year(
    spec: Spec,
    count: str,
    result: str | None,
    ineligible: str | None,
    first: str,
    year: str,
    day: str,
) -> None:
    """Rates the next N sub-units (in order) that have no result for the school year yet."""
    _is(spec, "cơ sở giáo dục")
    emulation_year = _school_year(first, year)
    done = {
        f.data.sub_unit
        for f in spec.effective(EmulationRated)
        if isinstance(f.data, EmulationRated) and f.data.year == emulation_year
    }
    waiting = [
        f.data
        for f in spec.effective(SubUnitEstablished)
        if isinstance(f.data, SubUnitEstablished) and f.data.sub_unit not in done
    ]
    if len(waiting) < int(count):
        raise AssertionError(f"only {len(waiting)} sub-units have no result for {year} yet")
    for unit in waiting[: int(count)]:
        spec.record(
            _rated(emulation_year, Collective.SUB_UNIT, unit.sub_unit, result),
            vn_date(day),
            spec.fact_id(None, f"thi-dua-{unit.sub_unit}-{year}"),
        )


@given(
    step_re(
        r'(?P<who>người học|người dạy) "(?P<person>[^"]+)" (?P<stage>bị khởi tố|bị kết án) '
        rf"{DAY}{FACT_ID}"
    )
)
def school_offence(
    spec: Spec, who: str, person: str, stage: str, day: str, fact_id: str | None
) -> None:
    """A learner or a teacher prosecuted (khởi tố bị can) or convicted on D (TT124.D7.K4;
    pseudonymous reference). Staff: ``cán bộ|người lao động "…" bị khởi tố …`` of
    ``steps/incidents.py``."""
    _is(spec, "cơ sở giáo dục")
    spec.record(
        StaffOffenceRecorded(staff_ref=person, stage=by_label(OffenceStage, stage)),
        vn_date(day),
        spec.fact_id(fact_id, "vi-pham"),
    )


@given(
    step_re(
        r'người học "(?P<person>[^"]+)" (?P<social_evil>mắc tệ nạn xã hội, )?'
        rf'bị kỷ luật "(?P<form>[^"]+)" {DAY}{FACT_ID}'
    )
)
def learner_disciplined(
    spec: Spec, person: str, social_evil: str | None, form: str, day: str, fact_id: str | None
) -> None:
    """A learner disciplined on D under the learners' ladder (``discipline.toml``), for a social
    evil or another violation (TT124.D7.K4)."""
    _is(spec, "cơ sở giáo dục")
    spec.record(
        DisciplineDecided(
            person_ref=person,
            regime=PersonRegime.LEARNER,
            form=by_label(DisciplineForm, form),
            reason=DisciplineReason.SOCIAL_EVIL if social_evil else DisciplineReason.VIOLATION,
            decided_by="Hiệu trưởng",
        ),
        vn_date(day),
        spec.fact_id(fact_id, "ky-luat"),
    )
