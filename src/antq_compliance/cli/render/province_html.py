"""The provincial report as one self-contained HTML page: the figures' tables, the communes and
three charts drawn by matplotlib (Agg backend, glyphs as paths in DejaVu Sans, so Vietnamese
diacritics print whatever fonts the reader has), inlined as SVG; it prints on A4.

Each figure carries the list of the units behind it (a collapsible ``<details>``: closed on
screen, left out in print), as ``--explain`` gives them: for a share, the units counted and
those of the same group that are not; for a commune, every unit it manages and where it stands.
The charts count in whole numbers (integer ticks) and keep their legends outside the plot area,
so that no bar or point hides behind one.
"""

from __future__ import annotations

import html
import io
import re
from typing import Any

from antq_compliance.cli.render.province import (
    _MONTHS_EN,
    _clocks,
    _commune_value,
    _coverage,
    _num,
    _pct,
    _sections,
    _t,
    _title,
    _value,
)
from antq_compliance.domain.vocabulary import Ownership, Verdict
from antq_compliance.projections.reports.figures import CommuneRow, Figure, Item, ProvinceReport

__all__ = ["chart_figures", "page"]

_LISTS = {
    "vi": {
        "counted": "{} đơn vị được tính",
        "rest": "{} đơn vị cùng nhóm chưa được tính",
        "managed": "{} đơn vị do xã quản lý",
        "registered": "đã đăng ký",
        "not_registered": "chưa đăng ký",
        "recognised": "được công nhận",
        "not_recognised": "không được công nhận",
        "no_decision": "chưa có quyết định công nhận",
        "facts": "dữ kiện",
    },
    "en": {
        "counted": "{} units counted",
        "rest": "{} units of the same group not counted",
        "managed": "{} units the commune manages",
        "registered": "registered",
        "not_registered": "not registered",
        "recognised": "recognised",
        "not_recognised": "not recognised",
        "no_decision": "no recognition decision",
        "facts": "facts",
    },
}

# --- HTML with charts ------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1a1a1a;
       max-width: 1100px; margin: 0 auto; padding: 16px; font-size: 14px; }
