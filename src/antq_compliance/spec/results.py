"""The results of a run of the features (cucumber JSON), per scenario and store."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from antq_compliance.spec.errors import SpecReportError
from antq_compliance.spec.features import RowFacts

__all__ = ["STORE_LABELS", "Results", "Run", "load_results"]

STORE_LABELS = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
_STORE_ORDER = {"sqlite": 0, "postgres": 1}


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
