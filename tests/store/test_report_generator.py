"""The province-sized example log (examples/tra_vinh/generate.py): deterministic, importable,
its 2022 report has the shape of what Trà Vinh reported for 2021–2022, most registered units
achieve the standard, and the audit of their recognition decisions finds only a few slips."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from antq_compliance import Ledger
from antq_compliance.domain.policy import SYSTEM
from antq_compliance.projections.reports.figures import AmbiguousCommune
from antq_compliance.projections.reports.projection import ReportProjection
from conftest import FakeClock

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "generate.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tra_vinh_generate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_same_seed_writes_the_same_bytes(generator: ModuleType, tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert generator.main(["--out", str(first)]) == 0
    assert generator.main(["--out", str(second)]) == 0
    assert generator.main(["--out", str(other), "--seed", "7"]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != other.read_bytes()


def test_the_log_has_what_the_issue_asks_for(generator: ModuleType) -> None:
    lines = [json.loads(line) for line in generator.lines()]
    types = Counter(line["type"] for line in lines)
    registered = [line for line in lines if line["type"] == "SubjectRegistered"]
    ownership = Counter(line["data"].get("ownership") for line in registered)
    assert ownership["state_owned"] and ownership["foreign_invested"]
    assert ownership["private"] + ownership["state_owned"] + ownership["foreign_invested"] >= 200
    years = {line["occurred_on"][:4] for line in lines if line["type"] == "PropagandaSessionHeld"}
    assert years == {"2021", "2022", "2023", "2024", "2025"}
    assert any(line.get("supersedes") for line in lines)
    assert types["FactRetracted"] > 0 and types["IncidentOccurred"] > 0
    moved = [
        line
        for line in lines
        if line["type"] == "ProfileChanged" and line["data"].get("province") == "Vĩnh Long"
    ]
    assert moved and all(line["occurred_on"] == "2025-07-01" for line in moved)
    assert types["StaffOffenceRecorded"] > 0 and types["EmulationCommitmentSigned"] > 0
    # Every kind of subject: 20 communes with 3 residential areas each, 10 schools.
    kinds = Counter(line["data"]["kind"] for line in registered)
    assert (kinds["commune"], kinds["residential_area"], kinds["educational_institution"]) == (
        20,
        60,
        10,
    )
    for fact_type in (
        "HouseholdsCounted",
        "CrimeFiguresReported",
        "ParentsBoardArrangementAdopted",
    ):
        assert types[fact_type] > 0, fact_type
    assert types["HotspotIdentified"] > 0
    # Small and micro enterprises registered under Circular 23, not once out of scope.
    small = {
        line["subject"]
        for line in registered
        if line["data"].get("size", {}).get("declared") in ("small", "micro")
    }
    filed = Counter(
        line["data"]["year"] > 2021
        for line in lines
        if line["type"] == "StandardRegistrationFiled" and line["subject"] in small
    )
    assert filed[False] > 0 and filed[True] == 0


def test_every_recognised_unit_held_its_review_and_filed_its_dossier(
    generator: ModuleType,
) -> None:
    lines = [json.loads(line) for line in generator.lines()]
    held = {
        (line["subject"], line["data"]["year"], line["type"])
        for line in lines
        if line["type"] in ("ReviewMeetingHeld", "DossierSubmitted")
    }
    decisions = [line for line in lines if line["type"] == "RecognitionDecided"]
    kinds = {
        line["subject"]: line["data"]["kind"]
        for line in lines
        if line["type"] == "SubjectRegistered"
    }
    by_year = Counter((d["data"]["year"], d["data"]["outcome"]) for d in decisions)
    for year in range(2021, 2026):
        assert by_year[year, "recognised"] > 100
        assert 0 < by_year[year, "not_recognised"] < by_year[year, "recognised"] / 3
    # Who decides, and by when (TT124.D9.K1, D10): a residential area by the commune before
    # 15/11, a commune by the district before 20/11 (2022-2024: the district level ended on
    # 30/06/2025), the others by the commune or the province before 20/11.
    levels = {
        "residential_area": {"commune"},
        "commune": {"district"},
        "educational_institution": {"province"},
        "enterprise": {"commune", "province"},
        "agency": {"province"},
    }
    for decision in decisions:
        key = (decision["subject"], decision["data"]["year"])
        kind = kinds[decision["subject"]]
        assert (*key, "ReviewMeetingHeld") in held and (*key, "DossierSubmitted") in held
        year = decision["data"]["year"]
        if kind == "residential_area":
            assert f"{year}-10-31" < decision["occurred_on"] < f"{year}-11-15"
        else:
            assert decision["occurred_on"] > f"{year}-11-15"
        assert decision["data"]["authority_level"] in levels[kind], decision
        assert kind != "commune" or 2022 <= year <= 2024
        assert ("certificate_number" in decision["data"]) == (
            decision["data"]["outcome"] == "recognised"
        )
    assert len({(d["subject"], d["data"]["year"]) for d in decisions}) == len(decisions)
    assert max(line["occurred_on"] for line in lines) <= "2025-11-30"


def test_the_2022_report_has_the_shape_of_the_provinces_figures(
    generator: ModuleType, tmp_path: Path, store: str
) -> None:
    path = tmp_path / "province.jsonl"
    generator.main(["--out", str(path)])
    clock = FakeClock()
    with Ledger(store, clock=clock, actor=SYSTEM) as ledger:
        result = ledger.import_jsonl(path)
        assert result.written == sum(1 for _ in path.open(encoding="utf-8"))
        projection: ReportProjection = ledger.report_projection()
        findings = ledger.audit(2022)
        findings_2021 = ledger.audit(2021)  # Circular 23: decisions signed after its year
        # The projection holds no fact: its reports read the area's streams from the ledger.
        y2021 = projection.report("Trà Vinh", 2021, former=True)
        y2022 = projection.report("Trà Vinh", 2022, former=True)
        now = projection.report("Vĩnh Long", 2025)
        before = projection.report("Trà Vinh", 2025, former=True)
    shares = {k: y2022.figure(f"registered.{k}").share for k in ("state_owned", "private")}
    assert shares["state_owned"] == 1.0
    assert shares["private"] is not None and shares["private"] > 0.7
    fdi = y2022.figure("registered.foreign_invested").share
    assert fdi is not None and 0.4 < fdi < 0.7
    assert y2021.value("sessions") + y2022.value("sessions") > 300
    assert y2021.value("attendance") + y2022.value("attendance") > 85_000
    established = y2021.value("models.established") + y2022.value("models.established")
    assert established == 13
    assert y2022.value("incidents.high_value_theft") + y2022.value("incidents.other") > 0
    assert y2022.value("commendations.total") > 0 and y2022.value("festival_days") > 0
    # Verdicts: most enterprises that registered achieve (Circular 23 in 2021, 124 after);
    # an in-scope enterprise that did not register does not; agencies mostly achieve.
    for report in (y2021, y2022):
        achieved = {item.subject for item in report.figure("verdicts.achieved").items}
        not_achieved = {item.subject for item in report.figure("verdicts.not_achieved").items}
        registered = {
            item.subject
            for group in ("state_owned", "private", "foreign_invested")
            for item in report.figure(f"registered.{group}").items
        }
        enterprises = {
            item.subject
            for group in ("state_owned", "private", "foreign_invested")
            for item in report.figure(f"units.{group}").items
        }
        assert 0.75 <= len(registered & achieved) / len(registered) <= 0.9
        assert enterprises - registered and enterprises - registered <= not_achieved
        agencies = {item.subject for item in report.figure("units.agency").items}
        assert len(agencies & achieved) >= len(agencies) - 2
    # Small and micro enterprises are out of scope from 2022 (Circular 23 excluded nobody).
    assert y2022.value("verdicts.not_applicable") > 0
    assert y2021.value("verdicts.not_applicable") == 0
    # The decisions agree with the record but for the few slips the generator put in.
    assert 1 <= len(findings) <= 6 and 1 <= len(findings_2021) <= 6
    assert {f.code for f in findings} <= {
        "recognised_against_record",
        "no_police_representative",
        "dossier_incomplete",
    }
    # After the merger, the current province holds Trà Vinh and the former Vĩnh Long.
    assert now.value("units.total") > before.value("units.total")
    assert now.value("sessions") > before.value("sessions")


def test_the_2022_report_counts_every_kind_and_lists_the_communes(
    generator: ModuleType, tmp_path: Path, store: str
) -> None:
    path = tmp_path / "province.jsonl"
    generator.main(["--out", str(path)])
    with Ledger(store, clock=FakeClock(), actor=SYSTEM) as ledger:
        ledger.import_jsonl(path)
        projection = ledger.report_projection()
        y2021 = projection.report("Trà Vinh", 2021, former=True)
        y2022 = projection.report("Trà Vinh", 2022, former=True)
        commune_status = {
            row.subject: ledger.status(row.subject, 2022, as_of=date(2022, 12, 31))
            for row in y2022.communes
        }
        with pytest.raises(AmbiguousCommune) as ambiguous:
            projection.report("Vĩnh Long", 2024, commune="Phường 1")
        with pytest.raises(AmbiguousCommune) as still:
            projection.report("Vĩnh Long", 2024, commune="Phường 1, Trà Vinh")
        phuong_1 = projection.report("Vĩnh Long", 2024, commune="29254")
    # Every kind: 60 residential areas, 20 communes, 8 upper-secondary schools in scope (the
    # primary schools are not), each registered; communes with their clause 4, which the
    # report evaluates with the units on their territory exactly as the ledger does.
    assert (
        y2022.value("units.residential_area"),
        y2022.value("units.commune"),
        y2022.value("units.educational_institution"),
        y2022.value("verdicts.educational_institution.not_applicable"),
    ) == (60, 20, 8, 2)
    for kind in ("residential_area", "commune", "educational_institution"):
        assert y2022.figure(f"registered.{kind}").share == 1.0
        assert 0.3 < (y2022.figure(f"recognised.{kind}").share or 0) < 1.0
    assert len(y2022.communes) == 20
    met = y2022.value("communes.clause4_met")
    assert 0 < met < 20 and met + y2022.value("communes.clause4_not_met") == 20
    for row in y2022.communes:
        criterion = commune_status[row.subject].criterion("TT124.D5.K4")
        assert (row.status, row.evidence) == (criterion.status, criterion.evidence)
        assert row.managed >= 3  # its residential areas, and the private enterprises it manages
    assert y2021.value("units.commune") == 0  # Circular 23 years: no criteria for them here
    assert y2021.value("registered.total") == y2021.value("registered.enterprise") + 8
    # A commune is named within its province: "Phường 1" is three communes of Vĩnh Long.
    assert "names 3 communes of Vĩnh Long" in str(ambiguous.value)
    assert "(29254)" in str(ambiguous.value) and "(29551)" in str(ambiguous.value)
    assert "ask for one by its 5-digit code" in str(still.value)
    assert [row.subject for row in phuong_1.communes] == ["29254"]