h1 { font-size: 21px; margin: 0 0 6px; color: #7a0c0c; }
h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 2px solid #7a0c0c; padding-bottom: 2px; }
p.meta { margin: 2px 0; color: #444; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { border: 1px solid #bbb; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #f1e6e6; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.k { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; color: #666; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.charts figure { margin: 0; border: 1px solid #ddd; padding: 4px; break-inside: avoid; }
.charts figure.wide { grid-column: 1 / span 2; }
.charts svg { width: 100%; height: auto; }
.cols { columns: 2; column-gap: 22px; }
.cols section { break-inside: avoid; }
footer { margin-top: 14px; font-size: 11px; color: #666; }
details { margin: 2px 0 0; font-size: 12px; }
details summary { cursor: pointer; color: #2f6690; }
details ul { margin: 2px 0 4px; padding-left: 18px; }
details li .k { margin-left: 4px; }
@media print { body { padding: 0; max-width: none; font-size: 11px; } h1 { font-size: 17px; }
               .charts figure { border: none; } details { display: none; } }
"""

_PALETTE = {"state_owned": "#7a0c0c", "private": "#c8841a", "foreign_invested": "#2f6690"}
_VERDICT_COLOURS = {
    Verdict.ACHIEVED: "#3a7d44",
    Verdict.NOT_ACHIEVED: "#b23a48",
    Verdict.PENDING: "#d9a21b",
    Verdict.NOT_APPLICABLE: "#8d99ae",
}


def _svg(fig: Any, prefix: str) -> str:
    """The figure as an inline ``<svg>`` element; its ids get ``prefix`` so that several
    charts in one page do not share ids (each defines the glyphs it uses)."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', text)
    text = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', text)
    return re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", text)


def _integer_axis(axis: Any) -> None:
    """Ticks on whole numbers only: a count of sessions or units has no halves."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))


def _registration_chart(report: ProvinceReport, lang: str) -> Any:
    """Registration share by ownership (each bar named on its axis: no legend)."""
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure(figsize=(5.4, 3.4))
    ax = fig.add_subplot()
    t = _t(lang)
    groups = [o.value for o in Ownership]
    figures = [report.figure(f"registered.{g}") for g in groups]
    shares = [100 * (f.share or 0.0) for f in figures]
    bars = ax.bar([t["short"][g] for g in groups], shares, color=[_PALETTE[g] for g in groups])
    for bar, f in zip(bars, figures, strict=True):
        ax.annotate(
            f"{_pct(f.share, lang) or '–'}\n({_value(f, lang)})",
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            ha="center",
            va="bottom",
            fontsize=9,
        )
    ax.set_ylim(0, 120)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_ylabel("%")
    return fig


def _verdict_chart(report: ProvinceReport, lang: str) -> Any:
    """Units by verdict (each bar named on its axis: no legend)."""
    from matplotlib.figure import Figure as MplFigure

    t = _t(lang)
    fig = MplFigure(figsize=(5.4, 3.4))
    ax = fig.add_subplot()
    verdicts = list(Verdict)
    counts = [report.value(f"verdicts.{v.value}") for v in verdicts]
    labels = [v.label(lang) for v in verdicts]
    hbars = ax.barh(labels, counts, color=[_VERDICT_COLOURS[v] for v in verdicts])
    ax.invert_yaxis()
    for bar, count in zip(hbars, counts, strict=True):
        ax.annotate(
            _num(count, lang),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )
    ax.set_xlabel(str(t["units_axis"]))
    ax.set_xlim(0, max([*counts, 1]) * 1.18)
    _integer_axis(ax.xaxis)
    return fig


def _month_chart(report: ProvinceReport, lang: str) -> Any:
    """Sessions (bars, left axis) and attendance (line, right axis) by month; the legend sits
    above the plot area, where it covers no month."""
    from matplotlib.figure import Figure as MplFigure

    t = _t(lang)
    fig = MplFigure(figsize=(10.8, 3.6))
    ax = fig.add_subplot()
    months = [
        str(t["month"]).format(m.month if lang == "vi" else _MONTHS_EN[m.month - 1])
        for m in report.by_month
    ]
    ax.bar(months, [m.sessions for m in report.by_month], color="#7a0c0c", label=t["sessions"])
    ax.set_ylabel(str(t["sessions"]))
    twin = ax.twinx()
    twin.spines["right"].set_visible(True)
    twin.plot(
        months,
        [m.attendance for m in report.by_month],
        color="#2f6690",
        marker="o",
        label=t["attendance"],
    )
    twin.set_ylabel(str(t["attendance"]))
    twin.set_ylim(bottom=0, top=max([m.attendance for m in report.by_month] + [1]) * 1.08)
    ax.set_ylim(bottom=0, top=max([m.sessions for m in report.by_month] + [1]) * 1.08)
    _integer_axis(ax.yaxis)
    _integer_axis(twin.yaxis)
    if lang == "vi":
        twin.yaxis.set_major_formatter(lambda v, _pos: _num(round(v), "vi"))
    handles = ax.get_legend_handles_labels()
    handles2 = twin.get_legend_handles_labels()
    ax.legend(
        handles[0] + handles2[0],
        handles[1] + handles2[1],
        loc="lower left",
        bbox_to_anchor=(0.0, 1.02),
        ncols=2,
        frameon=False,
        borderaxespad=0.0,
    )
    return fig


_CHARTS = (
    ("chart_reg", "reg", _registration_chart, False),
    ("chart_verdicts", "verdicts", _verdict_chart, False),
    ("chart_months", "months", _month_chart, True),
)


def _rc() -> dict[str, Any]:
    return {
        "font.family": "DejaVu Sans",
        "svg.fonttype": "path",
        "svg.hashsalt": "antq-report",
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def chart_figures(report: ProvinceReport, lang: str) -> list[Any]:
    """The report's three matplotlib figures (registration, verdicts, months), drawn: what the
    page inlines, for the tests to measure (ticks, legends)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    matplotlib.use("Agg")
    with matplotlib.rc_context(_rc()):  # type: ignore[arg-type]  # keys are typed Literals
        figures = [draw(report, lang) for _, _, draw, _ in _CHARTS]
        for fig in figures:
            FigureCanvasAgg(fig).draw()  # type: ignore[no-untyped-call]  # untyped in matplotlib
        return figures


def _charts(report: ProvinceReport, lang: str) -> list[tuple[str, str, bool]]:
    """(title, inline svg, wide) for each chart."""
    import matplotlib

    matplotlib.use("Agg")
    t = _t(lang)
    with matplotlib.rc_context(_rc()):  # type: ignore[arg-type]  # keys are typed Literals
        return [
            (str(t[title]), _svg(draw(report, lang), prefix), wide)
            for title, prefix, draw, wide in _CHARTS
        ]


# --- the units behind a figure ---------------------------------------------------------------


def _item_li(item: Item, lang: str) -> str:
    e = html.escape
    amount = f" ({_num(item.value, lang)})" if item.value != 1 else ""
    detail = f" — {e(item.detail)}" if item.detail else ""
    events = " ".join(item.events)
    facts = f'<span class="k">{e(events)}</span>' if events else ""
    return f"<li>{e(item.subject)} {e(item.name)}{amount}{detail}{facts}</li>"


def _details(summary: str, items: list[str]) -> str:
    body = "".join(items)
    return f"<details><summary>{html.escape(summary)}</summary><ul>{body}</ul></details>"


def _rest(report: ProvinceReport, figure: Figure) -> list[Item]:
    """For a registration or recognition figure: the units of its group it does not count."""
    head, _, group = figure.key.partition(".")
    if head not in ("registered", "recognised") or figure.of is None:
        return []
    counted = {i.subject for i in figure.items}
    return [i for i in report.figure(f"units.{group}").items if i.subject not in counted]


def _figure_units(report: ProvinceReport, figure: Figure, lang: str) -> str:
    """The collapsible lists of the units behind ``figure`` (empty when it counts none)."""
    lists = _LISTS["vi" if lang == "vi" else "en"]
    parts = []
    if figure.items:
        counted = [_item_li(i, lang) for i in figure.items]
        parts.append(_details(lists["counted"].format(_num(len(counted), lang)), counted))
    rest = _rest(report, figure)
    if rest:
        lines = [_item_li(i, lang) for i in rest]
        parts.append(_details(lists["rest"].format(_num(len(lines), lang)), lines))
    return "".join(parts)


def _commune_units(row: CommuneRow, lang: str) -> str:
    """The units a commune manages, each with its registration and recognition."""
    lists = _LISTS["vi" if lang == "vi" else "en"]
    e = html.escape
    lines = []
    for u in row.units:
        state = [
            lists["registered"] if u.registrations else lists["not_registered"],
            lists["recognised"]
            if u.recognised
            else lists["not_recognised"]
            if u.decision
            else lists["no_decision"],
        ]
        events = " ".join([*u.registrations, *([u.decision] if u.decision else [])])
        facts = f'<span class="k">{e(events)}</span>' if events else ""
        lines.append(
            f"<li>{e(u.subject)} {e(u.name)} ({e(u.kind.label(lang))}) — "
            f"{e(', '.join(state))}{facts}</li>"
        )
    return _details(lists["managed"].format(_num(len(lines), lang)), lines) if lines else ""


def page(report: ProvinceReport, lang: str = "vi") -> str:
    t = _t(lang)
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"vi" if lang == "vi" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(_title(report, lang))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(_title(report, lang))}</h1>",
        f'<p class="meta">{e(_coverage(report, lang))}.</p>',
        f'<p class="meta">{e(_clocks(report, lang))}.</p>',
        '<div class="charts">',
    ]
    for title, svg, wide in _charts(report, lang):
        cls = ' class="wide"' if wide else ""
        parts.append(f"<figure{cls}><figcaption><b>{e(title)}</b></figcaption>{svg}</figure>")
    parts.append('</div><div class="cols">')
    for name, figures in _sections(report):
        parts.append(f"<section><h2>{e(str(t[name]))}</h2><table>")
        parts.append(
            f"<tr><th>{e(str(t['figure']))}</th><th>{e(str(t['value']))}</th>"
            f"<th>{e(str(t['share']))}</th></tr>"
        )
        for f in figures:
            parts.append(
                f'<tr id="{e(f.key)}"><td>{e(f.label(lang))}<br><span class="k">{e(f.key)}'
                f"</span>{_figure_units(report, f, lang)}</td>"
                f'<td class="n">{e(_value(f, lang))}</td>'
                f'<td class="n">{e(_pct(f.share, lang))}</td></tr>'
            )
        if name == "communes":
            parts += [
                f'<tr id="communes.{e(c.subject)}"><td>{e(c.subject)} {e(c.name)}<br>'
                f'<span class="k">communes.{e(c.subject)}</span>{_commune_units(c, lang)}</td>'
                f'<td class="n">{e(_commune_value(c, lang))}</td>'
                f"<td>{e(c.status.label(lang))}</td></tr>"
                for c in report.communes
            ]
        parts.append("</table></section>")
    parts.append(f"</div><footer>{e(str(t['footer']))}</footer></body></html>")
    return "\n".join(parts) + "\n"
