"""Traceability between the rulebook and the feature files.

A reviewer holding the gazette text must find, for each clause id, its rule, its scenarios and its
text status. ``check_features`` fails when that is not so:

* every clause id of every rule version in the default rulebook, and every clause the audit's
  procedure checks enforce (``audit.AUDIT_CHECKS``), heads exactly one ``Quy tắc`` (Rule),
  tagged with the id;
* every tag that looks like a clause id (``TT124.``, ``TT23.``, ``ND80``, ``QD510``, ``TT48``)
  is in the clause catalogue;
* each clause heading a Rule has a scenario expecting "đạt" and one expecting "chưa đạt" (for a
  scope clause, "không áp dụng" counts as the negative side; for a clause the audit enforces,
  "không có phát hiện nào" and a finding of one of its checks) — a textual check of the Then
  steps after Examples (Dữ liệu) are substituted;
* the Rule's description states the clause's text status as the catalogue has it, and a
  provisional clause has a scenario checking that its result is marked provisional;
* files are UTF-8 NFC without BOM, in Vietnamese; scenario names are unique per file (pytest-bdd
  keys scenarios by name and silently keeps only the last of two with the same name).

The files are read by :mod:`antq_compliance.featurefiles`, shared with ``antq spec-report``.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from antq_compliance import DEFAULT_RULEBOOK, Rulebook, catalogue
from antq_compliance.audit.decisions import AUDIT_CHECKS
from antq_compliance.spec.features import (
    audit_ids,
    collect_features,
    expected_words,
    negative_words,
    own_result_ids,
    positive_words,
    scope_ids,
)

FEATURES = Path(__file__).resolve().parents[2] / "features"


def check_features(folder: Path, rulebook: Rulebook = DEFAULT_RULEBOOK) -> list[str]:
    """Every traceability problem between ``rulebook`` and the feature files under ``folder``."""
    found = collect_features(folder)
    problems = found.problems
    required: list[str] = []
    for version in rulebook.versions:
        required += [c for c in version.clause_ids() if c not in required]
    # Clauses the audit enforces (procedure: TT124.D3.K1, D9, D10, TT48) are required too.
    required += sorted(c for c in audit_ids() if c not in required)
    scopes = scope_ids(rulebook)
    own_result = own_result_ids(rulebook)
    known = catalogue()

    for clause_id in required:
        rules = found.rules_by_clause.get(clause_id, [])
        if not rules:
            problems.append(f"{clause_id}: no Rule (Quy tắc) tagged @{clause_id} in {folder}")
        elif len(rules) > 1:
            problems.append(f"{clause_id}: heads {len(rules)} Rules ({'; '.join(rules)}); keep one")

    for clause_id in sorted(found.rules_by_clause):
        tagged = [s for s in found.scenarios if clause_id in s.rule_clauses]
        # A clause without a result of its own (the window) is judged by what it decides.
        words = expected_words(clause_id, tagged, own_result)
        positives = positive_words(clause_id)
        if not words & positives:
            alternatives = " or ".join(f'"{w}"' for w in sorted(positives))
            problems.append(f"{clause_id}: no scenario expects {alternatives}")
        negatives = negative_words(clause_id, scopes)
        exempt = clause_id in known and known[clause_id].no_failing_side
        if not words & negatives and not exempt:
            alternatives = " or ".join(f'"{w}"' for w in sorted(negatives))
            problems.append(f"{clause_id}: no scenario expects {alternatives}")
        if clause_id in known and known[clause_id].provisional:
            markers = {f'kết quả của tiêu chí "{clause_id}" được đánh dấu tạm thời'} | {
                f'phát hiện "{code}" được đánh dấu tạm thời'
                for code, check in AUDIT_CHECKS.items()
                if check.clause == clause_id
            }
            if not any(line in markers for s in tagged for line in s.lines):
                problems.append(
                    f"{clause_id} is provisional: no scenario checks that its result is marked "
                    "provisional"
                )
    return problems


# --- the tests ------------------------------------------------------------------------------


def test_every_clause_of_the_rulebook_has_its_rule_and_scenarios() -> None:
    assert check_features(FEATURES) == []


def _copy_features(tmp_path: Path) -> Path:
    target = tmp_path / "features"
    shutil.copytree(FEATURES, target)
    return target


def _cut_rule(path: Path, tag: str) -> None:
    """Remove the Rule tagged ``tag`` (from its tag line to the next Rule's tag line or EOF)."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    start = lines.index(f"  @{tag}\n")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  @")), len(lines))
    path.write_text("".join(lines[:start] + lines[end:]), "utf-8")


@pytest.mark.parametrize(
    ("feature", "tag"),
    [
        ("tt124/dieu_06_tieu_chi.feature", "TT124.D6.K4"),
        # Scenarios of chuyen_tiep/ carry @TT23.D7.K1 as a cross-reference, with "đạt" and
        # "chưa đạt" results: a scenario tag never stands in for the clause's own Rule.
        ("tt23/dieu_07_tieu_chi.feature", "TT23.D7.K1"),
        ("tt23/dieu_07_tieu_chi.feature", "TT23.D7.K4"),
    ],
)
def test_the_checker_reports_a_clause_without_rule(tmp_path: Path, feature: str, tag: str) -> None:
    folder = _copy_features(tmp_path)
    _cut_rule(folder / feature, tag)

    problems = check_features(folder)

    assert problems == [f"{tag}: no Rule (Quy tắc) tagged @{tag} in {folder}"]


@pytest.mark.parametrize(
    ("feature", "clauses"),
    [
        ("tt124/dieu_01_pham_vi.feature", ["TT124.D1.K2.a", "TT124.D1.K2.b", "TT124.D2.K2"]),
        ("tt23/dieu_07_tieu_chi.feature", ["TT23.D7.K1", "TT23.D7.K2", "TT23.D7.K3", "TT23.D7.K4"]),
    ],
)
def test_the_checker_reports_a_missing_feature_file(
    tmp_path: Path, feature: str, clauses: list[str]
) -> None:
    folder = _copy_features(tmp_path)
    (folder / feature).unlink()

    assert check_features(folder) == [
        f"{clause_id}: no Rule (Quy tắc) tagged @{clause_id} in {folder}" for clause_id in clauses
    ]


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, "utf-8")


