"""Every public name of ``antq_compliance`` is documented: the API reference of the docs site
(mkdocstrings) is generated from these docstrings, so a name without one is a blank entry.

Classes and functions carry their own docstring (not an inherited one); constants carry the
attribute docstring that follows their assignment (the string literal mkdocstrings reads).
Every fact class also says which clauses read it and describes each of its fields.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest

import antq_compliance
from antq_compliance import FACT_TYPES

PACKAGE = Path(antq_compliance.__file__).parent


def _own_doc(obj: Any) -> str:
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return inspect.cleandoc(doc) if isinstance(doc, str) else ""


@cache
def _tree(module: str) -> ast.Module:
    found = importlib.import_module(module).__file__
    assert found is not None
    return ast.parse(Path(found).read_text(encoding="utf-8"))


def _imported_from(node: ast.stmt, name: str) -> tuple[str, str] | None:
    """(module, original name) when ``node`` is a ``from module import`` that binds ``name``."""
    if not isinstance(node, ast.ImportFrom) or node.module is None:
        return None
    for alias in node.names:
        if (alias.asname or alias.name) == name:
            return node.module, alias.name
    return None


def _attribute_doc(module: str, name: str, seen: frozenset[str] = frozenset()) -> str:
    """The docstring under ``name``'s assignment in ``module``, following ``from x import``."""
    body = _tree(module).body
    for node, following in zip(body, [*body[1:], None], strict=True):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                return following.value.value.strip()
            return ""
        source = _imported_from(node, name)
        if source is not None and module not in seen:
            return _attribute_doc(source[0], source[1], seen | {module})
    return ""


def _is_documented_object(obj: Any) -> bool:
    return inspect.isclass(obj) or inspect.isroutine(obj) or hasattr(obj, "__wrapped__")


EXPORTED = sorted(antq_compliance.__all__)


def test_the_package_exports_names_to_document() -> None:
    assert len(EXPORTED) > 100


@pytest.mark.parametrize("name", EXPORTED)
def test_every_exported_name_has_a_docstring(name: str) -> None:
    obj = getattr(antq_compliance, name)
    doc = _own_doc(obj) if _is_documented_object(obj) else _attribute_doc("antq_compliance", name)
    assert len(doc.split()) >= 4, f"antq_compliance.{name} has no docstring (or a stub: {doc!r})"


def _attributes_section(doc: str) -> dict[str, str]:
    """``name: text`` entries of a Google-style ``Attributes:`` section."""
    _, _, section = doc.partition("\nAttributes:\n")
    entries: dict[str, str] = {}
    current = None
    for line in section.splitlines():
        match = re.match(r"^    (\w+): (.+)$", line)
        if match:
            current = match.group(1)
            entries[current] = match.group(2)
        elif line.startswith("        ") and current:
            entries[current] += " " + line.strip()
        elif line.strip():
            break
    return entries


@pytest.mark.parametrize("name", sorted(FACT_TYPES))
def test_a_fact_class_says_what_reads_it_and_describes_every_field(name: str) -> None:
    cls = FACT_TYPES[name]
    doc = _own_doc(cls)
    meaning = doc.split("\n\n")[0]
    assert len(meaning.split()) >= 6, f"{name}: say what the fact means"
    read_by = [p for p in doc.split("\n\n") if p.startswith("Read by ")]
    assert len(read_by) == 1, f"{name}: one paragraph says which clauses read it"
    for clause_id in getattr(cls, "clauses", ()):
        assert f"`{clause_id}`" in read_by[0], f"{name}: {clause_id} reads it"
    documented = _attributes_section(doc)
    fields = [f.name for f in attrs.fields(cls)]
    assert list(documented) == fields, f"{name}: Attributes lists its fields, in order"
    for field, text in documented.items():
        assert len(text.split()) >= 2, f"{name}.{field}: {text!r}"


def test_the_attributes_parser_reads_continuations_and_stops_at_the_section_end() -> None:
    doc = "Meaning.\n\nAttributes:\n    a: one\n        two\n    b: three\n\nMore."
    assert _attributes_section(doc) == {"a": "one two", "b": "three"}
