"""What implements a clause (criterion predicates, audit checks) and the fingerprint a
reviewer signs off.
"""

from __future__ import annotations

import hashlib
import inspect
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import attrs

from antq_compliance.regulation import tt48
from antq_compliance.regulation.clauses import Clause, clause
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK
from antq_compliance.regulation.interpretation import Interpretation
from antq_compliance.regulation.procedure import AuditCheck
from antq_compliance.regulation.rulebook import Rulebook, RuleVersion
from antq_compliance.regulation.tt124 import d09_procedure
from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import Collected, RuleFacts, ScenarioFacts, collect_features
from antq_compliance.spec.signoff import FINGERPRINT_LENGTH

__all__ = ["Implementation", "description_lines", "fingerprint", "implementations"]

# --- implementations and fingerprints -----------------------------------------------------------


@dataclass(frozen=True)
class Implementation:
    """Code or data that implements a clause."""

    instrument: str
    version: str
    role: str
    """criterion | scope | window | audit | routing"""
    name: str
    """Qualified name, e.g. ``regulation.tt124.d06_agencies_enterprises.party_resolution``."""
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


def _audit_text(check: AuditCheck, interpretation: Interpretation) -> str:
    """The check's data and the source of its check function (with the data it names), so a
    changed check makes its clause's sign-off stale."""
    data = " | ".join((check.code, check.severity, check.clause, check.title_vi, check.title_en))
    return "\n".join([data, _code_text(check.check, interpretation)])


def implementations(clause_id: str, rulebook: Rulebook = DEFAULT_RULEBOOK) -> list[Implementation]:
    """The rule versions' predicates (and dated routing data) that implement ``clause_id``."""
    found: list[Implementation] = []
    for version in rulebook.versions:
        for article in version.articles:
            found += [
                _implementation(version, "scope", c.predicate)
                for c in article.scope
                if c.clause_id == clause_id
            ]
            found += [
                _implementation(version, "criterion", c.predicate)
                for c in article.criteria
                if c.clause_id == clause_id
            ]
            if article.window_clause == clause_id:
                found.append(_implementation(version, "window", article.window))
                found.append(_implementation(version, "window", version.q1))
    reading = rulebook.versions[0].interpretation
    for check in rulebook.checks:
        if clause_id in check.clauses:
            found.append(
                Implementation(
                    instrument=clause(clause_id).instrument,
                    version=check.severity,
                    role="audit",
                    name=_qualified(check.check),
                    text=_audit_text(check, reading),
                )
            )
    for module in (d09_procedure, tt48):
        route = module.ROUTE
        if route.clause == clause_id:
            until = route.effective_to.isoformat() if route.effective_to else "…"
            found.append(
                Implementation(
                    instrument=clause(clause_id).instrument,
                    version=f"{route.effective_from.isoformat()}–{until}",
                    role="routing",
                    name=f"{module.__name__.removeprefix('antq_compliance.')}.ROUTE",
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
