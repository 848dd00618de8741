"""``antq subjects``: its filters (kind, province or commune, ownership, verdict for a year) and
its count, checked against the library's own answers on the Trà Vinh example."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.domain.vocabulary import SubjectKind, Verdict

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("subjects") / "subjects.sqlite3")
    assert main(["--db", path, "--role", "system", "import", str(EXAMPLE)]) == 0
    return path


@pytest.fixture
def run(db: str, capsys: pytest.CaptureFixture[str]) -> Run:
    def runner(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return runner


def ids(run: Run, *args: str) -> list[str]:
    code, out, err = run("subjects", "--format", "json", *args)
    assert code == 0, err
    return [s["id"] for s in json.loads(out)]


def verdicts_2024(db: str) -> dict[str, Verdict]:
    """Each subject's 2024 verdict as ``antq status`` gives it, as of its kind's settled day."""
    with Ledger(db) as ledger:
        found = {}
        for s in ledger.subjects():
            as_of = ledger.rulebook.for_year(2024).default_as_of(s.kind, 2024)
            found[s.id] = ledger.status(s.id, 2024, as_of=as_of).verdict
        return found


def test_without_a_filter_every_subject_and_the_count(run: Run, db: str) -> None:
    with Ledger(db) as ledger:
        everyone = [s.id for s in ledger.subjects()]
    code, out, _ = run("subjects")
    assert code == 0 and out.splitlines()[-1] == f"{len(everyone)} đơn vị"
    assert [line.split()[0] for line in out.splitlines()[2:-1]] == everyone
    _, out, _ = run("--lang", "en", "subjects")
    assert out.splitlines()[-1] == f"{len(everyone)} subjects"


def test_by_kind(run: Run, db: str) -> None:
    with Ledger(db) as ledger:
        for kind in SubjectKind:
            expected = [s.id for s in ledger.subjects() if s.kind is kind]
            assert ids(run, "--kind", kind.value) == expected
    assert ids(run, "--kind", "residential_area") == ["29254-KHOM3", "29293-KHOM2"]


def test_by_ownership_and_kind_together(run: Run) -> None:
    private = ids(run, "--ownership", "private")
    assert private == ["2100000002", "2100000004", "2100000005"]
    assert ids(run, "--ownership", "private", "--kind", "agency") == []
    code, out, _ = run("subjects", "--ownership", "foreign_invested")
    assert code == 0 and "2100000003" in out and out.splitlines()[-1] == "1 đơn vị"


def test_by_province_current_or_former_in_any_case(run: Run, db: str) -> None:
    with Ledger(db) as ledger:
        everyone = [s.id for s in ledger.subjects()]
    assert ids(run, "--province", "trà vinh") == everyone
    # Trà Vinh is part of Vĩnh Long since 01/07/2025: the current province lists its units.
    assert ids(run, "--province", "Vĩnh Long") == everyone
    assert ids(run, "--province", "Cần Thơ") == []  # known (a merger names it), no unit there


def test_an_unknown_province_is_one_line_and_exit_2(run: Run) -> None:
    code, out, err = run("subjects", "--province", "Atlantis")
    assert code != 0 and out == "" and err == "antq: error: unknown province 'Atlantis'\n"


def test_by_commune_code_or_name(run: Run) -> None:
    by_code = ids(run, "--commune", "29293")
    assert by_code == ["2100000005", "29293", "29293-KHOM2"]  # a unit, the commune, its khóm
    assert ids(run, "--commune", "thị trấn cầu kè, huyện cầu kè") == [
        "2100000005",
        "29293-KHOM2",
    ]
    assert "2100000004" not in ids(run, "--commune", "29254")


def test_by_verdict_for_a_year(run: Run, db: str) -> None:
    expected = verdicts_2024(db)
    assert set(expected.values()) >= {Verdict.ACHIEVED, Verdict.NOT_ACHIEVED}
    for verdict in Verdict:
        wanted = sorted(s for s, v in expected.items() if v is verdict)
        assert ids(run, "--verdict", verdict.value, "--year", "2024") == wanted, verdict
    _, out, _ = run("subjects", "--format", "json", "--year", "2024")
    assert {s["id"]: s["verdict"] for s in json.loads(out)} == {
        s: v.value for s, v in expected.items()
    }
    code, out, _ = run(
        "subjects", "--verdict", "not_achieved", "--year", "2024", "--kind", "agency"
    )
    assert code == 0 and out.splitlines()[-1] == "1 đơn vị" and "chưa đạt" in out


def test_a_verdict_without_a_year_is_refused_in_the_user_s_language(run: Run) -> None:
    code, out, err = run("subjects", "--verdict", "achieved")
    assert (code, out, err) == (2, "", "antq: error: --verdict cần --year\n")
    code, _, err = run("--lang", "en", "subjects", "--verdict", "achieved")
    assert code == 2 and err == "antq: error: --verdict needs --year\n"
