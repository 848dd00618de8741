"""What implements a clause (criterion predicates, audit checks) and the fingerprint a
reviewer signs off.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from types import CodeType
from typing import Any, TypeGuard

import attrs

from antq_compliance.regulation import incidents, tt48
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


_HELPERS = "antq_compliance.regulation"
"""Helpers are the functions (and the data loaders) of this package that a predicate calls."""
_NOT_HELPERS = frozenset({"antq_compliance.regulation.clauses"})
"""The catalogue entry is fingerprinted on its own; its loader is not a helper."""
_PER_CLAUSE_DATA = frozenset({"regulation.incidents.points"})
"""Data loaders whose rows are attached per clause (:func:`_incident_rows`), not as a whole."""


def _code_objects(fn: Callable[..., object]) -> list[CodeType]:
    """The function's code and the code nested in it (comprehensions, lambdas, inner defs)."""
    code = getattr(fn, "__code__", None)
    out: list[CodeType] = []
    todo = [code] if isinstance(code, CodeType) else []
    while todo:
        item = todo.pop()
        out.append(item)
        todo += [c for c in item.co_consts if isinstance(c, CodeType)]
    return out


def _names(fn: Callable[..., object]) -> set[str]:
    return {name for code in _code_objects(fn) for name in code.co_names}


def _constants(fn: Callable[..., object]) -> set[str]:
    """The strings the function's code holds (alone or in a tuple): e.g. the clause id it
    passes to a shared finding."""
    out: set[str] = set()
    for code in _code_objects(fn):
        for const in code.co_consts:
            items = const if isinstance(const, (tuple, frozenset)) else (const,)
            out |= {c for c in items if isinstance(c, str)}
    return out


def _module_of(value: object) -> str:
    return str(getattr(value, "__module__", "") or "")


def _is_helper(value: object) -> TypeGuard[Callable[..., object]]:
    module = _module_of(value)
    inside = module.startswith(_HELPERS) and module not in _NOT_HELPERS
    return inside and (inspect.isfunction(value) or _is_loader(value))


def _is_loader(value: object) -> bool:
    """A cached function without parameters: it loads data (a table of the package)."""
    if not isinstance(value, functools._lru_cache_wrapper):
        return False
    try:
        return not inspect.signature(value).parameters
    except (TypeError, ValueError):  # pragma: no cover - every cached function has one
        return False


def _called(fn: Callable[..., object]) -> list[Callable[..., object]]:
    """The helpers ``fn`` names: a helper bound to a global name, ``module.helper`` for a
    module of the package, and the methods of the package's classes it names
    (``ctx.open_or_failed``)."""
    names = _names(fn)
    module_globals: dict[str, object] = getattr(fn, "__globals__", {})
    found: list[Callable[..., object]] = []
    for name in sorted(names):
        value = module_globals.get(name)
        if _is_helper(value):
            found.append(value)
        elif inspect.ismodule(value) and value.__name__.startswith(_HELPERS):
            members = [getattr(value, attr, None) for attr in sorted(names)]
            found += [m for m in members if _is_helper(m)]
    for value in module_globals.values():
        if isinstance(value, type) and _module_of(value).startswith(_HELPERS):
            members = [vars(value).get(attr) for attr in sorted(names)]
            found += [m for m in members if _is_helper(m)]
    return found


def _own_text(fn: Callable[..., object], interpretation: Interpretation) -> str:
    """One function's source, plus the interpretation parameters and module-level data it
    names; for a data loader, the data it loads."""
    if _is_loader(fn):
        if _qualified(fn) in _PER_CLAUSE_DATA:
            return f"{_qualified(fn)}() -> (rows per clause)"
        return f"{_qualified(fn)}() -> {_canonical(fn())}"
    try:
        parts = [textwrap.dedent(inspect.getsource(fn))]
    except (OSError, TypeError):
        parts = [_qualified(fn)]
    module_globals: dict[str, object] = getattr(fn, "__globals__", {})
    for name in sorted(_names(fn)):
        if name in _INTERPRETATION_FIELDS:
            parts.append(f"interpretation.{name} = {_canonical(getattr(interpretation, name))}")
        elif name in module_globals and _is_data(module_globals[name]):
            parts.append(f"{name} = {_canonical(module_globals[name])}")
    return "\n".join(parts)


def _helpers(fn: Callable[..., object]) -> list[Callable[..., object]]:
    """Every helper ``fn`` reaches, transitively, in a stable order (by qualified name)."""
    seen: dict[str, Callable[..., object]] = {}
    todo = _called(fn)
    while todo:
        item = todo.pop()
        key = _qualified(item)
        if key in seen or item is fn:
            continue
        seen[key] = item
        if not _is_loader(item):
            todo += _called(item)
    return [seen[k] for k in sorted(seen)]


def _incident_rows(clause_ids: Iterable[str]) -> list[str]:
    """The rows of ``regulation/data/incident_points.toml`` for these clauses (as loaded)."""
    table = incidents.points()
    return [
        f"incident_points.toml [[point]] {cid}: {_canonical(table[cid])}"
        for cid in sorted(set(clause_ids))
        if cid in table
    ]


def _code_text(
    fn: Callable[..., object], interpretation: Interpretation, clause_id: str = ""
) -> str:
    """What a reviewer approves of a predicate or check: its source, the interpretation
    parameters and module-level data it names; the same for every helper of the regulation
    package it calls, transitively (``tt124/shared.py``, ``incidents.py``...), and the data
    those load; and the rows of ``incident_points.toml`` for its clause (or for the clause ids
    it names). Changing any of them changes the fingerprint."""
    parts = [_own_text(fn, interpretation)]
    for helper in _helpers(fn):
        parts.append(f"# helper {_qualified(helper)}\n{_own_text(helper, interpretation)}")
    parts += _incident_rows({clause_id, *_constants(fn)} - {""})
    return "\n".join(parts)


def _implementation(
    version: RuleVersion, role: str, fn: Callable[..., object], clause_id: str
) -> Implementation:
    return Implementation(
        instrument=version.instrument,
        version=version.version,
        role=role,
        name=_qualified(fn),
        text=_code_text(fn, version.interpretation, clause_id),
    )


def _audit_text(check: AuditCheck, interpretation: Interpretation) -> str:
    """The check's data and the source of its check function (with the data and helpers it
    names), so a changed check makes its clause's sign-off stale."""
    data = " | ".join((check.code, check.severity, *check.clauses, check.title_vi, check.title_en))
    return "\n".join([data, _code_text(check.check, interpretation)])


def implementations(clause_id: str, rulebook: Rulebook = DEFAULT_RULEBOOK) -> list[Implementation]:
    """The rule versions' predicates (and dated routing data) that implement ``clause_id``."""
    found: list[Implementation] = []
    for version in rulebook.versions:
        for article in version.articles:
            found += [
                _implementation(version, "scope", c.predicate, clause_id)
                for c in article.scope
                if c.clause_id == clause_id
            ]
            found += [
                _implementation(version, "criterion", c.predicate, clause_id)
                for c in article.criteria
                if c.clause_id == clause_id
            ]
            if article.window_clause == clause_id:
                found.append(_implementation(version, "window", article.window, clause_id))
                found.append(_implementation(version, "window", version.q1, clause_id))
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
    # One predicate may serve several articles of a version (the scope of Art. 6 and 7): once.
    return list(dict.fromkeys(found))


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
