"""The specification report as one self-contained HTML page (it inlines
``spec/data/spec-report.css``)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from antq_compliance.domain.dates import fmt_date
from antq_compliance.domain.vocabulary import TextStatus
from antq_compliance.regulation.clauses import instruments
from antq_compliance.spec.features import RuleFacts
from antq_compliance.spec.implementations import description_lines
from antq_compliance.spec.render.common import (
    _PLACEHOLDER,
    _QUOTED,
    _RESULT_WORDS,
    _article_id,
    _article_label,
    _groups,
    _impl_version,
    _in_force,
    _official_meta,
    _rule_paragraph,
    _run_summary,
    _state_detail,
    _state_text,
)
from antq_compliance.spec.render.labels import _LABELS, _RUN_MARK, _SIGNOFF_MARK, _STATUS_MARK
from antq_compliance.spec.render.wording import code_html, uncatalogued_rows, wording_html
from antq_compliance.spec.report import ClauseReport, Report, ScenarioView
from antq_compliance.spec.results import STORE_LABELS, Run
from antq_compliance.spec.signoff import VERDICTS

__all__ = ["html_page"]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _step_html(text: str) -> str:
    """A step with its quoted values and ``<placeholders>`` set off."""
    out: list[str] = []
    last = 0
    for match in _QUOTED.finditer(text):
        out.append(_e(text[last : match.start()]))
        token = match.group(0)
        if token.startswith("<"):
            out.append(f'<span class="ph">{_e(token)}</span>')
        elif (word := _RESULT_WORDS.get(token[1:-1])) is not None:
            out.append(f'<span class="val word word-{word}">{_e(token)}</span>')
        else:
            # escape first, then mark the placeholders inside the quotes
            inner = _PLACEHOLDER.sub(lambda m: "\x00" + m.group(0)[1:-1] + "\x01", token)
            inner = (
                _e(inner).replace("\x00", '<span class="ph">&lt;').replace("\x01", "&gt;</span>")
            )
            out.append(f'<span class="val">{inner}</span>')
        last = match.end()
    out.append(_e(text[last:]))
    return "".join(out)


def _cell_html(value: str) -> str:
    """A table cell; a result word (đạt, chưa đạt, ...) is marked so it stands out."""
    word = _RESULT_WORDS.get(value.strip())
    if word is not None:
        return f'<td><span class="word word-{word}">{_e(value)}</span></td>'
    return f"<td>{_step_html(value)}</td>"


def _table_html(rows: Sequence[Sequence[str]], css: str, extra: Sequence[str] = ()) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
    head += "".join(f'<th class="runs-col">{_e(c)}</th>' for c in extra[:1])
    body = []
    for n, row in enumerate(rows[1:], start=1):
        cells = "".join(_cell_html(c) for c in row)
        if extra:
            cells += f'<td class="runs-col">{extra[n]}</td>'
        body.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def _steps_html(steps: Iterable[Any]) -> str:
    items = []
    for step in steps:
        table = ""
        if step.datatable is not None:
            rows = [[c.value for c in row.cells] for row in step.datatable.rows]
            table = _table_html(rows, "datatable")
        doc = ""
        if step.docstring is not None:
            doc = f'<pre class="docstring">{_e(step.docstring.content)}</pre>'
        items.append(
            f'<li><span class="kw">{_e(step.keyword.strip())}</span> '
            f'<span class="text">{_step_html(step.text)}</span>{table}{doc}</li>'
        )
    return f'<ol class="steps">{"".join(items)}</ol>'


def _runs_html(runs: Sequence[Run], t: dict[str, str], *, labels: bool) -> str:
    if not runs:
        return f'<span class="run none" title="{_e(t["not_run"])}">·</span>'
    out = []
    for run in runs:
        word = t.get(run.status, run.status)
        title = f"{run.store_label}: {word}"
        label = f'<span class="store">{_e(run.store_label)}</span> ' if labels else ""
        out.append(
            f'<span class="run {run.status}" title="{_e(title)}">{label}'
            f'<span class="mark">{_RUN_MARK.get(run.status, "?")}</span></span>'
        )
    return "".join(out)


def _status_badge(status: TextStatus, t: dict[str, str]) -> str:
    key = status.value
    return (
        f'<span class="badge status-{key}"><span class="mark">{_STATUS_MARK[key]}</span> '
        f'{_e(t[key])}<span class="code"> · {key}</span></span>'
    )


def _signoff_chip(item: ClauseReport, t: dict[str, str]) -> str:
    s = item.signoff
    if s is None:
        return f'<span class="chip signoff-none">○ {_e(t["unsigned"])}</span>'
    chip = (
        f'<span class="chip signoff-{s.verdict}">{_SIGNOFF_MARK[s.verdict]} {_e(t[s.verdict])}'
        "</span>"
    )
    if item.stale:
        chip += f' <span class="chip signoff-stale">⟳ {_e(t["stale"])}</span>'
    return chip


def _scenario_html(view: ScenarioView, t: dict[str, str], *, chips: bool) -> str:
    facts = view.facts
    scenario = facts.scenario
    if scenario is None:  # pragma: no cover - every parsed scenario has one
        return ""
    marks = []
    if chips and view.expects_pass:
        marks.append(f'<span class="chip exp-pass">{_e(t["expects_pass"])}</span>')
    if chips and view.negative:
        marks.append(f'<span class="chip exp-fail">{_e(t["expects_fail"])}</span>')
    if chips and view.not_applicable:
        marks.append(f'<span class="chip exp-na">{_e(t["expects_na"])}</span>')
    if chips and view.boundary:
        marks.append(f'<span class="chip exp-boundary">↔ {_e(t["boundary"])}</span>')
    failed = any(r.status == "failed" for r in view.all_runs())
    # tags other than the Rule's own clause id (e.g. @ND80 cross-references)
    tags = sorted("@" + x for x in facts.tags if x not in facts.rule_clauses)
    outline = any(table.table_header is not None for table in scenario.examples)
    runs_head = ""
    if not outline:
        first = view.runs[0] if view.runs else []
        runs_head = f'<span class="runs">{_runs_html(first, t, labels=True)}</span>'
    body = _steps_html(scenario.steps)
    row = 0  # index into view.runs, across the Examples tables
    for table in scenario.examples:
        if table.table_header is None:
            continue
        rows = [[c.value for c in table.table_header.cells]]
        runs = [t["run_col"]]
        for body_row in table.table_body or []:
            rows.append([c.value for c in body_row.cells])
            runs.append(_runs_html(view.runs[row] if row < len(view.runs) else [], t, labels=False))
            row += 1
        # "Dữ liệu" is Gherkin's only Vietnamese word for Examples (features/README.md)
        body += (
            '<div class="examples"><span class="kw">Dữ liệu:</span>'
            f"{_table_html(rows, 'examples', runs)}</div>"
        )
    description = description_lines(scenario.description)
    desc = f'<p class="sc-desc">{_e(" ".join(description))}</p>' if description else ""
    tag_html = f'<span class="tags">{_e(" ".join(tags))}</span>' if tags else ""
    return (
        f'<div class="scenario{" failed" if failed else ""}">'
        f'<div class="sc-head"><span class="kw">{_e(scenario.keyword.strip())}:</span> '
        f'<span class="sc-name">{_step_html(scenario.name)}</span>'
        f'<span class="sc-meta">{"".join(marks)}{runs_head}</span></div>'
        f"{desc}{body}"
        f'<p class="where">{_e(view.where)} {tag_html}</p></div>'
    )


def _signoff_html(item: ClauseReport, t: dict[str, str]) -> str:
    s = item.signoff
    if s is None:
        return (
            f'<div class="signoff signoff-none"><p><strong>{_e(t["signoff"])}:</strong> '
            f"{_signoff_chip(item, t)} — {_e(t['unsigned_note'])} "
            f'<code class="fp">{_e(item.fingerprint)}</code></p></div>'
        )
    rows = [
        (t["reviewer"], _e(s.reviewer)),
        (t["date"], _e(fmt_date(s.date))),
        (t["source"], _e(s.source)),
        (t["comment"], _e(s.comment) or "—"),
        (t["fp_recorded"], f'<code class="fp">{_e(s.fingerprint)}</code>'),
        (t["fp_current"], f'<code class="fp">{_e(item.fingerprint)}</code>'),
    ]
    note = f'<p class="stale-note">⟳ {_e(t["stale_note"])}</p>' if item.stale else ""
    cells = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    state = "stale" if item.stale else s.verdict
    return (
        f'<div class="signoff signoff-{state}"><p><strong>{_e(t["signoff"])}:</strong> '
        f"{_signoff_chip(item, t)}</p>{note}<dl>{cells}</dl></div>"
    )


def _impl_html(item: ClauseReport, t: dict[str, str]) -> str:
    if not item.implementations:
        return f'<span class="muted">{_e(t["not_implemented"])}</span>'
    lines = []
    for impl in item.implementations:
        lines.append(
            f"<li>{_e(impl.instrument)} · {_e(_impl_version(impl, t))} · "
            f'<code>{_e(impl.name)}</code> <span class="muted">({_e(t["role_" + impl.role])})'
            "</span></li>"
        )
    return f'<ul class="plain">{"".join(lines)}</ul>'


def _clause_html(report: Report, item: ClauseReport, t: dict[str, str], lang: str) -> str:
    c, features = item.clause, report.features
    rules = (
        "".join(
            f"<li>{_e(r.path.relative_to(features).as_posix())}:{r.rule.location.line} "
            f"«{_e(r.rule.name)}»</li>"
            for r in item.rules
        )
        if item.rules
        else ""
    )
    rule_cell = (
        f'<ul class="plain">{rules}</ul>'
        if rules
        else (
            f'<span class="{"gap-text" if item.implemented else "muted"}">{_e(t["no_rule"])}</span>'
        )
    )
    facts = [
        (t["in_force"], _e(_in_force(c, t))),
        (t["col_state"], _e(_state_detail(item, t))),
        (t["implemented_by"], _impl_html(item, t) + code_html(item, t)),
        (t["spec_rule"], rule_cell),
        (t["paraphrase_en"], f'<span lang="en" class="para-en">{_e(c.paraphrase_en)}</span>'),
    ]
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in facts)
    descriptions = []
    for r in item.rules:
        if paragraph := _rule_paragraph(r):
            descriptions.append(
                f'<blockquote class="rule-desc" lang="vi"><p class="rule-name">'
                f"{_e(r.rule.name)}</p><p>{_e(paragraph)}</p></blockquote>"
            )
    backgrounds = []
    seen: set[int] = set()
    for r in item.rules:
        for bg in r.backgrounds:
            if id(bg) in seen or not bg.steps:
                continue
            seen.add(id(bg))
            backgrounds.append(
                f'<div class="background"><p class="kw">{_e(t["background"])}</p>'
                f"{_steps_html(bg.steps)}</div>"
            )
    scenarios = "".join(_scenario_html(v, t, chips=True) for v in item.scenarios) or (
        f'<p class="muted">{_e(t["no_scenarios"])}</p>'
    )
    cross = ""
    if item.cross:
        cross = f'<h5 class="sc-title">{_e(t["cross_scenarios"])}</h5>' + "".join(
            _scenario_html(v, t, chips=False) for v in item.cross
        )
    state, summary = _run_summary(item.runs())
    run_chip = (
        f'<span class="chip run-{state}">{_e(summary)} {_e(t["runs"])}</span>' if summary else ""
    )
    return (
        f'<article class="clause status-{c.text_status.value}" id="{_e(c.id)}">'
        f'<header class="clause-head"><div class="clause-line">'
        f'<a class="cid" href="#{_e(c.id)}">{_e(c.id)}</a> {_status_badge(c.text_status, t)} '
        f"{_signoff_chip(item, t)} {run_chip}</div>"
        f'<h4 lang="vi">{_e(c.title_vi)}</h4><p class="title-en" lang="en">{_e(c.title_en)}</p>'
        f"</header>"
        f'<dl class="facts">{dl}</dl>{wording_html(report, item, t, lang)}'
        f"{''.join(descriptions)}{_signoff_html(item, t)}"
        f'<h5 class="sc-title">{_e(t["own_scenarios"])} ({len(item.scenarios)})</h5>'
        f"{''.join(backgrounds)}{scenarios}{cross}</article>"
    )


def _cell(state: str, text: str) -> str:
    return f'<td class="cell-{state}">{_e(text)}</td>'


def _matrix_cells(item: ClauseReport, t: dict[str, str], results: bool) -> list[tuple[str, str]]:
    """(state, text) for the matrix columns after the clause and its status."""
    required = item.implemented
    miss = ("gap", f"✗ {t['missing']}") if required else ("na", "—")
    code = [i for i in item.implementations if i.role != "routing"]
    routing = [i for i in item.implementations if i.role == "routing"]
    if code:
        names = ", ".join(i.name.rsplit(".", 1)[-1] for i in code)
        code_cell = ("ok", f"✓ {names}")
    elif routing:
        code_cell = ("ok", "✓ routing")
    else:
        code_cell = miss
    cells = [
        _state_text(item, t),
        code_cell,
        ("ok", f"✓ {len(item.rules)}") if item.rules else miss,
        ("ok", f"✓ {len(item.passing)}") if item.passing else miss,
        ("ok", f"✓ {len(item.failing)}") if item.failing else miss,
        ("ok", f"✓ {len(item.not_applicable)}") if item.not_applicable else ("na", "—"),
        ("ok", f"✓ {len(item.boundary)}")
        if item.boundary
        else (("warn", f"! {t['none']}") if required else ("na", "—")),
    ]
    if results:
        state, text = _run_summary(item.runs())
        cells.append((state, text or "—"))
    s = item.signoff
    if s is None:
        cells.append(("warn" if required else "na", f"○ {t['unsigned']}"))
    elif item.stale:
        cells.append(("warn", f"⟳ {t['stale']} ({t[s.verdict]})"))
    else:
        cells.append(
            (
                "ok" if s.verdict == "approved" else "warn",
                f"{_SIGNOFF_MARK[s.verdict]} {t[s.verdict]}",
            )
        )
    return cells


MATRIX_HEADS = ("col_clause", "col_status", "col_state", "col_code", "col_rule", "col_pass")


def _matrix_heads(results: bool) -> list[str]:
    return (
        [*MATRIX_HEADS, "col_fail", "col_na", "col_boundary"]
        + (["col_run"] if results else [])
        + ["col_signoff"]
    )


def _matrix_html(report: Report, t: dict[str, str], lang: str) -> str:
    results = report.results is not None
    heads = _matrix_heads(results)
    head = "".join(f"<th>{_e(t[h])}</th>" for h in heads)
    rows = []
    for item in report.clauses:
        c = item.clause
        cells = "".join(_cell(state, text) for state, text in _matrix_cells(item, t, results))
        key = c.text_status.value
        rows.append(
            f'<tr class="{"required" if item.implemented else "optional"}">'
            f'<th scope="row"><a class="cid" href="#{_e(c.id)}">{_e(c.id)}</a>'
            f'<span class="row-title" lang="vi">{_e(c.title_vi)}</span></th>'
            f'<td class="st status-{key}"><span class="mark">{_STATUS_MARK[key]}</span> '
            f"{_e(t[key])}</td>{cells}</tr>"
        )
    for unit, what in uncatalogued_rows(report, t, lang):
        rows.append(
            f'<tr class="optional uncatalogued"><th scope="row"><span class="cid">{_e(unit)}</span>'
            f'</th><td class="cell-na">—</td><td class="cell-na" colspan="{len(heads) - 2}">'
            f"{_e(what)}</td></tr>"
        )
    return (
        f'<section id="ma-tran" class="matrix-section"><h2>{_e(t["matrix"])}</h2>'
        f'<p class="note">{_e(t["matrix_note"])}</p>'
        f'<div class="table-wrap"><table class="matrix"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _legend_html(t: dict[str, str]) -> str:
    status = " ".join(_status_badge(s, t) for s in TextStatus)
    runs = " ".join(
        f'<span class="run {k}"><span class="mark">{m}</span> {_e(t[k])}</span>'
        for k, m in _RUN_MARK.items()
    )
    sign = " ".join(
        f'<span class="chip signoff-{k}">{_SIGNOFF_MARK[k]} {_e(t[k])}</span>' for k in VERDICTS
    )
    sign += f' <span class="chip signoff-stale">⟳ {_e(t["stale"])}</span>'
    sign += f' <span class="chip signoff-none">○ {_e(t["unsigned"])}</span>'
    return (
        f'<section class="legend"><h2>{_e(t["legend"])}</h2><dl>'
        f"<dt>{_e(t['legend_status'])}</dt><dd>{status}</dd>"
        f"<dt>{_e(t['legend_runs'])}</dt><dd>{runs}</dd>"
        f"<dt>{_e(t['legend_signoff'])}</dt><dd>{sign}</dd></dl></section>"
    )


def _feature_intros(report: Report, found_rules: Sequence[RuleFacts], t: dict[str, str]) -> str:
    seen: dict[Path, Any] = {}
    for r in found_rules:
        seen.setdefault(r.path, r.feature)
    out = []
    for path, feature in seen.items():
        desc = description_lines(feature.description)
        out.append(
            f'<div class="feature-intro"><p class="feature-name"><span class="kw">'
            f"{_e(feature.keyword)}:</span> {_e(feature.name)} "
            f'<span class="where">{_e(path.relative_to(report.features).as_posix())}</span></p>'
            f'<p lang="vi">{_e(" ".join(desc))}</p></div>'
        )
    return "".join(out)


def _css() -> str:
    return (
        resources.files("antq_compliance.spec").joinpath("data/spec-report.css").read_text("utf-8")
    )


def _header_meta(report: Report, t: dict[str, str]) -> list[tuple[str, str]]:
    files = report.files
    meta = [
        (
            t["features"],
            f"{report.features} · {files} {t['files']}, {report.scenario_count()} {t['scenarios']}",
        )
    ]
    if report.results is not None:
        r = report.results
        parts = [f"{r.count(s)} {t[s]}" for s in ("passed", "failed", "skipped") if r.count(s)]
        stores = ", ".join(f"{STORE_LABELS.get(s, s or '—')} {r.count_store(s)}" for s in r.stores)
        meta.append(
            (t["results"], f"{r.source} · {r.total} {t['runs']} ({stores}): " + ", ".join(parts))
        )
    else:
        meta.append((t["results"], t["no_results"]))
    signed = sum(1 for c in report.clauses if c.signoff is not None)
    stale = sum(1 for c in report.clauses if c.stale)
    where = str(report.signoff_path) if report.signoff_path else t["no_signoff_file"]
    extra = f", {stale} {t['stale']}" if stale else ""
    meta.append((t["signoffs"], f"{where} · {signed}/{len(report.clauses)}{extra}"))
    meta.append((t["official"], _official_meta(report, t)))
    return meta


def html_page(report: Report, lang: str = "vi") -> str:
    """The whole report as one self-contained HTML page (inline CSS, no external asset)."""
    t = _LABELS[lang]
    toc = []
    sections = []
    for inst, articles in _groups(report):
        meta = instruments()[inst]
        issued = f" · {t['issued']} {fmt_date(meta.issued)}" if meta.issued else ""
        subject = meta.subject_vi if lang == "vi" else meta.subject_en
        toc_articles = []
        article_html = []
        for article, items in articles:
            aid = _article_id(inst, article)
            links = "".join(
                f'<li><a href="#{_e(c.clause.id)}"><span class="dot status-'
                f'{c.clause.text_status.value}">{_STATUS_MARK[c.clause.text_status.value]}</span>'
                f"{_e(c.clause.id)}</a></li>"
                for c in items
            )
            toc_articles.append(
                f'<li><a href="#{_e(aid)}">{_e(_article_label(article, t))}</a>'
                f"<ul>{links}</ul></li>"
            )
            rules = [r for c in items for r in c.rules]
            article_html.append(
                f'<section class="article" id="{_e(aid)}"><h3>{_e(meta.name)} — '
                f"{_e(_article_label(article, t))}</h3>"
                f"{_feature_intros(report, rules, t)}"
                + "".join(_clause_html(report, c, t, lang) for c in items)
                + "</section>"
            )
        toc.append(
            f'<li><a href="#instrument-{_e(inst)}">{_e(meta.name)}</a>'
            f"<ul>{''.join(toc_articles)}</ul></li>"
        )
        sections.append(
            f'<section class="instrument" id="instrument-{_e(inst)}">'
            f'<h2><span class="inst-id">{_e(inst)}</span> {_e(meta.name)}</h2>'
            f'<p class="subject" lang="{lang}">{_e(subject)}{_e(issued)}</p>'
            + "".join(article_html)
            + "</section>"
        )
    other = ""
    if report.other:
        other = (
            f'<section class="instrument other" id="khac"><h2>{_e(t["other"])}</h2>'
            + "".join(_scenario_html(v, t, chips=False) for v in report.other)
            + "</section>"
        )
        toc.append(f'<li><a href="#khac">{_e(t["other"])}</a></li>')
    problems = ""
    if report.problems:
        listed = "".join(f"<li>{_e(p)}</li>" for p in report.problems)
        problems = (
            f'<section class="problems"><h2>{_e(t["problems"])}</h2><ul>{listed}</ul></section>'
        )
    meta_html = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in _header_meta(report, t))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(t['title'])}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f'<nav class="toc" aria-label="{_e(t["contents"])}"><p class="toc-title">'
        f'{_e(t["contents"])}</p><ul><li><a href="#ma-tran">{_e(t["matrix"])}</a></li>'
        f"{''.join(toc)}</ul></nav>\n"
        f'<main id="top">\n<header class="doc-head"><p class="kicker">{_e(t["kicker"])}</p>'
        f'<h1>{_e(t["title"])}</h1><p class="lede">{_e(t["lede"])}</p>'
        f'<dl class="meta">{meta_html}</dl></header>\n'
        f"{problems}{_legend_html(t)}{_matrix_html(report, t, lang)}\n"
        + "\n".join(sections)
        + f"\n{other}\n<footer><p>{_e(t['generated'])} · "
        f'<a href="#top">{_e(t["top"])}</a></p></footer>\n</main>\n</body>\n</html>\n'
    )
