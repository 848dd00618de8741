"""The shared step vocabulary of the Vietnamese feature files in ``features/``.

Every sentence a feature file may use is defined here, once; ``features/README.md`` lists them
with their English meaning. Steps drive the public API only (``antq_compliance`` and the
``Ledger`` methods) through the ``ledger`` fixture of ``tests/conftest.py``, so every scenario
runs on SQLite and on PostgreSQL.

* Given (Biết / Cho / Và / Nhưng) = facts already in the log, each recorded with an explicit id,
  at the recording clock's time ("hôm nay là …" moves that clock; default 01/12/2025 16:00 in
  Vietnam, 09:00 UTC).
* When (Khi) = the year is evaluated as of a business date ("as of" = end of that day), under
  the rule version in force for the year or, on demand, under a named one, and optionally as
  known at a recording instant; or the audit replay is asked (history, diff between two
  instants, recognition decisions checked against the record); or a correction is attempted.
* Then (Thì / Và) = the status of a clause, the verdict, what explains them, the rule version
  used, the changes and the audit findings, or the error the evaluation or the recording raised.

Dates in the feature text are ``dd/mm/yyyy``; recording instants ``dd/mm/yyyy hh:mm`` in Vietnam
time (UTC+7), or ``dd/mm/yyyy`` alone for the end of that day. "Thông tư 23" / "Thông tư 124"
name the rule versions ``TT23`` / ``TT124`` (``Ledger.status(..., rulebook=...)``). "The unit"
in a step is the unit registered last in the scenario; its noun (doanh nghiệp / cơ quan / đơn
vị) must fit its kind.
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
    AuditFinding,
    AuthorityLevel,
    BriefingHeld,
    Context,
    CoordinationActivityRecorded,
    CoordinationAgreementSigned,
    CoordinationForm,
    CoordinationParty,
    CriterionChange,
    CriterionResult,
    DecisionOutcome,
    DossierDocument,
    DossierSubmitted,
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
    RecognitionDecided,
    ResolutionForm,
    ReviewMeetingHeld,
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
    StatusChange,
    SubjectKind,
    SubjectRegistered,
    Verdict,
    YearStatus,
    catalogue,
    end_of_day,
    met,
)
from antq_compliance.regulation.tt48 import dossier_recipient_on

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


_INSTANT = re.compile(r"(\d{2}/\d{2}/\d{4})(?: (\d{2}):(\d{2}))?")


def vn_instant(text: str, *, time_required: bool = False) -> datetime:
    """``dd/mm/yyyy hh:mm`` in Vietnam time (UTC+7) → an aware instant; ``dd/mm/yyyy`` alone
    is the end of that day (``end_of_day``), i.e. everything recorded that day."""
    match = _INSTANT.fullmatch(text.strip())
    if match is None or (time_required and match[2] is None):
        shape = "dd/mm/yyyy hh:mm" if time_required else "dd/mm/yyyy hh:mm or dd/mm/yyyy"
        raise ValueError(f"recording instants in the feature text are {shape}, got {text!r}")
    day = vn_date(match[1])
    if match[2] is None:
        return end_of_day(day)
    return datetime(day.year, day.month, day.day, int(match[2]), int(match[3]), tzinfo=_VN)


def vn_text(instant: datetime) -> str:
    """An instant as the feature text writes it (Vietnam time), for failure messages."""
    return instant.astimezone(_VN).strftime("%d/%m/%Y %H:%M:%S.%f (UTC+7)")


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

_ACTION = {"đánh giá": "evaluation", "ghi nhận": "recording"}
"""The two kinds of When step that keep a library error for a Then step to examine."""


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
    known_at: datetime | None = None
    """The recording instant asked for ("theo dữ liệu ghi nhận đến …"); None = everything."""


@dataclass
class Change:
    """One change of the audit replay the Then steps look at: an entry of the history or the
    difference between two recording instants."""

    label: str
    verdict_before: Verdict | None
    verdict_after: Verdict
    criteria: tuple[CriterionChange, ...]
    facts: tuple[str, ...]
    """The facts that explain it: recorded at that instant (history), or in between (diff)."""


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
    """The error the last evaluation or recording raised; a Then step must examine it."""
    error_action: str = "đánh giá"
    """What raised it: "đánh giá" (an evaluation) or "ghi nhận" (a recording)."""
    error_checked: bool = False
    head_before: int | None = None
    """The log's head before the last recording a When step attempted."""
    history: list[StatusChange] | None = None
    change: Change | None = None
    findings: list[AuditFinding] | None = None
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

    def attempt(self, action: str) -> None:
        """Start a When step that may fail with a library error (kept for a Then step)."""
        if self.error is not None and not self.error_checked:
            raise AssertionError(
                f"the previous {_ACTION[self.error_action]} failed unexamined: {self.error!r}"
            )
        self.error, self.error_action, self.error_checked = None, action, False

    def last(self) -> Evaluation:
        if self.error is not None:
            self.error_checked = True  # reported here; not again at teardown
            raise AssertionError(f"the {_ACTION[self.error_action]} failed: {self.error!r}")
        if self.evaluation is None:
            raise AssertionError("no evaluation yet: a 'Khi đánh giá năm …' step must come first")
        return self.evaluation

    def result(self, clause_id: str) -> CriterionResult:
        return self.last().status.criterion(clause_id)


