"""The specification report (``antq spec-report``): coverage matrix, ``--check``, sign-offs and
their staleness, the HTML and Markdown editions, and the catalogue's effective dates."""

from __future__ import annotations

import functools
import html
import inspect
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
from antq_compliance.domain.vocabulary import IncidentKind
from antq_compliance.regulation import incidents
from antq_compliance.regulation.clauses import instruments
from antq_compliance.regulation.criteria import Context, Finding
from antq_compliance.regulation.rulebook import Article
from antq_compliance.regulation.tt124 import ARTICLE_6, TT124, shared
from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import (
    FINDING,
    NEGATIVE,
    NO_FINDING,
    POSITIVE,
    TEXT_STATUS_LINE,
    audit_ids,
    collect_features,
    expected_words,
    own_result_ids,
)
from antq_compliance.spec.implementations import fingerprint, implementations
from antq_compliance.spec.official import covered, load_official
from antq_compliance.spec.report import (
    BOUNDARY_WORDS,
    Report,
    ScenarioView,
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
verdict, which the rule versions decide without citing it —, D8.K2.a, the points of D9 and the
clauses of D10, TT48)."""


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

DISTRICT_LEVEL = ("TT124.D9.K1.b", "TT124.D10.K2")
"""Clauses of the district level, abolished on 01/07/2025: in force until 30/06/2025."""


def test_every_clause_has_the_dates_of_its_instrument_from_the_regulation_file() -> None:
    known = catalogue()
    for item in known.values():
        assert item.instrument in instruments(), item.id
        if item.id in DISTRICT_LEVEL:
            assert (item.effective_from, item.effective_to) == (
                date(2022, 2, 10),
                date(2025, 6, 30),
            ), item.id
        elif item.instrument == "TT124":
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
    assert known["TT124.D9.K1.b"].in_force_on(date(2025, 6, 30)) is True
    assert known["TT124.D9.K1.b"].in_force_on(date(2025, 7, 1)) is False
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


def test_every_clause_of_the_rulebook_and_the_audit_is_implemented_in_the_matrix(
    report: Report,
) -> None:
    expected = [
        *(f"TT124.D10.K{n}" for n in range(1, 6)),
        "TT124.D3.K1",
        "TT124.D8.K1",  # D8.K2.a and b are windows of the rulebook (Art. 4-5 and Art. 6-7)
        *(f"TT124.D9.K1.{p}" for p in "abcd"),
        "TT124.D9.K2.a",
        "TT124.D9.K2.b",
        "TT48",
    ]
    assert expected == AUDIT_CLAUSES
    assert not [c for c in RULEBOOK_CLAUSES + AUDIT_CLAUSES if catalogue()[c].retired]
    for clause_id in RULEBOOK_CLAUSES + AUDIT_CLAUSES:
        item = report.clause(clause_id)
        assert item.implemented, clause_id
        assert [i for i in item.implementations if i.role != "routing"], clause_id
        assert item.state in ("rule", "check", "rule_check"), clause_id
    # every clause of the catalogue has its row, implemented or not, in catalogue order
    assert [c.clause.id for c in report.clauses] == list(catalogue())


def test_the_matrix_says_how_each_clause_is_covered(report: Report) -> None:
    states = {c.clause.id: c.state for c in report.clauses}
    assert states["TT124.D6.K1.p1"] == "rule"
    assert states["TT124.D9.K2.b"] == "check"
    assert states["TT124.D8.K2.b"] == "rule_check"  # the window, and the audit's early decision
    assert states["TT124.D1.K1"] == "informational"
    assert states["TT124.D11.K1"] == "informational"
    assert states["TT124.D4.K1.p1"] == "rule"
    assert states["TT124.D2.K1"] == "informational"  # a definition: decides the kind
    assert states["QD510"] == "not_implemented"
    for retired in ("TT124.D6.PROV1", "TT124.D6.PROV2", "TT124.D6.PROV3", "TT124.D9", "TT124.D10"):
        assert states[retired] == "retired"
        assert not report.clause(retired).implemented
    assert report.clause("TT124.D6.PROV3").retired_in == ("TT124@2022-02-10",)
    assert report.clause("TT124.D9").retired_in == ()
    # not implemented: listed, never a gap
    assert report.clause("QD510").gaps(FEATURES) == []
    text = render_markdown(report)
    row = next(line for line in text.splitlines() if line.startswith("| TT124.D6.PROV3 |"))
    assert "↷ mã cũ, không còn dùng → thay bằng TT124.D6.K4" in row
    row = next(line for line in text.splitlines() if line.startswith("| QD510 |"))
    assert "○ chưa thể hiện" in row
    english = render_markdown(report, "en")
    row = next(line for line in english.splitlines() if line.startswith("| TT124.D1.K1 |"))
    assert "ⓘ informational, nothing evaluated" in row


def test_the_matrix_names_the_implementing_predicates(report: Report) -> None:
    def names(clause_id: str) -> list[tuple[str, str, str]]:
        return [(i.instrument, i.role, i.name) for i in report.clause(clause_id).implementations]

    d06 = "regulation.tt124.d06_agencies_enterprises"
    d08 = "regulation.tt124.d08_evaluation"
    d09 = "regulation.tt124.d09_procedure"
    d10 = "regulation.tt124.d10_competence"
    assert names("TT124.D6.K1.p1") == [("TT124", "criterion", f"{d06}.party_resolution")]
    assert names("TT124.D6.K4") == [("TT124", "criterion", f"{d06}.guard_force")]
    assert names("TT124.D6.K5") == [("TT124", "criterion", f"{d06}.sub_units_rated")]
    assert names("TT124.D1.K2.b") == [("TT124", "scope", "regulation.tt124.d01_scope.scope")]
    assert names("TT124.D2.K2") == [
        ("TT124", "scope", "regulation.tt124.d01_scope.agency_definition")
    ]
    assert names("TT124.D8.K2.b") == [
        ("TT124", "window", f"{d08}.general_window"),
        ("TT124", "window", "regulation.calendar.q1"),
        ("TT124", "audit", f"{d08}.decided_before_window_end"),
    ]
    assert names("TT23.D7.K4") == [
        ("TT23", "criterion", "regulation.tt23.d07_agencies_enterprises.protection_force")
    ]
    assert report.clause("TT124.D6.K1.p1").implementations[0].version == TT124.version
    assert TT124.version == "2022-02-10.2"
    assert names("TT48") == [
        ("TT48", "audit", "regulation.tt48.dossier_misrouted"),
        ("TT48", "routing", "regulation.tt48.ROUTE"),
    ]
    assert names("TT124.D3.K1") == [
        ("TT124", "audit", "regulation.tt124.d03_principles.second_decision")
    ]
    meeting = ("no_review_meeting", "no_police_representative", "attendee_missing")
    assert [n for _, _, n in names("TT124.D9.K1.a")] == [
        *(f"{d09}.{code}" for code in (*meeting, "late_decision")),
        f"{d09}.ROUTE",
    ]
    assert [n for _, _, n in names("TT124.D9.K1.c")] == [
        f"{d09}.{code}" for code in (*meeting, "late_decision")
    ]
    assert [n for _, _, n in names("TT124.D9.K2.b")] == [
        f"{d09}.no_dossier",
        f"{d09}.dossier_incomplete",
    ]
    assert [n for _, _, n in names("TT124.D10.K1")] == [
        f"{d10}.not_competent",
        f"{d10}.no_certificate",
    ]
    for outside in ("TT124.D2.K3", "TT124.D6.PROV3", "TT124.D10"):
        assert names(outside) == []
        assert not report.clause(outside).implemented
        assert report.clause(outside).gaps(FEATURES) == []  # outside the rulebook: no gap


def test_the_scope_clause_counts_not_applicable_as_its_failing_side(report: Report) -> None:
    scope = report.clause("TT124.D1.K2.b")
    assert scope.scope
    own_result = own_result_ids(DEFAULT_RULEBOOK)
    failing_words = set().union(
        *(expected_words(scope.clause.id, [v.facts], own_result) for v in scope.failing)
    )
    assert "không áp dụng" in failing_words
    assert NEGATIVE not in failing_words  # the scope clause is never "chưa đạt"


def test_out_of_scope_scenarios_show_khong_ap_dung(report: Report) -> None:
    scope = report.clause("TT124.D1.K2.b")
    assert scope.not_applicable and scope.not_applicable == scope.failing
    assert not [v for v in scope.scenarios if v.negative]  # never shown as "chưa đạt"
    page, text = render_html(report), render_markdown(report)
    section = page[page.index('id="TT124.D1.K2.b"') : page.index('id="TT124.D1.K2.c"')]
    assert '<span class="chip exp-na">không áp dụng</span>' in section
    assert '<span class="chip exp-fail">' not in section
    md = text[text.index("#### TT124.D1.K2.b — ") : text.index("#### TT124.D1.K2.c — ")]
    assert "`không áp dụng`" in md and "`chưa đạt`" not in md
    matrix = next(line for line in text.splitlines() if line.startswith("| **TT124.D1.K2.b** |"))
    assert f"✓ {len(scope.not_applicable)}" in matrix


def test_boundary_scenarios_straddle_a_date_or_are_named_so(report: Report) -> None:
    p1 = report.clause("TT124.D6.K1.p1")
    own_result = own_result_ids(DEFAULT_RULEBOOK)

    def straddles_q1_end(view: ScenarioView) -> bool:
        """Rows on 31/03/2024 and 01/04/2024 (or 30/03 and 31/03) expecting different results."""
        by_day: dict[str, set[str]] = {}
        for row in view.facts.rows:
            for value in row.values.values():
                words = expected_words("TT124.D6.K1.p1", [row], own_result)
                by_day.setdefault(value.strip(), set()).update(words)
        pairs = (("31/03/2024", "01/04/2024"), ("30/03/2024", "31/03/2024"))
        return any(a in by_day and b in by_day and by_day[a] != by_day[b] for a, b in pairs)

    outlines = [v for v in p1.scenarios if len(v.facts.rows) > 1]
    plain = [v for v in p1.scenarios if len(v.facts.rows) == 1]
    assert [v for v in outlines if straddles_q1_end(v)]
    for view in outlines:
        if straddles_q1_end(view):
            assert view.boundary, view.where
    # a plain scenario is a boundary scenario only when its name says so
    assert [v for v in plain if not v.boundary]
    for view in plain:
        name = (view.facts.scenario.name if view.facts.scenario else "").casefold()
        assert view.boundary == any(word in name for word in BOUNDARY_WORDS), view.where
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


def test_check_passes_on_the_repository(report: Report, capsys: pytest.CaptureFixture[str]) -> None:
    """Every clause of the rulebook and the audit has its rule, one Rule, a passing and a
    failing scenario in the repository's features, and the check passes."""
    missing = [
        clause_id
        for clause_id in RULEBOOK_CLAUSES + AUDIT_CLAUSES
        if len(report.clause(clause_id).rules) != 1
        or not report.clause(clause_id).passing
        or not (report.clause(clause_id).failing or catalogue()[clause_id].no_failing_side)
    ]
    assert missing == [], report.gaps()
    assert report.gaps() == []

    code, out, err = run(
        capsys, "spec-report", "--check", "--features", str(FEATURES), "--signoff", str(SIGNOFF)
    )

    assert (code, err) == (0, "")
    implemented = len(RULEBOOK_CLAUSES) + len(AUDIT_CLAUSES)
    assert f"each of the {implemented} clauses implemented by the rulebook or the audit" in out


