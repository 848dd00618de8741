"""The specification report: the feature files as a reviewable edition of the regulation.

An adapter (like the CLI): it reads the clause catalogue, the rulebook, the Vietnamese feature
files (through :mod:`antq_compliance.spec.features`), optionally the results of a run (the
cucumber JSON written by ``pytest --cucumberjson``), the reviewers' sign-off record
(``reviews/signoff.toml``) and the official texts a reviewer supplies at run time
(:mod:`antq_compliance.spec.official`), and writes one Markdown and one self-contained HTML
file: per instrument and article, each clause with its paraphrase (beside the official wording,
when supplied), text status, how it is implemented, its scenarios and their results, and its
sign-off; plus a coverage matrix of every clause of the catalogue. ``Report.gaps`` lists what
makes ``antq spec-report --check`` fail (stale and "needs change" sign-offs included);
:func:`signoff_command` records a sign-off. The format of the sign-off record, the fingerprint
and the coverage heuristics are documented in ``docs/spec-review.md``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

import attrs

from antq_compliance.regulation.clauses import Clause, catalogue
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.rulebook import Rulebook
from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import (
    FINDING,
    NEGATIVE,
    OUT_OF_SCOPE,
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
from antq_compliance.spec.official import OfficialText, Wording, covered, load_all
from antq_compliance.spec.results import Results, Run, load_results
from antq_compliance.spec.signoff import (
    FINGERPRINT_LENGTH,
    VERDICT_LABELS,
    Signoff,
    load_signoffs,
    record_signoff,
    signoff_entry,
)

__all__ = [
    "BOUNDARY_WORDS",
    "ClauseReport",
    "Report",
    "ScenarioView",
    "build_report",
    "command",
    "render_html",
    "render_markdown",
    "signoff_command",
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
    """It expects the clause's failing side (for the scope clause: "không áp dụng" too)."""
    boundary: bool = False
    negative: bool = False
    """It expects "chưa đạt" (or an audit finding) for the clause."""
    not_applicable: bool = False
    """It expects "không áp dụng" for the clause: an out-of-scope unit, or a clause whose
    condition of application is recorded as false."""

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
    wording: Wording | None = None
    """The official wording, when the reviewer supplied the instrument's text."""
    retired_in: tuple[str, ...] = ()
    """The retired rule versions that cite the clause (``TT124@2022-02-10``)."""

    @property
    def state(self) -> str:
        """How the library covers the clause: ``retired`` (a first-edition id), ``rule``
        (a rule version), ``check`` (an audit check), ``rule_check`` (both),
        ``informational`` (nothing to evaluate), ``not_implemented`` (not yet)."""
        if self.clause.retired:
            return "retired"
        roles = {i.role for i in self.implementations}
        code = bool(roles & {"criterion", "scope", "window"})
        check = "audit" in roles
        if self.implemented and (code or check):
            return "rule_check" if code and check else ("rule" if code else "check")
        return "informational" if self.clause.informational else "not_implemented"

    @property
    def not_applicable(self) -> list[ScenarioView]:
        return [s for s in self.scenarios if s.not_applicable]

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
        if not self.failing and not self.clause.no_failing_side:
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
    official: dict[str, OfficialText] = field(default_factory=dict)
    """The official texts the reviewer supplied, by instrument."""
    uncatalogued: list[tuple[OfficialText, str]] = field(default_factory=list)
    """Parts of a supplied official text that no clause id of the catalogue names (e.g.
    TT124 Art. 12): listed in the matrix, never a gap."""

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
        out += self.signoff_gaps()
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

    def signoff_gaps(self) -> list[str]:
        """Sign-offs that fail the check: stale ones (the clause, its code or its scenarios
        changed since) and "needs change" ones (with the reviewer's note)."""
        out: list[str] = []
        for item in self.clauses:
            s = item.signoff
            if s is None:
                continue
            if item.stale:
                out.append(
                    f"{item.clause.id}: the sign-off of {s.date.isoformat()} by {s.reviewer} is "
                    f"stale (recorded {s.fingerprint}, now {item.fingerprint}): review it again"
                )
            if s.verdict == "needs_change":
                out.append(
                    f"{item.clause.id}: signed off as needs_change by {s.reviewer}: {s.comment}"
                )
        return out

    def warnings(self) -> list[str]:
        """Sign-offs that do not fail the check but say something: "cannot verify"."""
        return [
            f"{c.clause.id}: signed off as {c.signoff.verdict} by {c.signoff.reviewer}: "
            f"{c.signoff.comment}"
            for c in self.clauses
            if c.signoff is not None and c.signoff.verdict == "cannot_verify"
        ]

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


def _own_view(
    facts: ScenarioFacts, base: ScenarioView, cid: str, own_result: set[str], scopes: set[str]
) -> ScenarioView:
    words = expected_words(cid, [facts], own_result)
    return ScenarioView(
        facts=facts,
        relative=base.relative,
        runs=base.runs,
        expects_pass=bool(words & positive_words(cid)),
        expects_fail=bool(words & negative_words(cid, scopes)),
        boundary=_is_boundary(facts, cid, own_result),
        negative=bool(words & {NEGATIVE, FINDING}),
        not_applicable=OUT_OF_SCOPE in words,
    )


