"""An import's acceptance does not depend on the order of its lines (issue 14, item 9).

The dated checks of a stream — a model or a sub-unit used while it exists, a guard force
disbanded while one stands — judge each fact against the facts dated before it, whatever their
place in the file. Every test imports the same lines in several orders (each into its own
subject) and expects one outcome: all accepted, or all refused on the same fact with the same
message.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from antq_compliance import InvalidRecord, Ledger, ProtectionForceDisbanded

REGISTRATION: dict[str, Any] = {
    "kind": "enterprise",
    "name": "Công ty TNHH Ví Dụ",
    "ownership": "private",
    "size": {"declared": "medium"},
    "has_party_organisation": False,
    "province": "Trà Vinh",
    "headcount": 120,
    "managed_by": "commune",
}


def line(fact_id: str, type_name: str, on: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": fact_id,
        "type": type_name,
        "occurred_on": on,
        "recorded_by": "can-bo-an-ninh",
        "format": 3,
        "data": data,
    }


REG = line("reg", "SubjectRegistered", "2019-01-01", REGISTRATION)
MODEL = line("mh", "MovementModelEstablished", "2021-06-15", {"model": "mh-1", "name": "CLB"})


def assessed(fact_id: str, on: str) -> dict[str, Any]:
    data = {"model": "mh-1", "effective": True, "assessed_by": "Công an xã"}
    return line(fact_id, "MovementModelAssessed", on, data)


def model_dissolved(on: str) -> dict[str, Any]:
    return line("mh-gt", "MovementModelDissolved", on, {"model": "mh-1"})


def sub_unit(fact_id: str, on: str, name: str = "Phòng Hành chính") -> dict[str, Any]:
    data = {"sub_unit": "phong-hc", "name": name, "sub_unit_kind": "phong"}
    return line(fact_id, "SubUnitEstablished", on, data)


def rated(fact_id: str, on: str) -> dict[str, Any]:
    data = {
        "year": 2024,
        "collective": "sub_unit",
        "sub_unit": "phong-hc",
        "rating": "good",
        "decided_by": "Giám đốc",
    }
    return line(fact_id, "EmulationRated", on, data)


def sub_unit_dissolved(on: str) -> dict[str, Any]:
    return line("dm-gt", "SubUnitDissolved", on, {"sub_unit": "phong-hc"})


def force(fact_id: str, on: str) -> dict[str, Any]:
    return line(fact_id, "ProtectionForceEstablished", on, {"members": 6})


def disbanded(fact_id: str, on: str) -> dict[str, Any]:
    return line(fact_id, "ProtectionForceDisbanded", on, {"reason": "Thuê dịch vụ bảo vệ"})


Outcome = tuple[str, ...]

_numbers = itertools.count(1)


def outcome(ledger: Ledger, tmp_path: Path, lines: list[dict[str, Any]]) -> Outcome:
    """Import ``lines`` for a fresh subject: ("accepted",) or ("refused", the fact refused,
    the field, the value, the problem) — the line number left out, since it moves."""
    subject = f"21{next(_numbers):08d}"
    path = tmp_path / f"{subject}.jsonl"
    text = "\n".join(json.dumps({**x, "subject": subject}, ensure_ascii=False) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    try:
        ledger.import_jsonl(path)
    except InvalidRecord as exc:
        refused = lines[int(re.sub(r"\D", "", exc.record.split()[1])) - 1]["id"]
        return ("refused", refused, exc.field, str(exc.value), exc.problem)
    assert ledger.facts(subject)[0].id == "reg", "the registration opens the stream"
    return ("accepted",)


def every_order(ledger: Ledger, tmp_path: Path, lines: list[dict[str, Any]]) -> Outcome:
    """The one outcome of importing ``lines`` in every order."""
    outcomes = {outcome(ledger, tmp_path, list(order)) for order in itertools.permutations(lines)}
    assert len(outcomes) == 1, outcomes
    return outcomes.pop()


@pytest.fixture(autouse=True)
def _late_enough(clock: Any) -> None:
    clock.set("2025-03-01T08:00:00+07:00")


# --- models ------------------------------------------------------------------------------------


def test_an_assessment_after_the_dissolution_is_refused_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [REG, MODEL, model_dissolved("2024-05-01"), assessed("mh-dg", "2024-10-25")]
    dissolution_first = outcome(ledger, tmp_path, lines)
    assessment_first = outcome(ledger, tmp_path, [REG, MODEL, lines[3], lines[2]])
    assert dissolution_first == assessment_first == every_order(ledger, tmp_path, lines)
    assert dissolution_first == (
        "refused",
        "mh-dg",
        "data.model",
        "mh-1",
        "this model was dissolved on 2024-05-01 (fact mh-gt)",
    )


def test_an_assessment_before_the_dissolution_is_accepted_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [REG, MODEL, assessed("mh-dg", "2024-03-01"), model_dissolved("2024-05-01")]
    assert every_order(ledger, tmp_path, lines) == ("accepted",)


def test_an_assessment_on_the_day_of_the_dissolution_is_accepted_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    """On the same day, within a batch, a model is used before it is dissolved."""
    lines = [REG, MODEL, assessed("mh-dg", "2024-05-01"), model_dissolved("2024-05-01")]
    assert every_order(ledger, tmp_path, lines) == ("accepted",)


def test_an_assessment_before_the_model_was_established_is_refused_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [REG, MODEL, assessed("mh-dg", "2021-03-01")]
    assert every_order(ledger, tmp_path, lines) == (
        "refused",
        "mh-dg",
        "data.model",
        "mh-1",
        "this model was established on 2021-06-15 (fact mh), after this fact's date 2021-03-01",
    )


def test_a_dissolution_before_an_assessment_already_recorded_is_refused(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Across imports: the dissolution dated before a recorded assessment is refused as the
    assessment would be if the dissolution had come first."""
    subject = f"21{next(_numbers):08d}"
    first = tmp_path / "first.jsonl"
    rows = [REG, MODEL, assessed("mh-dg", "2024-10-25")]
    first.write_text("\n".join(json.dumps({**x, "subject": subject}) for x in rows) + "\n")
    ledger.import_jsonl(first)
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({**model_dissolved("2024-05-01"), "subject": subject}) + "\n")
    with pytest.raises(InvalidRecord) as caught:
        ledger.import_jsonl(second)
    assert caught.value.problem == (
        "this model is already recorded in use on 2024-10-25 (fact mh-dg), after this "
        "dissolution's date 2024-05-01"
    )
    assert [f.id for f in ledger.facts(subject)] == ["reg", "mh", "mh-dg"]


