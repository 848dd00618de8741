"""Traceability between the rulebook and the feature files.

A reviewer holding the gazette text must find, for each clause id, its rule, its scenarios and its
text status. ``check_features`` fails when that is not so:

* every clause id of every rule version in the default rulebook heads exactly one ``Quy tắc``
  (Rule), tagged with the id;
* every tag that looks like a clause id (``TT124.``, ``TT23.``, ``ND80``, ``QD510``, ``TT48``)
  is in the clause catalogue;
* each clause heading a Rule has a scenario expecting "đạt" and one expecting "chưa đạt" (for a
  scope clause, "không áp dụng" counts as the negative side) — a textual check of the Then steps
  after Examples (Dữ liệu) are substituted;
* the Rule's description states the clause's text status as the catalogue has it, and a
  provisional clause has a scenario checking that its result is marked provisional;
* files are UTF-8 NFC without BOM, in Vietnamese; scenario names are unique per file (pytest-bdd
  keys scenarios by name and silently keeps only the last of two with the same name).
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd.gherkin_parser import Rule, Scenario, Step, get_gherkin_document

from antq_compliance import DEFAULT_RULEBOOK, Rulebook, TextStatus, catalogue

FEATURES = Path(__file__).resolve().parents[2] / "features"

CLAUSE_LIKE = re.compile(r"^(TT124\.|TT23\.|ND80|QD510|TT48)")
TEXT_STATUS_LINE = {
    TextStatus.VERIFIED: "Trạng thái văn bản: đã đối chiếu (verified)",
    TextStatus.PARTIAL: "Trạng thái văn bản: một phần (partial)",
    TextStatus.PROVISIONAL: "Trạng thái văn bản: tạm thời (provisional)",
}
POSITIVE = "đạt"
NEGATIVE = "chưa đạt"
OUT_OF_SCOPE = "không áp dụng"

_CRITERION = re.compile(r'tiêu chí "(?P<clause>[^"]+)" là "(?P<word>[^"]+)"')
_VERDICT = re.compile(r'kết quả năm là "(?P<word>[^"]+)"')
_TABLE_STEP = "các tiêu chí có kết quả như sau:"
_PLACEHOLDER = re.compile(r"<([^<>]+)>")


@dataclass
class ScenarioFacts:
    """What the checker needs from one scenario, Examples already substituted."""

    where: str
    tags: set[str]
    rule_clauses: set[str]
    own: set[tuple[str, str]] = field(default_factory=set)
    """(clause id, expected word) from Then steps naming a clause."""
    verdicts: set[str] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)


def _tags(items: list[object]) -> set[str]:
    return {str(getattr(tag, "name", "")).lstrip("@") for tag in items}


def _rows(scenario: Scenario) -> Iterator[dict[str, str]]:
    """One substitution context per Examples row; a single empty one for a plain scenario."""
    found = False
    for table in scenario.examples:
        if table.table_header is None:
            continue
        header = [cell.value for cell in table.table_header.cells]
        for row in table.table_body or []:
            found = True
            yield dict(zip(header, (cell.value for cell in row.cells), strict=True))
    if not found:
        yield {}


def _render(text: str, row: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: row.get(m.group(1), m.group(0)), text)


def _read_step(step: Step, row: dict[str, str], facts: ScenarioFacts) -> None:
    text = _render(step.text, row)
    facts.lines.append(text)
    if (match := _CRITERION.fullmatch(text)) is not None:
        facts.own.add((match["clause"], match["word"]))
    elif (match := _VERDICT.fullmatch(text)) is not None:
        facts.verdicts.add(match["word"])
    elif text == _TABLE_STEP and step.datatable is not None:
        for cells in step.datatable.rows[1:]:
            clause_id, word = (_render(cell.value, row) for cell in cells.cells)
            facts.own.add((clause_id, word))


def _scenario_facts(
    path: Path, scenario: Scenario, inherited: set[str], rule: Rule | None
) -> ScenarioFacts:
    where = f"{path.name}:{scenario.location.line} «{scenario.name}»"
    tags = inherited | _tags(list(scenario.tags))
    for table in scenario.examples:
        tags |= _tags(list(table.tags))
    rule_tags = set() if rule is None else _tags(list(rule.tags))
    rule_clauses = {t for t in rule_tags if CLAUSE_LIKE.match(t)}
    facts = ScenarioFacts(where=where, tags=tags, rule_clauses=rule_clauses)
    for row in _rows(scenario):
        for step in scenario.steps:
            _read_step(step, row, facts)
    return facts


def _file_problems(path: Path) -> list[str]:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return [f"{path.name}: starts with a byte-order mark; save as UTF-8 without BOM"]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{path.name}: not UTF-8 ({exc})"]
    problems = []
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{path.name}: not in Unicode NFC (steps would not match)")
    if not text.startswith("# language: vi\n"):
        problems.append(f"{path.name}: the first line must be '# language: vi'")
    return problems


@dataclass
class _Collected:
    scenarios: list[ScenarioFacts] = field(default_factory=list)
    rules_by_clause: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _collect(folder: Path) -> _Collected:
    out = _Collected()
    paths = sorted(folder.rglob("*.feature"))
    if not paths:
        out.problems.append(f"no .feature files under {folder}")
    known = catalogue()
    for path in paths:
        file_problems = _file_problems(path)
        out.problems += file_problems
        if file_problems:
            continue
        try:
            feature = get_gherkin_document(str(path)).feature
        except Exception as exc:  # any parse error is a problem to report, not a crash
            out.problems.append(f"{path.name}: does not parse: {exc}")
            continue
        feature_tags = _tags(list(feature.tags))
        file_tags = set(feature_tags)
        names: set[str] = set()
        for child in feature.children:
            pairs: list[tuple[Scenario, Rule | None]] = []
            if child.scenario is not None:
                pairs.append((child.scenario, None))
            if child.rule is not None:
                rule = child.rule
                rule_tags = _tags(list(rule.tags))
                file_tags |= rule_tags
                status_lines = {line.strip() for line in rule.description.splitlines()}
                for clause_id in sorted(t for t in rule_tags if CLAUSE_LIKE.match(t)):
                    where = f"{path.name}:{rule.location.line} «{rule.name}»"
                    out.rules_by_clause.setdefault(clause_id, []).append(where)
                    if clause_id in known:
                        wanted = TEXT_STATUS_LINE[known[clause_id].text_status]
                        if wanted not in status_lines:
                            out.problems.append(
                                f"{clause_id}: the Rule at {where} must state '{wanted}' in its "
                                "description (the catalogue's text status)"
                            )
                pairs += [(c.scenario, rule) for c in rule.children if c.scenario is not None]
            for scenario, owner in pairs:
                if scenario.name in names:
                    out.problems.append(
                        f"{path.name}:{scenario.location.line}: scenario name «{scenario.name}» "
                        "is used twice in this file (pytest-bdd would silently drop one)"
                    )
                names.add(scenario.name)
                inherited = feature_tags | (set() if owner is None else _tags(list(owner.tags)))
                facts = _scenario_facts(path, scenario, inherited, owner)
                file_tags |= facts.tags
                out.scenarios.append(facts)
        out.problems += [
            f"{path.name}: tag @{tag} looks like a clause id but is not in the catalogue"
            for tag in sorted(file_tags)
            if CLAUSE_LIKE.match(tag) and tag not in known
        ]
    return out


def check_features(folder: Path, rulebook: Rulebook = DEFAULT_RULEBOOK) -> list[str]:
    """Every traceability problem between ``rulebook`` and the feature files under ``folder``."""
    found = _collect(folder)
    problems = found.problems
    required: list[str] = []
    scope_ids: set[str] = set()
    own_result: set[str] = set()
    for version in rulebook.versions:
        required += [c for c in version.clause_ids() if c not in required]
        if version.scope is not None:
            scope_ids.add(version.scope.clause_id)
            own_result.add(version.scope.clause_id)
        own_result |= {c.clause_id for c in version.criteria}
    known = catalogue()

    for clause_id in required:
        rules = found.rules_by_clause.get(clause_id, [])
        if not rules:
            problems.append(f"{clause_id}: no Rule (Quy tắc) tagged @{clause_id} in {folder}")
        elif len(rules) > 1:
            problems.append(f"{clause_id}: heads {len(rules)} Rules ({'; '.join(rules)}); keep one")

    for clause_id in sorted(found.rules_by_clause):
        tagged = [s for s in found.scenarios if clause_id in s.rule_clauses]
        words: set[str] = set()
        for scenario in tagged:
            words |= {w for c, w in scenario.own if c == clause_id}
            if clause_id not in own_result:  # e.g. the window: judged by what it decides
                words |= {w for _, w in scenario.own} | scenario.verdicts
        if POSITIVE not in words:
            problems.append(f'{clause_id}: no scenario expects "{POSITIVE}"')
        negatives = {NEGATIVE, OUT_OF_SCOPE} if clause_id in scope_ids else {NEGATIVE}
        if not words & negatives:
            alternatives = " or ".join(f'"{w}"' for w in sorted(negatives))
            problems.append(f"{clause_id}: no scenario expects {alternatives}")
        if clause_id in known and known[clause_id].provisional:
            marker = f'kết quả của tiêu chí "{clause_id}" được đánh dấu tạm thời'
            if not any(line == marker for s in tagged for line in s.lines):
                problems.append(
                    f"{clause_id} is provisional: no scenario checks that its result is marked "
                    "provisional"
                )
    return problems


# --- the tests ------------------------------------------------------------------------------


def test_every_clause_of_the_rulebook_has_its_rule_and_scenarios() -> None:
    assert check_features(FEATURES) == []


def _copy_features(tmp_path: Path) -> Path:
    target = tmp_path / "features"
    shutil.copytree(FEATURES, target)
    return target


def _cut_rule(path: Path, tag: str) -> None:
    """Remove the Rule tagged ``tag`` (from its tag line to the next Rule's tag line or EOF)."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    start = lines.index(f"  @{tag}\n")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  @")), len(lines))
    path.write_text("".join(lines[:start] + lines[end:]), "utf-8")


@pytest.mark.parametrize(
    ("feature", "tag"),
    [
        ("tt124/dieu_06_tieu_chi.feature", "TT124.D6.PROV3"),
        # Scenarios of chuyen_tiep/ carry @TT23.D7.K1 as a cross-reference, with "đạt" and
        # "chưa đạt" results: a scenario tag never stands in for the clause's own Rule.
        ("tt23/dieu_07_tieu_chi.feature", "TT23.D7.K1"),
        ("tt23/dieu_07_tieu_chi.feature", "TT23.D7.K4"),
    ],
)
def test_the_checker_reports_a_clause_without_rule(tmp_path: Path, feature: str, tag: str) -> None:
    folder = _copy_features(tmp_path)
    _cut_rule(folder / feature, tag)

    problems = check_features(folder)

    assert problems == [f"{tag}: no Rule (Quy tắc) tagged @{tag} in {folder}"]


@pytest.mark.parametrize(
    ("feature", "clauses"),
    [
        ("tt124/dieu_01_pham_vi.feature", ["TT124.D1.K2.b"]),
        ("tt23/dieu_07_tieu_chi.feature", ["TT23.D7.K1", "TT23.D7.K2", "TT23.D7.K3", "TT23.D7.K4"]),
    ],
)
def test_the_checker_reports_a_missing_feature_file(
    tmp_path: Path, feature: str, clauses: list[str]
) -> None:
    folder = _copy_features(tmp_path)
    (folder / feature).unlink()

    assert check_features(folder) == [
        f"{clause_id}: no Rule (Quy tắc) tagged @{clause_id} in {folder}" for clause_id in clauses
    ]


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, "utf-8")


