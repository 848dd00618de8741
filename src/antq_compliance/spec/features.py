"""Read the Vietnamese feature files: their Rules, scenarios, steps and expected results.

Shared by the traceability test (``tests/features/test_coverage.py``) and the specification
report (:mod:`antq_compliance.specreport`), so both read the files the same way. It parses with
pytest-bdd's own Gherkin parser (the one that runs the scenarios); pytest-bdd is a test
dependency, so this module is imported only by those two, never by the library's core.

What is read from each scenario is textual: the Then steps naming a clause
(``tiêu chí "X" là "W"``), the result table (``các tiêu chí có kết quả như sau:``) and the
verdict (``kết quả năm là "W"``), once per row of its Examples (``Dữ liệu``) after substitution.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pytest_bdd.gherkin_parser import (
    Background,
    Feature,
    Rule,
    Scenario,
    Step,
    get_gherkin_document,
)

from antq_compliance.domain.vocabulary import TextStatus
from antq_compliance.regulation.clauses import catalogue
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.rulebook import Rulebook

__all__ = [
    "CLAUSE_LIKE",
    "FINDING",
    "NEGATIVE",
    "NO_FINDING",
    "OUT_OF_SCOPE",
    "POSITIVE",
    "TEXT_STATUS_LINE",
    "Collected",
    "RowFacts",
    "RuleFacts",
    "ScenarioFacts",
    "audit_ids",
    "collect_features",
    "expected_words",
    "negative_words",
    "own_result_ids",
    "positive_words",
    "render",
    "scope_ids",
    "tag_names",
]

CLAUSE_LIKE = re.compile(r"^(TT124\.|TT23\.|ND80|QD510|TT48)")
TEXT_STATUS_LINE = {
    TextStatus.VERIFIED: "Trạng thái văn bản: đã đối chiếu (verified)",
    TextStatus.PARTIAL: "Trạng thái văn bản: một phần (partial)",
    TextStatus.PROVISIONAL: "Trạng thái văn bản: tạm thời (provisional)",
}
POSITIVE = "đạt"
NEGATIVE = "chưa đạt"
OUT_OF_SCOPE = "không áp dụng"
NO_FINDING = "không có phát hiện nào"
"""The passing side of a clause enforced by the audit (a Then step of that wording)."""
FINDING = "có phát hiện"
"""The failing side of a clause enforced by the audit: a finding of one of its checks."""

_CRITERION = re.compile(r'tiêu chí "(?P<clause>[^"]+)" là "(?P<word>[^"]+)"')
_VERDICT = re.compile(r'kết quả năm là "(?P<word>[^"]+)"')
_TABLE_STEP = "các tiêu chí có kết quả như sau:"
_FINDING = re.compile(r'có phát hiện "(?P<code>[^"]+)" mức "[^"]+"')
_PLACEHOLDER = re.compile(r"<([^<>]+)>")


@dataclass
class RowFacts:
    """One run of a scenario: one Examples row (or the plain scenario), substituted."""

    values: dict[str, str]
    name: str
    steps: tuple[str, ...]
    own: set[tuple[str, str]] = field(default_factory=set)
    verdicts: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)
    """Codes of the audit findings a Then step expects."""
    no_finding: bool = False
    """A Then step expects the audit to find nothing."""


@dataclass
class ScenarioFacts:
    """What the checker needs from one scenario, Examples already substituted."""

    where: str
    tags: set[str]
    rule_clauses: set[str]
    own: set[tuple[str, str]] = field(default_factory=set)
    """(clause id, expected word) from Then steps naming a clause."""
    verdicts: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)
    no_finding: bool = False
    lines: list[str] = field(default_factory=list)
    path: Path | None = None
    scenario: Scenario | None = None
    rule: Rule | None = None
    backgrounds: tuple[Background, ...] = ()
    """The feature's and the Rule's Background, in order: their steps run first."""
    rows: list[RowFacts] = field(default_factory=list)


@dataclass
class RuleFacts:
    """A ``Quy tắc`` (Rule) and where it is."""

    path: Path
    feature: Feature
    rule: Rule
    clauses: set[str]
    backgrounds: tuple[Background, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.rule.location.line} «{self.rule.name}»"


def tag_names(items: Iterable[object]) -> set[str]:
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


def render(text: str, row: dict[str, str]) -> str:
    """``text`` with its ``<placeholder>``s replaced from an Examples row."""
    return _PLACEHOLDER.sub(lambda m: row.get(m.group(1), m.group(0)), text)


def _read_step(step: Step, row: dict[str, str], facts: ScenarioFacts, one: RowFacts) -> None:
    text = render(step.text, row)
    facts.lines.append(text)
    if (match := _CRITERION.fullmatch(text)) is not None:
        one.own.add((match["clause"], match["word"]))
    elif (match := _VERDICT.fullmatch(text)) is not None:
        one.verdicts.add(match["word"])
    elif (match := _FINDING.fullmatch(text)) is not None:
        one.findings.add(match["code"])
    elif text == NO_FINDING:
        one.no_finding = True
    elif text == _TABLE_STEP and step.datatable is not None:
        for cells in step.datatable.rows[1:]:
            clause_id, word = (render(cell.value, row) for cell in cells.cells)
            one.own.add((clause_id, word))


def _scenario_facts(
    path: Path,
    scenario: Scenario,
    inherited: set[str],
    rule: Rule | None,
    backgrounds: tuple[Background, ...],
) -> ScenarioFacts:
    where = f"{path.name}:{scenario.location.line} «{scenario.name}»"
    tags = inherited | tag_names(scenario.tags)
    for table in scenario.examples:
        tags |= tag_names(table.tags)
    rule_tags = set() if rule is None else tag_names(rule.tags)
    rule_clauses = {t for t in rule_tags if CLAUSE_LIKE.match(t)}
    facts = ScenarioFacts(
        where=where,
        tags=tags,
        rule_clauses=rule_clauses,
        path=path,
        scenario=scenario,
        rule=rule,
        backgrounds=backgrounds,
    )
    for row in _rows(scenario):
        one = RowFacts(
            values=row,
            name=render(scenario.name, row),
            steps=tuple(render(step.text, row) for step in scenario.steps),
        )
        for step in scenario.steps:
            _read_step(step, row, facts, one)
        facts.rows.append(one)
        facts.own |= one.own
        facts.verdicts |= one.verdicts
        facts.findings |= one.findings
        facts.no_finding |= one.no_finding
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
class Collected:
    scenarios: list[ScenarioFacts] = field(default_factory=list)
    rules_by_clause: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    rules: list[RuleFacts] = field(default_factory=list)
    features: dict[Path, Feature] = field(default_factory=dict)


def collect_features(folder: Path) -> Collected:
    """Every Rule and scenario under ``folder``, and the problems met while reading them."""
    out = Collected()
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
        out.features[path] = feature
        feature_tags = tag_names(feature.tags)
        file_tags = set(feature_tags)
        names: set[str] = set()
        feature_bg = tuple(c.background for c in feature.children if c.background is not None)
        for child in feature.children:
            pairs: list[tuple[Scenario, Rule | None, tuple[Background, ...]]] = []
            if child.scenario is not None:
                pairs.append((child.scenario, None, feature_bg))
            if child.rule is not None:
                rule = child.rule
                rule_tags = tag_names(rule.tags)
                file_tags |= rule_tags
                status_lines = {line.strip() for line in rule.description.splitlines()}
                rule_bg = feature_bg + tuple(
                    c.background for c in rule.children if c.background is not None
                )
                clauses = {t for t in rule_tags if CLAUSE_LIKE.match(t)}
                out.rules.append(RuleFacts(path, feature, rule, clauses, rule_bg))
                for clause_id in sorted(clauses):
                    where = f"{path.name}:{rule.location.line} «{rule.name}»"
                    out.rules_by_clause.setdefault(clause_id, []).append(where)
                    if clause_id in known:
                        wanted = TEXT_STATUS_LINE[known[clause_id].text_status]
                        if wanted not in status_lines:
                            out.problems.append(
                                f"{clause_id}: the Rule at {where} must state '{wanted}' in its "
                                "description (the catalogue's text status)"
                            )
                pairs += [
                    (c.scenario, rule, rule_bg) for c in rule.children if c.scenario is not None
                ]
            for scenario, owner, backgrounds in pairs:
                if scenario.name in names:
                    out.problems.append(
                        f"{path.name}:{scenario.location.line}: scenario name «{scenario.name}» "
                        "is used twice in this file (pytest-bdd would silently drop one)"
                    )
                names.add(scenario.name)
                inherited = feature_tags | (set() if owner is None else tag_names(owner.tags))
                facts = _scenario_facts(path, scenario, inherited, owner, backgrounds)
                file_tags |= facts.tags
                out.scenarios.append(facts)
        out.problems += [
            f"{path.name}: tag @{tag} looks like a clause id but is not in the catalogue"
            for tag in sorted(file_tags)
            if CLAUSE_LIKE.match(tag) and tag not in known
        ]
    return out


def scope_ids(rulebook: Rulebook) -> set[str]:
    """The scope clauses of the rulebook: "không áp dụng" is their negative result."""
    return {c.clause_id for v in rulebook.versions for a in v.articles for c in a.scope}


def own_result_ids(rulebook: Rulebook) -> set[str]:
    """Clauses with a result of their own (scope and criteria); the others (the window, the
    verdict) are judged by the results they decide."""
    return scope_ids(rulebook) | {
        c.clause_id for v in rulebook.versions for a in v.articles for c in a.criteria
    }


_CHECKS = {check.code: check for check in DEFAULT_RULEBOOK.checks}


def audit_ids() -> set[str]:
    """The clauses enforced by the audit's checks (``Rulebook.checks``)."""
    return {c for check in _CHECKS.values() for c in check.clauses}


