"""Every problem the consistency checks raise has Vietnamese words (issue 17, item 3): the
checks of a subject's stream (``domain/stream.py``), of the batch (``application/recording.py``)
and of the regulation (``regulation/record_checks.py``), each provoked here, then looked up in
the catalogue (``domain/messages.py``)."""

from __future__ import annotations

import re
from datetime import date

import attrs
import pytest

from antq_compliance import (
    DisciplineDecided,
    FactDraft,
    FactRetracted,
    InvalidRecord,
    Ledger,
    ProfileChanged,
    ProtectionForceDisbanded,
    SecurityPlanAdopted,
    SubjectKind,
    SubUnitDissolved,
    SubUnitEstablished,
    SubUnitKind,
)
from antq_compliance.domain.facts import (
    CriterionAssessed,
    HouseholdsCounted,
    InternalRuleRepealed,
    MovementModelDissolved,
    MovementModelEstablished,
)
from antq_compliance.domain.messages import problem_text
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.domain.vocabulary import (
    DisciplineForm,
    DisciplineReason,
    LocalType,
    PersonRegime,
)
from builders import SUBJECT, compliant_year, draft, registration

P = f"{SUBJECT}-2024"
SUB_UNIT = "to-bv-2024"
MODEL = "mh-2024"

_WORDS = (
    "a an the this is was with fact already recorded record subject subjects not for only "
    "after on of kind and or reference registered guard force model used choose new expected "
    "digits code date its first no in be cannot retracted superseded use established "
    "dissolved applies give least one level it out regime form clause criterion reads "
    "assessment sub unit identifier enterprise enterprises agency agencies commune communes "
    "area areas residential institution educational tax budget stands disbanded between "
    "repealed retraction registration supersede can instead correct again withdrawn"
)
ENGLISH = frozenset(_WORDS.split())
"""English words of the problems' fixed parts: none may be left in the Vietnamese."""


def _on(day: int, month: int = 6, year: int = 2024) -> date:
    return date(year, month, day)


def _dissolve_sub_unit(fact_id: str, on: date, ref: str = SUB_UNIT) -> FactDraft:
    return draft(fact_id, SubUnitDissolved(sub_unit=ref), on)


def _dissolve_model(fact_id: str, on: date, ref: str = MODEL) -> FactDraft:
    return draft(fact_id, MovementModelDissolved(model=ref), on)


def _retract(fact_id: str, target: str, on: date) -> FactDraft:
    return draft(fact_id, FactRetracted(target=target, reason="nhầm"), on)


def _profile(**fields: object) -> FactDraft:
    return draft("x-profile", ProfileChanged(**fields), _on(1))  # type: ignore[arg-type]


def _criterion(clause: str) -> FactDraft:
    data = CriterionAssessed(
        year=2024, clause=clause, fulfilled=True, assessed_by="Công an tỉnh", note="x"
    )
    return draft("x-assessed", data, _on(1, 12))


DISBANDED_LATER = [draft("x-disband-later", ProtectionForceDisbanded(reason="x"), _on(1, 11))]
DISSOLVED_LATER = [
    _dissolve_sub_unit("x-dm-gone", _on(1, 11)),
    _dissolve_model("x-mh-gone", _on(1, 11)),
]

