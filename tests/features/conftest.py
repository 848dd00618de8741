"""The shared step vocabulary of the Vietnamese feature files in ``features/``.

Every sentence a feature file may use is defined here, once; ``features/README.md`` lists them
with their English meaning. Steps drive the public API only (``antq_compliance`` and the
``Ledger`` methods) through the ``ledger`` fixture of ``tests/conftest.py``, so every scenario
runs on SQLite and on PostgreSQL.

* Given (Biết / Cho / Và / Nhưng) = facts already in the log, each recorded with an explicit id.
* When (Khi) = the year is evaluated as of a business date ("as of" = end of that day), under
  the rule version in force for the year or, on demand, under a named one.
* Then (Thì / Và) = the status of a clause, the verdict, what explains them, the rule version
  used, or the error the evaluation raised.

Dates in the feature text are ``dd/mm/yyyy``. "Thông tư 23" / "Thông tư 124" name the rule
versions ``TT23`` / ``TT124`` (``Ledger.status(..., rulebook=...)``). "The unit" in a step is
the unit registered last in the scenario; its noun (doanh nghiệp / cơ quan / đơn vị) must fit
its kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Protocol, TypeVar

import pytest
from pytest_bdd import given, parsers, then, when

from antq_compliance import (
    AntqError,
    BriefingHeld,
    Context,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CoordinationForm,
    CoordinationParty,
    CriterionResult,
    EmulationCommitmentSigned,
    Fact,
    FactData,
    FactRetracted,
    FestivalDayHeld,
    Finding,
    IncidentCategory,
    IncidentOccurred,
    InternalRuleIssued,
    InternalRuleRepealed,
    Ledger,
    MovementModelAssessed,
    MovementModelDissolved,
    MovementModelEstablished,
    OffenceStage,
    Ownership,
    PartyResolutionAdopted,
    ProfileChanged,
    ProtectionForceEstablished,
    ProvincialCriterion,
    ResolutionForm,
    RuleTopic,
    Sector,
    SecurityPlanAdopted,
    Severity,
    Size,
    SizeClass,
    SizeInputs,
    StaffOffenceRecorded,
    StandardRegistrationFiled,
    Status,
    SubjectKind,
    SubjectRegistered,
    Verdict,
    YearStatus,
    catalogue,
    met,
)

# --- constants of the specifications -----------------------------------------------------------

RECORDING_INSTANT = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
"""The fake clock's time for every scenario: after every business date the features use."""

RECORDED_BY = "Đặc tả TT124 (pytest-bdd)"
CIRCULAR = r"Thông tư (?P<circular>\d+)"
"""A rule version named in the feature text: "Thông tư 23" is ``TT23``, "Thông tư 124" ``TT124``."""
REGISTERED_ON = date(2020, 1, 1)
PROVINCE = "Trà Vinh"

STANDARD_NAME = "Điện lực Trà Vinh"
STANDARD_TAX_CODE = "2100000001"
STANDARD_HEADCOUNT = 420
"""The unit "một doanh nghiệp" (a standard enterprise): large, with a Party organisation."""

MODEL_NAME = "Câu lạc bộ Công nhân tự quản về an ninh, trật tự"
ASSESSOR = "Công an tỉnh Trà Vinh"

_VN = timezone(timedelta(hours=7))
_BILLION = 1_000_000_000

# The words of the feature text for a criterion's status and for the year's verdict.
CRITERION_WORDS: dict[str, Status] = {
    "đạt": Status.MET,
    "chưa đạt": Status.NOT_MET,
    "đang chờ": Status.PENDING,
    "không áp dụng": Status.NOT_APPLICABLE,
}
VERDICT_WORDS: dict[str, Verdict] = {
    "đạt": Verdict.ACHIEVED,
    "chưa đạt": Verdict.NOT_ACHIEVED,
    "đang chờ": Verdict.PENDING,
    "không áp dụng": Verdict.NOT_APPLICABLE,
}