# --- sub-units ---------------------------------------------------------------------------------


def test_a_rating_after_the_sub_unit_was_dissolved_is_refused_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [
        REG,
        sub_unit("dm", "2019-09-01"),
        sub_unit_dissolved("2024-06-30"),
        rated("dm-td", "2024-11-06"),
    ]
    assert every_order(ledger, tmp_path, lines) == (
        "refused",
        "dm-td",
        "data.sub_unit",
        "phong-hc",
        "this sub-unit was dissolved on 2024-06-30 (fact dm-gt)",
    )


def test_a_rating_before_the_dissolution_is_accepted_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [
        REG,
        sub_unit("dm", "2019-09-01"),
        rated("dm-td", "2024-03-01"),
        sub_unit_dissolved("2024-06-30"),
    ]
    assert every_order(ledger, tmp_path, lines) == ("accepted",)


def test_a_sub_unit_reference_used_twice_refuses_the_later_one_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [REG, sub_unit("dm-2", "2022-01-01", "Phòng mới"), sub_unit("dm", "2019-09-01")]
    assert every_order(ledger, tmp_path, lines) == (
        "refused",
        "dm-2",
        "data.sub_unit",
        "phong-hc",
        "this sub-unit reference was already used (fact dm): choose a new one",
    )


# --- the guard force ---------------------------------------------------------------------------


def test_a_disbandment_listed_before_the_establishment_is_accepted(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [REG, force("bv", "2019-09-01"), disbanded("bv-gt", "2024-05-01")]
    assert every_order(ledger, tmp_path, lines) == ("accepted",)


def test_two_disbandments_refuse_the_later_one_in_either_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [
        REG,
        force("bv", "2019-09-01"),
        disbanded("bv-gt-2", "2024-08-01"),
        disbanded("bv-gt", "2024-05-01"),
    ]
    assert every_order(ledger, tmp_path, lines) == (
        "refused",
        "bv-gt-2",
        "type",
        "ProtectionForceDisbanded",
        "no guard force stands on 2024-08-01 (record its ProtectionForceEstablished first)",
    )


def test_a_force_set_up_again_may_be_disbanded_again_in_any_order(
    ledger: Ledger, tmp_path: Path
) -> None:
    lines = [
        REG,
        force("bv", "2019-09-01"),
        disbanded("bv-gt", "2022-05-01"),
        force("bv-2", "2023-01-01"),
        disbanded("bv-gt-2", "2024-08-01"),
    ]
    assert every_order(ledger, tmp_path, lines) == ("accepted",)


def test_a_disbandment_before_one_already_recorded_is_refused(
    ledger: Ledger, tmp_path: Path
) -> None:
    subject = f"21{next(_numbers):08d}"
    first = tmp_path / "first.jsonl"
    rows = [REG, force("bv", "2019-09-01"), disbanded("bv-gt-2", "2024-08-01")]
    first.write_text("\n".join(json.dumps({**x, "subject": subject}) for x in rows) + "\n")
    ledger.import_jsonl(first)
    with pytest.raises(InvalidRecord, match=r"already recorded as disbanded on 2024-08-01"):
        ledger.record(
            subject,
            ProtectionForceDisbanded(reason="Thuê dịch vụ"),
            occurred_on=date(2024, 5, 1),
            recorded_by="x",
        )
