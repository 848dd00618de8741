"""The evaluation builds its results slot by slot (``regulation/evaluation.py``
``_from_finding``), bypassing the attrs ``__init__``: what it builds must be the value the
class's own constructor builds, field for field, for every kind of finding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import product

import attrs
import pytest

from antq_compliance import AsOf, Fact
from antq_compliance.domain.errors import BeforeSubjectExisted
from antq_compliance.domain.record import build_record
from antq_compliance.domain.vocabulary import Status, TextStatus
from antq_compliance.regulation.criteria import Finding
from antq_compliance.regulation.evaluation import _from_finding, evaluate, evaluate_record
from antq_compliance.regulation.results import CriterionResult, RuleRef
from builders import SUBJECT, compliant_year, registration

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


def test_evaluating_a_record_built_by_the_caller_is_evaluating_the_facts() -> None:
    """``evaluate_record`` (a report builds the record once for its figures and the status)
    gives what ``evaluate`` gives, for each year and as-of point, and refuses the same way."""
    at = datetime(2025, 1, 10, tzinfo=UTC)
    facts = [
        Fact(**attrs.asdict(d, recurse=False), recorded_at=at)
        for d in [registration(), *compliant_year(2024), *compliant_year(2025)]
    ]
    for year, day in (
        (2024, date(2024, 6, 30)),
        (2024, date(2025, 1, 31)),
        (2025, date(2025, 3, 1)),
    ):
        for known_at in (None, at, at - timedelta(days=1)):
            as_of = AsOf(business=day, known_at=known_at)
            record = build_record(SUBJECT, facts, as_of=day, known_at=known_at)
            try:
                expected = evaluate(SUBJECT, facts, year, as_of)
            except BeforeSubjectExisted:
                with pytest.raises(BeforeSubjectExisted):
                    evaluate_record(record, facts, year, as_of)
                continue
            assert evaluate_record(record, facts, year, as_of) == expected
    early = AsOf(business=date(2000, 1, 1))
    record = build_record(SUBJECT, facts, as_of=early.business, known_at=None)
    with pytest.raises(BeforeSubjectExisted):
        evaluate_record(record, facts, 2024, early)