# --- regular-expression pieces shared by the sentences ----------------------------------------

UNIT = r"(?P<noun>doanh nghiệp|cơ quan|đơn vị)"
STAFF = r"(?:người lao động|cán bộ, công chức, viên chức)"
DAY = r'ngày "(?P<day>[^"]+)"'
FACT_ID = r'(?:, mã dữ kiện "(?P<fact_id>[^"]+)")?'
CLAUSE = r'tiêu chí "(?P<clause>[^"]+)"'


def step_re(pattern: str) -> parsers.re:
    """A whole-sentence regular expression (pytest-bdd matches with ``fullmatch``)."""
    return parsers.re(pattern)


# --- parsing the feature text -----------------------------------------------------------------

_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def vn_date(text: str) -> date:
    """``dd/mm/yyyy`` → date. Anything else fails loudly."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"dates in the feature text are dd/mm/yyyy, got {text!r}")
    day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)


E = TypeVar("E", bound=Enum)


def by_label(kind: type[E], text: str) -> E:
    """The member of a labelled vocabulary whose Vietnamese label is ``text``."""
    choices: dict[str, E] = {getattr(m, "label_vi", str(m.value)): m for m in kind}
    try:
        return choices[text]
    except KeyError:
        allowed = ", ".join(f'"{c}"' for c in choices)
        raise ValueError(f"{text!r} is not a {kind.__name__}; use one of {allowed}") from None


def billions(text: str) -> int | None:
    """A table cell in billions of VND; blank or a dash means "not given"."""
    cleaned = text.strip()
    if cleaned in ("", "-", "—"):
        return None
    return int(cleaned) * _BILLION


# --- scenario state -----------------------------------------------------------------------------


class SettableClock(Protocol):
    """The ``clock`` fixture of ``tests/conftest.py`` (FakeClock), as these steps use it."""

    def __call__(self) -> datetime: ...

    def set(self, value: str | datetime) -> None: ...


@dataclass
class Unit:
    subject: str
    kind: SubjectKind
    has_party_organisation: bool
    headcount: int


@dataclass
class Evaluation:
    year: int
    as_of: date
    status: YearStatus
    rulebook: str | None = None
    """The instrument asked for ("theo Thông tư N"); None = the one in force for the year."""


@dataclass
class Spec:
    """What one scenario has done so far: the ledger, the current unit, the last evaluation."""

    ledger: Ledger
    today: date
    store: str
    clock: SettableClock
    unit: Unit | None = None
    evaluation: Evaluation | None = None
    error: AntqError | None = None
    """The error the last evaluation raised; a Then step must examine it."""
    error_checked: bool = False
    serial: int = 0
    opened: list[Ledger] = field(default_factory=list)
    """Ledgers a step reopened on the same store (another rulebook); closed at teardown."""

    def current(self, noun: str | None = None) -> Unit:
        if self.unit is None:
            raise AssertionError("no unit registered yet in this scenario (begin with 'Biết …')")
        if noun == "doanh nghiệp" and self.unit.kind is not SubjectKind.ENTERPRISE:
            raise AssertionError(f"the unit {self.unit.subject} is an agency, not 'doanh nghiệp'")
        if noun == "cơ quan" and self.unit.kind is not SubjectKind.AGENCY:
            raise AssertionError(f"the unit {self.unit.subject} is an enterprise, not 'cơ quan'")
        return self.unit

    def fact_id(self, given: str | None, prefix: str) -> str:
        if given:
            return given
        self.serial += 1
        return f"{prefix}-{self.serial:03d}"

    def record(
        self,
        data: FactData,
        day: date,
        fact_id: str,
        *,
        supersedes: str | None = None,
        reason: str | None = None,
    ) -> Fact:
        return self.ledger.record(
            self.current().subject,
            data,
            occurred_on=day,
            recorded_by=RECORDED_BY,
            id=fact_id,
            supersedes=supersedes,
            reason=reason,
        )

    def facts(self) -> list[Fact]:
        return self.ledger.facts(self.current().subject)

    def effective(self, cls: type[FactData]) -> list[Fact]:
        """The unit's facts of type ``cls`` not retracted, superseded or (rules) repealed."""
        facts = self.facts()
        gone = {f.data.target for f in facts if isinstance(f.data, FactRetracted)}
        gone |= {f.supersedes for f in facts if f.supersedes is not None}
        gone |= {f.data.rule for f in facts if isinstance(f.data, InternalRuleRepealed)}
        return [f for f in facts if isinstance(f.data, cls) and f.id not in gone]

    def model_ref(self, name: str) -> str | None:
        for fact in self.effective(MovementModelEstablished):
            assert isinstance(fact.data, MovementModelEstablished)
            if fact.data.name == name:
                return fact.data.model
        return None

    def last(self) -> Evaluation:
        if self.error is not None:
            self.error_checked = True  # reported here; not again at teardown
            raise AssertionError(f"the evaluation failed: {self.error!r}")
        if self.evaluation is None:
            raise AssertionError("no evaluation yet: a 'Khi đánh giá năm …' step must come first")
        return self.evaluation

    def result(self, clause_id: str) -> CriterionResult:
        return self.last().status.criterion(clause_id)