def expected_words(
    clause_id: str, scenarios: Iterable[ScenarioFacts | RowFacts], own_result: set[str]
) -> set[str]:
    """The results the ``scenarios`` (or single runs) expect for ``clause_id``: the words of
    the steps naming it, and for a clause without a result of its own, every result and
    verdict they check. For a clause the audit enforces, also :data:`FINDING` when a finding
    of one of its checks is expected and :data:`NO_FINDING` when none at all is."""
    words: set[str] = set()
    audited = clause_id in audit_ids()
    for item in scenarios:
        words |= {w for c, w in item.own if c == clause_id}
        if clause_id not in own_result:
            words |= {w for _, w in item.own} | item.verdicts
        if audited:
            codes = {x for c in item.findings if c in _CHECKS for x in _CHECKS[c].clauses}
            words |= {FINDING} if clause_id in codes else set()
            words |= {NO_FINDING} if item.no_finding else set()
    return words


def positive_words(clause_id: str) -> set[str]:
    """The words that count as the passing side for ``clause_id``."""
    return {POSITIVE, NO_FINDING} if clause_id in audit_ids() else {POSITIVE}


def negative_words(clause_id: str, scopes: set[str]) -> set[str]:
    """The words that count as the failing side for ``clause_id``."""
    words = {NEGATIVE, OUT_OF_SCOPE} if clause_id in scopes else {NEGATIVE}
    return words | {FINDING} if clause_id in audit_ids() else words
