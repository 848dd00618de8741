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

import hashlib
import inspect
import itertools
import json
import re
import textwrap
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

import attrs

from . import audit
from .audit import AUDIT_CHECKS, AuditCheck
from .clauses import Clause, catalogue, clause
from .errors import AntqError
from .evaluation import DEFAULT_RULEBOOK
from .featurefiles import (
    Collected,
    RowFacts,
    RuleFacts,
    ScenarioFacts,
    audit_ids,
    collect_features,
    expected_words,
    negative_words,
    own_result_ids,
    positive_words,
    scope_ids,
)
from .routing import DOSSIER_RECIPIENTS
from .rulebook import Interpretation, Rulebook, RuleVersion

__all__ = [
    "BOUNDARY_WORDS",
    "STORE_LABELS",
    "VERDICTS",
    "ClauseReport",
    "Implementation",
    "Report",
    "Results",
    "Signoff",
    "SignoffError",
    "SpecReportError",
    "build_report",
    "command",
    "description_lines",
    "fingerprint",
    "load_results",
    "load_signoffs",
    "render_html",
    "render_markdown",
    "write_report",
]

DEFAULT_SIGNOFF = Path("reviews/signoff.toml")
FINGERPRINT_LENGTH = 12
VERDICTS = ("approved", "needs_change", "cannot_verify")
BOUNDARY_WORDS = ("ranh giới", "sát ngày", "sát hạn", "sát ngưỡng", "ngày cuối", "ngày đầu")
"""A scenario whose name contains one of these is a boundary scenario (besides outlines whose
rows straddle a date or a number, see :func:`_straddles`)."""

_DATE_OR_NUMBER = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d+(?:[.,]\d+)?%?")
STORE_LABELS = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
_STORE_ORDER = {"sqlite": 0, "postgres": 1}


class SpecReportError(AntqError):
    """The report cannot be built: a missing folder, an unreadable results file, ..."""


class SignoffError(SpecReportError, ValueError):
    """The sign-off record is invalid; ``problems`` has one line per entry and field."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        if len(self.problems) == 1:
            super().__init__(f"invalid sign-off record: {self.problems[0]}")
        else:
            super().__init__("invalid sign-off record:\n  " + "\n  ".join(self.problems))


# --- the sign-off record ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Signoff:
    """One reviewer's verdict on one clause, as recorded in ``reviews/signoff.toml``."""

    clause: str
    verdict: str
    reviewer: str
    date: date
    source: str
    comment: str
    fingerprint: str
    entry: int
    """Its position in the file (1 = first ``[[signoff]]``), for messages."""


_SIGNOFF_FIELDS = ("clause", "verdict", "reviewer", "date", "source", "comment", "fingerprint")
_FINGERPRINT = re.compile(rf"[0-9a-f]{{{FINGERPRINT_LENGTH}}}")


def _signoff_date(value: object) -> date | str:
    """The date, or the problem with it."""
    if isinstance(value, datetime):
        return "must be a date (YYYY-MM-DD), not a date and time"
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(value, fmt).date()
            except ValueError:
                continue
        return "is not a date (YYYY-MM-DD, or dd/mm/yyyy in quotes)"
    return "must be a date (YYYY-MM-DD)"


