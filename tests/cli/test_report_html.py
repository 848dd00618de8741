"""The HTML report as people use it: the units behind each figure (per commune, per ownership,
per verdict) and charts with whole-number axes and legends that hide nothing.

The log is the Trà Vinh example (communes, khóm, enterprises of each ownership, an agency and a
school); every list is compared with the library's own report, not with names copied here.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from antq_compliance import Ledger
from antq_compliance.cli.main import main
from antq_compliance.cli.render.province import report_html
from antq_compliance.cli.render.province_html import chart_figures
from antq_compliance.domain.vocabulary import Ownership, Verdict
from antq_compliance.projections.reports.figures import MonthRow, ProvinceReport

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tra_vinh" / "events.jsonl"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ProvinceReport:
    path = str(tmp_path_factory.mktemp("html") / "tra_vinh.sqlite3")
    assert main(["--db", path, "--role", "system", "import", str(EXAMPLE)]) == 0
    with Ledger(path) as ledger:
        return ledger.province_report("Vĩnh Long", 2024)


@pytest.fixture(scope="module")
def page(report: ProvinceReport) -> str:
    return report_html(report, "vi")


def row(page: str, key: str) -> str:
    """The table row of figure ``key`` (its id is the key)."""
    start = page.index(f'<tr id="{key}">')
    return page[start : page.index("</tr>", start)]


def listed(fragment: str) -> list[str]:
    """The subject identifiers of the list items of an HTML fragment, in order."""
    return [html.unescape(m) for m in re.findall(r"<li>(\S+) ", fragment)]


def test_every_figure_lists_the_units_it_counts(report: ProvinceReport, page: str) -> None:
    checked = 0
    for figure in report.figures:
        if f'<tr id="{figure.key}">' not in page:  # a zero sub-category the page leaves out
            assert figure.value == 0, figure.key
            continue
        counted = row(page, figure.key).split("</details>")[0] if figure.items else ""
        assert listed(counted) == [i.subject for i in figure.items], figure.key
        checked += 1
    assert checked > 30


@pytest.mark.parametrize("ownership", list(Ownership))
def test_per_ownership_the_units_counted_and_the_others(
    report: ProvinceReport, page: str, ownership: Ownership
) -> None:
    for head in ("registered", "recognised"):
        figure = report.figure(f"{head}.{ownership.value}")
        group = [i.subject for i in report.figure(f"units.{ownership.value}").items]
        text = row(page, figure.key)
        lists = [listed(part) for part in text.split("</details>")[:-1]]
        counted = [i.subject for i in figure.items]
        rest = [s for s in group if s not in counted]
        assert lists == [x for x in (counted, rest) if x], figure.key
        assert sorted(counted + rest) == sorted(group)


def test_per_verdict_the_units_with_that_verdict(report: ProvinceReport, page: str) -> None:
    seen: set[str] = set()
    for verdict in Verdict:
        figure = report.figure(f"verdicts.{verdict.value}")
        if figure.value:
            assert listed(row(page, figure.key)) == [i.subject for i in figure.items]
            seen.update(i.subject for i in figure.items)
    assert len(seen) == report.value("units.total") + report.value("verdicts.not_applicable")


def test_per_commune_every_unit_it_manages_and_where_it_stands(
    report: ProvinceReport, page: str
) -> None:
    assert report.communes
    for commune in report.communes:
        text = row(page, f"communes.{commune.subject}")
        assert listed(text) == [u.subject for u in commune.units]
        for unit in commune.units:
            item = text[text.index(f"<li>{unit.subject} ") :].split("</li>")[0]
            state = item.split(" — ")[1].split("<")[0].split(", ")
            assert state[0] == ("đã đăng ký" if unit.registrations else "chưa đăng ký")
            assert state[1] == (
                "được công nhận"
                if unit.recognised
                else "không được công nhận"
                if unit.decision
                else "chưa có quyết định công nhận"
            )
            for fact in unit.registrations:
                assert fact in item


def test_the_lists_are_collapsed_on_screen_and_left_out_in_print(page: str) -> None:
    assert "<details open" not in page and page.count("<details>") > 30
    style = page[page.index("<style>") : page.index("</style>")]
    assert "details { display: none; }" in style[style.index("@media print") :]


def _ticks_are_whole(values: list[float]) -> bool:
    return all(float(v).is_integer() for v in values)


def _small(report: ProvinceReport) -> ProvinceReport:
    """The report with one session in one month: a count axis that would show halves."""
    months = tuple(
        MonthRow(month=m, sessions=int(m == 3), attendance=7 * int(m == 3)) for m in range(1, 13)
    )
    return ProvinceReport(
        province=report.province,
        commune=None,
        former=False,
        covers=report.covers,
        year=report.year,
        as_of=report.as_of,
        known_at=None,
        figures=report.figures,
        by_month=months,
    )


@pytest.mark.parametrize("small", [False, True])
def test_the_count_axes_have_whole_numbers_only(report: ProvinceReport, small: bool) -> None:
    chosen = _small(report) if small else report
    _, verdicts, months = chart_figures(chosen, "vi")
    sessions_axis, attendance_axis = months.axes
    for ticks in (
        verdicts.axes[0].get_xticks(),
        sessions_axis.get_yticks(),
        attendance_axis.get_yticks(),
    ):
        assert len(ticks) >= 2 and _ticks_are_whole(list(ticks)), list(ticks)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_month_legend_hides_no_bar_or_point(report: ProvinceReport, lang: str) -> None:
    months = chart_figures(report, lang)[2]
    axes = months.axes[0]
    legend = axes.get_legend()
    assert legend is not None
    renderer = months.canvas.get_renderer()
    box = legend.get_window_extent(renderer)
    plot = axes.get_window_extent(renderer)
    assert not box.overlaps(plot), (box, plot)
    assert [text.get_text() for text in legend.get_texts()] == (
        ["Số buổi", "Lượt người dự"] if lang == "vi" else ["Sessions", "Attendances"]
    )


def test_the_lists_speak_the_page_s_language(report: ProvinceReport) -> None:
    english = report_html(report, "en")
    counted = report.figure("registered.total").value
    assert f"<summary>{counted} units counted</summary>" in english
    assert "đơn vị được tính" not in english
    commune = report.communes[0]
    assert f"<summary>{len(commune.units)} units the commune manages</summary>" in english