def new_gaps(folder: Path, change: Callable[[], object]) -> list[str]:
    """The gaps of the features in ``folder`` that ``change`` adds (the features are being
    rewritten: the repository's own gaps are not this test's business)."""
    before = set(build_report(folder).gaps())
    change()
    return [g for g in build_report(folder).gaps() if g not in before]


@pytest.mark.parametrize("clause_id", ["TT124.D6.K1.p3", "TT124.D6.K1.p5", "TT23.D7.K4"])
def test_check_fails_when_a_rule_loses_its_failing_scenarios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clause_id: str
) -> None:
    folder = copy_features(tmp_path)
    dropped: list[str] = []

    added = new_gaps(folder, lambda: dropped.extend(drop_scenarios(folder, clause_id, NEGATIVE)))
    code, out, err = run(capsys, "spec-report", "--check", "--features", str(folder))

    assert dropped
    assert added == [f'{clause_id}: no scenario expects "{NEGATIVE}"']
    assert code == 1
    assert added[0] in out.splitlines()
    assert err.startswith("antq: error: spec check:")


def tiny_rule(folder: Path, clause_id: str, *thens: str) -> Path:
    """A feature file with one Rule tagged ``clause_id`` and one scenario per Then step."""
    folder.mkdir(exist_ok=True)
    text = (
        "# language: vi\nTính năng: Thử\n"
        f"  @{clause_id}\n  Quy tắc: Thử {clause_id}\n"
        f"    {TEXT_STATUS_LINE[catalogue()[clause_id].text_status]}\n"
    )
    for n, then in enumerate(thens, start=1):
        text += (
            f"\n    Kịch bản: Thử số {n}\n"
            "      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024\n"
            '      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"\n'
            f"      Thì {then}\n"
        )
    path = folder / f"thu_{clause_id.replace('.', '_')}.feature"
    path.write_text(text, "utf-8")
    return path