_ONE_RULE = """# language: vi
Tính năng: Thử
  @TT124.D6.K1.p3
  Quy tắc: Nội quy
    Trạng thái văn bản: đã đối chiếu (verified)

    Kịch bản: Đạt
      Biết một doanh nghiệp đáp ứng đầy đủ các tiêu chí năm 2024
      Khi đánh giá năm 2024 tính đến hết ngày "31/12/2024"
      Thì tiêu chí "TT124.D6.K1.p3" là "đạt"
"""


def test_the_checker_reports_an_unknown_clause_tag_and_a_missing_negative_case(
    tmp_path: Path,
) -> None:
    tagged = _ONE_RULE.replace("Kịch bản: Đạt", "@TT124.D6.K9\n    Kịch bản: Đạt")
    _write(tmp_path, "thu.feature", tagged)

    problems = check_features(tmp_path)

    unknown = "thu.feature: tag @TT124.D6.K9 looks like a clause id but is not in the catalogue"
    assert unknown in problems
    assert 'TT124.D6.K1.p3: no scenario expects "chưa đạt"' in problems
    assert f"TT124.D6.K1.p1: no Rule (Quy tắc) tagged @TT124.D6.K1.p1 in {tmp_path}" in problems


def test_the_checker_reads_examples_tables(tmp_path: Path) -> None:
    outline = _ONE_RULE.replace("Kịch bản: Đạt", "Khung kịch bản: Theo bảng").replace(
        'là "đạt"\n',
        'là "<kết quả>"\n\n      Dữ liệu:\n        | kết quả  |\n'
        "        | đạt      |\n        | chưa đạt |\n",
    )
    _write(tmp_path, "thu.feature", outline)

    problems = check_features(tmp_path)

    assert not [p for p in problems if p.startswith("TT124.D6.K1.p3")], problems


def test_the_checker_reports_a_wrong_text_status_and_a_missing_provisional_mark(
    tmp_path: Path,
) -> None:
    text = _ONE_RULE.replace("TT124.D6.K1.p3", "TT124.D6.PROV3")
    _write(tmp_path, "thu.feature", text)

    problems = check_features(tmp_path)

    wrong_status = "TT124.D6.PROV3: the Rule at thu.feature:4 «Nội quy» must state"
    assert any(p.startswith(wrong_status) for p in problems), problems
    assert (
        "TT124.D6.PROV3 is provisional: no scenario checks that its result is marked provisional"
        in problems
    )


def test_the_checker_reports_encoding_and_duplicate_names(tmp_path: Path) -> None:
    _write(tmp_path, "nfd.feature", unicodedata.normalize("NFD", _ONE_RULE))
    (tmp_path / "bom.feature").write_bytes(b"\xef\xbb\xbf" + _ONE_RULE.encode("utf-8"))
    _write(tmp_path / "sub", "twice.feature", _ONE_RULE + _ONE_RULE.split("\n\n", 1)[1])

    problems = check_features(tmp_path)

    assert "nfd.feature: not in Unicode NFC (steps would not match)" in problems
    assert "bom.feature: starts with a byte-order mark; save as UTF-8 without BOM" in problems
    assert any("scenario name «Đạt» is used twice" in p for p in problems), problems
