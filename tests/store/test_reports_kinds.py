"""Provincial reports for every kind of subject (issue 14, items 6 and 9): registration,
recognition and verdicts per kind, the communes with their clause-4 ratio, a commune named
within its province, and a former province read as of its last day. The log is
``report_log.py``'s second one (``fill_kinds``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from antq_compliance import Ledger, Status, Verdict
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.projections.reports.figures import (
    FIGURE_KEYS,
    AmbiguousCommune,
    ProvinceReport,
    UnknownFigure,
)
from conftest import FakeClock
from report_log import (
    K1,
    K2,
    P1,
    PRIMARY,
    SCHOOL,
    T1,
    T2,
    T3,
    V1,
    VK1,
    VL,
    correction_lines,
    fill_kinds,
    write,
)


@pytest.fixture
def filled(ledger: Ledger, clock: FakeClock, tmp_path: Path) -> Ledger:
    fill_kinds(ledger, clock, tmp_path)
    return ledger


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    clock = FakeClock()
    with Ledger(":memory:", clock=clock, actor=SYSTEM) as ledger:
        fill_kinds(ledger, clock, tmp_path_factory.mktemp("kinds"))
        yield ledger


def subjects(report: ProvinceReport, key: str) -> list[str]:
    return [i.subject for i in report.figure(key).items]


# --- per kind --------------------------------------------------------------------------------


def test_registration_recognition_and_verdicts_per_kind(filled: Ledger) -> None:
    report = filled.province_report("Trà Vinh", 2024, former=True)
    assert subjects(report, "units.residential_area") == [K1, K2]
    assert subjects(report, "units.commune") == [P1]
    assert subjects(report, "units.enterprise") == [T1, T2]  # T3 is small: out of scope
    assert subjects(report, "units.educational_institution") == [SCHOOL]
    assert subjects(report, "verdicts.educational_institution.not_applicable") == [PRIMARY]
    assert report.figure("registered.residential_area").of == 2
    assert report.value("registered.total") == report.value("units.total") == 6
    assert subjects(report, "recognised.residential_area") == [K1, K2]
    assert subjects(report, "recognised.enterprise") == []  # T1's decision was corrected
    assert subjects(report, "recognised.educational_institution") == [SCHOOL]
    assert report.figure("recognised.residential_area").items[0].events == (f"{K1}-qd-2024",)
    assert report.value("recognised.total") == 3 and report.figure("recognised.total").of == 6
    for key in FIGURE_KEYS:
        if key.startswith("verdicts.") and key.count(".") == 2:
            kind, verdict = key.split(".")[1:]
            for item in report.figure(key).items:
                status = filled.status(item.subject, 2024, as_of=date(2024, 12, 31))
                assert (status.kind.value, status.verdict.value) == (kind, verdict), key
    totals = {v: report.value(f"verdicts.{v.value}") for v in Verdict}
    by_kind = {
        v: sum(report.value(f"verdicts.{k}.{v.value}") for k in ("residential_area", "commune"))
        + sum(
            report.value(f"verdicts.{k}.{v.value}")
            for k in ("agency", "enterprise", "educational_institution")
        )
        for v in Verdict
    }
    assert totals == by_kind


# --- communes and their clause 4 --------------------------------------------------------------


def test_each_commune_with_its_clause_4_ratio(filled: Ledger) -> None:
    report = filled.province_report("Vĩnh Long", 2024)
    rows = {row.subject: row for row in report.communes}
    assert sorted(rows) == [P1, VL]
    phuong = rows[P1]
    assert [u.subject for u in phuong.units] == [T1, K1, K2]  # not T2 (province), not schools
    assert (phuong.managed, phuong.registered, phuong.recognised) == (3, 3, 2)
    assert phuong.status is Status.NOT_MET and phuong.ratio == "3/3 · 2/3 (66%)"
    criterion = filled.status(P1, 2024, as_of=date(2024, 12, 31)).criterion("TT124.D5.K4")
    assert criterion.status is phuong.status and criterion.evidence == phuong.evidence
    assert (rows[VL].registered, rows[VL].recognised, rows[VL].status) == (2, 1, Status.NOT_MET)
    assert subjects(report, "communes.clause4_not_met") == [P1, VL]
    assert report.figure("communes.clause4_not_met").items[0].detail == "3/3 · 2/3 (66%)"
    figure = report.figure(f"communes.{P1}")
    assert (figure.value, figure.of) == (2, 3)
    assert [(i.subject, i.events, i.detail) for i in figure.items] == [
        (T1, (f"{T1}-dk-2024", f"{T1}-qd-2024-sua"), "enterprise, registered, not_recognised"),
        (K1, (f"{K1}-dk-2024", f"{K1}-qd-2024"), "residential_area, registered, recognised"),
        (K2, (f"{K2}-dk-2024", f"{K2}-qd-2024"), "residential_area, registered, recognised"),
    ]
    with pytest.raises(UnknownFigure, match=r"communes\.29254, communes\.29551"):
        report.figure("communes.12345")


def test_a_commune_follows_its_enterprise_s_recognition_as_of_the_right_dates(
    filled: Ledger,
) -> None:
    def row(**clocks: Any) -> tuple[int, Status]:
        report = filled.province_report("Vĩnh Long", 2024, **clocks)
        (found,) = [r for r in report.communes if r.subject == P1]
        return found.recognised, found.status

    assert row(known_at=datetime(2025, 1, 1, tzinfo=UTC)) == (3, Status.MET)  # before the fix
    assert row() == (2, Status.NOT_MET)  # the refusal replaced the recognition
    # On 17/11, T1 was not decided yet: its recognition could still come until 19/11.
    assert row(as_of=date(2024, 11, 17), known_at=datetime(2025, 1, 1, tzinfo=UTC)) == (
        2,
        Status.PENDING,
    )


def test_a_live_projection_re_evaluates_the_commune_when_a_unit_changes(
    ledger: Ledger, clock: FakeClock, tmp_path: Path
) -> None:
    fill_kinds(ledger, clock, tmp_path, corrected=False)
    live = ledger.report_projection()
    before = live.report("Trà Vinh", 2024, former=True)
    assert [r.recognised for r in before.communes] == [3]
    clock.set("2025-12-02T02:00:00")
    ledger.import_jsonl(write(tmp_path / "correction.jsonl", correction_lines()))
    ledger.report_projection(live)
    after = live.report("Trà Vinh", 2024, former=True)
    assert [(r.recognised, r.status) for r in after.communes] == [(2, Status.NOT_MET)]
    assert after == ledger.report_projection().report("Trà Vinh", 2024, former=True)


def test_the_reorganisation_applies_to_every_kind(memory: Ledger) -> None:
    now = memory.province_report("Vĩnh Long", 2024)
    assert set(subjects(now, "units.commune")) == {P1, VL}
    assert set(subjects(now, "units.residential_area")) == {K1, K2, VK1}
    old = memory.province_report("Vĩnh Long", 2024, former=True)
    assert subjects(old, "units.commune") == [VL] and subjects(old, "units.enterprise") == [V1]


# --- item 9 (a): a commune is named within its province ------------------------------------------


def test_an_ambiguous_commune_name_is_refused_with_its_candidates(memory: Ledger) -> None:
    with pytest.raises(AmbiguousCommune) as caught:
        memory.province_report("Vĩnh Long", 2024, commune="Phường 1")
    assert str(caught.value) == (
        "commune 'Phường 1' names 2 communes of Vĩnh Long: Phường 1 of Trà Vinh (29254); "
        'Phường 1 of Vĩnh Long (29551); ask for one as "Phường 1, Trà Vinh" or by its 5-digit '
        "code"
    )


def test_a_qualified_commune_counts_only_its_own_units(memory: Ledger) -> None:
    tra_vinh = memory.province_report("Vĩnh Long", 2024, commune="Phường 1, Trà Vinh")
    by_code = memory.province_report("Vĩnh Long", 2024, commune=P1)
    assert set(subjects(tra_vinh, "units.total")) == {P1, K1, K2, T1, T2, SCHOOL}
    assert subjects(tra_vinh, "units.total") == subjects(by_code, "units.total")
    assert tra_vinh.communes == by_code.communes
    assert subjects(tra_vinh, "sessions") == [T3]  # recorded without a code, in that Phường 1
    assert subjects(by_code, "sessions") == []  # by its code: only units recorded with it
    vinh_long = memory.province_report("Vĩnh Long", 2024, commune=VL)
    assert set(subjects(vinh_long, "units.total")) == {VL, VK1, V1}
    assert [r.subject for r in vinh_long.communes] == [VL]
    former = memory.province_report("Trà Vinh", 2024, former=True, commune="Phường 1")
    assert set(subjects(former, "units.total")) == set(subjects(tra_vinh, "units.total"))


# --- item 9 (b): a former province's last year is read as of its last day ------------------------


def test_a_former_province_s_last_year_is_read_as_of_its_last_day(memory: Ledger) -> None:
    report = memory.province_report("Trà Vinh", 2025, former=True)
    assert (report.as_of, report.as_of_asked) == (date(2025, 6, 30), date(2025, 12, 31))
    same = memory.province_report("Trà Vinh", 2025, former=True, as_of=date(2025, 6, 30))
    assert report.figures == same.figures and same.as_of_asked is None
    assert report.value("recognised.total") == 0  # K1's decision of 12/11/2025 came later
    for key in ("verdicts.not_achieved", "verdicts.pending", "verdicts.achieved"):
        for item in report.figure(key).items:  # every verdict read on 30/06/2025
            status = memory.status(item.subject, 2025, as_of=date(2025, 6, 30))
            assert f"verdicts.{status.verdict.value}" == key, item.subject
    assert T1 in subjects(report, "units.enterprise")  # still in Trà Vinh on 30/06/2025
    now = memory.province_report("Vĩnh Long", 2025)
    assert subjects(now, "recognised.residential_area") == [K1]
    assert now.as_of == date(2025, 12, 31) and now.as_of_asked is None