def test_check_fails_when_a_new_criterion_loses_its_failing_scenario(tmp_path: Path) -> None:
    """TT124.D6.K4 (which replaced the provisional PROV3), on a small file of its own."""
    folder = tmp_path / "features"
    tiny_rule(
        folder,
        "TT124.D6.K4",
        'tiêu chí "TT124.D6.K4" là "đạt"',
        'tiêu chí "TT124.D6.K4" là "chưa đạt"',
        'tiêu chí "TT124.D6.K4" là "không áp dụng"',
    )
    assert not [g for g in build_report(folder).gaps() if g.startswith("TT124.D6.K4:")]

    added = new_gaps(folder, lambda: drop_scenarios(folder, "TT124.D6.K4", NEGATIVE))

    # "không áp dụng" (no guard force) is not the failing side of a criterion
    assert added == ['TT124.D6.K4: no scenario expects "chưa đạt"']


@pytest.mark.parametrize("clause_id", ["TT48", "TT124.D3.K1"])
def test_check_fails_when_an_audited_clause_loses_its_finding_scenarios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clause_id: str
) -> None:
    folder = copy_features(tmp_path)
    dropped: list[str] = []

    added = new_gaps(folder, lambda: dropped.extend(drop_scenarios(folder, clause_id, FINDING)))
    code, out, _ = run(capsys, "spec-report", "--check", "--features", str(folder))

    assert dropped
    expected = f'{clause_id}: no scenario expects "chưa đạt" or "có phát hiện"'
    assert added == [expected]
    assert code == 1
    assert expected in out.splitlines()


