"""The specification report (``antq spec-report``): coverage matrix, ``--check``, sign-offs and
their staleness, the HTML and Markdown editions, and the catalogue's effective dates."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

from antq_compliance import DEFAULT_RULEBOOK, Interpretation, Rulebook, catalogue
from antq_compliance.cli.main import main
from antq_compliance.regulation.clauses import instruments
from antq_compliance.regulation.criteria import Context, Finding
from antq_compliance.regulation.tt124 import TT124
from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import (
    FINDING,
    NEGATIVE,
    NO_FINDING,
    POSITIVE,
    audit_ids,
    collect_features,
    expected_words,
    own_result_ids,
)
from antq_compliance.spec.implementations import fingerprint
from antq_compliance.spec.report import (
    Report,
    build_report,
    render_html,
    render_markdown,
)
from antq_compliance.spec.results import load_results
from antq_compliance.spec.signoff import FINGERPRINT_LENGTH, SignoffError, load_signoffs

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
SIGNOFF = ROOT / "reviews" / "signoff.toml"
RULEBOOK_CLAUSES = sorted({c for v in DEFAULT_RULEBOOK.versions for c in v.clause_ids()})
AUDIT_CLAUSES = sorted(audit_ids() - set(RULEBOOK_CLAUSES))
"""Clauses the audit's checks implement outside the rule versions (TT124.D3.K1, D8.K1 — the
verdict, which the rule versions decide without citing it — D9, D10, TT48)."""


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report(FEATURES, signoff=SIGNOFF)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def copy_features(tmp_path: Path) -> Path:
    target = tmp_path / "features"
    shutil.copytree(FEATURES, target)
    return target


def write_signoffs(path: Path, *entries: dict[str, Any]) -> Path:
    """A sign-off file; values are written as TOML (strings quoted, dates bare)."""
    lines = ["# test sign-offs"]
    for entry in entries:
        lines.append("[[signoff]]")
        for key, value in entry.items():
            shown = value.isoformat() if isinstance(value, date) else json.dumps(value)
            lines.append(f"{key} = {shown}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def approval(clause_id: str, fp: str, **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "clause": clause_id,
        "verdict": "approved",
        "reviewer": "Phòng Pháp chế (thử)",
        "date": date(2025, 12, 1),
        "source": "Văn bản thử nghiệm",
        "comment": "",
        "fingerprint": fp,
    }
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not None}


def drop_scenarios(folder: Path, clause_id: str, word: str) -> list[str]:
    """Delete, from the copy of the features in ``folder``, what in the clause's Rule expects
    ``word``: the Examples rows that do, or the whole scenario when every run does. Returns the
    names of the scenarios touched."""
    found = collect_features(folder)
    own_result = own_result_ids(DEFAULT_RULEBOOK)
    doomed = [
        s
        for s in found.scenarios
        if clause_id in s.rule_clauses and word in expected_words(clause_id, [s], own_result)
    ]
    assert doomed, f"no scenario of {clause_id} expects {word!r}"
    for path in {s.path for s in doomed if s.path is not None}:
        feature = found.features[path]
        starts: list[int] = []
        for child in feature.children:
            blocks: list[Any] = [child.scenario, child.background, child.rule]
            if child.rule is not None:
                blocks += [c.scenario for c in child.rule.children]
                blocks += [c.background for c in child.rule.children]
            for block in filter(None, blocks):
                tags = [t.location.line for t in getattr(block, "tags", [])]
                starts.append(min([block.location.line, *tags]))
        starts.sort()
        lines = path.read_text("utf-8").splitlines(keepends=True)
        keep = [True] * len(lines)
        for facts in doomed:
            if facts.path != path or facts.scenario is None:
                continue
            scenario = facts.scenario
            body = [row for x in scenario.examples for row in x.table_body or []]
            hit = [
                n
                for n, row in enumerate(facts.rows)
                if word in expected_words(clause_id, [row], own_result)
            ]
            if body and len(hit) < len(facts.rows):
                for n in hit:
                    keep[body[n].location.line - 1] = False
                continue
            first = min([scenario.location.line, *(t.location.line for t in scenario.tags)])
            end = next((s for s in starts if s > first), len(lines) + 1)
            for n in range(first, end):
                keep[n - 1] = False
        path.write_text("".join(line for line, k in zip(lines, keep, strict=True) if k), "utf-8")
    return [s.scenario.name for s in doomed if s.scenario is not None]


# --- the catalogue's effective dates --------------------------------------------------------------


def test_every_clause_has_the_dates_of_its_instrument_from_the_regulation_file() -> None:
    known = catalogue()
    for item in known.values():
        assert item.instrument in instruments(), item.id
        if item.instrument == "TT124":
            assert (item.effective_from, item.effective_to) == (date(2022, 2, 10), None), item.id
        elif item.instrument == "TT23":
            # The regulation file gives TT23's end (until 09/02/2022), not its start: not confirmed.
            assert (item.effective_from, item.effective_to) == (None, date(2022, 2, 9)), item.id
        elif item.instrument == "TT48":  # "date not confirmed"
            assert (item.effective_from, item.effective_to) == (None, None), item.id
        elif item.instrument == "ND80":
            assert (item.effective_from, item.effective_to) == (date(2021, 10, 15), None)
    assert known["TT124.D6.K1.p1"].in_force_on(date(2022, 2, 9)) is False
    assert known["TT124.D6.K1.p1"].in_force_on(date(2022, 2, 10)) is True
    assert known["TT23.D7.K1"].in_force_on(date(2022, 2, 10)) is False
    assert known["TT23.D7.K1"].in_force_on(date(2015, 1, 1)) is None  # start not confirmed


def test_the_rule_versions_agree_with_the_catalogue_dates() -> None:
    for version in DEFAULT_RULEBOOK.versions:
        for clause_id in version.clause_ids():
            item = catalogue()[clause_id]
            if item.effective_from is not None:
                assert version.effective_from == item.effective_from, clause_id
            if item.effective_to is not None:
                assert version.effective_to == item.effective_to, clause_id


# --- the coverage matrix on the real features -----------------------------------------------------


def test_every_clause_of_the_rulebook_has_its_rule_rule_text_and_both_sides(report: Report) -> None:
    assert AUDIT_CLAUSES == ["TT124.D10", "TT124.D3.K1", "TT124.D8.K1", "TT124.D9", "TT48"]
    for clause_id in RULEBOOK_CLAUSES + AUDIT_CLAUSES:
        item = report.clause(clause_id)
        assert item.implemented
        assert [i for i in item.implementations if i.role != "routing"], clause_id
        assert len(item.rules) == 1, clause_id
        assert item.passing and item.failing, clause_id
        assert item.gaps(FEATURES) == [], clause_id
    assert report.gaps() == []
    assert [c.clause.id for c in report.clauses] == list(catalogue())


def test_the_matrix_names_the_implementing_predicates(report: Report) -> None:
    def names(clause_id: str) -> list[tuple[str, str, str]]:
        return [(i.instrument, i.role, i.name) for i in report.clause(clause_id).implementations]

    d06 = "regulation.tt124.d06_agencies_enterprises"
    assert names("TT124.D6.K1.p1") == [("TT124", "criterion", f"{d06}.party_resolution")]
    assert names("TT124.D1.K2.b") == [("TT124", "scope", "regulation.tt124.d01_scope.scope")]
    assert names("TT124.D8.K2.b") == [
        ("TT124", "window", "regulation.tt124.d08_evaluation.general_window"),
        ("TT124", "window", "regulation.calendar.q1"),
    ]
    assert names("TT23.D7.K4") == [
        ("TT23", "criterion", "regulation.tt23.d07_agencies_enterprises.protection_force")
    ]
    assert report.clause("TT124.D6.K1.p1").implementations[0].version == TT124.version
    assert names("TT48") == [
        ("TT48", "audit", "regulation.tt48.dossier_misrouted"),
        ("TT48", "routing", "regulation.tt48.ROUTE"),
    ]
    assert names("TT124.D3.K1") == [
        ("TT124", "audit", "regulation.tt124.d03_principles.second_decision")
    ]
    d9_checks = ("no_review_meeting", "no_police_representative", "no_dossier")
    d09 = "regulation.tt124.d09_procedure"
    assert [n for _, _, n in names("TT124.D9")] == [
        *(f"{d09}.{code}" for code in (*d9_checks, "dossier_incomplete")),
        f"{d09}.ROUTE",
    ]
    assert names("TT124.D2.K2") == []
    assert not report.clause("TT124.D2.K2").implemented
    assert report.clause("TT124.D2.K2").gaps(FEATURES) == []  # outside the rulebook: no gap


def test_the_scope_clause_counts_not_applicable_as_its_failing_side(report: Report) -> None:
    scope = report.clause("TT124.D1.K2.b")
    assert scope.scope
    own_result = own_result_ids(DEFAULT_RULEBOOK)
    failing_words = set().union(
        *(expected_words(scope.clause.id, [v.facts], own_result) for v in scope.failing)
    )
    assert "không áp dụng" in failing_words
    assert NEGATIVE not in failing_words  # the scope clause is never "chưa đạt"


def test_boundary_scenarios_straddle_a_date_or_are_named_so(report: Report) -> None:
    p1 = report.clause("TT124.D6.K1.p1")
    boundary = {v.facts.scenario.name for v in p1.boundary if v.facts.scenario}
    # rows 31/03/2024 "đạt" and 01/04/2024 "chưa đạt"; 30/03 "đang chờ" and 31/03 "chưa đạt"
    assert "Nghị quyết <hình thức> ban hành ngày <ngày ban hành>" in boundary
    assert "Chưa có nghị quyết, đánh giá tại ngày <ngày đánh giá>" in boundary
    # a plain scenario is a boundary scenario only when its name says so
    assert "Nghị quyết đã bị rút lại thì không còn được tính" not in boundary
    assert report.clause("TT124.D8.K2.b").boundary  # the window: 15/11 and 16/11


def test_the_boundary_heuristic_on_small_files(tmp_path: Path) -> None:
    head = (
        "# language: vi\nTính năng: Thử\n  @TT124.D6.K1.p3\n  Quy tắc: Nội quy\n"
        "    Trạng thái văn bản: đã đối chiếu (verified)\n\n"
    )
    outline = (
        "    Khung kịch bản: Nội quy ngày <ngày>\n"
        '      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024, trừ tiêu chí "X"\n'
        '      Khi đánh giá năm 2024 tại ngày "<ngày>"\n'
        '      Thì tiêu chí "TT124.D6.K1.p3" là "<kết quả>"\n\n'
        "      Dữ liệu:\n        | ngày       | kết quả  |\n{rows}\n"
    )
    straddle = "        | 15/11/2024 | đạt      |\n        | 16/11/2024 | chưa đạt |"
    same = "        | 01/06/2024 | đạt      |\n        | 02/06/2024 | đạt      |"
    named = outline.replace("Nội quy ngày <ngày>", "Sát ranh giới kỳ đánh giá, ngày <ngày>")
    (tmp_path / "a.feature").write_text(head + outline.format(rows=straddle), "utf-8")
    (tmp_path / "b.feature").write_text(head + outline.format(rows=same), "utf-8")
    (tmp_path / "c.feature").write_text(head + named.format(rows=same), "utf-8")

    item = build_report(tmp_path).clause("TT124.D6.K1.p3")

    flags = {v.relative: v.boundary for v in item.scenarios}
    assert flags == {"a.feature": True, "b.feature": False, "c.feature": True}


# --- antq spec-report --check ---------------------------------------------------------------------


def test_check_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "spec-report", "--check", "--features", str(FEATURES), "--signoff", str(SIGNOFF)
    )

    assert (code, err) == (0, "")
    implemented = len(RULEBOOK_CLAUSES) + len(AUDIT_CLAUSES)
    assert f"each of the {implemented} clauses implemented by the rulebook or the audit" in out


@pytest.mark.parametrize("clause_id", ["TT124.D6.PROV3", "TT124.D6.K1.p3", "TT23.D7.K4"])
def test_check_fails_when_a_rule_loses_its_failing_scenarios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clause_id: str
) -> None:
    folder = copy_features(tmp_path)
    dropped = drop_scenarios(folder, clause_id, NEGATIVE)

    code, out, err = run(capsys, "spec-report", "--check", "--features", str(folder))

    assert dropped
    assert code == 1
    assert f'{clause_id}: no scenario expects "{NEGATIVE}"' in out.splitlines()
    assert not [
        line for line in out.splitlines() if line.startswith("TT") and clause_id not in line
    ]
    assert err.startswith("antq: error: spec check:")


@pytest.mark.parametrize("clause_id", ["TT48", "TT124.D3.K1", "TT124.D10"])
def test_check_fails_when_an_audited_clause_loses_its_finding_scenarios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clause_id: str
) -> None:
    folder = copy_features(tmp_path)
    dropped = drop_scenarios(folder, clause_id, FINDING)

    code, out, _ = run(capsys, "spec-report", "--check", "--features", str(folder))

    assert dropped
    assert code == 1
    assert f'{clause_id}: no scenario expects "chưa đạt" or "có phát hiện"' in out.splitlines()


def test_check_fails_when_an_audited_clause_loses_its_scenario_without_finding(
    tmp_path: Path,
) -> None:
    folder = copy_features(tmp_path)
    drop_scenarios(folder, "TT124.D3.K1", NO_FINDING)

    gaps = build_report(folder).gaps()

    assert gaps == ['TT124.D3.K1: no scenario expects "không có phát hiện nào" or "đạt"']


def test_check_fails_without_a_rule_or_a_passing_scenario(tmp_path: Path) -> None:
    folder = copy_features(tmp_path)
    drop_scenarios(folder, "TT124.D6.K1.p2", POSITIVE)
    path = folder / "tt124" / "dieu_06_tieu_chi.feature"
    path.write_text(path.read_text("utf-8").replace("@TT124.D6.PROV2\n", "\n"), "utf-8")

    gaps = build_report(folder).gaps()

    assert 'TT124.D6.K1.p2: no scenario expects "đạt"' in gaps
    assert f"TT124.D6.PROV2: no Rule (Quy tắc) tagged @TT124.D6.PROV2 in {folder}" in gaps
    assert 'TT124.D6.PROV2: no scenario expects "chưa đạt"' in gaps


def _element(store: str, facts: Any, row: int, statuses: list[str]) -> dict[str, Any]:
    one = facts.rows[row]
    steps = [
        {
            "keyword": "Biết",
            "name": text,
            "line": facts.scenario.location.line + 1 + n,
            "result": {"status": status},
        }
        for n, (text, status) in enumerate(zip(one.steps, statuses, strict=False))
    ]
    return {
        "keyword": facts.scenario.keyword,
        "id": f"test_x[{store}-{row}]",
        "name": one.name,
        "line": facts.scenario.location.line,
        "steps": steps,
    }


def test_check_fails_on_a_failed_run_and_the_report_shows_both_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = collect_features(FEATURES)
    facts = next(
        s
        for s in found.scenarios
        if "TT124.D6.K1.p1" in s.rule_clauses and s.scenario and len(s.rows) > 1
    )
    uri = "tt124/dieu_06_tieu_chi.feature"
    n = len(facts.rows[0].steps)
    cucumber = tmp_path / "cucumber.json"
    elements = [
        _element("sqlite", facts, 0, ["passed"] * n),
        _element("postgres", facts, 0, ["passed", "failed"]),  # stopped at step 2
        _element("sqlite", facts, 1, ["passed"] * n),
    ]
    cucumber.write_text(json.dumps([{"uri": uri, "elements": elements}]), "utf-8")

    built = build_report(FEATURES, cucumber=cucumber)
    view = next(v for v in built.clause("TT124.D6.K1.p1").scenarios if v.facts.where == facts.where)
    code, out, _ = run(
        capsys, "spec-report", "--check", "--features", str(FEATURES), "--cucumber", str(cucumber)
    )

    assert [(r.store, r.status) for r in view.runs[0]] == [
        ("sqlite", "passed"),
        ("postgres", "failed"),
    ]
    assert [(r.store, r.status) for r in view.runs[1]] == [
        ("sqlite", "passed"),
        ("postgres", "not_run"),  # run on SQLite only: the other store says so
    ]
    assert view.runs[2] == []  # not run
    assert code == 1
    (line,) = [g for g in out.splitlines() if g.startswith("TT124.D6.K1.p1:")]
    assert "1 scenario run(s) failed" in line and "(postgres)" in line
    page = render_html(built)
    assert 'class="run failed"' in page and 'class="scenario failed"' in page


def test_a_failed_run_of_a_scenario_tied_to_no_clause_fails_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "thu.feature").write_text(
        "# language: vi\nTính năng: Thử\n  Kịch bản: Không gắn mã điều khoản\n"
        "    Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024\n"
        '    Khi đánh giá năm 2024 tại ngày "31/12/2024"\n'
        '    Thì kết quả năm là "đạt"\n',
        "utf-8",
    )
    (facts,) = collect_features(folder).scenarios
    cucumber = tmp_path / "cucumber.json"
    element = _element("postgres", facts, 0, ["passed", "passed", "failed"])
    cucumber.write_text(json.dumps([{"uri": "thu.feature", "elements": [element]}]), "utf-8")

    built = build_report(folder, cucumber=cucumber)

    assert [v.facts.where for v in built.other] == [facts.where]
    assert "thu.feature:3 «Không gắn mã điều khoản» (postgres): failed" in built.gaps()


def test_results_that_are_not_cucumber_json_are_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "c.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(SpecReportError, match="not cucumber JSON"):
        load_results(bad)
    with pytest.raises(SpecReportError, match="cannot read"):
        load_results(tmp_path / "missing.json")


# --- sign-offs, fingerprints, staleness -----------------------------------------------------------


def test_the_shipped_signoff_file_is_valid_and_approves_nothing_yet() -> None:
    assert load_signoffs(SIGNOFF) == {}


def test_the_fingerprint_is_short_stable_and_independent_of_the_folder(tmp_path: Path) -> None:
    fp = fingerprint("TT124.D6.K1.p1", FEATURES)

    assert re.fullmatch(rf"[0-9a-f]{{{FINGERPRINT_LENGTH}}}", fp)
    assert fingerprint("TT124.D6.K1.p1", copy_features(tmp_path)) == fp
    assert fingerprint("TT124.D6.K1.p2", FEATURES) != fp


def test_fingerprint_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "spec-report", "--features", str(FEATURES), "--fingerprint", "TT124.D6.K2"
    )
    assert (code, out) == (0, fingerprint("TT124.D6.K2", FEATURES) + "\n")

    code, _, err = run(capsys, "spec-report", "--fingerprint", "TT124.D6.K9")
    assert code == 1 and "TT124.D6.K9" in err


def test_a_signoff_is_current_until_a_scenario_changes(tmp_path: Path) -> None:
    folder = copy_features(tmp_path)
    signoffs = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", fingerprint("TT124.D6.K1.p1", folder)),
        approval("TT124.D6.K1.p2", fingerprint("TT124.D6.K1.p2", folder)),
    )
    assert not build_report(folder, signoff=signoffs).clause("TT124.D6.K1.p1").stale

    path = folder / "tt124" / "dieu_06_tieu_chi.feature"
    text = path.read_text("utf-8")
    path.write_text(
        text.replace(
            "| lồng ghép | 31/03/2024    | đạt      |", "| lồng ghép | 30/03/2024    | đạt      |"
        ),
        "utf-8",
    )
    after = build_report(folder, signoff=signoffs)

    assert after.clause("TT124.D6.K1.p1").stale
    assert not after.clause("TT124.D6.K1.p2").stale
    (warning,) = after.warnings()
    assert warning.startswith("TT124.D6.K1.p1: the sign-off of 2025-12-01 by Phòng Pháp chế")
    assert "STALE" in render_html(after, "en") and "ĐÃ CŨ" in render_html(after)
    assert "ĐÃ CŨ" in render_markdown(after)


def _replace_predicate(
    rulebook: Rulebook, clause_id: str, predicate: Callable[[Context], Finding]
) -> Rulebook:
    versions = tuple(
        attrs.evolve(
            v,
            criteria=tuple(
                attrs.evolve(c, predicate=predicate) if c.clause_id == clause_id else c
                for c in v.criteria
            ),
        )
        for v in rulebook.versions
    )
    return attrs.evolve(rulebook, versions=versions)


def test_a_signoff_goes_stale_when_the_predicate_or_its_parameters_change(tmp_path: Path) -> None:
    signoffs = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", fingerprint("TT124.D6.K1.p1", FEATURES)),
        approval("TT124.D6.K1.p2", fingerprint("TT124.D6.K1.p2", FEATURES)),
    )
    original = TT124.criteria[0].predicate

    def edited(ctx: Context) -> Finding:  # the same behaviour, another source text
        return original(ctx)

    rewritten = _replace_predicate(DEFAULT_RULEBOOK, "TT124.D6.K1.p1", edited)
    reread = DEFAULT_RULEBOOK.with_interpretation(
        attrs.evolve(Interpretation(), p2_timing="window")
    )

    by_code = build_report(FEATURES, signoff=signoffs, rulebook=rewritten)
    by_parameter = build_report(FEATURES, signoff=signoffs, rulebook=reread)

    assert [c.clause.id for c in by_code.clauses if c.stale] == ["TT124.D6.K1.p1"]
    assert [c.clause.id for c in by_parameter.clauses if c.stale] == ["TT124.D6.K1.p2"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"clause": "TT124.D6.K9"}, "field 'clause' = 'TT124.D6.K9': not a clause id"),
        ({"verdict": "ok"}, "field 'verdict' = 'ok': must be one of approved, needs_change"),
        ({"date": "2025-02-30"}, "field 'date' = '2025-02-30': is not a date"),
        ({"date": "31/12/25"}, "field 'date' = '31/12/25': is not a date"),
        ({"reviewer": None}, "field 'reviewer': missing"),
        ({"fingerprint": None}, "field 'fingerprint': missing"),
        ({"reviwer": "typo"}, "field 'reviwer' = 'typo': unknown field"),
        ({"fingerprint": "ABC"}, "field 'fingerprint' = 'ABC': must be the 12 hex digits"),
        ({"source": " "}, "field 'source' = ' ': must not be empty"),
        ({"verdict": "needs_change"}, "field 'comment' = '': must say why"),
        ({"reviewer": 7}, "field 'reviewer' = 7: must be a string in quotes"),
    ],
)
def test_an_invalid_signoff_names_the_entry_and_the_field(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    path = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p2", "0" * 12),
        approval("TT124.D6.K1.p1", "0" * 12, **changes),
    )

    with pytest.raises(SignoffError) as caught:
        load_signoffs(path)

    (problem,) = caught.value.problems
    assert problem.startswith(f"{path}: entry 2 ("), problem
    assert message in problem, problem


def test_a_bad_signoff_file_fails_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twice = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", "0" * 12),
        approval("TT124.D6.K1.p1", "1" * 12, date=date(2025, 12, 2)),
    )
    with pytest.raises(SignoffError, match=r"entry 2 .* already signed off in entry 1"):
        load_signoffs(twice)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[signoff]\n", "utf-8")

    code, _, err = run(
        capsys, "spec-report", "--check", "--features", str(FEATURES), "--signoff", str(broken)
    )

    assert code == 1 and "not valid TOML" in err


def test_dates_in_quotes_and_verdicts_with_comments_are_accepted(tmp_path: Path) -> None:
    path = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", "0" * 12, date="01/12/2025"),
        approval("TT124.D6.PROV1", "0" * 12, verdict="cannot_verify", comment="Chưa có văn bản"),
    )
    loaded = load_signoffs(path)
    assert loaded["TT124.D6.K1.p1"].date == date(2025, 12, 1)
    assert loaded["TT124.D6.PROV1"].verdict == "cannot_verify"


# --- the HTML and Markdown editions ---------------------------------------------------------------


def test_the_html_is_one_self_contained_file_with_diacritics_and_every_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(
        capsys, "spec-report", "--features", str(FEATURES), "--out", str(tmp_path / "r")
    )
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["spec.html", "spec.md"]
    page = (tmp_path / "r" / "spec.html").read_text("utf-8")

    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not re.search(r'\b(src|href)\s*=\s*["\']?(https?:)?//', page)
    assert not re.search(r"<link\b|@import|url\(|<script\b|<img\b|<iframe\b", page)
    assert "@media print" in page
    assert unicodedata.normalize("NFC", page) == page
    for text in ("Nghị quyết của cấp ủy", "Tạm thời", "Trạng thái văn bản", "Ma trận bao phủ"):
        assert text in page
    for clause_id in catalogue():
        assert f'id="{clause_id}"' in page
    assert 'id="TT124.D6"' in page  # the Article 6 section, as an anchor


def test_text_status_is_a_word_and_a_symbol_not_only_a_colour(report: Report) -> None:
    page = render_html(report)
    for status, word in (
        ("verified", "Đã đối chiếu"),
        ("partial", "Một phần"),
        ("provisional", "Tạm thời"),
    ):
        assert re.search(rf'class="badge status-{status}">.*?{word}', page)


def test_the_markdown_has_the_matrix_and_every_clause(report: Report) -> None:
    text = render_markdown(report)
    assert "| Điều khoản | Trạng thái văn bản | Quy tắc (mã) |" in text
    for clause_id in catalogue():
        assert f"#### {clause_id} — " in text
    # a <placeholder> would read as an HTML tag and vanish
    assert "&lt;ngày ban hành&gt;" in text and "<ngày ban hành>" not in text
    english = render_markdown(report, "en")
    assert "## Coverage matrix" in english


def test_the_global_language_option_reaches_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            capsys,
            "--lang",
            "en",
            "spec-report",
            "--features",
            str(FEATURES),
            "--out",
            str(tmp_path),
        )[0]
        == 0
    )
    assert '<html lang="en">' in (tmp_path / "spec.html").read_text("utf-8")
    assert (
        run(
            capsys,
            "spec-report",
            "--features",
            str(FEATURES),
            "--out",
            str(tmp_path),
            "--lang",
            "en",
        )[0]
        == 0
    )
    assert '<html lang="en">' in (tmp_path / "spec.html").read_text("utf-8")


def test_a_missing_features_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "spec-report", "--check", "--features", str(tmp_path / "none"))
    assert code == 1 and err.count("\n") == 1 and "no such folder" in err


def test_the_library_and_its_cli_do_not_need_pytest_bdd() -> None:
    """Only ``antq spec-report`` reads feature files; the rest runs without the test extra."""
    code = (
        "import sys, antq_compliance, antq_compliance.cli; "
        "assert 'pytest_bdd' not in sys.modules, 'pytest_bdd imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