CASES: dict[str, tuple[list[FactDraft], list[FactDraft]]] = {
    # name: (recorded first, the batch refused)
    "already registered": ([], [attrs.evolve(registration(), id="x-reg-2")]),
    "not registered": (
        [],
        [draft("x1", SecurityPlanAdopted(year=2024), _on(1), subject="2100000002")],
    ),
    "not an identifier": (
        [],
        [draft("x1", SecurityPlanAdopted(year=2024), _on(1), subject="nope")],
    ),
    "enterprise identifier": ([], [registration("12345")]),
    "agency identifier": ([], [registration("12345", kind=SubjectKind.AGENCY)]),
    "supersedes another type": (
        [],
        [draft("x1", SecurityPlanAdopted(year=2024), _on(1), supersedes=f"{P}-dk", reason="sửa")],
    ),
    "kind only": (
        [],
        [draft("x1", HouseholdsCounted(year=2024, residing=10, registered=5), _on(1))],
    ),
    "no guard force": (
        [],
        [draft("x1", ProtectionForceDisbanded(reason="x"), _on(1, 6, 2023))],
    ),
    "guard force already disbanded": (
        DISBANDED_LATER,
        [draft("x1", ProtectionForceDisbanded(reason="x"), _on(1, 3))],
    ),
    "no education level": ([], [_profile(education_levels=frozenset())]),
    "field of another kind": ([], [_profile(local_type=LocalType.THON)]),
    "sub-unit reused": (
        [],
        [
            draft(
                "x1",
                SubUnitEstablished(sub_unit=SUB_UNIT, name="Tổ", sub_unit_kind=SubUnitKind.TO),
                _on(1),
            )
        ],
    ),
    "no sub-unit": ([], [_dissolve_sub_unit("x1", _on(1), "zz")]),
    "sub-unit established after": ([], [_dissolve_sub_unit("x1", _on(1, 6, 2023))]),
    "sub-unit dissolved": (DISSOLVED_LATER, [_dissolve_sub_unit("x1", _on(1, 12))]),
    "sub-unit in use after": ([], [_dissolve_sub_unit("x1", _on(1))]),
    "model reused": (
        [],
        [draft("x1", MovementModelEstablished(model=MODEL, name="CLB"), _on(1))],
    ),
    "no model": ([], [_dissolve_model("x1", _on(1), "zz")]),
    "model established after": ([], [_dissolve_model("x1", _on(1, 6, 2023))]),
    "model dissolved": (DISSOLVED_LATER, [_dissolve_model("x1", _on(1, 12))]),
    "model in use after": ([], [_dissolve_model("x1", _on(1))]),
    "no fact with this id": ([], [_retract("x1", "nope", _on(1))]),
    "already retracted": (
        [],
        [_retract("x1", f"{P}-kh", _on(1)), _retract("x2", f"{P}-kh", _on(2))],
    ),
    "not an InternalRuleIssued": (
        [],
        [draft("x1", InternalRuleRepealed(rule=f"{P}-kh"), _on(1))],
    ),
    "rule already repealed": (
        [],
        [
            draft("x1", InternalRuleRepealed(rule=f"{P}-rule"), _on(1)),
            draft("x2", InternalRuleRepealed(rule=f"{P}-rule"), _on(2)),
        ],
    ),
    "registration retracted": ([], [_retract("x1", f"{SUBJECT}-reg", _on(1))]),
    "retraction retracted": (
        [],
        [_retract("x1", f"{P}-kh", _on(1)), _retract("x2", "x1", _on(2))],
    ),
    "after the recording date": (
        [],
        [draft("x1", SecurityPlanAdopted(year=2024), _on(1, 1, 2099))],
    ),
    "id with other content": ([], [draft(f"{P}-kh", SecurityPlanAdopted(year=2023), _on(1))]),
    "discipline form": (
        [],
        [
            draft(
                "x1",
                DisciplineDecided(
                    person_ref="nv-0001",
                    regime=PersonRegime.LEARNER,
                    form=DisciplineForm.DISMISSED_FROM_OFFICE,
                    reason=DisciplineReason.VIOLATION,
                    decided_by="Giám đốc",
                ),
                _on(1),
            )
        ],
    ),
    "clause not assessable": ([], [_criterion("TT124.D6.K1.p1")]),
    "criterion of another kind": ([], [_criterion("TT124.D4.K2")]),
}

ONLY_WRITTEN = [
    # raised where no batch of facts reaches easily: the erasure, a field's own validator
    "is after the recording date",
    "expected a commune's 5-digit code, e.g. 29254",
    "not an identifier: expected the commune's 5-digit administrative-unit code",
    "expected the commune's 5-digit code, '-', and the area's own reference (1-20 letters, "
    "digits or '-'), e.g. 29254-KHOM3",
    "is recorded for residential area, commune, ward or township subjects only; 29254 is of "
    "kind commune, ward or township",
    "applies to agencies, enterprises and educational institutions only, not to communes",
]