def load_signoffs(path: Path) -> dict[str, Signoff]:
    """The sign-offs of ``path`` by clause id; :class:`SignoffError` lists every problem."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SignoffError([f"{path}: not valid TOML: {exc}"]) from None
    except OSError as exc:
        raise SignoffError([f"{path}: cannot be read: {exc}"]) from None
    problems = [
        f"{path}: unknown table or key {k!r} (only [[signoff]])" for k in raw if k != "signoff"
    ]
    entries = raw.get("signoff", [])
    if not isinstance(entries, list):
        raise SignoffError([f"{path}: 'signoff' must be an array of tables ([[signoff]])"])
    known = catalogue()
    found: dict[str, Signoff] = {}
    for n, entry in enumerate(entries, start=1):
        label = f"{path}: entry {n}"
        if not isinstance(entry, dict):
            problems.append(f"{label}: must be a [[signoff]] table, not {entry!r}")
            continue
        if isinstance(entry.get("clause"), str):
            label += f" (clause {entry['clause']})"

        def bad(
            name: str, problem: str, *, label: str = label, entry: dict[str, Any] = entry
        ) -> None:
            shown = f" = {entry[name]!r}" if name in entry else ""
            problems.append(f"{label}: field '{name}'{shown}: {problem}")

        before = len(problems)
        for name in sorted(set(entry) - set(_SIGNOFF_FIELDS)):
            bad(name, f"unknown field (fields: {', '.join(_SIGNOFF_FIELDS)})")
        for name in _SIGNOFF_FIELDS:
            if name not in entry:
                bad(name, "missing")
            elif name != "date" and not isinstance(entry[name], str):
                bad(name, "must be a string in quotes")
        if len(problems) > before:
            continue
        clause_id, verdict = entry["clause"], entry["verdict"]
        if clause_id not in known:
            bad("clause", "not a clause id of the catalogue")
        elif clause_id in found:
            bad("clause", f"already signed off in entry {found[clause_id].entry}; keep one entry")
        if verdict not in VERDICTS:
            bad("verdict", f"must be one of {', '.join(VERDICTS)}")
        for name in ("reviewer", "source"):
            if not entry[name].strip():
                bad(name, "must not be empty")
        if verdict in ("needs_change", "cannot_verify") and not entry["comment"].strip():
            bad("comment", f"must say why, for the verdict {verdict!r}")
        day = _signoff_date(entry["date"])
        if isinstance(day, str):
            bad("date", day)
        if not _FINGERPRINT.fullmatch(entry["fingerprint"]):
            bad(
                "fingerprint",
                f"must be the {FINGERPRINT_LENGTH} hex digits printed by "
                f"'antq spec-report --fingerprint {clause_id}'",
            )
        if len(problems) > before or not isinstance(day, date):
            continue
        found[clause_id] = Signoff(
            clause=clause_id,
            verdict=verdict,
            reviewer=entry["reviewer"].strip(),
            date=day,
            source=entry["source"].strip(),
            comment=entry["comment"].strip(),
            fingerprint=entry["fingerprint"],
            entry=n,
        )
    if problems:
        raise SignoffError(problems)
    return found


# --- results of a run (cucumber JSON) -----------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One execution of one scenario row on one store."""

    store: str
    status: str
    """passed | failed | skipped | unknown | not_run (run on another store, not on this one)"""

    @property
    def store_label(self) -> str:
        return STORE_LABELS.get(self.store, self.store or "—")


@dataclass(frozen=True)
class _Element:
    line: int
    name: str
    steps: tuple[str, ...]
    run: Run


def _element_status(steps: list[dict[str, Any]]) -> str:
    statuses = [str(s.get("result", {}).get("status", "")) for s in steps]
    if "failed" in statuses:
        return "failed"
    if "skipped" in statuses or not statuses:
        return "skipped"
    if all(s == "passed" for s in statuses):
        return "passed"
    return "unknown"


def _store(element_id: str) -> str:
    match = re.search(r"\[([^\]]*)\]$", element_id)
    return match.group(1).split("-", 1)[0] if match else ""


@dataclass
class Results:
    """The scenario runs of a cucumber JSON file, by feature file."""

    source: Path
    by_uri: dict[str, list[_Element]] = field(default_factory=dict)

    def _uri(self, relative: str) -> str | None:
        if relative in self.by_uri:
            return relative
        for uri in self.by_uri:
            if uri.endswith("/" + relative) or relative.endswith("/" + uri):
                return uri
        return None

    def runs(self, relative: str, line: int, row: RowFacts) -> list[Run]:
        """The runs of one row of the scenario at ``line`` of the file ``relative``."""
        uri = self._uri(relative)
        if uri is None:
            return []
        candidates = [
            e
            for e in self.by_uri[uri]
            if e.line == line and e.name == row.name and row.steps[: len(e.steps)] == e.steps
        ]
        if not candidates:
            return []
        chosen: list[Run] = []
        for store in self.stores:
            mine = [e for e in candidates if e.run.store == store]
            if not mine:
                chosen.append(Run(store, "not_run"))
                continue
            exact = [e for e in mine if e.steps == row.steps]
            # A run that stopped early lists only its first steps: it matches by prefix.
            picked = exact or mine
            statuses = {e.run.status for e in picked}
            status = next(
                (s for s in ("failed", "unknown", "skipped", "passed") if s in statuses), "unknown"
            )
            chosen.append(Run(store, status))
        return chosen

    @property
    def stores(self) -> list[str]:
        """The stores seen in the run (a store whose tests were all skipped is absent)."""
        found = {e.run.store for v in self.by_uri.values() for e in v}
        return sorted(found, key=_store_key)

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.by_uri.values())

    def count_store(self, store: str) -> int:
        return sum(1 for v in self.by_uri.values() for e in v if e.run.store == store)

    def count(self, status: str) -> int:
        return sum(1 for v in self.by_uri.values() for e in v if e.run.status == status)


