"""The provincial report as one self-contained HTML page: the figures' tables, the communes and
three charts drawn by matplotlib (Agg backend, glyphs as paths in DejaVu Sans, so Vietnamese
diacritics print whatever fonts the reader has), inlined as SVG; it prints on A4."""

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
from antq_compliance.projections.reports.figures import ProvinceReport

__all__ = ["page"]

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
@media print { body { padding: 0; max-width: none; font-size: 11px; } h1 { font-size: 17px; }
               .charts figure { border: none; } }
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


def _registration_chart(report: ProvinceReport, lang: str) -> tuple[str, str, bool]:
    """Registration share by ownership."""
    from matplotlib.figure import Figure as MplFigure

    t = _t(lang)
    fig = MplFigure(figsize=(5.4, 3.4))
    ax = fig.add_subplot()
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
    return str(t["chart_reg"]), _svg(fig, "reg"), False


def _verdict_chart(report: ProvinceReport, lang: str) -> tuple[str, str, bool]:
    """Units by verdict."""
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
    return str(t["chart_verdicts"]), _svg(fig, "verdicts"), False


def _month_chart(report: ProvinceReport, lang: str) -> tuple[str, str, bool]:
    """Sessions and attendance by month."""
    from matplotlib.figure import Figure as MplFigure

    t = _t(lang)
    fig = MplFigure(figsize=(10.8, 3.3))
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
    twin.set_ylim(bottom=0)
    ax.set_ylim(bottom=0)
    if lang == "vi":
        twin.yaxis.set_major_formatter(lambda v, _pos: _num(int(v), "vi"))
    handles = ax.get_legend_handles_labels()
    handles2 = twin.get_legend_handles_labels()
    ax.legend(handles[0] + handles2[0], handles[1] + handles2[1], loc="upper left")
    return str(t["chart_months"]), _svg(fig, "months"), True


def _charts(report: ProvinceReport, lang: str) -> list[tuple[str, str, bool]]:
    """(title, inline svg, wide) for each chart."""
    import matplotlib

    matplotlib.use("Agg")
    params: dict[str, Any] = {
        "font.family": "DejaVu Sans",
        "svg.fonttype": "path",
        "svg.hashsalt": "antq-report",
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    with matplotlib.rc_context(params):  # type: ignore[arg-type]  # keys are typed Literals
        return [
            chart(report, lang) for chart in (_registration_chart, _verdict_chart, _month_chart)
        ]


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
                f'<tr><td>{e(f.label(lang))}<br><span class="k">{e(f.key)}</span></td>'
                f'<td class="n">{e(_value(f, lang))}</td>'
                f'<td class="n">{e(_pct(f.share, lang))}</td></tr>'
            )
        if name == "communes":
            parts += [
                f'<tr><td>{e(c.subject)} {e(c.name)}<br><span class="k">communes.{e(c.subject)}'
                f'</span></td><td class="n">{e(_commune_value(c, lang))}</td>'
                f"<td>{e(c.status.label(lang))}</td></tr>"
                for c in report.communes
            ]
        parts.append("</table></section>")
    parts.append(f"</div><footer>{e(str(t['footer']))}</footer></body></html>")
    return "\n".join(parts) + "\n"