@pytest.fixture
def spec(ledger: Ledger, store: str, clock: SettableClock) -> Iterator[Spec]:
    """The scenario's state, on the parametrized ``ledger`` (SQLite, then PostgreSQL).

    An evaluation error that no Then step examined fails the scenario at teardown.
    """
    clock.set(RECORDING_INSTANT)
    state = Spec(ledger=ledger, today=clock().astimezone(_VN).date(), store=store, clock=clock)
    yield state
    for reopened in state.opened:
        reopened.close()
    if state.error is not None and not state.error_checked:
        pytest.fail(f"the evaluation failed and no step examined it: {state.error!r}")


# --- Given: the unit ----------------------------------------------------------------------------


def _register(
    spec: Spec,
    kind: SubjectKind,
    name: str,
    subject: str,
    *,
    size: Size | None,
    armed_forces: bool,
    party: bool,
    headcount: int,
) -> None:
    data = SubjectRegistered(
        kind=kind,
        name=name,
        ownership=Ownership.PRIVATE if kind is SubjectKind.ENTERPRISE else None,
        size=size,
        has_party_organisation=party,
        province=PROVINCE,
        headcount=headcount,
        armed_forces=armed_forces,
    )
    spec.ledger.register(
        subject, data, occurred_on=REGISTERED_ON, recorded_by=RECORDED_BY, id=f"dang-ky-{subject}"
    )
    spec.unit = Unit(subject=subject, kind=kind, has_party_organisation=party, headcount=headcount)


@given(
    step_re(
        r'(?P<kind>doanh nghiệp|cơ quan) "(?P<name>[^"]+)" có mã số thuế "(?P<subject>[^"]+)", '
        r'(?:quy mô "(?P<size>[^"]+)", )?(?P<armed>thuộc lực lượng vũ trang, )?'
        rf"(?P<party>có|không có) tổ chức Đảng, (?P<headcount>\d+) {STAFF}"
    )
)
def unit_registered(
    spec: Spec,
    kind: str,
    name: str,
    subject: str,
    size: str | None,
    armed: str | None,
    party: str,
    headcount: str,
) -> None:
    """doanh nghiệp "…" có mã số thuế "…", quy mô "lớn", có tổ chức Đảng, 420 người lao động."""
    subject_kind = SubjectKind.ENTERPRISE if kind == "doanh nghiệp" else SubjectKind.AGENCY
    if subject_kind is SubjectKind.ENTERPRISE and size is None:
        raise AssertionError('an enterprise needs its size: quy mô "siêu nhỏ|nhỏ|vừa|lớn"')
    _register(
        spec,
        subject_kind,
        name,
        subject,
        size=Size(declared=by_label(SizeClass, size)) if size is not None else None,
        armed_forces=armed is not None,
        party=party == "có",
        headcount=int(headcount),
    )