@pytest.mark.parametrize(("clause_id", "code"), [("TT124.D10.K1", "not_competent")])
def test_check_fails_when_a_point_level_audited_clause_loses_its_finding_scenario(
    tmp_path: Path, clause_id: str, code: str
) -> None:
    """A clause the audit enforces by point (TT124.D10.K1, which replaced TT124.D10)."""
    folder = tmp_path / "features"
    assert DEFAULT_RULEBOOK.check(code).clause == clause_id
    tiny_rule(folder, clause_id, "không có phát hiện nào", f'có phát hiện "{code}" mức "error"')
    assert not [g for g in build_report(folder).gaps() if g.startswith(f"{clause_id}:")]

    added = new_gaps(folder, lambda: drop_scenarios(folder, clause_id, FINDING))

    assert added == [f'{clause_id}: no scenario expects "chưa đạt" or "có phát hiện"']


def test_check_fails_when_an_audited_clause_loses_its_scenario_without_finding(
    tmp_path: Path,
) -> None:
    folder = copy_features(tmp_path)

    added = new_gaps(folder, lambda: drop_scenarios(folder, "TT124.D3.K1", NO_FINDING))

    assert added == ['TT124.D3.K1: no scenario expects "không có phát hiện nào" or "đạt"']


def _untag_rule(folder: Path, clause_id: str) -> None:
    """Remove the clause's tag from the line above its Rule (the Rule stays, untagged)."""
    (rule,) = [r for r in collect_features(folder).rules if clause_id in r.clauses]
    (tag,) = [t for t in rule.rule.tags if str(t.name).lstrip("@") == clause_id]
    lines = rule.path.read_text("utf-8").splitlines(keepends=True)
    line = lines[tag.location.line - 1]
    lines[tag.location.line - 1] = line.replace(f"@{clause_id}", "").rstrip() + "\n"
    rule.path.write_text("".join(lines), "utf-8")


def test_check_fails_without_a_rule_or_a_passing_scenario(tmp_path: Path) -> None:
    folder = copy_features(tmp_path)

    def change() -> None:
        drop_scenarios(folder, "TT124.D6.K1.p2", POSITIVE)
        _untag_rule(folder, "TT124.D6.K1.p4")

    added = new_gaps(folder, change)

    assert 'TT124.D6.K1.p2: no scenario expects "đạt"' in added
    assert f"TT124.D6.K1.p4: no Rule (Quy tắc) tagged @TT124.D6.K1.p4 in {folder}" in added
    assert 'TT124.D6.K1.p4: no scenario expects "chưa đạt"' in added


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


def _change_a_date_in_a_row(folder: Path, clause_id: str) -> str:
    """Move a date of the first Examples row of one of the clause's outlines by one day, in
    the copy under ``folder``; returns the scenario's name."""
    found = collect_features(folder)
    facts = next(
        s
        for s in found.scenarios
        if clause_id in s.rule_clauses
        and s.scenario is not None
        and any(re.search(r"\d\d/\d\d/\d{4}", v) for v in s.rows[0].values.values())
    )
    assert facts.scenario is not None and facts.path is not None
    row = next(r for x in facts.scenario.examples for r in x.table_body or [])
    lines = facts.path.read_text("utf-8").splitlines(keepends=True)
    line = lines[row.location.line - 1]
    day = re.search(r"(\d\d)/(\d\d/\d{4})", line)
    assert day is not None
    moved = f"{int(day[1]) % 28 + 1:02d}/{day[2]}"
    lines[row.location.line - 1] = line.replace(day[0], moved, 1)
    facts.path.write_text("".join(lines), "utf-8")
    return facts.scenario.name