def _uncatalogued(official: dict[str, OfficialText]) -> list[tuple[OfficialText, str]]:
    return [
        (text, unit)
        for text in official.values()
        for unit in text.units()
        if not covered(unit, text.instrument)
    ]


def build_report(
    features: Path,
    *,
    cucumber: Path | None = None,
    signoff: Path | None = None,
    rulebook: Rulebook = DEFAULT_RULEBOOK,
    official: Sequence[str | Path] = (),
) -> Report:
    """Everything the report shows, from the files; raises on an unreadable input.
    ``official``: the official texts the reviewer supplies (``PATH`` or ``INSTRUMENT=PATH``)."""
    found = _collect(features)
    results = load_results(cucumber) if cucumber is not None else None
    signoffs = load_signoffs(signoff) if signoff is not None else {}
    texts = load_all(official)
    required = {c for v in rulebook.versions for c in v.clause_ids()} | audit_ids()
    scopes = scope_ids(rulebook)
    own_result = own_result_ids(rulebook)
    views = {id(s): _view(s, features, results) for s in found.scenarios}
    claimed: set[int] = set()
    clauses: list[ClauseReport] = []
    for cid, item in catalogue().items():
        own = [
            _own_view(facts, views[id(facts)], cid, own_result, scopes)
            for facts in found.scenarios
            if cid in facts.rule_clauses
        ]
        cross = [
            views[id(facts)]
            for facts in found.scenarios
            if cid not in facts.rule_clauses and cid in facts.tags
        ]
        claimed |= {id(v.facts) for v in own + cross}
        rules = [r for r in found.rules if cid in r.clauses]
        impls = implementations(cid, rulebook)
        text = texts.get(item.instrument)
        clauses.append(
            ClauseReport(
                clause=item,
                implemented=cid in required,
                scope=cid in scopes,
                implementations=impls,
                rules=rules,
                scenarios=own,
                cross=cross,
                fingerprint=_fingerprint(item, impls, rules, [v.facts for v in own + cross]),
                signoff=signoffs.get(cid),
                wording=text.wording(cid) if text is not None else None,
                retired_in=tuple(v.reference for v in rulebook.retired if cid in v.clause_ids()),
            )
        )
    return Report(
        features=features,
        clauses=clauses,
        other=[views[id(s)] for s in found.scenarios if id(s) not in claimed],
        results=results,
        signoff_path=signoff,
        problems=list(found.problems),
        files=len(found.features),
        official=texts,
        uncatalogued=_uncatalogued(texts),
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
    official: Sequence[str | Path] = (),
) -> int:
    """``antq spec-report``: writes the report (unless only checking), prints a fingerprint, or
    checks; returns 0, or raises :class:`SpecReportError` (exit 1) after printing the gaps.
    ``signoff``: the sign-off record, when there is one (the CLI picks the default)."""
    if fingerprint_of is not None:
        print(fingerprint(fingerprint_of, features), file=stdout)
        return 0
    report = build_report(features, cucumber=cucumber, signoff=signoff, official=official)
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
        "expecting its negative"
        + (", and no failed run" if cucumber is not None else "")
        + "; no sign-off is stale or needs change",
        file=stdout,
    )
    return 0


_SIGNED = {
    "vi": "{clause}: đã ghi ý kiến {verdict} của {reviewer} ngày {day}, mã kiểm {fp} vào {path}",
    "en": "{clause}: recorded {verdict} by {reviewer} on {day}, fingerprint {fp}, in {path}",
}


def signoff_command(
    *,
    features: Path,
    signoff: Path,
    clause_id: str,
    verdict: str,
    reviewer: str,
    note: str,
    source: str | None,
    day: date,
    lang: str,
    stdout: TextIO,
) -> int:
    """``antq spec-report signoff CLAUSE``: records a reviewer's verdict with the clause's
    current fingerprint. Bad input raises :class:`SignoffInputError` before anything is read
    or written; an invalid record or feature folder raises :class:`SpecReportError`."""
    entry = signoff_entry(
        clause_id=clause_id,
        verdict=verdict,
        reviewer=reviewer,
        note=note,
        source=source,
        day=day,
        fingerprint="0" * FINGERPRINT_LENGTH,
    )
    entry = attrs.evolve(entry, fingerprint=fingerprint(entry.clause, features))
    record_signoff(signoff, entry)
    label = VERDICT_LABELS[lang][entry.verdict]
    print(
        _SIGNED[lang].format(
            clause=entry.clause,
            verdict=label,
            reviewer=entry.reviewer,
            day=entry.date.isoformat(),
            fp=entry.fingerprint,
            path=signoff,
        ),
        file=stdout,
    )
    return 0