@given(
    step_re(
        r'doanh nghiệp "(?P<name>[^"]+)" có mã số thuế "(?P<subject>[^"]+)", quy mô xác định '
        r"theo Nghị định 80, (?P<party>có|không có) tổ chức Đảng, (?P<headcount>\d+) người lao "
        r"động, với số liệu:"
    )
)
def enterprise_registered_nd80(
    spec: Spec,
    name: str,
    subject: str,
    party: str,
    headcount: str,
    datatable: Sequence[Sequence[object]],
) -> None:
    """The ND80 figures come in a table: ngành | lao động tham gia BHXH | doanh thu năm (tỷ
    đồng) | tổng nguồn vốn (tỷ đồng)."""
    header = [str(cell) for cell in datatable[0]]
    expected = [
        "ngành",
        "lao động tham gia BHXH",
        "doanh thu năm (tỷ đồng)",
        "tổng nguồn vốn (tỷ đồng)",
    ]
    assert header == expected, f"ND80 table header must be {expected}, got {header}"
    assert len(datatable) == 2, "the ND80 table has exactly one row of figures"
    sector, employees, revenue, capital = (str(cell) for cell in datatable[1])
    inputs = SizeInputs(
        sector=by_label(Sector, sector),
        insured_employees=int(employees),
        annual_revenue_vnd=billions(revenue),
        capital_vnd=billions(capital),
    )
    _register(
        spec,
        SubjectKind.ENTERPRISE,
        name,
        subject,
        size=Size(inputs=inputs),
        armed_forces=False,
        party=party == "có",
        headcount=int(headcount),
    )


@given(step_re(rf"{UNIT} có (?P<headcount>\d+) {STAFF} từ {DAY}{FACT_ID}"))
def headcount_changed(spec: Spec, noun: str, headcount: str, day: str, fact_id: str | None) -> None:
    unit = spec.current(noun)
    spec.record(
        ProfileChanged(headcount=int(headcount)),
        vn_date(day),
        spec.fact_id(fact_id, "thay-doi-nhan-su"),
    )
    unit.headcount = int(headcount)


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


def _year_prov3(spec: Spec, year: int) -> None:
    if not spec.effective(ProtectionForceEstablished):  # a standing fact
        spec.record(ProtectionForceEstablished(members=12), date(year, 1, 5), "luc-luong-bao-ve")


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
        "TT124.D6.PROV3": _year_prov3,
    },
    "TT23": {
        "TT23.D7.K1": _tt23_k1,
        "TT23.D7.K2": _tt23_k2,
        "TT23.D7.K4": _year_prov3,
    },
}
"""What "đáp ứng đầy đủ các tiêu chí năm Y [theo Thông tư 23]" records, per rule version and
clause (TT124.D6.PROV1, PROV2 and TT23.D7.K3 are met by the absence of incidents and offences,
so nothing is recorded for them). Without "theo Thông tư …" the TT124 facts are recorded."""


def _instrument(circular: str) -> str:
    """ "23" → ``TT23``: the rule version a "Thông tư N" of the feature text names."""
    return f"TT{circular}"


