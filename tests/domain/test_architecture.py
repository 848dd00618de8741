"""The layers, checked by folder: what each sub-package of ``antq_compliance`` may import.

Every import statement is read (``import x``, ``from x import y``, ``from . import y``,
``from .. import y``, imports inside functions and under ``TYPE_CHECKING``), resolved to an
absolute module name, and held against the rules below. A new module is covered by the rules
of its folder the day it is added: there is no list of modules to keep up to date.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "antq_compliance"
ROOT_NAME = "antq_compliance"

LAYERS = (
    "domain",
    "regulation",
    "audit",
    "projections",
    "codec",
    "store",
    "application",
    "cli",
    "spec",
)

MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"domain"},
    "regulation": {"domain", "regulation"},
    "audit": {"domain", "regulation", "audit"},
    "projections": {"domain", "regulation", "audit", "projections"},
    "codec": {"domain", "regulation", "audit", "codec"},
    "store": {"domain", "regulation", "codec", "store"},
    "application": {
        "domain",
        "regulation",
        "audit",
        "projections",
        "codec",
        "store",
        "application",
    },
    "cli": set(LAYERS),
    "spec": {"domain", "regulation", "audit", "codec", "spec"},
}
"""Layer -> the layers (folders) its modules may import. Nothing imports ``cli`` but itself,
and no layer imports the package's public façade (``antq_compliance/__init__.py``)."""

THIRD_PARTY: dict[str, set[str]] = {
    "attrs": set(LAYERS),
    "eventsourcing": {"store"},
    "sqlite3": {"store"},
    "psycopg": {"store"},
    "psycopg_pool": {"store"},
    "cryptography": {"store"},
    "cattrs": {"codec"},
    "orjson": {"codec", "store", "application", "cli"},
    "matplotlib": {"cli"},
    "shtab": {"cli"},  # antq completion
    "tqdm": {"cli"},  # progress bars; the library only calls back (application/progress.py)
    "pytest_bdd": {"spec"},
}
"""Outside the standard library, what may be imported where. ``sqlite3`` is standard but a
database driver: the store's business alone."""

PURE = {"domain", "regulation", "audit", "projections"}
"""The pure core: standard library, attrs and each other only."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``, at any depth. For
    ``from package import name`` both the package and ``package.name`` are listed, so that a
    module imported by name (``from . import x``) is seen as the module it is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == ROOT_NAME and parts[1] in LAYERS else None


def _is_module(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative).is_dir()


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_every_module_lives_in_a_layer() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    assert loose == [], "modules outside a layer folder: " + ", ".join(loose)
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == sorted(LAYERS), "a layer folder without rules, or rules without a folder"


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    bad = []
    for path in _files(layer):
        for line, module in imports_of(path):
            if module == ROOT_NAME:
                bad.append(f"{path.relative_to(PACKAGE)}:{line} imports the package façade")
                continue
            target = _layer_of(module)
            if module.startswith(f"{ROOT_NAME}.") and target is None and _is_module(module):
                bad.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}, in no layer")
            if target is not None and target not in MAY_IMPORT[layer]:
                bad.append(f"{path.relative_to(PACKAGE)}:{line} imports {module} ({target})")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("layer", LAYERS)
def test_third_party_libraries_stay_in_their_layer(layer: str) -> None:
    bad = []
    for path in _files(layer):
        for line, module in imports_of(path):
            top = module.split(".")[0]
            if top in ("", ROOT_NAME, "__future__"):
                continue
            if top in THIRD_PARTY:
                if layer not in THIRD_PARTY[top]:
                    bad.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
            elif top not in sys.stdlib_module_names:
                bad.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}, not listed")
            elif layer in PURE and top in {"sqlite3", "socket", "subprocess", "os"}:
                bad.append(f"{path.relative_to(PACKAGE)}:{line}: the pure core imports {top}")
    assert bad == [], "\n".join(bad)


def test_the_checks_see_every_import_form(tmp_path: Path) -> None:
    layer = PACKAGE / "domain"
    probe = layer / "_probe_for_the_architecture_test.py"
    probe.write_text(
        "from . import record\nfrom .. import store\nimport antq_compliance.codec\n"
        "def f() -> None:\n    from antq_compliance.cli import main\n",
        encoding="utf-8",
    )
    try:
        modules = {m for _, m in imports_of(probe)}
    finally:
        probe.unlink()
    assert {
        "antq_compliance.domain.record",
        "antq_compliance.store",
        "antq_compliance.codec",
        "antq_compliance.cli.main",
    } <= modules
    assert {_layer_of(m) for m in modules} >= {"domain", "store", "codec", "cli"}


MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def test_no_module_is_over_600_lines() -> None:
    long = [
        f"{p.relative_to(PACKAGE)}: {n} lines"
        for p in sorted(PACKAGE.rglob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert long == [], "\n".join(long)


def test_no_function_is_over_80_lines() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                size = (node.end_lineno or node.lineno) - first + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}: {size}")
    assert long == [], "\n".join(long)
