"""The data tables of the documentation are the data: each is rendered here from the file the
library reads (the interpretation parameters, the incident points, the discipline ladders, the
retired ids, the audit checks) and must equal the table that follows its marker in the document
(``<!-- generated: NAME -->``). Change the data, then paste the new rendering into the doc:
``python tests/domain/test_rules_doc.py NAME`` prints it."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from antq_compliance.domain.vocabulary import (
    DisciplineForm,
    IncidentCategory,
    IncidentKind,
    PersonRegime,
)
from antq_compliance.regulation.clauses import catalogue
from antq_compliance.regulation.evaluation import DEFAULT_RULEBOOK

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "docs" / "rules.md"
AUDIT = ROOT / "docs" / "audit.md"


def _data(name: str) -> dict[str, Any]:
    text = resources.files("antq_compliance.regulation").joinpath(f"data/{name}")
    return tomllib.loads(text.read_text("utf-8"))


def interpretation_table() -> list[str]:
    rows = [
        "| parameter | clause it reads | values | default | the reading |",
        "|---|---|---|---|---|",
    ]
    for name, entry in _data("interpretation.toml")["parameter"].items():
        values = ", ".join(f"`{value}`" for value in entry["values"])
        rows.append(
            f"| `{name}` | `{entry['clause']}` | {values} | `{entry['default']}` | {entry['en']} |"
        )
    return rows


def incident_points_table() -> list[str]:
    rows = [
        "| point | kind of incident (`kind`) | gate | force majeure excepted |",
        "|---|---|---|---|",
    ]
    for entry in _data("incident_points.toml")["point"]:
        excepted = "yes" if entry.get("force_majeure", False) else "no"
        for item in entry["counts"]:
            kind = IncidentKind(item["kind"])
            rows.append(
                f"| `{entry['clause']}` | `{kind.value}` ({kind.label_vi}) | `{item['gate']}` | "
                f"{excepted} |"
            )
    return rows


def first_edition_table() -> list[str]:
    rows = [
        "| first-edition category (`former_category`) "
        "| points it keeps pending until reclassified |",
        "|---|---|",
    ]
    for category, clause_ids in _data("incident_points.toml")["first_edition"].items():
        label = IncidentCategory(category).label_vi
        points = ", ".join(f"`{clause_id}`" for clause_id in clause_ids)
        rows.append(f"| `{category}` ({label}) | {points} |")
    return rows


def discipline_table() -> list[str]:
    rows = [
        "| regime (`regime`) | forms, lightest first | counted from |",
        "|---|---|---|",
    ]
    for name, entry in _data("discipline.toml")["regime"].items():
        forms = " → ".join(DisciplineForm(form).label_vi for form in entry["forms"])
        rows.append(
            f"| `{name}` ({PersonRegime(name).label_vi}) | {forms} | "
            f"{DisciplineForm(entry['from']).label_vi} |"
        )
    return rows


def retired_table() -> list[str]:
    rows = [
        "| retired id | text status | first-edition meaning | official clauses |",
        "|---|---|---|---|",
    ]
    for item in catalogue().values():
        if not item.retired:
            continue
        replaced = ", ".join(f"`{clause_id}`" for clause_id in item.replaced_by)
        rows.append(f"| `{item.id}` | {item.text_status.value} | {item.title_en} | {replaced} |")
    return rows


def audit_checks_table() -> list[str]:
    """The first three columns of the table of audit checks (code, clauses, severity) and the
    years they apply to; the last column, what the check compares, is prose."""
    rows = []
    for check in DEFAULT_RULEBOOK.checks:
        clauses = ", ".join(f"`{clause_id}`" for clause_id in check.clauses)
        years = (
            "every rule version"
            if check.every_version
            else ", ".join(i for i in ("TT124", "TT23") if check.applies_under(i)) + " years"
        )
        rows.append(f"| `{check.code}` | {clauses} | {check.severity} | {years} |")
    return rows


TABLES: dict[str, tuple[Path, Callable[[], list[str]]]] = {
    "interpretation.toml": (RULES, interpretation_table),
    "incident_points.toml": (RULES, incident_points_table),
    "incident_points.toml first_edition": (RULES, first_edition_table),
    "discipline.toml": (RULES, discipline_table),
    "clauses.toml retired": (RULES, retired_table),
}


def documented(path: Path, name: str) -> list[str]:
    """The table (its ``|`` lines) that follows ``<!-- generated: NAME -->`` in ``path``."""
    lines = path.read_text("utf-8").splitlines()
    marker = f"<!-- generated: {name} -->"
    assert lines.count(marker) == 1, f"{path.name}: expected one {marker}"
    table = []
    for line in lines[lines.index(marker) + 1 :]:
        if not line.startswith("|"):
            break
        table.append(line)
    return table


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_documented_table_is_the_data(name: str) -> None:
    path, render = TABLES[name]
    assert documented(path, name) == render(), (
        f"{path.name}: the table under '<!-- generated: {name} -->' differs from the data; "
        f"print the current one with: python tests/domain/test_rules_doc.py '{name}'"
    )


def test_the_audit_doc_lists_every_check_with_its_clauses_and_severity() -> None:
    table = documented(AUDIT, "Rulebook.checks")
    assert table[:2] == [
        "| code | clauses | severity | applies to | what it compares |",
        "|---|---|---|---|---|",
    ]
    heads = ["|".join(row.split("|")[:5]) + "|" for row in table[2:]]
    assert heads == audit_checks_table()


def test_every_interpretation_parameter_is_explained_in_rules_md() -> None:
    text = RULES.read_text("utf-8")
    body = text.split("<!-- generated: interpretation.toml -->")[0]
    missing = [name for name in _data("interpretation.toml")["parameter"] if name not in body]
    assert not missing, f"rules.md names these parameters only in the table: {missing}"


def test_every_regime_has_a_ladder_in_the_doc() -> None:
    table = documented(RULES, "discipline.toml")
    assert {row.split("`")[1] for row in table[2:]} == {regime.value for regime in PersonRegime}


if __name__ == "__main__":  # print a table to paste into the doc
    for wanted in sys.argv[1:] or sorted(TABLES):
        render = TABLES[wanted][1] if wanted in TABLES else audit_checks_table
        print(f"<!-- generated: {wanted} -->")
        print("\n".join(render()))
        print()