@pytest.fixture
def spec(ledger: Ledger, store: str, clock: SettableClock) -> Iterator[Spec]:
    """The scenario's state, on the parametrized ``ledger`` (SQLite, then PostgreSQL).

    An evaluation or recording error that no Then step examined fails the scenario at teardown.
    """
    clock.set(RECORDING_INSTANT)
    state = Spec(ledger=ledger, today=clock().astimezone(_VN).date(), store=store, clock=clock)
    yield state
    for reopened in state.opened:
        reopened.close()
    if state.error is not None and not state.error_checked:
        action = _ACTION[state.error_action]
        pytest.fail(f"the {action} failed and no step examined it: {state.error!r}")


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


# --- Given: procedure and decision (TT124.D9, TT124.D10) ---------------------------------------


@given(
    step_re(
        rf"{UNIT} đã họp xét năm (?P<year>\d{{4}}) {DAY}, (?P<police>có|không có) đại diện "
        rf"công an{FACT_ID}"
    )
)
def review_meeting(
    spec: Spec, noun: str, year: str, day: str, police: str, fact_id: str | None
) -> None:
    """The unit's review meeting for year Y, chaired by its head."""
    spec.current(noun)
    spec.record(
        ReviewMeetingHeld(
            year=int(year),
            chaired_by="Thủ trưởng đơn vị",
            police_representative_present=police == "có",
        ),
        vn_date(day),
        spec.fact_id(fact_id, "hop-xet"),
    )


_DOCUMENTS = r'"[^"]+"(?:, "[^"]+")*'


@given(
    step_re(
        rf"{UNIT} đã nộp hồ sơ năm (?P<year>\d{{4}}) {DAY} gồm"
        rf"(?: (?P<complete>đủ giấy tờ)|: (?P<documents>{_DOCUMENTS}))"
        rf'(?:, gửi "(?P<recipient>[^"]+)")?{FACT_ID}'
    )
)
def dossier_submitted(
    spec: Spec,
    noun: str,
    year: str,
    day: str,
    complete: str | None,
    documents: str | None,
    recipient: str | None,
    fact_id: str | None,
) -> None:
    """ "đủ giấy tờ" = the five documents used in practice; otherwise the quoted labels. The
    recipient is as written after "gửi"; without it, the body the dated routing names."""
    spec.current(noun)
    filed = (
        frozenset(DossierDocument)
        if complete
        else frozenset(
            by_label(DossierDocument, d) for d in re.findall(r'"([^"]+)"', documents or "")
        )
    )
    submitted_on = vn_date(day)
    if recipient is None:
        try:
            recipient = dossier_recipient_on(submitted_on).recipient_vi
        except LookupError:  # before TT124: the same standing body received them
            recipient = "Cơ quan thường trực Ban Chỉ đạo cấp xã"
    spec.record(
        DossierSubmitted(year=int(year), documents=filed, submitted_to=recipient),
        submitted_on,
        spec.fact_id(fact_id, "ho-so"),
    )


AUTHORITIES: dict[AuthorityLevel, str] = {
    AuthorityLevel.COMMUNE: "UBND phường 1, thành phố Trà Vinh",
    AuthorityLevel.DISTRICT: "UBND huyện Càng Long",
    AuthorityLevel.PROVINCE: "UBND tỉnh Trà Vinh",
}
"""The People's Committee of each level that manages the unit in the scenarios."""


@given(
    step_re(
        r"UBND cấp (?P<level>xã|huyện|tỉnh) đã ký quyết định (?P<outcome>công nhận|không công "
        rf"nhận) năm (?P<year>\d{{4}}) {DAY}{FACT_ID}"
    )
)
def recognition_decided(
    spec: Spec, level: str, outcome: str, year: str, day: str, fact_id: str | None
) -> None:
    """The decision on year Y, signed on D (its business date), numbered ``N/QĐ-UBND`` (N
    counts the unit's decisions); a recognition issues certificate (giấy công nhận)
    ``N/GCN-UBND``."""
    authority = by_label(AuthorityLevel, f"UBND cấp {level}")
    recognised = outcome == "công nhận"
    serial = len(spec.effective(RecognitionDecided)) + 1
    spec.record(
        RecognitionDecided(
            year=int(year),
            authority_level=authority,
            authority=AUTHORITIES[authority],
            decision_number=f"{serial}/QĐ-UBND",
            outcome=DecisionOutcome.RECOGNISED if recognised else DecisionOutcome.NOT_RECOGNISED,
            certificate_number=f"{serial}/GCN-UBND" if recognised else None,
        ),
        vn_date(day),
        spec.fact_id(fact_id, "quyet-dinh"),
    )


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