_ONE_RULE = """# language: vi
Tính năng: Thử
  @TT124.D6.K1.p3
  Quy tắc: Nội quy
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tại ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "đạt"
"""


def test_the_checker_reports_an_unknown_clause_tag_and_a_missing_negative_case(
    tmp_path: Path,
) -> None:
    tagged = _ONE_RULE.replace("Kịch bản: Đạt", "@TT124.D6.K9\n    Kịch bản: Đạt")
    _write(tmp_path, "thu.feature", tagged)

    problems = check_features(tmp_path)

    unknown = "thu.feature: tag @TT124.D6.K9 looks like a clause id but is not in the catalogue"
    assert unknown in problems
    assert 'TT124.D6.K1.p3: no scenario expects "chưa đạt"' in problems
    assert f"TT124.D6.K1.p1: no Rule (Quy tắc) tagged @TT124.D6.K1.p1 in {tmp_path}" in problems


def test_the_checker_reads_examples_tables(tmp_path: Path) -> None:
    outline = _ONE_RULE.replace("Kịch bản: Đạt", "Khung kịch bản: Theo bảng").replace(
        'là "đạt"\n',
        'là "<kết quả>"\n\n      Dữ liệu:\n        | kết quả  |\n'
        "        | đạt      |\n        | chưa đạt |\n",
    )
    _write(tmp_path, "thu.feature", outline)

    problems = check_features(tmp_path)

    assert not [p for p in problems if p.startswith("TT124.D6.K1.p3")], problems


