"""Every date the rules depend on is typed once, in ``regulation/data``; code names it.

The code of the layers below the command line holds no calendar date (a ``date(2025, 7, 1)``
call or a "01/07/2025" in a string): it reads instruments' dates from ``clauses.toml``, named
days from ``dates.toml``, windows from ``calendar.toml`` and reorganisations from
``admin_units.toml``; and across those files, each calendar date is written once.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

from antq_compliance.domain.vocabulary import AuthorityLevel
from antq_compliance.regulation.clauses import catalogue, instrument
from antq_compliance.regulation.dates import day, day_before
from antq_compliance.regulation.tt48 import ROUTE as TT48_ROUTE
from antq_compliance.regulation.tt124 import TT124, TT124_EFFECTIVE
from antq_compliance.regulation.tt124.d09_procedure import ROUTE as D9_ROUTE
from antq_compliance.regulation.tt124.d10_competence import DECISION_AUTHORITIES
from antq_compliance.regulation.tt124.first_edition import FIRST_EDITION

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "antq_compliance"
DATA = PACKAGE / "regulation" / "data"
RULE_LAYERS = ("domain", "regulation", "audit", "projections", "codec", "store", "application")
_DATE_TEXT = re.compile(r"\b\d{1,2}/\d{1,2}/(19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b")


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def dates_in_code(path: Path, root: Path = PACKAGE) -> list[str]:
    """Calendar dates written in ``path``'s code: ``date(<year>, ...)`` with a literal year, or
    a date in a string that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None)) == "date"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, int)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: date({node.args[0].value}, …)")
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and _DATE_TEXT.search(node.value)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value[:60]!r}")
    return found


def test_the_rules_hold_no_date_of_their_own() -> None:
    found = [
        item
        for layer in RULE_LAYERS
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for item in dates_in_code(path)
    ]
    assert found == [], "\n".join(found)


def test_the_check_finds_a_typed_date(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('X = date(2025, 7, 1)\nY = "từ 01/07/2025"\n"""a docstring: 01/07/2025"""\n')
    assert len(dates_in_code(probe, tmp_path)) == 2


def test_each_date_is_typed_once_across_the_data_files() -> None:
    typed: Counter[date] = Counter()
    for path in sorted(DATA.glob("*.toml")):
        for value in _values(tomllib.loads(path.read_text("utf-8"))):
            if isinstance(value, date):
                typed[value] += 1
    twice = {d.isoformat(): n for d, n in typed.items() if n > 1}
    assert twice == {}


def _values(node: object) -> list[object]:
    if isinstance(node, dict):
        return [v for item in node.values() for v in _values(item)]
    if isinstance(node, list):
        return [v for item in node for v in _values(item)]
    return [node]


def test_the_dates_the_rules_use_come_from_the_data() -> None:
    assert instrument("TT124").in_force == TT124_EFFECTIVE == TT124.effective_from
    assert TT124.version.split(".")[0] == TT124_EFFECTIVE.isoformat()
    assert FIRST_EDITION.version == TT124_EFFECTIVE.isoformat()
    assert catalogue()["TT124.D6.K1.p1"].effective_from == TT124_EFFECTIVE
    assert catalogue()["TT23.D7.K1"].effective_to == instrument("TT23").last_day
    assert instrument("TT23").last_day == date.fromordinal(TT124_EFFECTIVE.toordinal() - 1)
    assert D9_ROUTE.effective_from == TT124_EFFECTIVE
    assert D9_ROUTE.effective_to == day_before("reorganisation_2025")
    assert TT48_ROUTE.effective_from == day("reorganisation_2025")
    assert DECISION_AUTHORITIES[AuthorityLevel.DISTRICT][1] == day_before("reorganisation_2025")
