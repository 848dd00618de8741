"""The specification report as one Markdown file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from antq_compliance.domain.dates import fmt_date
from antq_compliance.regulation.clauses import instruments
from antq_compliance.spec.render.common import (
    _article_label,
    _groups,
    _impl_version,
    _in_force,
    _rule_paragraph,
    _state_detail,
)
from antq_compliance.spec.render.html import _header_meta, _matrix_cells, _matrix_heads
from antq_compliance.spec.render.labels import _LABELS, _RUN_MARK, _SIGNOFF_MARK, _STATUS_MARK
from antq_compliance.spec.render.wording import uncatalogued_rows, wording_markdown
from antq_compliance.spec.report import ClauseReport, Report, ScenarioView
from antq_compliance.spec.results import Run

__all__ = ["markdown_page"]

# --- Markdown ---------------------------------------------------------------------------------


def _mdx(text: str) -> str:
    """Feature text safe in Markdown: ``<placeholder>`` would otherwise read as an HTML tag."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return _mdx(text).replace("|", "\\|").replace("\n", " ")


def _md_table(rows: Sequence[Sequence[str]]) -> list[str]:
    if not rows:
        return []
    out = ["| " + " | ".join(_md(c) for c in rows[0]) + " |"]
    out.append("|" + "---|" * len(rows[0]))
    out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows[1:]]
    return out


def _md_runs(runs: Sequence[Run], t: dict[str, str], *, labels: bool) -> str:
    if not runs:
        return "·"
    if labels:
        return " · ".join(f"{r.store_label} {_RUN_MARK.get(r.status, '?')}" for r in runs)
    return "".join(_RUN_MARK.get(r.status, "?") for r in runs)


def _md_steps(steps: Iterable[Any], indent: str = "") -> list[str]:
    out = []
    for step in steps:
        out.append(f"{indent}- **{step.keyword.strip()}** {_mdx(step.text)}")
        if step.datatable is not None:
            rows = [[c.value for c in row.cells] for row in step.datatable.rows]
            out += [f"{indent}  {line}" for line in _md_table(rows)]
    return out


def _md_scenario(view: ScenarioView, t: dict[str, str], *, chips: bool) -> list[str]:
    scenario = view.facts.scenario
    if scenario is None:  # pragma: no cover
        return []
    marks = []
    if chips and view.expects_pass:
        marks.append(f"`{t['expects_pass']}`")
    if chips and view.negative:
        marks.append(f"`{t['expects_fail']}`")
    if chips and view.not_applicable:
        marks.append(f"`{t['expects_na']}`")
    if chips and view.boundary:
        marks.append(f"`↔ {t['boundary']}`")
    outline = any(x.table_header is not None for x in scenario.examples)
    runs = "" if outline else " — " + _md_runs(view.runs[0] if view.runs else [], t, labels=True)
    out = [
        "",
        f"**{scenario.keyword.strip()}: {_mdx(scenario.name)}** {' '.join(marks)}{runs}  ",
        f"<sub>{view.where}</sub>",
        "",
    ]
    out += _md_steps(scenario.steps)
    offset = 0
    for table in scenario.examples:
        if table.table_header is None:
            continue
        header = [c.value for c in table.table_header.cells] + [t["run_col"]]
        body = []
        for row in table.table_body or []:
            runs_here = view.runs[offset] if offset < len(view.runs) else []
            body.append([c.value for c in row.cells] + [_md_runs(runs_here, t, labels=False)])
            offset += 1
        out += ["", "  Dữ liệu:", ""] + [f"  {line}" for line in _md_table([header, *body])]
    return out


def _md_signoff(item: ClauseReport, t: dict[str, str]) -> list[str]:
    s = item.signoff
    if s is None:
        return [
            f"- **{t['signoff']}:** ○ {t['unsigned']} — {t['unsigned_note']} `{item.fingerprint}`"
        ]
    state = f"{_SIGNOFF_MARK[s.verdict]} {t[s.verdict]}"
    if item.stale:
        state += f" — ⟳ **{t['stale']}**: {t['stale_note']}"
    return [
        f"- **{t['signoff']}:** {state}",
        f"  - {t['reviewer']}: {s.reviewer}; {t['date']}: {fmt_date(s.date)}",
        f"  - {t['source']}: {s.source}",
        f"  - {t['comment']}: {s.comment or '—'}",
        f"  - {t['fp_recorded']}: `{s.fingerprint}`; {t['fp_current']}: `{item.fingerprint}`",
    ]