def test_a_signoff_is_current_until_a_scenario_changes(tmp_path: Path) -> None:
    folder = copy_features(tmp_path)
    signoffs = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", fingerprint("TT124.D6.K1.p1", folder)),
        approval("TT124.D6.K1.p2", fingerprint("TT124.D6.K1.p2", folder)),
    )
    before = build_report(folder, signoff=signoffs)
    assert not before.clause("TT124.D6.K1.p1").stale
    assert before.signoff_gaps() == []

    assert _change_a_date_in_a_row(folder, "TT124.D6.K1.p1")
    after = build_report(folder, signoff=signoffs)

    assert after.clause("TT124.D6.K1.p1").stale
    assert not after.clause("TT124.D6.K1.p2").stale
    (line,) = after.signoff_gaps()  # a stale sign-off fails the check
    assert line.startswith("TT124.D6.K1.p1: the sign-off of 2025-12-01 by Phòng Pháp chế")
    assert "is stale" in line and line in after.gaps()
    assert after.warnings() == []
    assert "STALE" in render_html(after, "en") and "ĐÃ CŨ" in render_html(after)
    assert "ĐÃ CŨ" in render_markdown(after)


def test_a_needs_change_signoff_fails_the_check_and_cannot_verify_warns(tmp_path: Path) -> None:
    fp = fingerprint("TT124.D6.K1.p1", FEATURES)
    signoffs = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", fp, verdict="needs_change", comment="Thiếu chữ 'riêng'"),
        approval(
            "TT124.D6.K1.p2",
            fingerprint("TT124.D6.K1.p2", FEATURES),
            verdict="cannot_verify",
            comment="Chưa có bản gốc",
        ),
    )

    built = build_report(FEATURES, signoff=signoffs)

    assert built.signoff_gaps() == [
        "TT124.D6.K1.p1: signed off as needs_change by Phòng Pháp chế (thử): Thiếu chữ 'riêng'"
    ]
    assert built.signoff_gaps()[0] in built.gaps()
    assert built.warnings() == [
        "TT124.D6.K1.p2: signed off as cannot_verify by Phòng Pháp chế (thử): Chưa có bản gốc"
    ]


def _replace_predicate(
    rulebook: Rulebook, clause_id: str, predicate: Callable[[Context], Finding]
) -> Rulebook:
    def article(a: Article) -> Article:
        return attrs.evolve(
            a,
            criteria=tuple(
                attrs.evolve(c, predicate=predicate) if c.clause_id == clause_id else c
                for c in a.criteria
            ),
        )

    versions = tuple(
        attrs.evolve(v, articles=tuple(article(a) for a in v.articles)) for v in rulebook.versions
    )
    return attrs.evolve(rulebook, versions=versions)


def _stale(built: Report) -> list[str]:
    return [c.clause.id for c in built.clauses if c.stale]


def test_a_signoff_goes_stale_when_the_predicate_or_its_parameters_change(tmp_path: Path) -> None:
    signoffs = write_signoffs(
        tmp_path / "signoff.toml",
        approval("TT124.D6.K1.p1", fingerprint("TT124.D6.K1.p1", FEATURES)),
        approval("TT124.D6.K1.p2", fingerprint("TT124.D6.K1.p2", FEATURES)),
    )
    (original,) = [c.predicate for c in ARTICLE_6.criteria if c.clause_id == "TT124.D6.K1.p1"]

    def edited(ctx: Context) -> Finding:  # the same behaviour, another source text
        return original(ctx)

    rewritten = _replace_predicate(DEFAULT_RULEBOOK, "TT124.D6.K1.p1", edited)
    reread = DEFAULT_RULEBOOK.with_interpretation(
        attrs.evolve(Interpretation(), p2_timing="window")
    )

    by_code = build_report(FEATURES, signoff=signoffs, rulebook=rewritten)
    by_parameter = build_report(FEATURES, signoff=signoffs, rulebook=reread)

    assert _stale(by_code) == ["TT124.D6.K1.p1"]
    assert _stale(by_parameter) == ["TT124.D6.K1.p2"]


FOUR = ("TT124.D6.K1.p1", "TT124.D6.K3.a", "TT124.D6.K3.g", "TT124.D6.K4")


def _fingerprints() -> dict[str, str]:
    return {c: fingerprint(c, FEATURES) for c in FOUR}


