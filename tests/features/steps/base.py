"""Shared by every step module: the constants and sentence pieces of the specifications, parsing
the feature text, and the scenario's state (the ``spec`` fixture)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Protocol, TypeVar

import pytest
from pytest_bdd import parsers

from antq_compliance import (
    AntqError,
    AuditFinding,
    CriterionChange,
    CriterionResult,
    Fact,
    FactData,
    FactRetracted,
    InternalRuleRepealed,
    Ledger,
    MovementModelEstablished,
    Status,
    StatusChange,
    SubjectKind,
    Verdict,
    YearStatus,
    end_of_day,
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
    "chưa kết luận": Status.PENDING,
    "không áp dụng": Status.NOT_APPLICABLE,
}
VERDICT_WORDS: dict[str, Verdict] = {
    "đạt": Verdict.ACHIEVED,
    "chưa đạt": Verdict.NOT_ACHIEVED,
    "chưa kết luận": Verdict.PENDING,
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
