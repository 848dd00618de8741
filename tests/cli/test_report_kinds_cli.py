"""`antq report province` for every kind of subject: the communes with their clause 4, a
commune's own figure, a commune named within its province (issue 14, items 6 and 9)."""

from __future__ import annotations

import json

import pytest

from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.domain.policy import SYSTEM
from conftest import FakeClock
from report_log import K1, K2, P1, T1, VL, fill_kinds


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("kinds")
    path = str(folder / "kinds.sqlite3")
    clock = FakeClock()
    with Ledger(path, clock=clock, actor=SYSTEM) as ledger:
        fill_kinds(ledger, clock, folder)
    return path


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, "report", "province", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_table_lists_the_communes_with_their_ratio(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    start = lines.index(
        "Communes: Art. 5 cl. 4 (every unit the commune manages registered, 70% or more recognised)"
    )
    rows = [" ".join(x.split()) for x in lines[start + 1 : start + 6]]
    assert rows[1] == "Communes not meeting Art. 5 cl. 4 2 [communes.clause4_not_met]"
    assert rows[3] == ("29254 Phường 1 registered 3/3 · recognised 2/3 not met [communes.29254]")
    assert rows[4] == "29551 Phường 1 registered 2/2 · recognised 1/2 not met [communes.29551]"
    assert "In scope: residential areas" in out and "Recognised: all" in out


def test_json_lists_the_communes_and_their_units(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--format", "json")
    body = json.loads(out)
    assert code == 0
    (phuong,) = [c for c in body["communes"] if c["subject"] == P1]
    assert {k: phuong[k] for k in ("managed", "registered", "recognised", "status")} == {
        "managed": 3,
        "registered": 3,
        "recognised": 2,
        "status": "not_met",
    }
    assert [u["subject"] for u in phuong["units"]] == [T1, K1, K2]
    assert phuong["units"][0]["decision"] == f"{T1}-qd-2024-sua"


def test_explain_a_commune_lists_the_units_it_manages(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(
        capsys, db, "Vĩnh Long", "--year", "2024", "--explain", f"communes.{P1}", "--lang", "en"
    )
    assert code == 0
    assert f"[communes.{P1}] = 2/3 66.7%" in out
    assert f"{K2}  Khóm 2 — residential_area, registered, recognised" in out
    assert f"Facts: {T1}-dk-2024, {T1}-qd-2024-sua" in out
    code, _, err = run(capsys, db, "Vĩnh Long", "--year", "2024", "--explain", "communes.00000")
    assert code == 2 and err.count("\n") == 1 and "communes.29254, communes.29551" in err


def test_an_ambiguous_commune_is_one_line_listing_the_candidates(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, err = run(capsys, db, "Vĩnh Long", "--year", "2024", "--commune", "Phường 1")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "Phường 1 of Trà Vinh (29254); Phường 1 of Vĩnh Long (29551)" in err
    code, out, _ = run(
        capsys,
        db,
        "Vĩnh Long",
        "--year",
        "2024",
        "--commune",
        "Phường 1, Vĩnh Long",
        "--format",
        "json",
    )
    assert code == 0
    assert [c["subject"] for c in json.loads(out)["communes"]] == [VL]
    code, out, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--commune", P1)
    assert code == 0 and f"[communes.{P1}]" in out and f"[communes.{VL}]" not in out


def test_a_commune_in_the_csv_and_markdown(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, out, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--format", "csv")
    assert f"Vĩnh Long,2024,communes.{P1}," in out
    _, out, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--format", "md")
    assert f"| {P1} Phường 1 | đăng ký 3/3 · công nhận 2/3 | chưa đạt | `communes.{P1}` |" in out
    _, page, _ = run(capsys, db, "Vĩnh Long", "--year", "2024", "--format", "html")
    assert f"communes.{P1}" in page