def test_the_fingerprint_covers_the_helpers_the_predicate_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The predicates of Art. 6 are one-line calls of ``tt124/shared.py`` and
    ``incidents.py``: the helpers' source and the data they name are part of what a reviewer
    approves, and are shown in the report."""
    before = _fingerprints()
    text = "\n".join(i.text for i in implementations("TT124.D6.K1.p1"))
    assert inspect.getsource(shared.q1_resolution) in text
    assert "# helper regulation.tt124.shared.q1_resolution" in text
    assert "# helper regulation.criteria.Context.open_or_failed" in text
    k4 = "\n".join(i.text for i in implementations("TT124.D6.K4"))
    assert "# helper regulation.tt124.shared.guard_force" in k4
    assert "ADVANCED_TITLES = (EmulationTitle." in k4  # module data a helper names
    assert "# helper regulation.discipline._ladders" in k4  # the discipline table, as loaded

    original = shared.q1_resolution

    def q1_resolution(ctx: Context, *, body_vi: str, body_en: str, required: bool) -> Finding:
        return original(ctx, body_vi=body_vi, body_en=body_en, required=required)

    monkeypatch.setattr(shared, "q1_resolution", q1_resolution)
    by_helper = _fingerprints()
    monkeypatch.undo()
    monkeypatch.setattr(shared, "ADVANCED_TITLES", shared.ADVANCED_TITLES[:1])
    by_helper_data = _fingerprints()

    assert [c for c in FOUR if by_helper[c] != before[c]] == ["TT124.D6.K1.p1"]
    assert [c for c in FOUR if by_helper_data[c] != before[c]] == ["TT124.D6.K4"]


def test_the_fingerprint_covers_the_incident_points_of_the_clause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each point of Art. 6 cl. 3 carries its own rows of ``incident_points.toml``: changing
    the threshold of point g stales point g only."""
    before = _fingerprints()
    g_text = "\n".join(i.text for i in implementations("TT124.D6.K3.g"))
    assert "incident_points.toml [[point]] TT124.D6.K3.g: IncidentPoint(" in g_text
    assert "(IncidentKind.LABOUR_ACCIDENT, 'fatal')" in g_text
    assert "TT124.D6.K3.a:" not in g_text  # only its own rows
    loaded = incidents.points()
    g = loaded["TT124.D6.K3.g"]
    lowered = tuple((k, "any" if k is IncidentKind.FIRE_EXPLOSION else v) for k, v in g.counts)
    changed = {**loaded, "TT124.D6.K3.g": attrs.evolve(g, counts=lowered)}

    # the loader now reads other rows (as if the file had been edited)
    edited = functools.cache(functools.wraps(incidents.points)(lambda: changed))
    monkeypatch.setattr(incidents, "points", edited)
    after = _fingerprints()

    assert [c for c in FOUR if after[c] != before[c]] == ["TT124.D6.K3.g"]


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
    title = html.escape(catalogue()["TT124.D6.K1.p1"].title_vi)  # Vietnamese, with diacritics
    for text in (title, "Tạm thời", "Trạng thái văn bản", "Ma trận bao phủ", "Thể hiện"):
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
    assert (
        "| Điều khoản | Trạng thái văn bản | Thể hiện | Quy tắc (mã) | Quy tắc (đặc tả) | "
        'Kịch bản "đạt" | Kịch bản "chưa đạt" | Kịch bản "không áp dụng" | Kịch bản ranh giới | '
        "Rà soát |"
    ) in text
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


# --- the official wording beside the paraphrase (antq spec-report --official FILE) -------------

OFFICIAL = ROOT.parent / "shared" / "regulation" / "official" / "tt124-2021.vi.md"
"""The reviewer's copy of the official text, outside the repository (the project ships none)."""

SYNTHETIC = """# Thông tư 124/2021/TT-BCA — bản thử nghiệm (câu chữ bịa ra cho kiểm thử)

Lời dẫn của tệp: không thuộc điều nào.

## Điều 6. Điều thử về cơ quan

(Điều 6 Thông tư thử, ghi chú của bản pháp điển)

 Cơ quan thử đạt khi có đủ các điều sau:

 1. Đầu năm, tổ thử có biên bản thứ nhất; có *sổ thứ hai*; có bảng thứ ba; có lịch thứ tư;
 có mô hình thứ năm.

 3. Không để xảy ra việc thử sau:

 a) Việc thử chữ a;

 đ) Việc thử chữ đ, kể cả
 dòng nối tiếp của chữ đ;

 4. Đội thử được xếp loại khá.

## Điều 9. Điều thử về hồ sơ

 1. Trình tự thử

 a) Bước thử a;

 2. Hồ sơ thử

 b) Hồ sơ thử b

 - Giấy thử thứ nhất;

 - Giấy thử thứ hai.

## Điều 11. Hiệu lực thử

Thông tư thử có hiệu lực từ một ngày thử.

## Điều 12. Trách nhiệm thử

1. Người thử chịu trách nhiệm thử.
"""


