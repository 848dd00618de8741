"""The official wording beside the project's paraphrase, the implementation's source, and the
parts of an official text the catalogue does not name — in HTML and in Markdown."""

from __future__ import annotations

import html

from antq_compliance.spec.render.common import _official_where, _rule_paragraph
from antq_compliance.spec.render.labels import _STATE_MARK
from antq_compliance.spec.report import ClauseReport, Report

__all__ = [
    "code_html",
    "uncatalogued_rows",
    "wording_html",
    "wording_markdown",
]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _paragraphs_html(text: str) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in text.splitlines() if line.strip())


def _paraphrases(item: ClauseReport) -> list[tuple[str, str]]:
    """(language, text): the catalogue's English paraphrase and the Rules' Vietnamese ones."""
    out = [("en", item.clause.paraphrase_en)]
    out += [("vi", p) for r in item.rules if (p := _rule_paragraph(r))]
    return out


def _missing(item: ClauseReport) -> str:
    return "official_retired" if item.clause.retired else "official_missing"


def wording_html(report: Report, item: ClauseReport, t: dict[str, str], lang: str) -> str:
    """Two columns: the official wording (when the reviewer supplied the instrument's text) and
    the project's paraphrases; empty when no official text of the instrument was supplied."""
    where = _official_where(report, item, lang)
    if where is None:
        return ""
    if item.wording is not None:
        lead = item.wording.lead
        body = (f'<p class="lead">{_e(lead)}</p>' if lead else "") + _paragraphs_html(
            item.wording.text
        )
    else:
        body = f'<p class="muted">{_e(t[_missing(item)])}</p>'
    mine = "".join(f'<p lang="{code}">{_e(text)}</p>' for code, text in _paraphrases(item))
    return (
        '<div class="wording-pair">'
        f'<div class="official" lang="vi"><p class="wp-head">{_e(t["official_col"])} — '
        f"{_e(where)}</p>{body}</div>"
        f'<div class="paraphrase"><p class="wp-head">{_e(t["paraphrase_col"])}</p>{mine}</div>'
        "</div>"
    )


def wording_markdown(report: Report, item: ClauseReport, t: dict[str, str], lang: str) -> list[str]:
    """The same as a two-column Markdown table (one row)."""
    where = _official_where(report, item, lang)
    if where is None:
        return []

    def cell(text: str) -> str:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return safe.replace("|", "\\|").replace("\n", "<br>")

    if item.wording is not None:
        lead = f"*{item.wording.lead}*\n" if item.wording.lead else ""
        official = cell(lead + item.wording.text)
    else:
        official = cell(t[_missing(item)])
    mine = cell("\n".join(text for _, text in _paraphrases(item)))
    return [
        "",
        f"| {cell(t['official_col'])} — {cell(where)} | {cell(t['paraphrase_col'])} |",
        "|---|---|",
        f"| {official} | {mine} |",
    ]


def code_html(item: ClauseReport, t: dict[str, str]) -> str:
    """The source and data each implementation is fingerprinted on, folded away."""
    if not item.implementations:
        return ""
    blocks = "".join(
        f'<p class="where">{_e(i.name)}</p><pre class="code-src">{_e(i.text)}</pre>'
        for i in item.implementations
    )
    return f'<details class="impl-src"><summary>{_e(t["code_source"])}</summary>{blocks}</details>'


def uncatalogued_rows(report: Report, t: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """(id, "where · state") of the parts of the official texts the catalogue does not name."""
    state = f"{_STATE_MARK['uncatalogued']} {t['state_uncatalogued']}"
    return [
        (unit, f"{text.location(unit, lang)} ({text.source.name}) · {state}")
        for text, unit in report.uncatalogued
    ]