@when(
    step_re(
        rf'đánh giá năm (?P<year>\d{{4}})(?: theo {CIRCULAR})? tại ngày "(?P<day>[^"]+)"'
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
        spec.current().subject,
        clause,
        last.year,
        as_of=last.as_of,
        known_at=last.known_at,
        rulebook=last.rulebook,
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


@then(step_re(r'việc (?P<action>đánh giá|ghi nhận) báo lỗi "(?P<text>[^"]+)"'))
def step_fails(spec: Spec, action: str, text: str) -> None:
    """The last evaluation (đánh giá) or recording (ghi nhận) raised a library error whose
    message contains TEXT."""
    if spec.error is not None and spec.error_action != action:
        spec.error_checked = True  # reported here; not again at teardown
        raise AssertionError(
            f"the error came from the {_ACTION[spec.error_action]}, not the "
            f"{_ACTION[action]}: {spec.error!r}"
        )
    if spec.error is None:
        if action == "đánh giá":
            status = spec.last().status
            raise AssertionError(f"no error: the evaluation gave {status.verdict.value}")
        raise AssertionError(f"no error: the last {_ACTION[spec.error_action]} succeeded")
    spec.error_checked = True
    assert text in str(spec.error), f"{text!r} not in the error: {spec.error!r}"


@then("sổ không có thêm dữ kiện nào")
def nothing_written(spec: Spec) -> None:
    """The log's head is where it was before the last recording a When step attempted."""
    if spec.head_before is None:
        raise AssertionError("no recording was attempted by a When step ('Khi rút lại …')")
    head = spec.ledger.head()
    assert head == spec.head_before, f"{head - spec.head_before} fact(s) written"


# --- Then: history and comparison ----------------------------------------------------------------

NOTHING_YET = "chưa có"
"""The word for "no result yet" (before the first recording) in a change."""


def _is(words: dict[str, E], expected: str, actual: E | None) -> bool:
    if expected == NOTHING_YET:
        return actual is None
    return actual is _word(words, expected)


def _shown(value: Status | Verdict | None) -> str:
    return NOTHING_YET if value is None else value.label_vi


def _describe_change(change: Change) -> str:
    criteria = "; ".join(f"{c.id} {_shown(c.before)} → {_shown(c.after)}" for c in change.criteria)
    return (
        f"{change.label}: {_shown(change.verdict_before)} → {_shown(change.verdict_after)}, "
        f"criteria [{criteria}], facts {list(change.facts)}"
    )


def _history(spec: Spec) -> list[StatusChange]:
    if spec.history is None:
        raise AssertionError("no history yet: 'Khi xem lịch sử kết quả năm …' must come first")
    return spec.history


def _change(spec: Spec) -> Change:
    if spec.change is None:
        raise AssertionError(
            "no change to look at: compare two instants ('Khi so sánh kết quả …') or name an "
            "entry of the history ('lần thay đổi thứ N là …') first"
        )
    return spec.change


@then(step_re(r"lịch sử có (?P<count>\d+) lần thay đổi"))
def history_length(spec: Spec, count: str) -> None:
    history = _history(spec)
    shown = "; ".join(
        f"{vn_text(c.recorded_at)} {_shown(c.verdict_before)} → {_shown(c.verdict_after)} "
        f"{list(c.facts)[:3]}"
        for c in history
    )
    assert len(history) == int(count), f"{len(history)} change(s): {shown}"


@then(
    step_re(
        r'lần thay đổi thứ (?P<number>\d+)(?: lúc "(?P<at>[^"]+)")? là "(?P<before>[^"]+)" → '
        r'"(?P<after>[^"]+)"(?: do dữ kiện "(?P<fact_id>[^"]+)")?'
    )
)
def history_entry(
    spec: Spec, number: str, at: str | None, before: str, after: str, fact_id: str | None
) -> None:
    """Entry N (from 1) of the history: when, the verdict before and after, a fact recorded
    then. Later "tiêu chí … đổi từ …" and "dữ kiện giải thích là …" steps look at this entry."""
    history = _history(spec)
    index = int(number)
    assert 1 <= index <= len(history), f"the history has {len(history)} change(s)"
    entry = history[index - 1]
    spec.change = change = Change(
        label=f"change {index} at {vn_text(entry.recorded_at)}",
        verdict_before=entry.verdict_before,
        verdict_after=entry.verdict_after,
        criteria=entry.criteria,
        facts=entry.facts,
    )
    if at is not None:
        assert entry.recorded_at == vn_instant(at, time_required=True), _describe_change(change)
    assert _is(VERDICT_WORDS, before, entry.verdict_before), _describe_change(change)
    assert _is(VERDICT_WORDS, after, entry.verdict_after), _describe_change(change)
    if fact_id is not None:
        assert fact_id in entry.facts, _describe_change(change)


@then(step_re(rf'(?:{CLAUSE}|kết quả năm) đổi từ "(?P<before>[^"]+)" sang "(?P<after>[^"]+)"'))
def changed(spec: Spec, clause: str | None, before: str, after: str) -> None:
    """In the comparison or the history entry looked at: clause X's status, or the verdict."""
    change = _change(spec)
    if clause is None:
        ok = _is(VERDICT_WORDS, before, change.verdict_before) and _is(
            VERDICT_WORDS, after, change.verdict_after
        )
        assert ok, _describe_change(change)
        return
    found = [c for c in change.criteria if c.id == clause]
    assert found, f"{clause} did not change in {_describe_change(change)}"
    ok = _is(CRITERION_WORDS, before, found[0].before) and _is(
        CRITERION_WORDS, after, found[0].after
    )
    assert ok, f"{_describe_change(change)}; reason: {found[0].reason_vi}"


@then("không có tiêu chí nào thay đổi")
def nothing_changed(spec: Spec) -> None:
    change = _change(spec)
    assert not change.criteria, _describe_change(change)


@then(step_re(r'dữ kiện giải thích là (?P<ids>"[^"]+"(?:(?:, | và )"[^"]+")*)'))
def explaining_facts(spec: Spec, ids: str) -> None:
    """Exactly these facts (in recording order) explain the change looked at."""
    change = _change(spec)
    expected = re.findall(r'"([^"]+)"', ids)
    assert list(change.facts) == expected, _describe_change(change)


# --- Then: audit findings -----------------------------------------------------------------------

SEVERITY_WORDS = {"lỗi": "error", "cảnh báo": "warning"}


def _findings(spec: Spec) -> list[AuditFinding]:
    if spec.findings is None:
        raise AssertionError("no audit yet: 'Khi rà soát các quyết định năm …' must come first")
    return spec.findings


def _describe_findings(findings: Sequence[AuditFinding]) -> str:
    return (
        "; ".join(
            f"[{f.severity}] {f.subject} {f.code} ({f.clause}): {f.message_vi} — {list(f.evidence)}"
            for f in findings
        )
        or "no finding"
    )


def _finding(spec: Spec, code: str) -> AuditFinding:
    findings = _findings(spec)
    found = [f for f in findings if f.code == code]
    assert found, f"no finding {code!r}: {_describe_findings(findings)}"
    assert len(found) == 1, f"{len(found)} findings {code!r}: {_describe_findings(found)}"
    return found[0]


@then(step_re(r'có phát hiện "(?P<code>[^"]+)" mức "(?P<level>lỗi|cảnh báo)"'))
def finding_present(spec: Spec, code: str, level: str) -> None:
    finding = _finding(spec, code)
    assert finding.severity == SEVERITY_WORDS[level], _describe_findings([finding])


@then(step_re(r"có (?P<count>\d+) phát hiện"))
def finding_count(spec: Spec, count: str) -> None:
    findings = _findings(spec)
    assert len(findings) == int(count), _describe_findings(findings)


@then("không có phát hiện nào")
def no_finding(spec: Spec) -> None:
    findings = _findings(spec)
    assert not findings, _describe_findings(findings)


@then(step_re(r'phát hiện "(?P<code>[^"]+)" (?P<marked>được|không được) đánh dấu tạm thời'))
def finding_provisional(spec: Spec, code: str, marked: str) -> None:
    """A finding on a provisional clause is provisional, like a criterion's result."""
    finding = _finding(spec, code)
    assert finding.provisional is (marked == "được"), _describe_findings([finding])


@then(
    step_re(
        r'phát hiện "(?P<code>[^"]+)" (?:nêu "(?P<text>[^"]+)"|dựa trên dữ kiện '
        r'"(?P<fact_id>[^"]+)"|được đối chiếu với dữ liệu ghi nhận đến "(?P<known>[^"]+)")'
    )
)
def finding_detail(
    spec: Spec, code: str, text: str | None, fact_id: str | None, known: str | None
) -> None:
    """The finding's Vietnamese message mentions TEXT, its evidence includes fact ID, or the
    decision was compared with the record as known at that instant."""
    finding = _finding(spec, code)
    if text is not None:
        assert text in finding.message_vi, _describe_findings([finding])
    if fact_id is not None:
        assert fact_id in finding.evidence, _describe_findings([finding])
    if known is not None:
        assert finding.known_at == vn_instant(known), (
            f"compared as known at {vn_text(finding.known_at)}"
        )