def synthetic_official(tmp_path: Path, text: str = SYNTHETIC) -> Path:
    path = tmp_path / "tt124-thu.vi.md"
    path.write_text(text, "utf-8")
    return path


def test_the_official_text_is_parsed_by_article_clause_point_and_part(tmp_path: Path) -> None:
    text = load_official(synthetic_official(tmp_path))

    assert text.instrument == "TT124"
    assert sorted(text.articles) == [6, 9, 11, 12]
    assert text.articles[6].intro == "Cơ quan thử đạt khi có đủ các điều sau:"  # note skipped

    def words(clause_id: str) -> tuple[str, str, str]:
        found = text.wording(clause_id)
        assert found is not None, clause_id
        return found.where_vi, found.lead, found.text

    assert words("TT124.D6.K1.p2") == (
        "Điều 6, khoản 1 (phần 2/5, giữa các dấu chấm phẩy)",
        "",
        "có sổ thứ hai",  # emphasis dropped
    )
    assert words("TT124.D6.K1.p5")[2] == "có mô hình thứ năm."
    assert text.wording("TT124.D6.K1.p6") is None
    assert words("TT124.D6.K3.dd") == (
        "Điều 6, khoản 3, điểm đ",
        "Không để xảy ra việc thử sau:",
        "Việc thử chữ đ, kể cả dòng nối tiếp của chữ đ;",
    )
    assert words("TT124.D6.K4")[2] == "Đội thử được xếp loại khá."
    assert words("TT124.D9.K2.b")[2] == "Hồ sơ thử b - Giấy thử thứ nhất; - Giấy thử thứ hai."
    assert words("TT124.D11.K1") == (
        "Điều 11, khoản 1",
        "",
        "Thông tư thử có hiệu lực từ một ngày thử.",
    )
    assert words("TT124.D9")[2].startswith("Điều 9. Điều thử về hồ sơ\n1. Trình tự thử\na) Bước")
    absent = ("TT124.D6.K2", "TT124.D6.K3.b", "TT124.D4.K1.p1", "TT124.D6.PROV1", "TT23.D7.K1")
    assert [text.wording(cid) for cid in absent] == [None] * len(absent)
    assert list(text.units()) == [
        "TT124.D6.K1",
        "TT124.D6.K3.a",
        "TT124.D6.K3.dd",
        "TT124.D6.K4",
        "TT124.D9.K1.a",
        "TT124.D9.K2.b",
        "TT124.D11.K1",
        "TT124.D12.K1",
    ]


def test_the_report_puts_the_official_wording_beside_the_paraphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    official = synthetic_official(tmp_path)

    code, _, err = run(
        capsys,
        "spec-report",
        "--features",
        str(FEATURES),
        "--out",
        str(tmp_path / "r"),
        "--official",
        str(official),
    )

    assert (code, err) == (0, "")
    page = (tmp_path / "r" / "spec.html").read_text("utf-8")
    text = (tmp_path / "r" / "spec.md").read_text("utf-8")
    section = page[page.index('id="TT124.D6.K3.dd"') : page.index('id="TT124.D6.K3.e"')]
    assert '<div class="wording-pair">' in section
    assert "Điều 6, khoản 3, điểm đ (tt124-thu.vi.md)" in section
    assert '<p class="lead">Không để xảy ra việc thử sau:</p>' in section
    assert "<p>Việc thử chữ đ, kể cả dòng nối tiếp của chữ đ;</p>" in section
    assert html.escape(catalogue()["TT124.D6.K3.dd"].paraphrase_en) in section
    md = text[text.index("#### TT124.D6.K3.dd — ") : text.index("#### TT124.D6.K3.e — ")]
    assert (
        "| Nguyên văn (văn bản chính thức do người rà soát cung cấp) — Điều 6, khoản 3, điểm đ "
        "(tt124-thu.vi.md) | Lời diễn giải của dự án |"
    ) in md
    assert "| *Không để xảy ra việc thử sau:*<br>Việc thử chữ đ, kể cả dòng nối tiếp" in md
    # a clause the text does not have, a retired id, another instrument
    missing = page[page.index('id="TT124.D6.K2"') : page.index('id="TT124.D6.K3.a"')]
    assert "Không tìm thấy điều khoản này trong văn bản chính thức đã cung cấp." in missing
    retired = page[page.index('id="TT124.D6.PROV1"') : page.index('id="TT124.D6.PROV2"')]
    assert "Mã cũ của bản đầu, ngoài cách đánh số của văn bản chính thức" in retired
    tt23 = page[page.index('id="TT23.D7.K1"') : page.index('id="TT23.D7.K2"')]
    assert "wording-pair" not in tt23
    # the header counts what was found; the matrix lists what the catalogue does not name
    assert f"{official} (TT124: " in page
    assert "| TT124.D12.K1 | — | Điều 12, khoản 1 (tt124-thu.vi.md) · ∅ chưa có trong danh" in text


