"""The specification report: the feature files as a reviewable edition of the regulation.

An adapter (like the CLI): it reads the clause catalogue, the rulebook, the Vietnamese feature
files (through :mod:`antq_compliance.featurefiles`), optionally the results of a run (the
cucumber JSON written by ``pytest --cucumberjson``) and the reviewers' sign-off record
(``reviews/signoff.toml``), and writes one Markdown and one self-contained HTML file: per
instrument and article, each clause with its paraphrase, text status, implementing rule, its
scenarios and their results, and its sign-off; plus a coverage matrix. ``check`` lists the gaps
that make ``antq spec-report --check`` fail. The format of the sign-off record, the fingerprint
and the coverage heuristics are documented in ``docs/spec-review.md``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from antq_compliance.regulation.clauses import Clause, catalogue
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import (
    RuleFacts,
    ScenarioFacts,
    audit_ids,
    expected_words,
    negative_words,
    own_result_ids,
    positive_words,
    scope_ids,
)
from antq_compliance.spec.implementations import (
    Implementation,
    _collect,
    _fingerprint,
    fingerprint,
    implementations,
)
from antq_compliance.spec.results import Results, Run, load_results
from antq_compliance.spec.signoff import DEFAULT_SIGNOFF, Signoff, load_signoffs

__all__ = [
    "BOUNDARY_WORDS",
    "ClauseReport",
    "Report",
    "ScenarioView",
    "build_report",
    "command",
    "render_html",
    "render_markdown",
    "write_report",
]

BOUNDARY_WORDS = ("ranh giới", "sát ngày", "sát hạn", "sát ngưỡng", "ngày cuối", "ngày đầu")
"""A scenario whose name contains one of these is a boundary scenario (besides outlines whose
rows straddle a date or a number, see :func:`_straddles`)."""

_DATE_OR_NUMBER = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d+(?:[.,]\d+)?%?")


# --- the report model -------------------------------------------------------------------------


@dataclass
class ScenarioView:
    """A scenario as the report shows it under one clause."""

    facts: ScenarioFacts
    relative: str
    runs: list[list[Run]]
    """Per row of ``facts.rows``: its runs, one per store."""
    expects_pass: bool = False
    expects_fail: bool = False
    boundary: bool = False

    @property
    def line(self) -> int:
        return self.facts.scenario.location.line if self.facts.scenario else 0

    @property
    def where(self) -> str:
        return f"{self.relative}:{self.line}"

    def all_runs(self) -> list[Run]:
        return [run for row in self.runs for run in row]

    def failed(self) -> list[str]:
        """One label per failed run: ``file:line «name» (store)``."""
        return [
            f"{self.where} «{row.name}» ({run.store or '?'})"
            for row, runs in zip(self.facts.rows, self.runs, strict=True)
            for run in runs
            if run.status == "failed"
        ]


@dataclass
class ClauseReport:
    clause: Clause
    implemented: bool
    scope: bool
    implementations: list[Implementation]
    rules: list[RuleFacts]
    scenarios: list[ScenarioView]
    cross: list[ScenarioView]
    fingerprint: str
    signoff: Signoff | None

    @property
    def passing(self) -> list[ScenarioView]:
        return [s for s in self.scenarios if s.expects_pass]

    @property
    def failing(self) -> list[ScenarioView]:
        return [s for s in self.scenarios if s.expects_fail]

    @property
    def boundary(self) -> list[ScenarioView]:
        return [s for s in self.scenarios if s.boundary]

    @property
    def stale(self) -> bool:
        return self.signoff is not None and self.signoff.fingerprint != self.fingerprint

    def runs(self) -> list[Run]:
        return [run for s in self.scenarios + self.cross for run in s.all_runs()]

    def failures(self) -> list[str]:
        return [label for s in self.scenarios + self.cross for label in s.failed()]

    def positive_label(self) -> str:
        return " or ".join(f'"{w}"' for w in sorted(positive_words(self.clause.id)))

    def negative_label(self) -> str:
        words = sorted(negative_words(self.clause.id, {self.clause.id} if self.scope else set()))
        return " or ".join(f'"{w}"' for w in words)

    def gaps(self, folder: Path) -> list[str]:
        """Why ``--check`` fails for this clause (nothing for a clause outside the rulebook)."""
        cid = self.clause.id
        out: list[str] = []
        if not self.implemented:
            return out
        if not [i for i in self.implementations if i.role != "routing"]:
            out.append(f"{cid}: no rule version implements it")
        if not self.rules:
            out.append(f"{cid}: no Rule (Quy tắc) tagged @{cid} in {folder}")
        if not self.passing:
            out.append(f"{cid}: no scenario expects {self.positive_label()}")
        if not self.failing:
            out.append(f"{cid}: no scenario expects {self.negative_label()}")
        failures = self.failures()
        if failures:
            shown = "; ".join(failures[:3]) + ("; …" if len(failures) > 3 else "")
            out.append(f"{cid}: {len(failures)} scenario run(s) failed: {shown}")
        return out


@dataclass
class Report:
    features: Path
    clauses: list[ClauseReport]
    other: list[ScenarioView]
    """Scenarios tied to no clause (no clause tag, outside any clause's Rule)."""
    results: Results | None
    signoff_path: Path | None
    problems: list[str]
    """Problems met while reading the feature files."""
    files: int = 0
    """How many feature files were read."""

    def clause(self, clause_id: str) -> ClauseReport:
        for item in self.clauses:
            if item.clause.id == clause_id:
                return item
        raise KeyError(clause_id)

    def gaps(self) -> list[str]:
        """One line per gap; ``antq spec-report --check`` fails when there is any: problems
        reading the files, the gaps of the clauses of the rulebook, and any other failed run
        (of a scenario tied to no clause, or only to clauses outside the rulebook)."""
        out = [f"features: {p}" for p in self.problems]
        reported: set[int] = set()
        for item in self.clauses:
            out += item.gaps(self.features)
            if item.implemented:
                reported |= {id(v.facts) for v in item.scenarios + item.cross}
        seen: set[int] = set()
        views = [v for c in self.clauses for v in c.scenarios + c.cross] + self.other
        for view in views:
            if id(view.facts) in reported | seen:
                continue
            seen.add(id(view.facts))
            out += [f"{label}: failed" for label in view.failed()]
        return out

    def warnings(self) -> list[str]:
        """Sign-offs to look at again; they do not fail the check."""
        out: list[str] = []
        for item in self.clauses:
            s = item.signoff
            if s is None:
                continue
            if item.stale:
                out.append(
                    f"{item.clause.id}: the sign-off of {s.date.isoformat()} by {s.reviewer} is "
                    f"stale (recorded {s.fingerprint}, now {item.fingerprint})"
                )
            if s.verdict != "approved":
                out.append(f"{item.clause.id}: signed off as {s.verdict} by {s.reviewer}")
        return out

    def scenario_count(self) -> int:
        seen = {id(v.facts) for c in self.clauses for v in c.scenarios + c.cross}
        seen |= {id(v.facts) for v in self.other}
        return len(seen)


def _straddles(facts: ScenarioFacts, clause_id: str, own_result: set[str]) -> bool:
    """Two rows of the outline expect different results for the clause, and differ in a date or
    a number: the examples sit on both sides of a boundary."""
    for a, b in itertools.combinations(facts.rows, 2):
        wa = expected_words(clause_id, [a], own_result)
        wb = expected_words(clause_id, [b], own_result)
        if not wa or not wb or wa == wb:
            continue
        for key, value in a.values.items():
            other = b.values.get(key, value)
            if (
                value != other
                and _DATE_OR_NUMBER.fullmatch(value.strip())
                and _DATE_OR_NUMBER.fullmatch(other.strip())
            ):
                return True
    return False


def _is_boundary(facts: ScenarioFacts, clause_id: str, own_result: set[str]) -> bool:
    name = (facts.scenario.name if facts.scenario else "").casefold()
    return any(word in name for word in BOUNDARY_WORDS) or _straddles(facts, clause_id, own_result)


def _view(facts: ScenarioFacts, features: Path, results: Results | None) -> ScenarioView:
    relative = facts.path.relative_to(features).as_posix() if facts.path else facts.where
    line = facts.scenario.location.line if facts.scenario else 0
    runs = [results.runs(relative, line, row) if results else [] for row in facts.rows]
    return ScenarioView(facts=facts, relative=relative, runs=runs)


def build_report(
    features: Path,
    *,
    cucumber: Path | None = None,
    signoff: Path | None = None,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
) -> Report:
    """Everything the report shows, from the files; raises on an unreadable input."""
    found = _collect(features)
    results = load_results(cucumber) if cucumber is not None else None
    signoffs = load_signoffs(signoff) if signoff is not None else {}
    required = {c for v in rulebook.versions for c in v.clause_ids()} | audit_ids()
    scopes = scope_ids(rulebook)
    own_result = own_result_ids(rulebook)
    views = {id(s): _view(s, features, results) for s in found.scenarios}
    claimed: set[int] = set()
    clauses: list[ClauseReport] = []
    for cid, item in catalogue().items():
        rules = [r for r in found.rules if cid in r.clauses]
        own: list[ScenarioView] = []
        cross: list[ScenarioView] = []
        for facts in found.scenarios:
            if cid in facts.rule_clauses:
                base = views[id(facts)]
                words = expected_words(cid, [facts], own_result)
                own.append(
                    ScenarioView(
                        facts=facts,
                        relative=base.relative,
                        runs=base.runs,
                        expects_pass=bool(words & positive_words(cid)),
                        expects_fail=bool(words & negative_words(cid, scopes)),
                        boundary=_is_boundary(facts, cid, own_result),
                    )
                )
                claimed.add(id(facts))
            elif cid in facts.tags:
                cross.append(views[id(facts)])
                claimed.add(id(facts))
        impls = implementations(cid, rulebook)
        tagged = [v.facts for v in own + cross]
        clauses.append(
            ClauseReport(
                clause=item,
                implemented=cid in required,
                scope=cid in scopes,
                implementations=impls,
                rules=rules,
                scenarios=own,
                cross=cross,
                fingerprint=_fingerprint(item, impls, rules, tagged),
                signoff=signoffs.get(cid),
            )
        )
    other = [views[id(s)] for s in found.scenarios if id(s) not in claimed]
    return Report(
        features=features,
        clauses=clauses,
        other=other,
        results=results,
        signoff_path=signoff,
        problems=list(found.problems),
        files=len(found.features),
    )


# --- rendering (in :mod:`antq_compliance._specrender`) ---------------------------------------


def render_html(report: Report, lang: str = "vi") -> str:
    """The whole report as one self-contained HTML page (inline CSS, no external asset)."""
    from antq_compliance.spec.render.html import html_page

    return html_page(report, lang)


def render_markdown(report: Report, lang: str = "vi") -> str:
    """The whole report as Markdown (GitHub-flavoured tables)."""
    from antq_compliance.spec.render.markdown import markdown_page

    return markdown_page(report, lang)


def write_report(report: Report, out: Path, lang: str = "vi") -> tuple[Path, Path]:
    """Write ``spec.md`` and ``spec.html`` into ``out`` (created if needed)."""
    out.mkdir(parents=True, exist_ok=True)
    md, page = out / "spec.md", out / "spec.html"
    md.write_text(render_markdown(report, lang), "utf-8")
    page.write_text(render_html(report, lang), "utf-8")
    return md, page


# --- the command ------------------------------------------------------------------------------


def command(
    *,
    features: Path,
    cucumber: Path | None,
    out: Path | None,
    signoff: Path | None,
    check: bool,
    fingerprint_of: str | None,
    lang: str,
    stdout: TextIO,
) -> int:
    """``antq spec-report``: writes the report (unless only checking), prints a fingerprint, or
    checks; returns 0, or raises :class:`SpecReportError` (exit 1) after printing the gaps."""
    if fingerprint_of is not None:
        print(fingerprint(fingerprint_of, features), file=stdout)
        return 0
    if signoff is None and DEFAULT_SIGNOFF.is_file():
        signoff = DEFAULT_SIGNOFF
    report = build_report(features, cucumber=cucumber, signoff=signoff)
    if out is not None or not check:
        written = write_report(report, out or Path("reports"), lang)
        for path in written:
            print(f"{path}", file=stdout)
    if not check:
        return 0
    for line in report.warnings():
        print(f"warning: {line}", file=stdout)
    gaps = report.gaps()
    for line in gaps:
        print(line, file=stdout)
    required = sum(1 for c in report.clauses if c.implemented)
    if gaps:
        raise SpecReportError(
            f"spec check: {len(gaps)} gap(s) among the {required} implemented clauses"
        )
    print(
        f"spec check: each of the {required} clauses implemented by the rulebook or the audit "
        'has its rule, a Rule, a scenario expecting "đạt" (or no audit finding) and one '
        "expecting its negative" + (", and no failed run" if cucumber is not None else ""),
        file=stdout,
    )
    return 0