def test_the_checker_reports_a_wrong_text_status_and_a_missing_provisional_mark(
    tmp_path: Path,
) -> None:
    text = _ONE_RULE.replace("TT124.D6.K1.p3", "TT124.D6.PROV3")
    _write(tmp_path, "thu.feature", text)

    problems = check_features(tmp_path)

    wrong_status = "TT124.D6.PROV3: the Rule at thu.feature:4 «Nội quy» must state"
    assert any(p.startswith(wrong_status) for p in problems), problems
    assert (
        "TT124.D6.PROV3 is provisional: no scenario checks that its result is marked provisional"
        in problems
    )


def test_the_checker_reports_encoding_and_duplicate_names(tmp_path: Path) -> None:
    _write(tmp_path, "nfd.feature", unicodedata.normalize("NFD", _ONE_RULE))
    (tmp_path / "bom.feature").write_bytes(b"\xef\xbb\xbf" + _ONE_RULE.encode("utf-8"))
    _write(tmp_path / "sub", "twice.feature", _ONE_RULE + _ONE_RULE.split("\n\n", 1)[1])

    problems = check_features(tmp_path)

    assert "nfd.feature: not in Unicode NFC (steps would not match)" in problems
    assert "bom.feature: starts with a byte-order mark; save as UTF-8 without BOM" in problems
    assert any("scenario name «Đạt» is used twice" in p for p in problems), problems
