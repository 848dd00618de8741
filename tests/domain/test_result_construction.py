"""The evaluation builds its results slot by slot (``regulation/evaluation.py``
``_from_finding``), bypassing the attrs ``__init__``: what it builds must be the value the
class's own constructor builds, field for field, for every kind of finding."""

from __future__ import annotations

from datetime import date
from itertools import product

import attrs

from antq_compliance.domain.vocabulary import Status, TextStatus
from antq_compliance.regulation.criteria import Finding
from antq_compliance.regulation.evaluation import _from_finding
from antq_compliance.regulation.results import CriterionResult, RuleRef

RULE = RuleRef(instrument="TT124", version="2022", interpretation=(("p", "v"),))


def test_a_result_built_slot_by_slot_is_the_one_the_constructor_builds() -> None:
    for status, text_status, due in product(Status, TextStatus, (None, date(2024, 3, 31))):
        finding = Finding(
            status=status, reason_vi="lý do", reason_en="reason", evidence=("a", "b"), due=due
        )
        built = _from_finding(
            finding,
            id="TT124.D6.K1",
            text_status=text_status,
            rule=RULE,
            title_vi="t",
            title_en="u",
        )
        expected = CriterionResult(
            id="TT124.D6.K1",
            status=status,
            provisional=text_status is TextStatus.PROVISIONAL,
            text_status=text_status,
            evidence=("a", "b"),
            reason_vi="lý do",
            reason_en="reason",
            due=due,
            rule=RULE,
            title_vi="t",
            title_en="u",
        )
        assert built == expected and hash(built) == hash(expected)
        assert attrs.asdict(built, recurse=False) == attrs.asdict(expected, recurse=False)
        assert type(built) is CriterionResult
