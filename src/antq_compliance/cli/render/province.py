"""Provincial reports as text table, JSON, CSV, Markdown and one self-contained HTML page.

The HTML page carries its charts as inline SVG drawn by matplotlib (Agg backend, glyphs as
paths in DejaVu Sans, so Vietnamese diacritics print whatever fonts the reader has); it has no
external reference and prints on A4. Labels are Vietnamese by default, English with ``en``.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from typing import Any

from antq_compliance.domain.dates import fmt_date, fmt_instant
from antq_compliance.domain.vocabulary import Ownership, Verdict
from antq_compliance.projections.reports.figures import Figure, ProvinceReport

__all__ = [
    "explain_csv",
    "explain_json",
    "explain_md",
    "explain_table",
    "report_csv",
    "report_html",
    "report_json",
    "report_md",
    "report_table",
]

_TEXT = {
    "vi": {
        "title": "Báo cáo kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "province": "tỉnh",
        "commune": "xã/phường",
        "year": "năm",
        "current": "toàn bộ địa bàn hiện nay của tỉnh, gồm địa bàn các tỉnh trước sắp xếp: {}",
        "former": "tỉnh {} trước sắp xếp (đến hết ngày {})",
        "former_open": "tỉnh {} như đã ghi nhận",
        "as_of": "Số liệu tính đến ngày {}; dữ liệu ghi nhận: {}",
        "everything": "toàn bộ",
        "figure": "Chỉ tiêu",
        "value": "Số liệu",
        "share": "Tỷ lệ",
        "key": "Mã",
        "units": "Đơn vị thuộc đối tượng",
        "registered": 'Đăng ký phấn đấu đạt tiêu chuẩn "An toàn về ANTT"',
        "propaganda": "Tuyên truyền",
        "models": "Mô hình phong trào",
        "festival": "Ngày hội",
        "verdicts": "Kết quả đánh giá, công nhận",
        "incidents": "Vụ việc phát hiện trong đơn vị",
        "commendations": "Khen thưởng",
        "chart_reg": "Tỷ lệ đăng ký tiêu chuẩn theo loại hình doanh nghiệp",
        "chart_months": "Buổi tuyên truyền và lượt người dự theo tháng",
        "chart_verdicts": "Kết quả đánh giá của các đơn vị",
        "sessions": "Số buổi",
        "attendance": "Lượt người dự",
        "units_axis": "Số đơn vị",
        "month": "T{}",
        "explain": "Căn cứ của chỉ tiêu",
        "subject": "Mã đơn vị",
        "name": "Tên đơn vị",
        "events": "Dữ kiện",
        "detail": "Ghi chú",
        "amount": "Số lượng",
        "none": "(không có)",
        "footer": "Số liệu tính từ nhật ký dữ kiện; xem căn cứ của từng chỉ tiêu bằng "
        "antq report province … --explain MÃ_CHỈ_TIÊU.",
        "short": {
            "state_owned": "DN nhà nước",
            "private": "DN tư nhân",
            "foreign_invested": "DN có vốn ĐTNN",
        },
    },
    "en": {
        "title": "The all-people movement to protect national security: provincial report",
        "province": "province",
        "commune": "commune",
        "year": "year",
        "current": "the province's whole current territory, formed of the former provinces: {}",
        "former": "the former province {} as it was (until {})",
        "former_open": "the province {} as recorded",
        "as_of": "Figures as of {}; facts known: {}",
        "everything": "everything recorded",
        "figure": "Figure",
        "value": "Value",
        "share": "Share",
        "key": "Key",
        "units": "Units in scope",
        "registered": "Registered for the standard",
        "propaganda": "Propaganda",
        "models": "Movement models",
        "festival": "Festival days",
        "verdicts": "Verdicts",
        "incidents": "Incidents detected in units",
        "commendations": "Commendations",
        "chart_reg": "Registration for the standard, by ownership",
        "chart_months": "Propaganda sessions and attendances by month",
        "chart_verdicts": "Verdicts of the units",
        "sessions": "Sessions",
        "attendance": "Attendances",
        "units_axis": "Units",
        "month": "{}",
        "explain": "What the figure counts",
        "subject": "Unit",
        "name": "Name",
        "events": "Facts",
        "detail": "Note",
        "amount": "Amount",
        "none": "(none)",
        "footer": "Figures computed from the event log; list what a figure counts with "
        "antq report province … --explain KEY.",
        "short": {
            "state_owned": "State-owned",
            "private": "Private",
            "foreign_invested": "FDI",
        },
    },
}

_SECTIONS = (
    ("units", ("units.",)),
    ("registered", ("registered.",)),
    ("propaganda", ("sessions", "attendance")),
    ("models", ("models.",)),
    ("festival", ("festival_days",)),
    ("verdicts", ("verdicts.",)),
    ("incidents", ("incidents.",)),
    ("commendations", ("commendations.",)),
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _t(lang: str) -> dict[str, Any]:
    return _TEXT["vi" if lang == "vi" else "en"]


def _num(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "vi" else text


def _pct(share: float | None, lang: str) -> str:
    if share is None:
        return ""
    text = f"{share * 100:.1f}%"
    return text.replace(".", ",") if lang == "vi" else text


def _value(figure: Figure, lang: str) -> str:
    if figure.of is not None:
        return f"{_num(figure.value, lang)}/{_num(figure.of, lang)}"
    return _num(figure.value, lang)


def _shown(figure: Figure) -> bool:
    """Text outputs leave out the zero incident and commendation sub-categories."""
    head, _, tail = figure.key.partition(".")
    return not (head in ("incidents", "commendations") and tail != "total" and not figure.value)


def _sections(report: ProvinceReport) -> Iterator[tuple[str, list[Figure]]]:
    for name, prefixes in _SECTIONS:
        chosen = [
            f
            for f in report.figures
            if any(f.key == p or (p.endswith(".") and f.key.startswith(p)) for p in prefixes)
        ]
        yield name, [f for f in chosen if _shown(f)]


def _title(report: ProvinceReport, lang: str) -> str:
    t = _t(lang)
    place = f"{t['province']} {report.province}"
    if report.commune:
        place = f"{t['commune']} {report.commune}, {place}"
    return f"{t['title']} — {place}, {t['year']} {report.year}"


def _coverage(report: ProvinceReport, lang: str) -> str:
    t = _t(lang)
    if report.former and report.until is None:
        text = str(t["former_open"]).format(report.province)
    elif report.former and report.until is not None:
        text = str(t["former"]).format(report.province, fmt_date(report.until, lang))
    else:
        text = str(t["current"]).format(", ".join(report.covers))
    return text[:1].upper() + text[1:]


def _clocks(report: ProvinceReport, lang: str) -> str:
    t = _t(lang)
    known = (
        t["everything"]
        if report.known_at is None
        else fmt_instant(report.known_at)
        if lang == "vi"
        else report.known_at.isoformat()
    )
    return str(t["as_of"]).format(fmt_date(report.as_of, lang), known)


# --- JSON ------------------------------------------------------------------------------------


def _figure_json(figure: Figure, lang: str) -> dict[str, Any]:
    return {
        "key": figure.key,
        "label": figure.label(lang),
        "value": figure.value,
        "of": figure.of,
        "share": None if figure.share is None else round(figure.share, 4),
    }


def report_json(report: ProvinceReport, lang: str = "vi") -> dict[str, Any]:
    return {
        "province": report.province,
        "commune": report.commune,
        "former": report.former,
        "covers": list(report.covers),
        "until": report.until.isoformat() if report.until else None,
        "year": report.year,
        "interpretation": dict(report.interpretation),
        "as_of": {
            "business": report.as_of.isoformat(),
            "known_at": report.known_at.isoformat() if report.known_at else None,
        },
        "figures": [_figure_json(f, lang) for f in report.figures],
        "by_month": [
            {"month": m.month, "sessions": m.sessions, "attendance": m.attendance}
            for m in report.by_month
        ],
    }


def explain_json(report: ProvinceReport, key: str, lang: str = "vi") -> dict[str, Any]:
    figure = report.figure(key)
    return {
        "province": report.province,
        "commune": report.commune,
        "former": report.former,
        "year": report.year,
        "figure": _figure_json(figure, lang),
        "items": [
            {
                "subject": i.subject,
                "name": i.name,
                "events": list(i.events),
                "value": i.value,
                "detail": i.detail,
            }
            for i in figure.items
        ],
    }


# --- text table, CSV, Markdown ---------------------------------------------------------------


def report_table(report: ProvinceReport, lang: str = "vi") -> str:
    t = _t(lang)
    lines = [_title(report, lang), _coverage(report, lang), _clocks(report, lang)]
    rows = [
        (f"  {f.label(lang)}", _value(f, lang), _pct(f.share, lang), f.key)
        for _, figures in _sections(report)
        for f in figures
    ]
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    for name, figures in _sections(report):
        lines += ["", str(t[name])]
        for f in figures:
            label = f"  {f.label(lang)}"
            value, share = _value(f, lang), _pct(f.share, lang)
            lines.append(f"{label:<{width}}  {value:>{vwidth}}  {share:>6}  [{f.key}]")
    return "\n".join(lines)


def report_csv(report: ProvinceReport, lang: str = "vi") -> str:
    t = _t(lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["province", "year", t["key"], t["figure"], t["value"], "of", t["share"]])
    for f in report.figures:
        share = "" if f.share is None else f"{f.share:.4f}"
        writer.writerow(
            [report.province, report.year, f.key, f.label(lang), f.value, f.of or "", share]
        )
    return out.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def report_md(report: ProvinceReport, lang: str = "vi") -> str:
    t = _t(lang)
    lines = [
        f"# {_md_escape(_title(report, lang))}",
        "",
        _md_escape(_coverage(report, lang)) + ".  ",
        _md_escape(_clocks(report, lang)) + ".",
    ]
    for name, figures in _sections(report):
        lines += ["", f"## {t[name]}", ""]
        lines += [f"| {t['figure']} | {t['value']} | {t['share']} | {t['key']} |"]
        lines += ["|---|---:|---:|---|"]
        for f in figures:
            lines.append(
                f"| {_md_escape(f.label(lang))} | {_value(f, lang)} | {_pct(f.share, lang)} | "
                f"`{f.key}` |"
            )
    return "\n".join(lines) + "\n"


def explain_table(report: ProvinceReport, key: str, lang: str = "vi") -> str:
    t = _t(lang)
    figure = report.figure(key)
    head = f"{_title(report, lang)}\n{t['explain']}: {figure.label(lang)} [{figure.key}] = "
    head += f"{_value(figure, lang)} {_pct(figure.share, lang)}".rstrip()
    if not figure.items:
        return f"{head}\n  {t['none']}"
    lines = [head]
    for item in figure.items:
        amount = f" ({t['amount']} {_num(item.value, lang)})" if item.value != 1 else ""
        detail = f" — {item.detail}" if item.detail else ""
        lines.append(f"  {item.subject}  {item.name}{amount}{detail}")
        lines.append(f"      {t['events']}: {', '.join(item.events) or t['none']}")
    return "\n".join(lines)


def explain_csv(report: ProvinceReport, key: str, lang: str = "vi") -> str:
    figure = report.figure(key)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["figure", "subject", "name", "value", "detail", "events"])
    for i in figure.items:
        writer.writerow([figure.key, i.subject, i.name, i.value, i.detail, " ".join(i.events)])
    return out.getvalue()


def explain_md(report: ProvinceReport, key: str, lang: str = "vi") -> str:
    t = _t(lang)
    figure = report.figure(key)
    lines = [
        f"# {_md_escape(_title(report, lang))}",
        "",
        f"{t['explain']}: **{_md_escape(figure.label(lang))}** (`{figure.key}`) = "
        f"{_value(figure, lang)} {_pct(figure.share, lang)}".rstrip(),
        "",
        f"| {t['subject']} | {t['name']} | {t['amount']} | {t['detail']} | {t['events']} |",
        "|---|---|---:|---|---|",
    ]
    for i in figure.items:
        events = ", ".join(f"`{e}`" for e in i.events)
        lines.append(
            f"| {i.subject} | {_md_escape(i.name)} | {_num(i.value, lang)} | "
            f"{_md_escape(i.detail)} | {events} |"
        )
    return "\n".join(lines) + "\n"


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


def report_html(report: ProvinceReport, lang: str = "vi") -> str:
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
        parts.append("</table></section>")
    parts.append(f"</div><footer>{e(str(t['footer']))}</footer></body></html>")
    return "\n".join(parts) + "\n"
