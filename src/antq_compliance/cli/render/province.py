"""Provincial reports as text table, JSON, CSV, Markdown and one self-contained HTML page.

The HTML page carries its charts as inline SVG drawn by matplotlib (Agg backend, glyphs as
paths in DejaVu Sans, so Vietnamese diacritics print whatever fonts the reader has); it has no
external reference and prints on A4. Labels are Vietnamese by default, English with ``en``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from antq_compliance.domain.dates import fmt_date, fmt_instant
from antq_compliance.projections.reports.figures import CommuneRow, Figure, ProvinceReport

__all__ = [
    "BOM",
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
        "capped": "Số liệu tính đến ngày {}, ngày cuối cùng tỉnh {} tồn tại trước sắp xếp (không "
        "phải ngày {} như yêu cầu): đơn vị, kết quả đánh giá và mô hình đều tính đến ngày này; "
        "dữ liệu ghi nhận: {}",
        "everything": "toàn bộ",
        "figure": "Chỉ tiêu",
        "value": "Số liệu",
        "share": "Tỷ lệ",
        "key": "Mã",
        "units": "Đơn vị thuộc đối tượng",
        "registered": 'Đăng ký phấn đấu đạt tiêu chuẩn "An toàn về ANTT"',
        "recognised": 'Được công nhận đạt tiêu chuẩn "An toàn về ANTT"',
        "communes": "Xã, phường, thị trấn: khoản 4 Điều 5 (100% đơn vị do xã quản lý đăng ký, "
        "từ 70% được công nhận)",
        "commune_row": "đăng ký {}/{} · công nhận {}/{}",
        "status": "Kết quả khoản 4",
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
        "csv_province": "Tỉnh",
        "csv_year": "Năm",
        "csv_of": "Trên tổng số",
        "csv_share": "Tỷ lệ (0-1)",
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
        "capped": "Figures as of {}, the last day the province {} existed before its merger (not "
        "{} as asked): units, verdicts and models are all read as of that day; facts known: {}",
        "everything": "everything recorded",
        "figure": "Figure",
        "value": "Value",
        "share": "Share",
        "key": "Key",
        "units": "Units in scope",
        "registered": "Registered for the standard",
        "recognised": "Recognised as achieving the standard",
        "communes": "Communes: Art. 5 cl. 4 (every unit the commune manages registered, 70% or "
        "more recognised)",
        "commune_row": "registered {}/{} · recognised {}/{}",
        "status": "Clause 4",
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
        "csv_province": "Province",
        "csv_year": "Year",
        "csv_of": "Of",
        "csv_share": "Share (0-1)",
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
    ("recognised", ("recognised.",)),
    ("propaganda", ("sessions", "attendance")),
    ("models", ("models.",)),
    ("festival", ("festival_days",)),
    ("verdicts", ("verdicts.",)),
    ("communes", ("communes.",)),
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
    """Text outputs leave out the zero incident and commendation sub-categories, and the zero
    verdicts of a kind of subject."""
    head, _, tail = figure.key.partition(".")
    if head in ("incidents", "commendations") and tail != "total":
        return bool(figure.value)
    return bool(figure.value) or not (head == "verdicts" and "." in tail)


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
    if report.as_of_asked is not None:
        return str(t["capped"]).format(
            fmt_date(report.as_of, lang),
            report.province,
            fmt_date(report.as_of_asked, lang),
            known,
        )
    return str(t["as_of"]).format(fmt_date(report.as_of, lang), known)


def _commune_value(row: CommuneRow, lang: str) -> str:
    return str(_t(lang)["commune_row"]).format(
        row.registered, row.managed, row.recognised, row.managed
    )


def _commune_json(row: CommuneRow) -> dict[str, Any]:
    return {
        "subject": row.subject,
        "name": row.name,
        "key": f"communes.{row.subject}",
        "managed": row.managed,
        "registered": row.registered,
        "recognised": row.recognised,
        "share": round(row.recognised / row.managed, 4) if row.managed else None,
        "status": row.status.value,
        "clause": "TT124.D5.K4",
        "evidence": list(row.evidence),
        "units": [
            {
                "subject": u.subject,
                "name": u.name,
                "kind": u.kind.value,
                "registrations": list(u.registrations),
                "decision": u.decision,
                "recognised": u.recognised,
            }
            for u in row.units
        ],
    }


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
            "asked": report.as_of_asked.isoformat() if report.as_of_asked else None,
            "rule": "until" if report.as_of_asked else None,
        },
        "figures": [_figure_json(f, lang) for f in report.figures],
        "communes": [_commune_json(c) for c in report.communes],
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
    communes = [
        (f"    {c.subject} {c.name}", _commune_value(c, lang), c.status.label(lang), c)
        for c in report.communes
    ]
    width = max(len(r[0]) for r in [*rows, *communes])
    vwidth = max(len(r[1]) for r in rows)
    for name, figures in _sections(report):
        lines += ["", str(t[name])]
        for f in figures:
            label = f"  {f.label(lang)}"
            value, share = _value(f, lang), _pct(f.share, lang)
            lines.append(f"{label:<{width}}  {value:>{vwidth}}  {share:>6}  [{f.key}]")
        if name == "communes" and communes:
            cwidth = max(len(r[1]) for r in communes)
            lines += [
                f"{label:<{width}}  {value:<{cwidth}}  {status}  [communes.{c.subject}]"
                for label, value, status, c in communes
            ]
    return "\n".join(lines)


BOM = "\ufeff"
"""The UTF-8 byte-order mark every CSV report starts with: without it, spreadsheet programs
(Excel) read the file in the system's legacy code page and garble Vietnamese."""


def _csv_text(rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    out.write(BOM)
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def report_csv(report: ProvinceReport, lang: str = "vi") -> str:
    """One row per figure (the communes' own figures last), under a header in ``lang`` only;
    the text starts with :data:`BOM` and its lines end with CRLF (RFC 4180)."""
    t = _t(lang)
    header = [t["csv_province"], t["csv_year"], t["key"], t["figure"], t["value"], t["csv_of"]]
    rows: list[Sequence[object]] = [[*header, t["csv_share"]]]
    for f in (*report.figures, *(c.figure() for c in report.communes)):
        share = "" if f.share is None else f"{f.share:.4f}"
        rows.append(
            [report.province, report.year, f.key, f.label(lang), f.value, f.of or "", share]
        )
    return _csv_text(rows)


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
        if name == "communes" and report.communes:
            lines += ["", f"| {t['name']} | {t['value']} | {t['status']} | {t['key']} |"]
            lines += ["|---|---|---|---|"]
            lines += [
                f"| {c.subject} {_md_escape(c.name)} | {_commune_value(c, lang)} | "
                f"{c.status.label(lang)} | `communes.{c.subject}` |"
                for c in report.communes
            ]
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
    """One row per item of the figure ``key``, under a header in ``lang``; starts with
    :data:`BOM`."""
    t = _t(lang)
    figure = report.figure(key)
    rows: list[Sequence[object]] = [
        [t["key"], t["subject"], t["name"], t["amount"], t["detail"], t["events"]]
    ]
    rows += [
        [figure.key, i.subject, i.name, i.value, i.detail, " ".join(i.events)] for i in figure.items
    ]
    return _csv_text(rows)


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


def report_html(report: ProvinceReport, lang: str = "vi") -> str:
    """One self-contained HTML page (``province_html``)."""
    from antq_compliance.cli.render.province_html import page

    return page(report, lang)