def _md_matrix(report: Report, t: dict[str, str], lang: str) -> list[str]:
    results = report.results is not None
    heads = _matrix_heads(results)
    rows = [[t[h] for h in heads]]
    for item in report.clauses:
        cells = [
            f"**{text}**" if state == "gap" else text
            for state, text in _matrix_cells(item, t, results)
        ]
        key = item.clause.text_status.value
        cid = f"**{item.clause.id}**" if item.implemented else item.clause.id
        rows.append([cid, f"{_STATUS_MARK[key]} {t[key]}", *cells])
    for unit, what in uncatalogued_rows(report, t, lang):
        rows.append([unit, "—", what, *(["—"] * (len(heads) - 3))])
    return ["", f"## {t['matrix']}", "", t["matrix_note"], "", *_md_table(rows)]


def _md_clause_head(report: Report, item: ClauseReport, t: dict[str, str]) -> list[str]:
    c = item.clause
    key = c.text_status.value
    out = [
        "",
        f"#### {c.id} — {c.title_vi}",
        "",
        f"*{c.title_en}*",
        "",
        f"- **{t['legend_status']}:** {_STATUS_MARK[key]} {t[key]} (`{key}`)",
        f"- **{t['in_force']}:** {_in_force(c, t)}",
        f"- **{t['col_state']}:** {_state_detail(item, t)}",
    ]
    if item.implementations:
        impl = "; ".join(
            f"{i.instrument} {_impl_version(i, t)}: `{i.name}` ({t['role_' + i.role]})"
            for i in item.implementations
        )
    else:
        impl = t["not_implemented"]
    out.append(f"- **{t['implemented_by']}:** {impl}")
    where = "; ".join(
        f"{r.path.relative_to(report.features).as_posix()}:{r.rule.location.line} "
        f"«{_mdx(r.rule.name)}»"
        for r in item.rules
    )
    out.append(f"- **{t['spec_rule']}:** {where or t['no_rule']}")
    out.append(f"- **{t['paraphrase_en']}:** {c.paraphrase_en}")
    return out + _md_signoff(item, t)


def _md_clause(report: Report, item: ClauseReport, t: dict[str, str], lang: str) -> list[str]:
    out = _md_clause_head(report, item, t) + wording_markdown(report, item, t, lang)
    for r in item.rules:
        if paragraph := _rule_paragraph(r):
            out += ["", f"> **{_mdx(r.rule.name)}**", ">", f"> {_mdx(paragraph)}"]
    out += ["", f"##### {t['own_scenarios']} ({len(item.scenarios)})"]
    for r in item.rules:
        for bg in r.backgrounds:
            if bg.steps:
                out += ["", f"*{t['background']}*", "", *_md_steps(bg.steps)]
    if not item.scenarios:
        out += ["", t["no_scenarios"]]
    for view in item.scenarios:
        out += _md_scenario(view, t, chips=True)
    if item.cross:
        out += ["", f"##### {t['cross_scenarios']}"]
        for view in item.cross:
            out += _md_scenario(view, t, chips=False)
    return out


def markdown_page(report: Report, lang: str = "vi") -> str:
    """The whole report as Markdown (GitHub-flavoured tables)."""
    t = _LABELS[lang]
    out = [f"# {t['title']}", "", t["lede"], ""]
    out += [f"- **{k}:** {v}" for k, v in _header_meta(report, t)]
    if report.problems:
        out += ["", f"## {t['problems']}", ""] + [f"- {p}" for p in report.problems]
    out += _md_matrix(report, t, lang)
    for inst, articles in _groups(report):
        meta = instruments()[inst]
        subject = meta.subject_vi if lang == "vi" else meta.subject_en
        out += ["", f"## {inst} — {meta.name}", "", subject]
        for article, items in articles:
            out += ["", f"### {meta.name} — {_article_label(article, t)}"]
            for item in items:
                out += _md_clause(report, item, t, lang)
    if report.other:
        out += ["", f"## {t['other']}"]
        for view in report.other:
            out += _md_scenario(view, t, chips=False)
    out += ["", "---", "", t["generated"], ""]
    return "\n".join(out)