@given(
    step_re(
        r"(?P<who>một doanh nghiệp|doanh nghiệp|cơ quan|đơn vị) đáp ứng đầy đủ các tiêu chí "
        rf'năm (?P<year>\d{{4}})(?: theo {CIRCULAR})?(?:, trừ tiêu chí "(?P<omitted>[^"]+)")?'
    )
)
def compliant_year(
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


@given(
    step_re(
        r"cấp ủy đã ban hành nghị quyết (?P<form>chuyên đề|lồng ghép) về công tác bảo đảm ANTT "
        rf"năm (?P<year>\d{{4}}) {DAY}{FACT_ID}"
    )
)
def resolution_adopted(spec: Spec, form: str, year: str, day: str, fact_id: str | None) -> None:
    resolution_form = ResolutionForm.DEDICATED if form == "chuyên đề" else ResolutionForm.INTEGRATED
    spec.record(
        PartyResolutionAdopted(year=int(year), form=resolution_form),
        vn_date(day),
        spec.fact_id(fact_id, "nghi-quyet"),
    )


@given(step_re(rf"{UNIT} đã ban hành kế hoạch bảo đảm ANTT năm (?P<year>\d{{4}}) {DAY}{FACT_ID}"))
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
        rf"{UNIT} đã phổ biến, quán triệt (?P<content>nội quy và tiêu chuẩn|nội quy|tiêu chuẩn) "
        rf"cho (?P<reached>\d+) {STAFF} {DAY}{FACT_ID}"
    )
)
def briefing_held(
    spec: Spec, noun: str, content: str, reached: str, day: str, fact_id: str | None
) -> None:
    """ "nội quy" = the internal rules on all six topics; "tiêu chuẩn" = the criteria."""
    spec.current(noun)
    spec.record(
        BriefingHeld(
            topics=frozenset(RuleTopic) if "nội quy" in content else frozenset(),
            criteria_briefed="tiêu chuẩn" in content,
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
    "công an và chính quyền địa phương": frozenset(CoordinationParty),
    CoordinationParty.POLICE.label_vi: frozenset({CoordinationParty.POLICE}),  # cơ quan công an
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


@given(step_re(rf'đã xảy ra vụ "(?P<category>[^"]+)" mức độ "(?P<severity>[^"]+)" {DAY}{FACT_ID}'))
def incident_occurred(
    spec: Spec, category: str, severity: str, day: str, fact_id: str | None
) -> None:
    spec.record(
        IncidentOccurred(
            category=by_label(IncidentCategory, category),
            severity=by_label(Severity, severity),
            description=f"Vụ {category} ngày {day}",
        ),
        vn_date(day),
        spec.fact_id(fact_id, "vu-viec"),
    )


@given(
    step_re(
        r'(?:cán bộ|người lao động) "(?P<staff>[^"]+)" '
        rf"(?P<stage>bị khởi tố|bị kết án|mắc tệ nạn xã hội) {DAY}{FACT_ID}"
    )
)
def staff_offence(spec: Spec, staff: str, stage: str, day: str, fact_id: str | None) -> None:
    spec.record(
        StaffOffenceRecorded(staff_ref=staff, stage=by_label(OffenceStage, stage)),
        vn_date(day),
        spec.fact_id(fact_id, "vi-pham"),
    )


@given(step_re(rf"{UNIT} đã thành lập lực lượng bảo vệ gồm (?P<members>\d+) người {DAY}{FACT_ID}"))
def protection_force(spec: Spec, noun: str, members: str, day: str, fact_id: str | None) -> None:
    spec.current(noun)
    spec.record(
        ProtectionForceEstablished(members=int(members)),
        vn_date(day),
        spec.fact_id(fact_id, "luc-luong-bao-ve"),
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


# --- Given: corrections -------------------------------------------------------------------------


@given(step_re(r'dữ kiện "(?P<target>[^"]+)" đã bị rút lại, lý do "(?P<reason>[^"]+)"'))
def fact_retracted(spec: Spec, target: str, reason: str) -> None:
    """The retraction is recorded today (the fake clock's date); the fact stays in the log."""
    spec.ledger.retract(
        spec.current().subject,
        target,
        reason=reason,
        occurred_on=spec.today,
        recorded_by=RECORDED_BY,
        id=spec.fact_id(None, "rut-lai"),
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


# --- Given: the deployment's rulebook -----------------------------------------------------------


def _festival_day(ctx: Context) -> Finding:
    held = [f for f, _ in ctx.record.of(FestivalDayHeld) if f.occurred_on in ctx.window]
    if held:
        return met(
            "Đã tổ chức Ngày hội toàn dân bảo vệ ANTQ",
            "Festival day held",
            tuple(f.id for f in held),
        )
    return ctx.open_or_failed(
        ctx.window,
        "Chưa tổ chức Ngày hội toàn dân bảo vệ ANTQ trong kỳ",
        "No festival day in the window",
    )


@given(
    step_re(
        rf'Ủy ban nhân dân tỉnh đặt tiêu chí bổ sung "(?P<ref>[^"]+)" từ {DAY}: tổ chức Ngày hội '
        r"toàn dân bảo vệ an ninh Tổ quốc trong kỳ đánh giá"
    )
)
def provincial_criterion(spec: Spec, ref: str, day: str) -> None:
    """The unit's province adds a criterion (TT124.D8.K1): the ledger is reopened on the same
    store with ``DEFAULT_RULEBOOK.with_provincial(...)``, as a deployment would configure it."""
    extra = ProvincialCriterion(
        id=ref,
        province=PROVINCE,
        effective_from=vn_date(day),
        title_vi="Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
        title_en="Hold the all-people festival day for national security",
        predicate=_festival_day,
        document_ref=f"Quyết định của UBND tỉnh {PROVINCE} ({ref})",
    )
    spec.ledger = Ledger(
        spec.store, clock=spec.clock, rulebook=spec.ledger.rulebook.with_provincial(extra)
    )
    spec.opened.append(spec.ledger)


# --- When -----------------------------------------------------------------------------------------


@when(step_re(rf'đánh giá năm (?P<year>\d{{4}})(?: theo {CIRCULAR})? tại ngày "(?P<day>[^"]+)"'))
def evaluate_year(spec: Spec, year: str, circular: str | None, day: str) -> None:
    """Under the rule version in force for the year, or under "Thông tư N" on demand (what-if).

    A deliberate library error (``AntqError``) is kept for a Then step to examine.
    """
    as_of = vn_date(day)
    rulebook = _instrument(circular) if circular else None
    if spec.error is not None and not spec.error_checked:
        raise AssertionError(f"the previous evaluation failed unexamined: {spec.error!r}")
    spec.evaluation, spec.error, spec.error_checked = None, None, False
    try:
        status = spec.ledger.status(
            spec.current().subject, int(year), as_of=as_of, rulebook=rulebook
        )
    except AntqError as exc:
        spec.error = exc
        return
    spec.evaluation = Evaluation(year=int(year), as_of=as_of, status=status, rulebook=rulebook)


# --- Then -----------------------------------------------------------------------------------------


def _word(words: dict[str, E], text: str) -> E:
    try:
        return words[text]
    except KeyError:
        allowed = ", ".join(f'"{w}"' for w in words)
        raise AssertionError(f"{text!r} is not a result word; use one of {allowed}") from None


def _describe(result: CriterionResult) -> str:
    return f"{result.id} is {result.status.label_vi!r} ({result.status.value}): {result.reason_vi}"


@then(step_re(rf'{CLAUSE} là "(?P<expected>[^"]+)"'))
def criterion_is(spec: Spec, clause: str, expected: str) -> None:
    result = spec.result(clause)
    assert result.status is _word(CRITERION_WORDS, expected), _describe(result)


@then(step_re(r'kết quả năm là "(?P<expected>[^"]+)"'))
def verdict_is(spec: Spec, expected: str) -> None:
    status = spec.last().status
    assert status.verdict is _word(VERDICT_WORDS, expected), (
        f"verdict is {status.verdict.value}: {status.reason_vi}; "
        + "; ".join(_describe(r) for r in status.criteria)
    )


@then("các tiêu chí có kết quả như sau:")
def criteria_table(spec: Spec, datatable: Sequence[Sequence[object]]) -> None:
    header = [str(cell) for cell in datatable[0]]
    assert header == ["tiêu chí", "kết quả"], f"the header must be | tiêu chí | kết quả |: {header}"
    wrong = []
    for clause_id, expected in ((str(a), str(b)) for a, b in datatable[1:]):
        result = spec.result(clause_id)
        if result.status is not _word(CRITERION_WORDS, expected):
            wrong.append(f"expected {expected!r}, but {_describe(result)}")
    assert not wrong, "\n".join(wrong)


@then(step_re(rf"kết quả (?:năm|của {CLAUSE}) (?P<marked>được|không được) đánh dấu tạm thời"))
def provisional_mark(spec: Spec, clause: str | None, marked: str) -> None:
    expected = marked == "được"
    if clause is None:
        status = spec.last().status
        assert status.provisional is expected, f"verdict provisional={status.provisional}"
    else:
        result = spec.result(clause)
        assert result.provisional is expected, (
            f"{clause} provisional={result.provisional} (text status {result.text_status.value})"
        )


@then(step_re(rf'lý do của {CLAUSE} nêu "(?P<text>[^"]+)"'))
def reason_mentions(spec: Spec, clause: str, text: str) -> None:
    result = spec.result(clause)
    assert text in result.reason_vi, f"{text!r} not in the reason: {_describe(result)}"


@then(step_re(rf'{CLAUSE} có hạn hoàn thành "(?P<day>[^"]+)"'))
def criterion_due(spec: Spec, clause: str, day: str) -> None:
    result = spec.result(clause)
    assert result.due == vn_date(day), f"due {result.due}; {_describe(result)}"


@then(step_re(rf'{CLAUSE} (?P<relation>dựa trên|không dựa trên) dữ kiện "(?P<fact_id>[^"]+)"'))
def criterion_evidence(spec: Spec, clause: str, relation: str, fact_id: str) -> None:
    """Asked through ``Ledger.explain``: the evidence facts behind the result."""
    last = spec.last()
    explanation = spec.ledger.explain(
        spec.current().subject, clause, last.year, as_of=last.as_of, rulebook=last.rulebook
    )
    evidence = [f.id for f in explanation.evidence]
    detail = f"evidence {evidence}: {_describe(explanation.result)}"
    if relation == "dựa trên":
        assert fact_id in evidence, f"{fact_id} missing from the {detail}"
    else:
        assert fact_id not in evidence, f"{fact_id} present in the {detail}"


@then(step_re(r'kỳ đánh giá là từ ngày "(?P<start>[^"]+)" đến ngày "(?P<end>[^"]+)"'))
def window_is(spec: Spec, start: str, end: str) -> None:
    window = spec.last().status.window
    assert (window.start, window.end) == (vn_date(start), vn_date(end)), window


@then(step_re(r'kết quả được đánh giá theo "(?P<instrument>[^"]+)"'))
def evaluated_under(spec: Spec, instrument: str) -> None:
    """The result names the rule version used: the status's and every criterion's."""
    status = spec.last().status
    used = status.rulebook[0].instrument
    assert used == instrument, f"evaluated under {used} ({status.rulebook}), not {instrument}"
    known = catalogue()
    others = [
        f"{r.id}: {r.rule.instrument}"
        for r in (*([status.scope] if status.scope else []), *status.criteria)
        if r.id in known and r.rule.instrument != instrument  # provincial ones name their basis
    ]
    assert not others, f"criteria evaluated under another rule version: {others}"


@then(step_re(r'việc đánh giá báo lỗi "(?P<text>[^"]+)"'))
def evaluation_fails(spec: Spec, text: str) -> None:
    """The last evaluation raised a library error whose message contains TEXT."""
    if spec.error is None:
        status = spec.last().status
        raise AssertionError(f"no error: the evaluation gave {status.verdict.value}")
    spec.error_checked = True
    assert text in str(spec.error), f"{text!r} not in the error: {spec.error!r}"