def test_the_official_wording_in_english_and_by_instrument_prefix(tmp_path: Path) -> None:
    path = synthetic_official(tmp_path, SYNTHETIC.replace("# Thông tư 124/2021/TT-BCA", "# Bản"))
    with pytest.raises(SpecReportError, match="cannot tell which instrument"):
        build_report(FEATURES, official=[path])

    built = build_report(FEATURES, official=[f"TT124={path}"])

    page = render_html(built, "en")
    assert "Official wording (from the text the reviewer supplied) — Art. 6 cl. 4 (" in page
    assert "Art. 6 cl. 1 (part 2 of 5, between semicolons)" in page
    assert '<span class="cid">TT124.D12.K1</span>' in page
    english = render_markdown(built, "en")
    assert "| TT124.D12.K1 | — | Art. 12 cl. 1 (tt124-thu.vi.md) · ∅ not in the clause" in english
    with pytest.raises(SpecReportError, match="a second official text for TT124"):
        build_report(FEATURES, official=[f"TT124={path}", f"TT124={path}"])


def test_a_bad_official_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = synthetic_official(tmp_path, "# Thông tư 124/2021/TT-BCA\n\nKhông có điều nào.\n")
    for given, message in (
        (str(tmp_path / "none.md"), "cannot read the official text"),
        (str(empty), "no article ('Điều N. …') found"),
    ):
        code, out, err = run(
            capsys, "spec-report", "--features", str(FEATURES), "--official", given, "--check"
        )
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and message in err, err


@pytest.mark.skipif(not OFFICIAL.is_file(), reason=f"no official text at {OFFICIAL}")
def test_every_tt124_clause_id_is_found_in_the_official_text() -> None:
    text = load_official(OFFICIAL)

    ids = [
        c.id
        for c in catalogue().values()
        if c.instrument == "TT124" and 1 <= c.article <= 12 and not c.retired
    ]
    assert len(ids) > 60
    assert [cid for cid in ids if text.wording(cid) is None] == []
    # the parts the text numbers by semicolons: as many as the regulation reference says
    for clause_id, parts in (("TT124.D4.K1", 2), ("TT124.D5.K1", 3), ("TT124.D6.K1", 5)):
        assert text.wording(f"{clause_id}.p{parts}") is not None
        assert text.wording(f"{clause_id}.p{parts + 1}") is None
    assert text.wording("TT124.D7.K1.p4") is not None
    # the retired ids of whole articles read as the article
    for retired in ("TT124.D9", "TT124.D10"):
        found = text.wording(retired)
        assert found is not None and found.where_vi == f"Điều {retired[7:]}"
    # Art. 12 is not encoded: it is the one part the catalogue does not name
    assert [u for u in text.units() if not covered(u, "TT124")] == ["TT124.D12.K1"]


@pytest.mark.skipif(not OFFICIAL.is_file(), reason=f"no official text at {OFFICIAL}")
def test_the_repository_ships_no_copy_of_the_official_text() -> None:
    """No sentence of the official text (60 characters or more between semicolons) is in a
    file of the repository: the report reads the reviewer's copy at run time."""
    text = load_official(OFFICIAL)
    sentences = {
        part.strip()
        for article in text.articles.values()
        for clause in article.clauses.values()
        for words in (clause.text, *clause.points.values())
        for part in words.split(";")
        if len(part.strip()) >= 60
    }
    assert len(sentences) > 40
    suffixes = {".py", ".md", ".feature", ".toml", ".json", ".jsonl", ".css", ".txt", ".cfg"}
    folders = ("src", "features", "docs", "tests", "examples", "reviews", "benchmarks")
    paths = [p for d in folders for p in (ROOT / d).rglob("*") if p.suffix in suffixes]
    paths += [p for p in ROOT.glob("*") if p.suffix in suffixes]
    copies = []
    for path in paths:
        if not path.is_file():
            continue
        flat = " ".join(unicodedata.normalize("NFC", path.read_text("utf-8", "replace")).split())
        flat = flat.replace("*", "")
        copies += [f"{path.relative_to(ROOT)}: {s[:60]}…" for s in sentences if s in flat]
    assert copies == []