def _store_key(store: str) -> tuple[int, str]:
    return (_STORE_ORDER.get(store, 9), store)


def load_results(path: Path) -> Results:
    """The runs recorded in a cucumber JSON file (``pytest --cucumberjson=PATH``)."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise SpecReportError(f"{path}: cannot read the results: {exc}") from None
    except json.JSONDecodeError as exc:
        raise SpecReportError(f"{path}: not cucumber JSON: {exc}") from None
    if not isinstance(raw, list):
        raise SpecReportError(f"{path}: not cucumber JSON (expected a list of features)")
    results = Results(source=path)
    for feature in raw:
        uri = str(feature.get("uri", "")).replace("\\", "/")
        bucket = results.by_uri.setdefault(uri, [])
        for element in feature.get("elements", []):
            line = int(element.get("line", 0))
            steps = [s for s in element.get("steps", []) if int(s.get("line", 0)) > line]
            bucket.append(
                _Element(
                    line=line,
                    name=str(element.get("name", "")),
                    steps=tuple(str(s.get("name", "")) for s in steps),
                    run=Run(
                        _store(str(element.get("id", ""))),
                        _element_status(element.get("steps", [])),
                    ),
                )
            )
    return results


# --- implementations and fingerprints -----------------------------------------------------------


@dataclass(frozen=True)
class Implementation:
    """Code or data that implements a clause."""

    instrument: str
    version: str
    role: str
    """criterion | scope | window | routing"""
    name: str
    """Qualified name, e.g. ``tt124.party_resolution``."""
    text: str
    """What the fingerprint covers: the source, and the data it reads."""


_INTERPRETATION_FIELDS = {a.name for a in attrs.fields(Interpretation)}


def _canonical(value: object) -> str:
    """A text for ``value`` that does not depend on hashing order or memory addresses."""
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_canonical(v) for v in value) + ")"
    if isinstance(value, dict):
        items = sorted(f"{_canonical(k)}: {_canonical(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, date):
        return value.isoformat()
    kind: Any = type(value)
    if attrs.has(kind):
        fields = ", ".join(
            f"{a.name}={_canonical(getattr(value, a.name))}" for a in attrs.fields(kind)
        )
        return f"{kind.__name__}({fields})"
    return repr(value)


def _is_data(value: object) -> bool:
    return not (callable(value) or inspect.ismodule(value) or isinstance(value, type))


def _qualified(fn: Callable[..., object]) -> str:
    module = str(getattr(fn, "__module__", "")).removeprefix("antq_compliance.")
    return f"{module}.{getattr(fn, '__qualname__', repr(fn))}"


def _code_text(fn: Callable[..., object], interpretation: Interpretation) -> str:
    """The predicate's source, plus the interpretation parameters and module-level data it
    names: changing any of them changes what a reviewer approved."""
    try:
        parts = [textwrap.dedent(inspect.getsource(fn))]
    except (OSError, TypeError):
        parts = [_qualified(fn)]
    code = getattr(fn, "__code__", None)
    names: Iterable[str] = code.co_names if code is not None else ()
    module_globals: dict[str, object] = getattr(fn, "__globals__", {})
    for name in sorted(set(names)):
        if name in _INTERPRETATION_FIELDS:
            parts.append(f"interpretation.{name} = {_canonical(getattr(interpretation, name))}")
        elif name in module_globals and _is_data(module_globals[name]):
            parts.append(f"{name} = {_canonical(module_globals[name])}")
    return "\n".join(parts)


def _implementation(version: RuleVersion, role: str, fn: Callable[..., object]) -> Implementation:
    return Implementation(
        instrument=version.instrument,
        version=version.version,
        role=role,
        name=_qualified(fn),
        text=_code_text(fn, version.interpretation),
    )


def _audit_text(check: AuditCheck) -> str:
    """The check's data and the source of the audit functions that raise its findings (those
    naming its code), so a changed check makes its clause's sign-off stale."""
    literal = f'"{check.code}"'
    sources = [
        inspect.getsource(fn)
        for _, fn in inspect.getmembers(audit, inspect.isfunction)
        if fn.__module__ == audit.__name__ and literal in inspect.getsource(fn)
    ]
    return "\n".join([_canonical(check), *sources])


