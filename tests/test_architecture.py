"""Layering rules that code review alone would let slip."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "antq_compliance"
PURE_DOMAIN = {
    "vocabulary",
    "subjects",
    "facts",
    "record",
    "calendar",
    "clauses",
    "rulebook",
    "tt124",
    "tt23",
    "evaluation",
    "errors",
    "checks",
    "audit",
    "projection",
    "routing",
    "_chain",
    "integrity",
    "reports",
    "admin_units",
    "policy",
    "privacy",
}


INFRASTRUCTURE = {
    "eventsourcing",
    "cattrs",
    "orjson",
    "cryptography",
    "Crypto",
    "psycopg",
    "sqlite3",
    "matplotlib",
}
"""Persistence, serialisation, cryptography and plotting: adapters' business."""


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def test_the_pure_domain_imports_neither_eventsourcing_nor_cattrs() -> None:
    outside = {p.stem for p in PACKAGE.glob("*.py")} - PURE_DOMAIN - {"__init__"}
    assert {"_store", "_codec", "_personal", "_fastcodec", "ledger", "cli"} <= outside
    for name in PURE_DOMAIN:
        imports = imported_modules(PACKAGE / f"{name}.py")
        bad = {m for m in imports if m.split(".")[0] in INFRASTRUCTURE}
        assert not bad, f"{name}.py imports {bad}"
        adapters = {m for m in imports if m.startswith(".") and m.lstrip(".") in outside}
        assert not adapters, f"{name}.py depends on an adapter or entry point: {adapters}"


def test_only_the_store_module_imports_eventsourcing() -> None:
    users = sorted(
        path.name
        for path in PACKAGE.glob("*.py")
        if any(m.split(".")[0] == "eventsourcing" for m in imported_modules(path))
    )
    assert users == ["_store.py"]


def test_only_the_codec_module_imports_cattrs() -> None:
    users = sorted(
        path.name
        for path in PACKAGE.glob("*.py")
        if any(m.split(".")[0] == "cattrs" for m in imported_modules(path))
    )
    assert users == ["_codec.py"]