def _refusal(name: str) -> InvalidRecord:
    first, batch = CASES[name]
    ledger = Ledger(":memory:", actor=SYSTEM)
    ledger.record_many([registration(), *compliant_year(2024), *first])
    with pytest.raises(InvalidRecord) as refused:
        ledger.record_many(batch)
    return refused.value


def _assert_vietnamese(problem: str) -> None:
    vietnamese = problem_text(problem, "vi")
    assert vietnamese != problem, problem
    left = {w for w in re.findall(r"\w+", vietnamese.lower()) if w in ENGLISH}
    assert not left, (problem, vietnamese, left)
    assert re.search(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", vietnamese), vietnamese


@pytest.mark.parametrize("name", list(CASES))
def test_every_consistency_problem_is_in_vietnamese(name: str) -> None:
    _assert_vietnamese(_refusal(name).problem)


def test_the_cases_provoke_distinct_problems() -> None:
    """Each case reaches its own check (not an earlier one they would share)."""
    problems = {
        n: re.sub(r"\d{4}-\d\d-\d\d|\(fact [^)]+\)", "", _refusal(n).problem) for n in CASES
    }
    assert len(set(problems.values())) == len(CASES), problems


@pytest.mark.parametrize("problem", ONLY_WRITTEN)
def test_problems_raised_elsewhere_are_in_vietnamese(problem: str) -> None:
    _assert_vietnamese(problem)


def test_values_stay_as_written() -> None:
    """Dates, ids and type names are never translated; kinds of subject are."""
    problem = _refusal("supersedes another type").problem
    assert problem_text(problem, "vi") == (
        "là một StandardRegistrationFiled; một SecurityPlanAdopted chỉ thay thế được một "
        "SecurityPlanAdopted (hãy rút lại dữ kiện đó và ghi một dữ kiện mới)"
    )
    assert problem_text(_refusal("kind only").problem, "vi") == (
        f"chỉ được ghi cho đơn vị loại khu dân cư; {SUBJECT} thuộc loại doanh nghiệp"
    )
    assert problem_text(ONLY_WRITTEN[4], "vi").startswith(
        "chỉ được ghi cho đơn vị loại khu dân cư và xã, phường, thị trấn; 29254 thuộc loại xã"
    )


def test_every_refusal_of_the_policy_reads_in_vietnamese() -> None:
    """Issue 17, item 3: a role's refusal (``NotPermitted``) under ``--lang vi``."""
    from antq_compliance.domain.errors import NotPermitted
    from antq_compliance.domain.messages import not_permitted
    from antq_compliance.domain.policy import Actor, refusal
    from antq_compliance.domain.vocabulary import Role

    unit = Actor(Role.UNIT, "2100000001")
    police = Actor(Role.POLICE)
    problems = [
        refusal(unit, "CrimeFiguresReported", "2100000001"),
        refusal(unit, "IncidentOccurred", "2100000002"),
        refusal(
            unit,
            "FactRetracted",
            "2100000001",
            corrected_type="IncidentOccurred",
            corrected_role=Role.POLICE,
        ),
        refusal(unit, "FactRetracted", "2100000001", corrected_type="CrimeFiguresReported"),
        "only the roles police, system may erase personal data",
    ]
    assert all(problems), problems
    for problem in problems:
        assert problem is not None
        error = NotPermitted("line 3", "can-bo", "unit 2100000001", "FactRetracted", "x", problem)
        line = not_permitted(error, "vi")
        assert line.startswith("dòng 3: bị từ chối: ") and line.endswith("; không ghi gì")
        for word in ("only", "roles", "may", "record", "corrects", "unit records"):
            assert word not in line.split(": ", 3)[-1], (word, line)
        assert not_permitted(error, "en") == str(error)
    assert police.role is Role.POLICE