def implementations(clause_id: str, rulebook: Rulebook = DEFAULT_RULEBOOK) -> list[Implementation]:
    """The rule versions' predicates (and dated routing data) that implement ``clause_id``."""
    found: list[Implementation] = []
    for version in rulebook.versions:
        if version.scope is not None and version.scope.clause_id == clause_id:
            found.append(_implementation(version, "scope", version.scope.predicate))
        found += [
            _implementation(version, "criterion", c.predicate)
            for c in version.criteria
            if c.clause_id == clause_id
        ]
        if version.window_clause == clause_id:
            found.append(_implementation(version, "window", version.window))
            found.append(_implementation(version, "window", version.q1))
    for check in AUDIT_CHECKS.values():
        if check.clause == clause_id:
            found.append(
                Implementation(
                    instrument=clause(clause_id).instrument,
                    version=check.severity,
                    role="audit",
                    name=f"audit.AUDIT_CHECKS[{check.code!r}]",
                    text=_audit_text(check),
                )
            )
    for route in DOSSIER_RECIPIENTS:
        if route.clause == clause_id:
            until = route.effective_to.isoformat() if route.effective_to else "…"
            found.append(
                Implementation(
                    instrument=clause(clause_id).instrument,
                    version=f"{route.effective_from.isoformat()}–{until}",
                    role="routing",
                    name="routing.DOSSIER_RECIPIENTS",
                    text=_canonical(route),
                )
            )
    return found


def _steps_text(steps: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for step in steps:
        out.append(f"{step.keyword.strip()} {step.text.strip()}")
        if step.datatable is not None:
            out += [
                "| " + " | ".join(c.value.strip() for c in row.cells) + " |"
                for row in step.datatable.rows
            ]
        if step.docstring is not None:
            out.append('"""' + step.docstring.content + '"""')
    return out


def description_lines(text: str) -> list[str]:
    """The non-empty lines of a Gherkin description, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _scenario_text(facts: ScenarioFacts) -> str:
    scenario = facts.scenario
    if scenario is None:
        return facts.where
    out = [" ".join(sorted("@" + t for t in facts.tags))]
    out.append(f"{scenario.keyword.strip()}: {scenario.name.strip()}")
    out += description_lines(scenario.description)
    for background in facts.backgrounds:
        out += _steps_text(background.steps)
    out += _steps_text(scenario.steps)
    for table in scenario.examples:
        out.append(" ".join(sorted(str(getattr(t, "name", "")) for t in table.tags)))
        rows = [table.table_header] if table.table_header is not None else []
        rows += table.table_body or []
        out += ["| " + " | ".join(c.value.strip() for c in row.cells) + " |" for row in rows]
    return "\n".join(out)


def _rule_text(facts: RuleFacts) -> str:
    rule = facts.rule
    out = [" ".join(sorted("@" + t for t in facts.clauses))]
    out.append(f"{rule.keyword.strip()}: {rule.name.strip()}")
    out += description_lines(rule.description)
    return "\n".join(out)


def _fingerprint(
    item: Clause,
    impls: Sequence[Implementation],
    rules: Sequence[RuleFacts],
    scenarios: Sequence[ScenarioFacts],
) -> str:
    parts = [
        "clause",
        _canonical(item),
        "code",
        *sorted(f"{i.role} {i.name}\n{i.text}" for i in impls),
        "rules",
        *sorted(_rule_text(r) for r in rules),
        "scenarios",
        *sorted(_scenario_text(s) for s in scenarios),
    ]
    digest = hashlib.sha256("\n\x1e\n".join(parts).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_LENGTH]


def fingerprint(clause_id: str, features: Path, rulebook: Rulebook = DEFAULT_RULEBOOK) -> str:
    """What a reviewer records: a hash of the clause's catalogue entry, its implementation and
    its Rule and scenarios in the feature files under ``features``."""
    item = clause(clause_id)
    found = _collect(features)
    rules = [r for r in found.rules if clause_id in r.clauses]
    # its own scenarios (they inherit the Rule's tag) and the cross-references
    scenarios = [s for s in found.scenarios if clause_id in s.tags]
    return _fingerprint(item, implementations(clause_id, rulebook), rules, scenarios)


def _collect(features: Path) -> Collected:
    if not features.is_dir():
        raise SpecReportError(f"{features}: no such folder of feature files")
    return collect_features(features)


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
    from ._specrender import html_page  # the renderer imports this module's types

    return html_page(report, lang)


def render_markdown(report: Report, lang: str = "vi") -> str:
    """The whole report as Markdown (GitHub-flavoured tables)."""
    from ._specrender import markdown_page

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
